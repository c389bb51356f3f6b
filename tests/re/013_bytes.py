# bytes patterns and subjects
import re

print(re.match(rb'\w+', b'hello world'), re.findall(rb'\d+', b'a1b22'))
print(re.sub(rb'(\w)', rb'<\1>', b'ab'), re.sub(rb'a', lambda m: m.group().upper(), b'banana'))
print(re.split(rb',\s*', b'a, b,c'), re.split(rb'(,)', bytearray(b'a,b')))
print(re.search(rb'\xe9', b'caf\xe9'), re.findall(rb'[\x80-\xff]', b'a\xe9\xffb'))
print(re.match(rb'\w', b'\xe9'), re.match(rb'(?i)\xc9', b'\xe9'), re.match(rb'(?i)abc', b'ABC'))
m = re.match(rb'(?P<k>\w+)=(?P<v>\w*)', bytearray(b'key=val'))
print(m, m.groups(), m.groupdict(), type(m.group()).__name__, m.string)
print(re.compile(rb'x+', re.I), re.escape(b'a.b*c'), re.escape(b'\x00\xff'))
print(re.findall(rb'\s', b' \t\n\x0b\x0c\r\x1c'), re.findall(r'\s', ' \t\n\x0b\x0c\r\x1c'))
print(re.fullmatch(rb'[^a]+', b'\x00\x01'), re.match(rb'\bab\b', b'ab cd'))
print(re.subn(rb'x*', b'-', b'abc'))
print(re.match(rb'.', b'\n'), re.match(rb'(?s).', b'\n'))
print(re.sub(rb'a', b'x', bytearray(b'ab')), re.sub(rb'z', b'x', bytearray(b'ab')), re.findall(rb'(a)|b', bytearray(b'ab')))
