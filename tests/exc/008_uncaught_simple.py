# an uncaught exception prints a traceback to stderr and exits with status 1
print("before")
raise ValueError("something went wrong")
