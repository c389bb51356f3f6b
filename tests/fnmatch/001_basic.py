# fnmatch: *, ?, literal text; fnmatch vs fnmatchcase
from fnmatch import fnmatch, fnmatchcase

cases = [('abc', 'abc'), ('abc', 'ab'), ('abc', '*'), ('', '*'), ('', ''), ('a', ''), ('abc', 'a*'),
         ('abc', '*c'), ('abc', 'a*c'), ('ac', 'a*c'), ('abc', 'a*b*c'), ('abbc', 'a*b*c'), ('acb', 'a*b*c'),
         ('abc', '?bc'), ('abc', '???'), ('ab', '???'), ('abcd', '???'), ('abc', '*?'), ('', '?'),
         ('abc', '**c'), ('aXbXc', 'a*X*c'), ('x.py', '*.py'), ('.py', '*.py'), ('x.pyc', '*.py'),
         ('.hidden', '*'), ('dir/file', '*'), ('dir/file', 'dir*'), ('a\nb', 'a?b'), ('a\nb', 'a*'),
         ('\n', '*'), ('abcabc', '*abc'), ('abcab', '*abc*'), ('mississippi', '*ss*ss*'),
         ('mississippi', 'm*iss*iss*'), ('mississippi', '*sip*'), ('mississippi', '*ss*ss*ss*'),
         ('aaa', 'a*a*a'), ('aa', 'a*a*a'), ('aaaa', '*a*a'), ('ab.c', '*.*'), ('abc', 'ABC'),
         ('ABC', 'abc'), ('a(b)c', 'a(b)c'), ('a+b', 'a+b'), ('a.b', 'a?b'), ('a$b', 'a$b'),
         ('a{1}', 'a{1}'), ('a|b', 'a|b'), ('a^b', '*^*'), ('tab\there', 'tab?here'), ('x', 'x*********')]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatchcase(name, pat), fnmatch(name, pat))
print(fnmatchcase(b'abc', b'a*'), fnmatch(b'x.py', b'*.py'), fnmatchcase(b'\xff\xfe', b'??'), fnmatch(b'\xe9', b'[\xe0-\xef]'))
print(fnmatchcase('\u00e9t\u00e9', '?t?'), fnmatchcase('\u00e9', '[\u00e0-\u00ff]'), fnmatchcase('\U0001f600x', '?x'))


class P:
    def __fspath__(self):
        return 'name.txt'


print(fnmatch(P(), '*.txt'), fnmatch('name.txt', P()))
