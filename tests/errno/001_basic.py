# errno: the Linux error numbers and errorcode.
import errno

for name in ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'EBADF', 'EAGAIN', 'EWOULDBLOCK', 'ENOMEM',
             'EACCES', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL', 'EMFILE', 'ENOSPC', 'EPIPE', 'EDOM',
             'ERANGE', 'EDEADLK', 'EDEADLOCK', 'ENAMETOOLONG', 'ENOSYS', 'ENOTEMPTY', 'ELOOP',
             'ENOTSUP', 'EOPNOTSUPP', 'ECONNREFUSED', 'ETIMEDOUT', 'EINPROGRESS', 'EHWPOISON' if False else 'ERFKILL']:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), len(errno.errorcode))
print(names)
print(sorted(errno.errorcode.items())[:10])
print(all(getattr(errno, errno.errorcode[v]) == v for v in errno.errorcode))
print(all(type(getattr(errno, n)) is int for n in names))
try:
    open('/nonexistent/file/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
print(errno.__name__, type(errno.errorcode).__name__)
print(hasattr(errno, 'EFOO'))
import errno as again
print(again is errno)
