# linecache: checkcache drops entries whose file changed or vanished, updatecache rereads,
# clearcache empties
import linecache
import os

TMP = '_tmp_linecache_002_%d' % os.getpid()
os.mkdir(TMP)
try:
    a = os.path.join(TMP, 'a.py')
    b = os.path.join(TMP, 'b.py')
    for name, text in [(a, 'one\ntwo\n'), (b, 'x = 1\n')]:
        with open(name, 'w') as fh:
            fh.write(text)
    print(linecache.getline(a, 2), end='')
    print(linecache.getline(b, 1), end='')
    print(sorted(k == a or k == b for k in linecache.cache))
    # the cache answers until checkcache notices the change (size differs)
    with open(a, 'w') as fh:
        fh.write('one\ntwo changed\nthree\n')
    print(repr(linecache.getline(a, 2)))
    linecache.checkcache(b)
    print(a in linecache.cache, b in linecache.cache)
    linecache.checkcache(a)
    print(a in linecache.cache, repr(linecache.getline(a, 2)))
    # same size, different mtime
    with open(a, 'w') as fh:
        fh.write('ONE\nTWO CHANGED\nTHREE\n')
    os.utime(a, (1, 1))
    linecache.checkcache()
    print(a in linecache.cache, repr(linecache.getline(a, 1)))
    # unchanged: kept
    linecache.checkcache()
    print(a in linecache.cache, b in linecache.cache)
    # the file vanished
    os.remove(b)
    print(repr(linecache.getline(b, 1)))
    linecache.checkcache()
    print(b in linecache.cache, repr(linecache.getline(b, 1)), b in linecache.cache)
    linecache.checkcache('never-cached.py')
    # updatecache rereads even when cached
    with open(a, 'w') as fh:
        fh.write('fresh\n')
    print(linecache.updatecache(a), linecache.getlines(a))
    print(linecache.updatecache('<string>'), linecache.updatecache(''), linecache.updatecache(b))
    # entries put in the cache by hand (as the doctest and IDLE tools do) are served
    linecache.cache['<fake>'] = (5, None, ['fake line\n'], '<fake>')
    print(linecache.getline('<fake>', 1), end='')
    linecache.checkcache('<fake>')
    print('<fake>' in linecache.cache)
    linecache.clearcache()
    print(linecache.cache)
finally:
    for name in os.listdir(TMP):
        os.remove(os.path.join(TMP, name))
    os.rmdir(TMP)
