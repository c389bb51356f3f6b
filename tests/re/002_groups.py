# groups: numbered and named, defaults, lastindex/lastgroup, spans
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton')
print(m.groups(), m.groups('-'), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2, 3), m[1], m[0])
print(m.span(1), m.span(3), m.start(3), m.end(2))
print(m.lastindex, m.lastgroup, m.regs)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<x>!)?', 'Jane Doe')
print(m.groupdict(), m.groupdict(default=''), m.group('first'), m['last'], m.lastgroup)
print(m.start('last'), m.span('x'))
print(re.compile(r'(?P<a>.)(?P<b>.)').groupindex)
for args in [(4,), ('nope',), (-1,), (1.5,)]:
    try:
        m.group(*args)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(9)
except IndexError as e:
    print('IndexError', e)
# nested groups
m = re.match(r'((a)(b(c)))', 'abc')
print(m.groups(), m.lastindex)
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.lastindex)
m = re.match(r'(a)(b)?', 'a')
print(m.lastindex, m.groups())
# groups inside repeats keep the last iteration
m = re.match(r'(?:(\d)|([a-z]))+', 'a1b2c')
print(m.groups(), m.group(0))
m = re.match(r'(a|b)*', 'abba')
print(m.group(1), m.span(1))
m = re.match(r'(?P<w>\w)+', 'xyz')
print(m.group('w'), m.groupdict())
m = re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 'abcdefghijk')
print(m.group(11), m.lastindex, len(m.groups()))
print(m.group(True))
