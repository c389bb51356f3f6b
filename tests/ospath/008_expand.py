# os.path.expandvars and expanduser
import os
import os.path as p

os.environ['TW_A'] = 'alpha'
os.environ['TW_B'] = '$TW_A'
os.environ['TW_EMPTY'] = ''
os.environ.pop('TW_NOPE', None)
for s in ['', 'plain', '$TW_A', '${TW_A}', '$TW_A/x', 'x$TW_A', '$TW_Ax', '${TW_A}x', '$TW_B', '$$TW_A',
          '$', '$/', '${', '${TW_A', '${}', '$TW_NOPE', '${TW_NOPE}', 'a$TW_NOPE$TW_A', '$TW_EMPTY.',
          '${TW_A}${TW_A}', '$TW_A$TW_A', '$1', '$_', '$TW-A', '${TW A}', '$\u00e9', '\u00e9$TW_A\u00e9',
          '%TW_A%', '~$TW_A', '${TW_A}}', '${{TW_A}}', '$TW_A.$TW_A']:
    print(repr(s), repr(p.expandvars(s)), repr(p.expandvars(s.encode('utf-8'))))


class P:
    def __fspath__(self):
        return '$TW_A'


print(p.expandvars(P()))

home = os.environ.get('HOME')
os.environ['HOME'] = '/home/tester'
for s in ['~', '~/', '~/x', '~//x', 'x/~', '', '/~', '~~', '~nosuchuser_tw/x', '~nosuchuser_tw']:
    print(repr(s), repr(p.expanduser(s)), repr(p.expanduser(s.encode())))
os.environ['HOME'] = '/home/tester/'
print(p.expanduser('~/y'), p.expanduser(b'~'))
os.environ['HOME'] = '/'
print(p.expanduser('~'), p.expanduser('~/z'), p.expanduser(b'~'))
os.environ['HOME'] = ''
print(repr(p.expanduser('~')), repr(p.expanduser('~/q')))
if home is None:
    del os.environ['HOME']
else:
    os.environ['HOME'] = home
print(p.expanduser('~') == os.environ.get('HOME', p.expanduser('~')))
