# os: making, listing, renaming and removing files and directories (in a private
# temporary directory, removed at the end)
import os

TMP = '_tmp_os_002_%d' % os.getpid()
os.mkdir(TMP)
try:
    j = lambda *names: os.path.join(TMP, *names)
    print(os.listdir(TMP))
    os.mkdir(j('sub'))
    old = os.umask(0o22)
    os.mkdir(j('sub2'), 0o777)
    print(oct(os.stat(j('sub2')).st_mode & 0o777), oct(os.umask(0o77)))
    os.mkdir(j('sub4'))
    print(oct(os.stat(j('sub4')).st_mode & 0o777))
    os.rmdir(j('sub4'))
    os.umask(old)
    with open(j('a.txt'), 'w') as f:
        f.write('hello\n')
    with open(j('sub', 'b.bin'), 'wb') as f:
        f.write(b'\x00\x01\x02')
    print(sorted(os.listdir(TMP)), sorted(os.listdir(j('sub'))))
    print(sorted(os.listdir(os.fsencode(TMP))))
    print(os.path.isdir(j('sub')), os.path.isfile(j('a.txt')), os.path.exists(j('nope')))
    print(os.stat(j('a.txt')).st_size, os.path.getsize(j('sub', 'b.bin')))

    # rename and replace
    os.rename(j('a.txt'), j('c.txt'))
    print(sorted(os.listdir(TMP)))
    with open(j('d.txt'), 'w') as f:
        f.write('other')
    os.replace(j('d.txt'), j('c.txt'))
    with open(j('c.txt')) as f:
        print(repr(f.read()))
    os.rename(j('sub2'), j('sub3'))
    print(sorted(os.listdir(TMP)))

    # remove / unlink / rmdir
    os.remove(j('c.txt'))
    os.unlink(j('sub', 'b.bin'))
    os.rmdir(j('sub'))
    os.rmdir(j('sub3'))
    print(os.listdir(TMP))

    # chdir and relative paths
    here = os.getcwd()
    os.chdir(TMP)
    print(os.path.basename(os.getcwd()) == TMP, os.listdir(), os.listdir('.'))
    os.mkdir('inner')
    os.chdir('inner')
    print(os.getcwd() == os.path.join(here, TMP, 'inner'))
    os.chdir('..')
    os.rmdir('inner')
    os.chdir(here)
    print(os.getcwd() == here)

    # access
    with open(j('e'), 'w') as f:
        pass
    print(os.access(j('e'), os.F_OK), os.access(j('e'), os.R_OK | os.W_OK), os.access(j('nope'), os.F_OK))
    os.chmod(j('e'), 0o500)
    print(oct(os.stat(j('e')).st_mode & 0o777))
    os.chmod(j('e'), 0o644)
    print(oct(os.stat(j('e')).st_mode & 0o777))

    # links
    os.symlink('e', j('link'))
    os.link(j('e'), j('hard'))
    print(os.readlink(j('link')), os.readlink(os.fsencode(j('link'))))
    print(os.path.islink(j('link')), os.path.islink(j('e')), os.stat(j('e')).st_nlink)
    print(os.path.samefile(j('e'), j('hard')), os.path.samefile(j('e'), j('link')))
    os.remove(j('link'))
    os.remove(j('hard'))
    os.remove(j('e'))
    print(os.listdir(TMP))
finally:
    for root, dirs, files in os.walk(TMP, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(TMP)
print(os.path.exists(TMP))
