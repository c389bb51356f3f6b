# re.error: CPython's messages, positions, line and column
import re

patterns = [
    '(', '(a', 'a)', '*', 'a**', '+a', '?', 'a{2,1}', '[a', '[]', '[z-a]', r'[\d-z]', r'[a-\d]',
    r'[\x5a-\x41]', r'\q', '\\', r'\x4', r'\u12', r'\U1234567', r'\U99999999', r'\U00110000', r'[\U00110000]', r'\N{no such}', r'\N', r'\N{x',
    r'\777', r'\8', '(?P<1>a)', '(?P<a-b>x)', '(?P<>x)', '(?P<a', '(?P<a>x)(?P<a>y)', '(?P=zz)', '(?P=a', '(?P<a>(?P=a))',
    r'(a)\2', r'(a\1)', '(?', '(?z)', '(?<x)', '(?Px)', '(?P', '(?#abc', '(?i', '(?i-i:a)', 'x(?i)', '(?-)', '(?i-',
    '(?a)(?u)', '(?L)a', '(?-a:x)', '(?t:x)', '(?(2)a|b)', '(?(0)a)', '(?(a-)x)', '(?(1)a|b|c)', '(?(x)a)', '^*',
    r'\b+', 'a|*', '(?<=a+)b', '(?<=a|bc)d', '(?<=(a)\\1)', 'x{99999999999}', '(?x)  *', 'ab\ncd)', 'a\n(b\n',
    r'(?<=(?P<x>a)(?P=x))b', '(?P<a>a)(?P=a', '[\\', '(?<', '(?<a', '(?<=a',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)
for p in [b'(', b'[a', b'\\q', b'\\u1234', b'(?P<\xe9>x)']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, '->', e)
e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('bad thing', 'abc\ndef', 5)
print(e, e.lineno, e.colno, e.args)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__, re.error)
try:
    re.compile(123)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
for s in [1, None, ['a']]:
    try:
        re.match('a', s)
    except TypeError as e:
        print('TypeError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
