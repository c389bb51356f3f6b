# linecache.getline / getlines on files: line numbers, the last line without a newline,
# missing files, pseudo-file names
import linecache
import os

TMP = '_tmp_linecache_001_%d' % os.getpid()
os.mkdir(TMP)
try:
    f = os.path.join(TMP, 'src.py')
    with open(f, 'w') as fh:
        fh.write('first\nsecond\n\nfourth\nno newline at end')
    for n in [-1, 0, 1, 2, 3, 4, 5, 6, 100]:
        print(n, repr(linecache.getline(f, n)))
    lines = linecache.getlines(f)
    print(lines, linecache.getlines(f) is lines)
    entry = linecache.cache[f]
    print(len(entry), entry[0] == os.path.getsize(f), entry[1] == os.path.getmtime(f), entry[2] is lines, entry[3] == f)
    # crlf and cr newlines are translated as text files do
    g = os.path.join(TMP, 'crlf.py')
    with open(g, 'wb') as fh:
        fh.write(b'a\r\nb\rc\n\r\nd')
    print(linecache.getlines(g))
    # an empty file, a file with only a newline
    e = os.path.join(TMP, 'empty.py')
    with open(e, 'w'):
        pass
    print(linecache.getlines(e), linecache.getline(e, 1) == '', e in linecache.cache)
    with open(e, 'w') as fh:
        fh.write('\n')
    linecache.checkcache(e)
    print(linecache.getlines(e))
    # missing files, directories and pseudo names give no lines and are not cached
    for name in [os.path.join(TMP, 'missing.py'), TMP, '<string>', '<stdin>', '', None, '<x', 'x>']:
        print(repr(name).replace(TMP, 'TMP') if name != TMP else 'TMP', linecache.getline(name, 1) == '', linecache.getlines(name), name in linecache.cache)
    # this very file, by a relative name
    print(repr(linecache.getline('001_getline.py', 1)))
    print(linecache.getline('001_getline.py', 3), end='')
finally:
    for name in os.listdir(TMP):
        os.remove(os.path.join(TMP, name))
    os.rmdir(TMP)
linecache.clearcache()
print(linecache.cache)
print(linecache.__all__)
