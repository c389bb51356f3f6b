# split: maxsplit, capturing groups, empty matches
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'x*', 'axbc'), re.split(r'', 'abc'), re.split(r'\b', 'a b'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r',', ''), re.split(r'x', 'x'), re.split(r'(x)', 'x'))
print(re.compile(r'\s+').split(' a  b c ', maxsplit=-1), re.split(r'\s*', ' a b '))
print(re.split(r'(?=[A-Z])', 'helloWorldFooBar'))
print(re.split(r'\n', 'line1\nline2\n'))
