# NameError / AttributeError and their name/obj attributes (3.10+)
try:
    missing_variable
except NameError as e:
    print(e, "|", e.name)

class C:
    x = 1

c = C()
try:
    c.nope
except AttributeError as e:
    print(e, "|", e.name, e.obj is c)

try:
    C.nope
except AttributeError as e:
    print(e)

e = AttributeError("m", name="n", obj=5)
print(e.name, e.obj, e.args)
e = NameError("m", name="n")
print(e.name, e.args)
print(AttributeError().name, NameError().name)

def f():
    print(local_before)
    local_before = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))

try:
    (1).real = 2
except AttributeError as e:
    print(e)
