# bool cannot be subclassed; bool() takes at most one positional argument.
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
for call in [lambda: bool(1, 2), lambda: bool(x=1), lambda: bool.__new__(int)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
print(bool.__new__(bool, 5), bool.__new__(bool), True.__and__(1), True.__or__(False), False.__xor__(True))
print(True.__and__(1.5), True.__rand__(True), (True).__hash__(), True.__repr__(), True.__index__())
