# os.path.realpath: symbolic links resolved (chains, relative and absolute targets, '..'
# after a link, loops), strict mode
import os
import os.path as p

TMP = '_tmp_ospath_007_%d' % os.getpid()
os.mkdir(TMP)
here = os.getcwd()
os.chdir(TMP)
base = os.getcwd()


def rel(path):
    # realpath results relative to the temporary directory
    if isinstance(path, bytes):
        return b'<tmp>' + path[len(os.fsencode(base)):] if path.startswith(os.fsencode(base)) else path
    return '<tmp>' + path[len(base):] if path.startswith(base) else path


try:
    os.makedirs('a/b/c')
    with open('a/b/c/f', 'w'):
        pass
    os.symlink('a/b', 'lb')                 # relative target
    os.symlink(p.join(base, 'a'), 'la')     # absolute target
    os.symlink('lb', 'chain')               # a link to a link
    os.symlink('../..', 'a/b/c/up')         # '..' inside the target
    os.symlink('loop2', 'loop1')
    os.symlink('loop1', 'loop2')
    os.symlink('self', 'self')
    os.symlink('missing/x', 'dangling')
    for path in ['.', 'a', 'a/b/c/f', 'lb', 'lb/c/f', 'la/b', 'chain/c', 'chain/c/up', 'chain/c/up/b/c/up',
                 'lb/..', 'chain/../a', 'a/b/c/up/../x', 'nope', 'nope/../a', 'loop1', 'loop1/x', 'self',
                 'dangling', 'dangling/y', 'a/./b//c/', '', p.join(base, 'chain')]:
        print(repr(rel(path)), rel(p.realpath(path)), rel(p.realpath(path.encode())))
    print(p.realpath('/') == '/', p.realpath('/..') == '/', p.realpath('//') == '/')
    print(rel(p.realpath('lb', strict=True)), rel(p.realpath(b'chain/c', strict=True)))
    for path in ['nope', 'loop1', 'dangling', 'self']:
        try:
            p.realpath(path, strict=True)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)

    class P:
        def __fspath__(self):
            return 'chain'
    print(rel(p.realpath(P())))
    os.chdir('lb')
    print(rel(os.getcwd()), rel(p.realpath('c/up')), rel(p.abspath('..')))
    os.chdir(base)
    for n in ['lb', 'la', 'chain', 'a/b/c/up', 'loop1', 'loop2', 'self', 'dangling', 'a/b/c/f']:
        os.remove(n)
    os.removedirs('a/b/c')
finally:
    os.chdir(here)
    os.rmdir(TMP)
