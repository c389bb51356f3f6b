# sub and subn: templates, callables, counts, empty matches
import re

print(re.sub(r'\d', '#', 'a1b22c'), re.sub(r'\d', '#', 'a1b22c', count=2), re.subn(r'\d', '#', 'a1b22c'))
print(re.sub(r'(\w+)@(\w+)\.com', r'\2:\1', 'joe@site.com, ann@web.com'))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y> \g<0> \g<1>', '2024-05'))
print(re.sub(r'a', r'\n\t\\', 'xax'), re.sub(r'a', r'\&\-', 'a'))
print(re.sub(r'(a)', r'\1\0\07\101', 'a'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'', '.', 'ab'), re.sub(r'\b', '|', 'hi there'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c3'))
print(re.sub(r'\w+', lambda m: m.group().upper() if len(m.group()) > 2 else None, 'to be or not'))
print(re.subn(r'o', '0', 'foo boo', 3), re.subn(r'z', 'y', 'abc'))
print(re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', -1))
p = re.compile(r'(?P<word>\w+)')
print(p.sub(r'<\g<word>>', 'hi you'), p.subn(lambda m: m['word'][::-1], 'hi you'))
m = re.match(r'(\w+) (\w+)', 'hello world')
print(m.expand(r'\2, \1!'), m.expand(r'\g<2>\g<1>'))
for repl in [r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<a-b>', r'\9', r'\q', '\\', r'\400', r'\g<99999999999>']:
    try:
        print(repr(re.sub(r'(a)(b)?', repl, 'ab')))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in [lambda m: 1, b'x']:
    try:
        re.sub('a', repl, 'a')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', lambda m: 5, 'bab')
except TypeError as e:
    print('TypeError', e)
s = 'unchanged'
print(re.sub('z', 'y', s) is s, re.sub('(?m)^', '# ', 'l1\nl2'))
print(re.sub(r'(\d+)', r'<\1>', 'x' * 3 + '12' + 'é' * 3 + '345'))
