# OSError: errno/strerror/filename, str(), and the errno -> subclass mapping
e = OSError(2, "No such file or directory", "data.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
print(str(e))
print(e.args)
print(repr(OSError(13, "Permission denied")))
print(type(OSError(17, "exists")).__name__)
print(type(OSError(21, "dir")).__name__)
print(type(OSError(20, "notdir")).__name__)
print(type(OSError(1, "perm")).__name__)
print(type(OSError(999, "unknown")).__name__)
print(type(OSError("just a message")).__name__, OSError("just a message").errno)
print(str(OSError("m")), str(OSError()), str(OSError(1, 2, 3, 4, 5)))
e = OSError(1, "Operation not permitted", "a", None, "b")
print(str(e))
print(FileNotFoundError(2, "x").errno, str(FileNotFoundError("plain")))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), issubclass(ConnectionResetError, ConnectionError))

try:
    open("this_file_does_not_exist.txt")
except FileNotFoundError as e:
    print("caught:", e)
    print(e.errno, e.strerror, e.filename)
except OSError as e:
    print("wrong", e)

try:
    open("this_file_does_not_exist.txt")
except OSError as e:
    print(type(e).__name__)
