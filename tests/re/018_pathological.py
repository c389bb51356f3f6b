# patterns that would overflow a recursive matcher; large inputs
import re

s = 'ab' * 200000
print(re.match(r'(?:a|b)*', s).end(), re.match(r'(ab)*', s).group(1))
print(re.match(r'(?:(a)|(b))*', s).groups())
print(re.fullmatch(r'(?:a|b)*c', s))
print(len(re.findall(r'a|b', s)), re.search(r'(a+)+c', 'a' * 20))
print(re.match(r'(x+x+)+y', 'x' * 16))
print(re.match(r'(' * 60 + 'a' + ')' * 60, 'a').span(60))
print(re.sub(r'b', '', s)[:10], len(re.sub(r'b', '', s)))
print(re.match(r'.*?end', 'x' * 100000 + 'end').end())
print(re.search(r'(?<=x{3})y', 'x' * 50000 + 'y').start())
print(re.match(r'(a|aa)*$', 'a' * 5000).span())
try:
    re.compile('(' * 3000 + ')' * 3000)
    print('compiled')
except RecursionError:
    print('RecursionError')
