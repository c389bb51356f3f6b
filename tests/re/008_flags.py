# flags: constants, reprs, inline and scoped flags
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DEBUG, re.T)
print(repr(re.I | re.M), str(re.I | re.S), int(re.I | re.M), re.I | re.M | re.X)
print(re.IGNORECASE is re.I, re.RegexFlag.IGNORECASE is re.I, re.RegexFlag(2) is re.I)
print(isinstance(re.I, int), re.I == 2, re.I + 1, type(re.I + 1).__name__, re.I & re.M, re.I ^ re.I)
print(re.I | 1024, re.RegexFlag(1024), re.I.value, re.I.name, (re.I | re.M).name, re.NOFLAG.name)
print(list(re.I | re.M | re.A), re.I in (re.I | re.M), re.S in (re.I | re.M))
print(list(re.RegexFlag), len(re.RegexFlag), re.RegexFlag['DOTALL'], re.RegexFlag)
print('%s %d %r' % (re.I, re.I, re.M), f'{re.S}', '{}'.format(re.X), format(re.I, 'x'))
print(~re.I)
print(re.match(r'abc', 'ABC', re.I), re.match(r'(?i)abc', 'AbC'), re.match(r'a(?i:b)c', 'aBc'), re.match(r'a(?i:b)c', 'aBC'))
print(re.match(r'(?i)a(?-i:b)c', 'AbC'), re.match(r'(?i)a(?-i:b)c', 'ABC'))
print(re.findall(r'(?m)^x', 'x\nx'), re.findall(r'(?s).', 'a\n'), re.match(r'(?s:.)\n.', '\n\nb'))
print(re.match(r'''(?x)
    (\d+)   # number
    \s* [a-z]+ \# # literal hash
    [ ]x''', '12 ab# x').groups())
print(re.match(r'a b', 'ab', re.X), re.match(r'a\ b', 'a b', re.X), re.match(r'(?x: a b ) c', 'abc', ))
print(re.match(r'\w+', 'héllo', re.A), re.match(r'(?a)\w+', 'héllo'), re.match(r'(?a:\w)+', 'hé'))
print(re.compile('x', re.I | re.M).flags, re.compile('(?s)x').flags, re.compile(b'x', re.I).flags, re.compile('x', re.A).flags)
print(re.compile('(?imsx)x'), re.compile('x', re.U), re.compile('x', re.A | re.I))
for p, f in [('x', re.L), ('x', re.A | re.U), (b'x', re.U), (b'x', re.A | re.L)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print('ValueError', e)
print(re.compile(b'x', re.L))
