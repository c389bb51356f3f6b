import string
F = string.Formatter()
class P:
    x = 3
    l = [10, 20]
    def __format__(self, spec): return "P(%s)" % spec
print(F.format('{0} {1} {0}', 'a', 'b'))
print(F.format('{} {}', 'a', 'b'))
print(F.format('{x} {y!r}', x=1, y='s'))
print(F.format('{0.x} {0.l[1]} {d[k]} {d[2]}', P, d={'k': 'v', 2: 'two'}))
print(F.format('{0:>{1}}|', 'ab', 6))
print(F.format('{:{}}|{}', 'ab', 5, 'z'))
print(F.format('{!a}', 'é'))
print(F.format('{0:abc}', P()))
print(F.format('{{literal}} {0}', 1))
print(F.vformat('{a}-{0}', (1,), {'a': 2}))
for fs, args, kw in [('{} {0}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{0!x}', (1,), {}),
                     ('{5}', (1,), {}), ('{a}', (), {}), ('{0.nope}', (1,), {}),
                     ('{0:{1:{2}}}', (1, 2, 3), {}), ('{0[}', (1,), {}), ('{0.}', (1,), {}),
                     ('{0[1]x}', ([1, 2],), {}), ('{0:d}', ('s',), {})]:
    try:
        print(repr(F.format(fs, *args, **kw)))
    except Exception as e:
        print(fs, type(e).__name__, e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value) + '!'
        return super().convert_field(value, conversion)
U = Upper()
print(U.format('{0} {missing} {1!u} {x:>5}', 'ab', 'cd', x='q'))

class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)), "of", len(args), sorted(kwargs))
Strict().format('{0}{a}{0}', 1, 2, a=3, b=4)
print(list(F.parse('a{0}b{{c}}d{x!r:>3}')))
