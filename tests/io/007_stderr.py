# writing to sys.stderr and sys.stdout directly
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stdout.write("direct stdout\n")
n = sys.stderr.write("direct stderr\n")
print(n)
print("a", "b", sep="|", file=sys.stderr)
sys.stderr.flush()
print(sys.stdout.writable(), sys.stdin.readable(), sys.stderr.name, sys.stdout.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.encoding)
print(repr(sys.stdout))
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
