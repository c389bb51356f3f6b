# fnmatch.translate: the regular expression CPython writes for a pattern (atomic groups
# for the interior stars, escapes, character classes)
from fnmatch import translate

for pat in ['', '*', '**', '?', 'abc', '*.py', 'a*', '*a', 'a*b', 'a*b*c', 'a**b***c', '*a*', '*a*b*',
            '?x*', 'x*?', '*?*', 'a.b', 'a b', 'a#b', 'a\tb', 'a\nb', '()[]{}', '+|^$', '&~', '\\', 'a\\*b',
            '[abc]', '[!abc]*', '*[0-9]', '[a-z]*[0-9]*', '\u00e9*\u00e8', '%s', '{a,b}', 'a/b/*.txt', '~user',
            '-', '[]', '[!]]*x', '*[', '.*', '[.*]']:
    print(repr(pat), repr(translate(pat)), translate(pat))
try:
    translate(b'*.py')
except TypeError as e:
    print('TypeError', e)
print(repr(translate(b'')))
for bad in [None, 1]:
    try:
        translate(bad)
    except TypeError as e:
        print('TypeError', e)
