# exit() raises SystemExit like sys.exit
try:
    exit(5)
except SystemExit as e:
    print("exit code", e.code)
try:
    quit()
except SystemExit as e:
    print("quit code", e.code)
print("bye")
exit(2)
