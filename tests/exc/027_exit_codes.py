# sys.exit with a code: no traceback, exit status set
import sys
print("out")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", e.code)
sys.exit(3)
