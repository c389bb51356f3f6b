# match, search, fullmatch and the repr of Match objects
import re

print(re.match(r'abc', 'abcdef'))
print(re.match(r'abc', 'xabc'))
print(re.search(r'abc', 'xabcx'))
print(re.search(r'z', 'abc'))
print(re.fullmatch(r'a.c', 'abc'), re.fullmatch(r'a.c', 'abcd'))
print(re.fullmatch(r'a|ab', 'ab'))
print(re.match(r'', 'abc'), re.search(r'$', 'abc'))
m = re.search(r'\d+', 'order 66 now')
print(m.group(), m.start(), m.end(), m.span(), m.pos, m.endpos)
print(m.string, m.re)
print(bool(m), type(m).__name__, type(m))
# long matches are cut in the repr
print(re.match(r'.*', 'x' * 80))
print(re.match(r'.*', "it's" * 20))
# quotes in reprs
print(re.search(r"'.*'", """say 'hi' "there" """))
print(re.search(r'".*"', """say "hi" 'x' """))
for s in ['apple', 'banana', 'cherry']:
    m = re.match(r'(b|c)', s)
    print(s, m.group() if m else None)
print(re.match('a', 'A'), re.match('A', 'a'))
print(re.search('needle', 'hay' * 100 + 'needle' + 'hay').span())
print(re.compile('o').search('foo boo', 3))
