# lookahead and lookbehind
import re

print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\w+(?!,)\b', 'a, b, c'))
print(re.findall(r'(?<=\$)\d+', 'cost $30, $45 or 50'), re.findall(r'(?<!\$)\b\d+', 'cost $30, $45 or 50'))
print(re.search(r'(?<=abc)d', 'abcd'), re.search(r'(?<=a|b)c', 'bc'), re.search(r'(?<=ab|cd)e', 'cde'))
print(re.match(r'(?=(\w+))\w', 'hello').groups(), re.match(r'(?!(a))b', 'b').groups())
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'(?=(aa))', 'aaaa'))
print(re.match(r'(?=a)*', 'a'), re.search(r'(?<=^)a', 'a'))
print(re.search(r'(?<!^)a', 'aa'), re.search(r'(?<=\bfoo)bar', 'foobar'))
print(re.fullmatch(r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abc123'), re.fullmatch(r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abcdef'))
print(re.search(r'(?<=(?P<x>a))b(?P=x)', 'aba'))
print(re.search(r'(?<=é)x', 'éx'), re.search(r'(?<=..)x', 'éax'))
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print(e, e.pos)
try:
    re.compile(r'(?<=a|bc)d')
except re.error as e:
    print(e)
