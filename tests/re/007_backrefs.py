# backreferences and conditional groups
import re

print(re.search(r'(\w+) \1', 'say hello hello there'))
print(re.findall(r'(\w)\1', 'aabbcdd'))
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"x\'y" z').group())
print(re.match(r'(a)(b)\2\1', 'abba'), re.match(r'(a)|\1b', 'b'))
print(re.match(r'(a)?\1', 'b'), re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'(<)?(\w+)(?(1)>)', '<abc>').group(), re.match(r'(<)?(\w+)(?(1)>|$)', 'abc').group())
print(re.match(r'(?P<a>x)?(?(a)y|z)', 'xy'), re.match(r'(?P<a>x)?(?(a)y|z)', 'z'), re.match(r'(?P<a>x)?(?(a)y|z)', 'xz'))
print(re.match(r'(a)(?(1))b', 'ab'))
print(re.sub(r'(\b\w+)(\s+\1\b)+', r'\1', 'the the cat sat sat sat down'))
print(re.match(r'(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)\10', '01234567899'))
print(re.match(r'(a)\1{3}', 'aaaa'), re.match(r'(a)\1{3}', 'aaa'))
print(re.match(r'(?:(a)|b)\1', 'b'))
