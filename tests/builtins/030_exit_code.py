# exit(n) from a script ends it with status n and closes sys.stdin first.
import sys
print('before')
sys.stdout.flush()
try:
    exit(0)
except SystemExit as e:
    print('caught', e.code, sys.stdin.closed)
quit(5)
print('not reached')
