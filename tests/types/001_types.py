import types, sys
def f(x, y=2): return x + y
def gen(): yield 1
class C:
    __slots__ = ('a',)
    def m(self): return 'm'
print(types.FunctionType, types.LambdaType is types.FunctionType, types.CodeType)
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(gen(), types.GeneratorType), isinstance(gen, types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(isinstance(sys, types.ModuleType), types.ModuleType)
print(isinstance(C.a, types.MemberDescriptorType), isinstance(types.FunctionType.__code__, types.GetSetDescriptorType))
print(types.NoneType, types.NotImplementedType, types.EllipsisType, types.CellType)
print(type(None) is types.NoneType, types.EllipsisType is type(...))
try:
    raise KeyError(1)
except KeyError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
print(isinstance(sys._getframe(), types.FrameType))
print(types.MappingProxyType, isinstance(C.__dict__, types.MappingProxyType))

# MethodType binds any callable
bm = types.MethodType(f, 10)
print(bm(), bm(5), bm.__self__, bm.__func__ is f)
class D: pass
d = D()
d.hello = types.MethodType(lambda self, n: "hi %d from %s" % (n, type(self).__name__), d)
print(d.hello(3))

# FunctionType rebuilds a function from its code
g = types.FunctionType(f.__code__, {'__name__': 'mod'}, 'g', (100,))
print(g(1), g.__name__, g.__defaults__, g.__module__)
def outer():
    z = 7
    def inner(): return z
    return inner
inn = outer()
h = types.FunctionType(inn.__code__, {}, None, None, inn.__closure__)
print(h(), h.__name__)
for args in [(1, {}), (f.__code__, 1), (f.__code__, {}, 3), (f.__code__, {}, 'n', [1]),
             (inn.__code__, {}), (f.__code__, {}, None, None, (1,))]:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# ModuleType
m = types.ModuleType('mymod', 'The doc')
print(m, m.__name__, m.__doc__)
m.x = 5
print(m.x, sorted(k for k in vars(m) if not k.startswith('__')))
m2 = types.ModuleType('other')
print(m2.__doc__, repr(m2))
try:
    types.ModuleType(5)
except TypeError as e:
    print("TypeError", e)
print(sys, types.ModuleType('sys'))
