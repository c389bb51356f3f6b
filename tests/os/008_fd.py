# os: file descriptors (open/read/write/lseek/close, pipe, dup, dup2, inheritable and
# blocking flags, fdopen, isatty, get_terminal_size)
import os

TMP = '_tmp_os_008_%d' % os.getpid()
os.mkdir(TMP)
here = os.getcwd()
os.chdir(TMP)
try:
    fd = os.open('f', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd), fd > 2, os.get_inheritable(fd), os.get_blocking(fd))
    print(os.write(fd, b'hello '), os.write(fd, bytearray(b'world\n')), os.write(fd, b''))
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 2, os.SEEK_SET))
    os.write(fd, b'L')
    os.close(fd)
    fd = os.open('f', os.O_RDONLY)
    print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10), os.read(fd, 0))
    print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10))
    print(os.fstat(fd).st_size, os.isatty(fd), os.device_encoding(fd))
    try:
        os.write(fd, b'x')
    except OSError as e:
        print(type(e).__name__, e)
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
    fd = os.open('f', os.O_RDWR | os.O_APPEND)
    os.write(fd, b'tail')
    os.lseek(fd, 0, 0)
    print(os.read(fd, 100))
    os.close(fd)
    fd = os.open('g', os.O_CREAT | os.O_EXCL | os.O_RDWR)
    try:
        os.open('g', os.O_CREAT | os.O_EXCL | os.O_RDWR)
    except FileExistsError as e:
        print('FileExistsError', e)
    os.close(fd)
    os.remove('g')

    # dir_fd and open of a directory
    dfd = os.open('.', os.O_RDONLY | os.O_DIRECTORY)
    fd = os.open('f', os.O_RDONLY, dir_fd=dfd)
    print(os.read(fd, 5))
    os.close(fd)
    os.mkdir('d', dir_fd=dfd)
    os.rename('d', 'e', src_dir_fd=dfd, dst_dir_fd=dfd)
    print(sorted(os.listdir()), os.access('e', os.F_OK, dir_fd=dfd))
    os.rmdir('e', dir_fd=dfd)
    os.symlink('f', 'sl', dir_fd=dfd)
    print(os.readlink('sl', dir_fd=dfd))
    os.unlink('sl', dir_fd=dfd)
    os.close(dfd)

    # pipes and duplicates
    r, w = os.pipe()
    print(os.get_inheritable(r), os.get_inheritable(w))
    os.write(w, b'through the pipe')
    print(os.read(r, 7), os.read(r, 100))
    w2 = os.dup(w)
    print(w2 not in (r, w), os.get_inheritable(w2))
    os.write(w2, b'dup')
    print(os.read(r, 10))
    target = os.dup(r)
    print(os.dup2(w, target) == target, os.get_inheritable(target))
    os.write(target, b'dup2')
    print(os.read(r, 10))
    print(os.dup2(w, target, inheritable=False) == target, os.get_inheritable(target))
    os.set_inheritable(target, True)
    print(os.get_inheritable(target))
    os.set_inheritable(target, False)
    print(os.get_inheritable(target))
    os.set_blocking(r, False)
    print(os.get_blocking(r))
    try:
        os.read(r, 10)
    except BlockingIOError as e:
        print('BlockingIOError', e.errno == 11)
    os.set_blocking(r, True)
    print(os.get_blocking(r))
    os.close(w)
    os.close(w2)
    os.close(target)
    print(os.read(r, 10))
    os.close(r)

    # closerange, fsync with an object that has fileno()
    fds = [os.open('f', os.O_RDONLY) for i in range(3)]
    os.closerange(min(fds), max(fds) + 1)
    for x in fds:
        try:
            os.fstat(x)
        except OSError as e:
            print('closed', e.errno)
    print(os.closerange(1000, 2**31 - 1), os.closerange(5, 2))
    with open('f', 'rb+') as fh:
        print(os.fsync(fh), os.fsync(fh.fileno()))

    # fdopen
    fd = os.open('f', os.O_RDONLY)
    with os.fdopen(fd) as fh:
        print(type(fh).__name__, fh.read())
    try:
        os.fdopen('f')
    except TypeError as e:
        print('TypeError', e)
    fd = os.open('h', os.O_WRONLY | os.O_CREAT)
    with os.fdopen(fd, 'wb') as fh:
        fh.write(b'bin')
    with open('h', 'rb') as fh:
        print(fh.read())

    # not a terminal here
    print(os.isatty(9999), os.isatty(-1))
    try:
        os.get_terminal_size(9999)
    except OSError as e:
        print(type(e).__name__, e)
    print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns, os.terminal_size((1, 2)).lines)
    os.remove('f')
    os.remove('h')
finally:
    os.chdir(here)
    os.rmdir(TMP)
