# pos / endpos, and a tokenizer built on match(text, pos)
import re

p = re.compile(r'\d+')
print(p.match('ab12', 2), p.match('ab12', 2, 3), p.search('1 2 3', 1), p.search('1 2 3', -5, 100))
print(p.search('123', 3), p.search('123', 4), p.match('123', 1, 0), re.compile('').match('abc', 2, 1))
m = p.search('x 42 y', 1, 5)
print(m.pos, m.endpos, m.span())
print(re.compile(r'$').search('abc', 0, 2).span(), re.compile(r'\w+$').search('ab cd', 0, 4))
TOKEN = re.compile(r'''
    (?P<num>\d+(?:\.\d*)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/()=])
  | (?P<ws>\s+)
  | (?P<bad>.)
''', re.X)
def tokenize(src):
    pos, out = 0, []
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if m.lastgroup != 'ws':
            out.append((m.lastgroup, m.group()))
        pos = m.end()
    return out
print(tokenize('x = 3.14 * (rate + 42) $'))
sc = re.compile(r'\w').scanner('ab c')
print(sc.match().group(), sc.match().group(), sc.match(), sc.match())
sc = re.compile(r'\w').scanner('ab c')
print([m.group() for m in iter(sc.search, None)])
print([m.span() for m in re.compile(r'\w').finditer('éé x', 1)])
words = 'ünïcödé wörds ärë hérë ' * 3
print([m.span() for m in re.finditer(r'\w+', words)][-3:])
print(re.compile(r'\w+').findall(words, 9, 20))
