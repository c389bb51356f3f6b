# anchors: ^ $ \A \Z \b \B, with and without MULTILINE
import re

s = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', s), re.findall(r'^\w+', s, re.M))
print(re.findall(r'\w+$', s), re.findall(r'\w+$', s, re.M))
print(re.search(r'$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span())
print(re.findall(r'$', 'a\nb\n'), re.findall(r'$', 'a\nb\n', re.M))
print(re.search(r'\Aab', 'ab'), re.search(r'\Aab', 'xab'), re.search(r'ab\Z', 'ab\n'))
print(re.findall(r'\bfoo\b', 'foo food foo.bar afoo'))
print(re.findall(r'\Bo\B', 'foo boo o'))
print(re.match(r'\b', ''), re.match(r'\B', ''), re.match(r'\B', 'a'), re.search(r'\b', ' '))
print(re.findall(r'\b\w', 'héllo wörld'), re.findall(r'(?a)\b\w', 'héllo wörld'))
print(re.sub(r'^', '> ', 'a\nb\nc', flags=re.M))
print(re.sub(r'$', ';', 'a\nb\nc', flags=re.M))
print(re.compile(r'^b').search('ab\nb', 1), re.compile(r'^b', re.M).search('ab\nb', 1))
print(re.compile(r'\Ab').search('ab', 1), re.compile(r'a$').search('ab', 0, 1))
print(re.compile(r'\bb').search('ab', 1), re.compile(r'b\b').search('abc', 0, 2))
