# os: the path syntax constants, the module layout, constants from posix
import os
import os.path
import sys
import posix
import posixpath

print(os.name, repr(os.sep), repr(os.altsep), repr(os.curdir), repr(os.pardir))
print(repr(os.extsep), repr(os.pathsep), repr(os.linesep), repr(os.devnull), repr(os.defpath))
print(os.path is posixpath, sys.modules['os.path'] is posixpath, os.path.__name__)
print(os.error is OSError, posix.error is OSError)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREAT, os.O_EXCL, os.O_TRUNC)
print(os.O_NONBLOCK, os.O_CLOEXEC, os.O_DIRECTORY, os.O_NOFOLLOW, os.O_ACCMODE, os.O_SYNC)
print(os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.WNOHANG)
print(os.stat is posix.stat, os.listdir is posix.listdir, os.environ is not posix.environ)
print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(os.stat_result, os.terminal_size, os.DirEntry, type(os.times()), type(os.uname()))
print(os.stat_result.__module__, os.stat_result.__name__, os.terminal_size.__module__)
print(repr(os.stat), repr(os.getcwd))
for name in ['stat', 'lstat', 'fstat', 'listdir', 'scandir', 'mkdir', 'makedirs', 'rmdir',
             'removedirs', 'remove', 'unlink', 'rename', 'renames', 'replace', 'chdir', 'getcwd',
             'getcwdb', 'getpid', 'getppid', 'environ', 'environb', 'getenv', 'getenvb', 'putenv',
             'unsetenv', 'strerror', 'urandom', 'cpu_count', 'access', 'fspath', 'open', 'close',
             'read', 'write', 'lseek', 'isatty', 'get_terminal_size', 'times', 'uname', 'umask',
             'walk', 'fsencode', 'fsdecode', 'fdopen', 'PathLike', 'symlink', 'readlink', 'link',
             'chmod', 'utime', 'truncate', 'ftruncate', 'dup', 'dup2', 'pipe', 'fsync', '_exit',
             'kill', 'system', 'get_exec_path', 'supports_bytes_environ']:
    if not hasattr(os, name):
        print("missing", name)
print('stat' in os.__all__, 'walk' in os.__all__, 'path' in os.__all__, '_Environ' in os.__all__)
print(os.supports_bytes_environ, os.stat in os.supports_fd, os.stat in os.supports_dir_fd,
      os.stat in os.supports_follow_symlinks, os.access in os.supports_effective_ids)

# process identity: relationships only
print(os.getpid() == os.getpid(), os.getpid() != os.getppid(), os.getpid() > 0)
print(type(os.getuid()), os.getuid() == os.getuid(), os.geteuid() >= 0, os.getgid() >= 0, os.getegid() >= 0)

# the working directory
cwd = os.getcwd()
print(type(cwd), os.path.isabs(cwd), cwd == os.path.abspath('.'), os.getcwdb() == os.fsencode(cwd))
print(os.path.basename(cwd), os.path.exists(os.path.join(cwd, '001_names.py')))
