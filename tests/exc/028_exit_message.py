# sys.exit with a message: printed to stderr, status 1
import sys
print("about to exit")
sys.exit("fatal: giving up")
