# SyntaxWarnings in the script itself are printed when it is compiled, before it runs;
# the invalid escape's DeprecationWarning is not shown (its module is the file name).
x = 5
print("is:", x is 5, x is not "five")


def f():
    try:
        return 1()
    except TypeError as e:
        return str(e)


print(f())
try:
    print([1, 2] ["a"])
except TypeError as e:
    print(e)
assert (x, "always true")
pattern = "\d+"
print(pattern)
while x is not 0:
    x -= 1
print("done", x)
