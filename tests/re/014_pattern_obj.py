# Pattern objects: attributes, repr, equality, the cache, escape
import re

p = re.compile(r'(?P<a>x)(y)(?:z)', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex), type(p.groupindex).__name__)
print(p, repr(re.compile('a', re.M | re.S | re.X)), re.compile(''), re.compile("it's"))
print(re.compile('x' * 300))
print(re.compile(r'a') == re.compile(r'a'), re.compile(r'a') == re.compile(r'a', re.I), re.compile('a') == re.compile(b'a'))
print(hash(re.compile('abc')) == hash(re.compile('abc')), re.compile('a') != re.compile('b'))
print(re.compile('q') is re.compile('q'), re.compile(p) is p, p.__copy__() is p, p.__deepcopy__({}) is p)
re.purge()
print(re.compile('q') == re.compile('q'))
print(type(p), re.Pattern, re.Match, type(p) is re.Pattern, isinstance(p.match('xy'), re.Match))
print(re.escape('a.b*c+d?[e]{f}(g)|h^i$j\\k l\tm-n&o~p#q'), re.escape('éx_1'), re.escape(''))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))
m = p.match('XYz')
print(m.re is p, m.string, m.groups())
print(p.search('aaXYZ').span(), p.fullmatch('xyz'), p.match('axyz', 1))
print(p.match(string='xyz'), p.search('..xyz', pos=2), p.findall('xyzxyz', endpos=4))
try:
    p.match()
except TypeError as e:
    print('TypeError', e)
s = p.scanner('xyz xyz')
print(s.search().span(), s.search().span(), s.search(), s.pattern is p)
print(re.__all__[:5], re.__version__)
