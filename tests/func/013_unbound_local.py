def f():
    print(x)
    x = 1

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def g():
    y = 1
    del y
    return y

try:
    g()
except UnboundLocalError as e:
    print(e)

def h():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()

print(h())

try:
    undefined_name
except NameError as e:
    print(e)

def gl():
    global newglobal
    newglobal = 5
gl()
print(newglobal)
del newglobal
try:
    newglobal
except NameError as e:
    print(e)
print(isinstance(UnboundLocalError(), NameError))
