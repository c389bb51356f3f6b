name = input("Name? ")
print("Hello,", name)
n = int(input())
print(n * 2)
print(repr(input("empty line: ")))
rest = input()
print("last:", rest)
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
