# fnmatch: [seq] and [!seq]: ranges, negation, ']' first, unclosed '[', empty and
# reversed ranges, hyphens, backslashes, set-operation characters
from fnmatch import fnmatchcase, translate

pats = ['[abc]', '[!abc]', '[a-c]', '[!a-c]', '[]]', '[!]]', '[]a]', '[]-a]', '[a-]', '[-a]', '[!-a]', '[a-c-e]',
        '[z-a]', '[!z-a]', '[a--]', '[--0]', '[a--b]', '[b-a-c]', '[\\]', '[\\-a]', '[a\\]', '[&]', '[~|]',
        '[&&]', '[^a]', '[[]', '[[a]', '[a[]', '[', '[!', '[!]', '[]', 'a[', '[a', 'x[!]y', '[*]', '[?]',
        '[.]', '[!.]', '[a-z0-9_]', '[!a-z0-9_]', '[0-9][0-9]', '[ab][cd]*', '*[!x]', '[a-cx-z]', '[--]',
        '[---]', '[!---]', '[z-a-c]', '[c-ab-z]', '[a-a]', '[!a-a]', '[\u00e0-\u00ff]', '[^]', '[]-]']
chars = ['a', 'b', 'c', 'd', 'e', 'x', 'z', '-', ']', '[', '!', '^', '\\', '&', '~', '|', '0', '5', '_', '.',
         '*', '?', '\n', '', '\u00e9']
for pat in pats:
    row = ''.join('1' if fnmatchcase(c, pat) else '.' for c in chars)
    print('%-12r %-28r %s' % (pat, translate(pat), row))
for name, pat in [('a]', '[a]]'), ('[a', '[a'), ('x[]y', 'x[]y'), ('x[!]y', 'x[!]y'), ('[!', '[!'),
                  ('a', '[!]'), ('b1', '[ab][0-9]'), ('c1', '[ab][0-9]'), ('ab', '[a][b]'), ('a-', '[a][-]')]:
    print(repr(name), repr(pat), fnmatchcase(name, pat))
