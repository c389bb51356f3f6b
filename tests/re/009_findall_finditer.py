# findall and finditer, empty matches
import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c'))
print(re.findall(r'(\w)=(\d)?', 'a=1, b=, c'))
print(re.findall(r'(\d)?x', 'x1x'))
print(re.findall(r'', 'abc'), re.findall(r'x*', 'axxb'), re.findall(r'\b', 'ab cd'))
print(re.findall(r'a|', 'bab'))
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([(m.group(), m.start()) for m in re.finditer(r'\w+', 'to be or not')])
it = re.finditer(r'\d', '1a2')
print(next(it).group(), next(it).group(), next(it, 'done'))
print(re.compile(r'\d').findall('12345', 1, 3), [m.span() for m in re.compile(r'\d').finditer('12345', 2)])
print([m.groups() for m in re.finditer(r'(?P<k>\w+):(?P<v>\w*)', 'a:1 b: c:3')])
print(re.findall(r'(?:a(b)c)+', 'abcabc abc'))
print(re.findall(r'((a)(b))', 'abab'))
print(len(re.findall(r'.', 'x' * 10000)))
print(re.findall(r'[aeiou]', 'Programming in Python is fun', re.I))
