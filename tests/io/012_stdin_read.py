# reading sys.stdin: readline, iteration, read
import sys
print(repr(sys.stdin.readline()))
print(repr(input()))
for line in sys.stdin:
    print("got", repr(line))
    if line.startswith("stop"):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
