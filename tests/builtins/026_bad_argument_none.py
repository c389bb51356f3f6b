# "argument must be str, not None": argument errors name None itself, not NoneType
import sys
tests = [lambda: format(1, None), lambda: compile('1', 's', None), lambda: sys.intern(None),
         lambda: bytes('a', None), lambda: b'a'.decode(None), lambda: bytes.fromhex(None),
         lambda: super(None), lambda: 'a'.replace(None, 'b'), lambda: 'a'.replace('a', 1),
         lambda: 'a'.removeprefix(None), lambda: 'a'.removesuffix(3), lambda: str.maketrans('a', None),
         lambda: 'a'.encode(None), lambda: 'a'.encode('utf-8', None), lambda: type(None, (), {}),
         lambda: type('a', None, {}), lambda: type('a', (), None), lambda: open('x', None),
         lambda: open('x', encoding=3), lambda: 'a'.__format__(None), lambda: object().__format__(None),
         lambda: str(b'a', None), lambda: BaseExceptionGroup(None, []), lambda: (lambda **k: 0)(**None),
         lambda: (lambda *a: 0)(*None)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
with open(__file__) as f:
    print(type(f).__name__, type(f).__module__, repr(type(f)))
    try:
        f.nothing
    except AttributeError as e:
        print(e)
