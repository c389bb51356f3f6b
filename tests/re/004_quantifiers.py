# greedy, lazy and possessive repeats; atomic groups
import re

for p in [r'a*', r'a+', r'a?', r'a{2}', r'a{2,3}', r'a{2,}', r'a{,2}', r'a*?', r'a+?', r'a??',
          r'a{2,3}?', r'a*+', r'a++', r'a?+', r'a{1,2}+']:
    m = re.match(p, 'aaaa')
    print(p, m.span() if m else None)
print(re.match(r'<.*>', '<a><b>').group(), re.match(r'<.*?>', '<a><b>').group())
print(re.match(r'(a+)(a+)', 'aaaa').groups(), re.match(r'(a+?)(a+)', 'aaaa').groups())
print(re.match(r'a{3}b', 'aaab'), re.match(r'a{3}b', 'aab'))
print(re.match(r'a{x}', 'a{x}'), re.match(r'a{}', 'a{}'), re.match(r'a{1', 'a{1'), re.match('a{,}', 'a{,}'))
print(re.match(r'x{0}y', 'y'), re.match(r'(ab){2}', 'ababab'))
print(re.match(r'(?:ab)+?c', 'ababc'))
print(re.match(r'a++a', 'aaa'), re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?:a|ab)c', 'abc'))
print(re.match(r'"(?:[^"\\]|\\.)*"', r'"a\"b" rest').group())
print(re.match(r'(a*)*b', 'aaab'), re.match(r'(a*)+b', 'b').groups())
print(re.match(r'(a|)+', 'aaa').groups(), re.match(r'(a?)*?b', 'aab').groups())
print(re.match(r'(?:a*?)*?x', 'aaax'))
print(re.findall(r'\d{2,3}?', '12345678'))
print(re.match(r'(\w+?)(\d*)$', 'abc123').groups())
print(re.match(r'.*foo', 'xfooyfooz'), re.match(r'.*?foo', 'xfooyfooz'))
print(re.match(r'[a-z]*\d', 'abcdef7'), re.match(r'[^,]*,', 'abc,def,'))
print(re.search(r'(\d+)-(\d+)?', 'x 12- y').groups())
