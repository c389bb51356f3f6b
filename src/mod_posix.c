// The posix module (what lib/os.py builds on): path arguments converted as CPython's
// path_converter does (str, bytes, os.PathLike, descriptors, with its messages), OSError
// and its subclasses carrying errno and the file names, stat/lstat/fstat with
// os.stat_result, the file and directory operations (mkdir, rmdir, unlink, rename,
// symlink, readlink, chmod, utime, truncate, ...), descriptor I/O (open, read, write,
// lseek, dup, pipe), the environment (environ as a bytes dict, putenv/unsetenv), process
// and system information (getpid, times, uname, umask, cpu_count, get_terminal_size) and
// the O_*, *_OK, EX_* and W* constants. Directory listing is in mod_posix_dir.c.
//
// Nothing here runs at start-up but the registration: the record types and the module
// dict are made on the first import.
#define _GNU_SOURCE   // dup3, pipe2, O_DIRECT, O_PATH, O_TMPFILE, SEEK_DATA
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "gc.h"
#include "mod_posix.h"
#include "obj_type.h"
#include "text.h"
#include "vm.h"
#include "warnings.h"

extern char **environ;

static TwStructSeqType stat_result_type, terminal_size_type, times_result_type, uname_result_type;
static TwValue name_fspath, name_fileno;   // interned on the first import

// ---------------------------------------------------------------- errors

static TwValue raise_oserror(TwValue args) {
    if (!args) {
        return TW_NULL;
    }
    TwValue exc = tw_call_args_tuple(tw_from_obj(&tw_type_OSError), args, TW_NULL);
    return exc ? tw_raise(exc) : TW_NULL;
}

static TwValue errno_message(int err) {
    return tw_str_from_c(strerror(err));
}

TwValue tw_posix_error(int err) {
    TwValue msg = errno_message(err);
    return msg ? raise_oserror(tw_tuple_pack(2, tw_from_small_int(err), msg)) : TW_NULL;
}

TwValue tw_posix_error_path(int err, TwValue filename) {
    TwValue msg = errno_message(err);
    return msg ? raise_oserror(tw_tuple_pack(3, tw_from_small_int(err), msg, filename)) : TW_NULL;
}

TwValue tw_posix_error_path2(int err, TwValue filename, TwValue filename2) {
    TwValue msg = errno_message(err);
    return msg ? raise_oserror(tw_tuple_pack(5, tw_from_small_int(err), msg, filename, TW_NONE, filename2))
               : TW_NULL;
}

// _PyArg_CheckPositional's messages, for positional-only functions of several arguments:
// "read expected 2 arguments, got 1".
static int check_positional(const char *name, int argc, int min, int max) {
    if (argc < min) {
        tw_error(&tw_type_TypeError, "%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min,
                 min == 1 ? "" : "s", argc);
        return -1;
    }
    if (argc > max) {
        tw_error(&tw_type_TypeError, "%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max,
                 max == 1 ? "" : "s", argc);
        return -1;
    }
    return 0;
}

// ---------------------------------------------------------------- argument converters

// Argument Clinic's `int`: any __index__, OverflowError outside the C int range.
static int as_int(TwValue v, int *out) {
    int64_t i;
    if (tw_int_as_i64(v, &i) < 0) {
        if (tw_error_matches(&tw_type_OverflowError)) {
            tw_error_clear();
            tw_error(&tw_type_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (i > INT_MAX || i < INT_MIN) {
        tw_error(&tw_type_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)i;
    return 0;
}

static int as_ssize(TwValue v, int64_t *out) {
    if (tw_int_as_i64(v, out) < 0) {
        if (tw_error_matches(&tw_type_OverflowError)) {
            tw_error_clear();
            tw_error(&tw_type_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return -1;
    }
    return 0;
}

// A file descriptor given as an int: "fd is greater than maximum" when out of range.
static int fd_from_index(TwValue v, int *out) {
    int64_t i;
    if (tw_int_as_i64(v, &i) < 0) {
        if (!tw_error_matches(&tw_type_OverflowError)) {
            return -1;
        }
        tw_error_clear();
        // only an int (or an __index__ result) this large gets here; its sign says which way
        i = tw_is_intlike(v) && tw_int_sign(tw_int_value(v)) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (i > INT_MAX) {
        tw_error(&tw_type_OverflowError, "fd is greater than maximum");
        return -1;
    }
    if (i < INT_MIN) {
        tw_error(&tw_type_OverflowError, "fd is less than minimum");
        return -1;
    }
    *out = (int)i;
    return 0;
}

static bool is_index(TwValue v) {
    return tw_is_intlike(v) || (!tw_is_floatlike(v) && tw_type_lookup(tw_type_of(v), TW_NAME(__index__)));
}

// dir_fd=None (AT_FDCWD) or an int.
static int as_dir_fd(TwValue v, int *out) {
    if (!v || v == TW_NONE) {
        *out = AT_FDCWD;
        return 0;
    }
    if (!is_index(v)) {
        tw_error(&tw_type_TypeError, "argument should be integer or None, not %s", tw_type_cname(tw_type_of(v)));
        return -1;
    }
    return fd_from_index(v, out);
}

// An int, or an object with a fileno() method (CPython's fildes converter).
static int as_fildes(TwValue v, int *out) {
    TwValue n = v;
    if (!tw_is_intlike(v)) {
        bool found = false;
        n = tw_call_special(v, name_fileno, 0, NULL, &found);
        if (!found) {
            tw_error(&tw_type_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        if (!n) {
            return -1;
        }
        if (!tw_is_intlike(n)) {
            tw_error(&tw_type_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int fd;
    if (as_int(n, &fd) < 0) {
        return -1;
    }
    if (fd < 0) {
        tw_error(&tw_type_ValueError, "file descriptor cannot be a negative integer (%d)", fd);
        return -1;
    }
    *out = fd;
    return 0;
}

static int as_bool(TwValue v, bool dflt, bool *out) {
    if (!v) {
        *out = dflt;
        return 0;
    }
    int t = tw_truthy(v);
    if (t < 0) {
        return -1;
    }
    *out = t;
    return 0;
}

// os.fspath: str and bytes (and their subclasses) as they are, else __fspath__'s result.
// `checked` false: TW_NULL without an error when the object has no __fspath__.
static TwValue fspath_of(TwValue o, bool checked) {
    if (tw_isinstance_type(o, &tw_type_str) || tw_isinstance_type(o, &tw_type_bytes)) {
        return o;
    }
    bool found = false;
    TwValue r = tw_call_special(o, name_fspath, 0, NULL, &found);
    if (!found) {
        if (!checked) {
            return TW_NULL;
        }
        return tw_error(&tw_type_TypeError, "expected str, bytes or os.PathLike object, not %s",
                        tw_type_cname(tw_type_of(o)));
    }
    if (r && !tw_isinstance_type(r, &tw_type_str) && !tw_isinstance_type(r, &tw_type_bytes)) {
        return tw_error(&tw_type_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                        tw_type_cname(tw_type_of(o)), tw_type_cname(tw_type_of(r)));
    }
    return r;
}

// A str path as the system sees it: UTF-8 with lone surrogates turned back into bytes.
static TwValue encode_str(TwValue s) {
    if (tw_str_size(s) == tw_str_length(s)) {
        return tw_bytes_new(tw_str_data(s), tw_str_size(s));
    }
    return tw_str_encode(s, "utf-8", "surrogateescape");
}

static const uint8_t *bytes_data(TwValue b, size_t *n) {
    *n = TW_OBJ(b, TwBytes)->size;
    return TW_OBJ(b, TwBytes)->data;
}

TwValue tw_posix_fsdecode(const char *s, size_t n, bool as_bytes) {
    if (as_bytes) {
        return tw_bytes_new(s, n);
    }
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            return tw_bytes_decode((const uint8_t *)s, n, "utf-8", "surrogateescape");
        }
    }
    return tw_str_new(s, n);
}

// PyUnicode_FSConverter: str, bytes or os.PathLike to bytes with no NUL (putenv, system).
static TwValue fs_converter(TwValue o) {
    TwValue p = fspath_of(o, true);
    if (!p) {
        return TW_NULL;
    }
    TwValue b = tw_isinstance_type(p, &tw_type_str) ? encode_str(p) : p;
    if (!b) {
        return TW_NULL;
    }
    size_t n;
    const uint8_t *d = bytes_data(b, &n);
    if (strlen((const char *)d) != n) {
        return tw_error(&tw_type_ValueError, "embedded null byte");
    }
    return b;
}

static const char *allowed_kinds(const TwPosixPath *p) {
    if (p->allow_fd && p->nullable) {
        return "string, bytes, os.PathLike, integer or None";
    }
    if (p->allow_fd) {
        return "string, bytes, os.PathLike or integer";
    }
    if (p->nullable) {
        return "string, bytes, os.PathLike or None";
    }
    return "string, bytes or os.PathLike";
}

int tw_posix_path_convert(TwPosixPath *p, TwValue arg) {
    p->object = arg;
    p->keep = TW_NULL;
    p->c = NULL;
    p->fd = -1;
    p->is_bytes = false;
    if (arg == TW_NONE && p->nullable) {
        return 0;
    }
    bool str = tw_isinstance_type(arg, &tw_type_str), bytes = tw_isinstance_type(arg, &tw_type_bytes);
    bool index = p->allow_fd && !str && !bytes && is_index(arg);
    bool buffer = tw_isinstance_type(arg, &tw_type_bytearray);
    TwValue o = arg;
    if (!str && !bytes && !index && !buffer) {
        o = fspath_of(arg, false);
        if (!o) {
            if (!tw_error_occurred()) {
                tw_error(&tw_type_TypeError, "%s: %s should be %s, not %s", p->func, p->argname, allowed_kinds(p),
                         tw_type_cname(tw_type_of(arg)));
            }
            return -1;
        }
        str = tw_isinstance_type(o, &tw_type_str);
        bytes = !str;
    }
    p->object = o;
    if (str) {
        TwValue b = encode_str(o);
        if (!b) {
            return -1;
        }
        size_t n;
        const uint8_t *d = bytes_data(b, &n);
        if (strlen((const char *)d) != n) {
            tw_error(&tw_type_ValueError, "embedded null byte");
            return -1;
        }
        p->keep = b;
        p->c = (const char *)d;
        return 0;
    }
    if (bytes || buffer) {
        TwValue b = o;
        if (buffer) {
            if (tw_warn_format(&tw_type_DeprecationWarning, 1, "%s: %s should be %s, not %s", p->func, p->argname,
                               allowed_kinds(p), tw_type_cname(tw_type_of(o))) < 0) {
                return -1;
            }
            b = tw_bytes_new(TW_OBJ(o, TwByteArray)->data, TW_OBJ(o, TwByteArray)->size);
            if (!b) {
                return -1;
            }
        }
        size_t n;
        const uint8_t *d = bytes_data(b, &n);
        if (strlen((const char *)d) != n) {
            tw_error(&tw_type_ValueError, "%s: embedded null character in %s", p->func, p->argname);
            return -1;
        }
        p->keep = b;
        p->c = (const char *)d;
        p->is_bytes = true;
        return 0;
    }
    return fd_from_index(o, &p->fd);
}

static void path_init(TwPosixPath *p, const char *func, const char *argname, bool allow_fd) {
    p->func = func;
    p->argname = argname;
    p->allow_fd = allow_fd;
    p->nullable = false;
}

static int path_arg(TwPosixPath *p, const char *func, const char *argname, bool allow_fd, TwValue arg) {
    path_init(p, func, argname, allow_fd);
    return tw_posix_path_convert(p, arg);
}

// The checks CPython makes before using dir_fd, fd and follow_symlinks together.
static int check_fd_combination(const char *func, const TwPosixPath *p, int dir_fd, bool follow) {
    if (!p->c && dir_fd != AT_FDCWD) {
        tw_error(&tw_type_ValueError, "%s: can't specify dir_fd without matching path", func);
        return -1;
    }
    if (dir_fd != AT_FDCWD && p->fd > 0) {
        tw_error(&tw_type_ValueError, "%s: can't specify both dir_fd and fd", func);
        return -1;
    }
    if (p->fd > 0 && !follow) {
        tw_error(&tw_type_ValueError, "%s: cannot use fd and follow_symlinks together", func);
        return -1;
    }
    return 0;
}

// ---------------------------------------------------------------- stat

static const char *const stat_result_fields[] = {
    "st_mode",  "st_ino",   "st_dev",      "st_nlink",    "st_uid",      "st_gid",     "st_size",
    NULL,       NULL,       NULL,          "st_atime",    "st_mtime",    "st_ctime",   "st_atime_ns",
    "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};
enum { STAT_VISIBLE = 10, STAT_FIELDS = 19 };

// os.stat_result(seq): the float times default to the integer ones.
static void stat_fill_defaults(TwValue *values) {
    for (int i = 7; i <= 9; i++) {
        if (values[i + 3] == TW_NONE) {
            values[i + 3] = values[i];
        }
    }
}

static int fill_time(TwValue *v, int index, time_t sec, long nsec) {
    TwValue ns = tw_int_from_i64((int64_t)sec * 1000000000 + nsec);
    TwValue s = tw_int_from_i64((int64_t)sec);
    if (!ns || !s) {
        return -1;
    }
    v[index] = s;
    v[index + 3] = tw_from_float((double)sec + (double)nsec * 1e-9);
    v[index + 6] = ns;
    return 0;
}

TwValue tw_posix_stat_result(const struct stat *st) {
    TwValue v[STAT_FIELDS];
    v[0] = tw_from_small_int(st->st_mode);
    v[1] = tw_int_from_u64((uint64_t)st->st_ino);
    v[2] = tw_int_from_u64((uint64_t)st->st_dev);
    v[3] = tw_int_from_u64((uint64_t)st->st_nlink);
    v[4] = tw_int_from_u64((uint64_t)st->st_uid);
    v[5] = tw_int_from_u64((uint64_t)st->st_gid);
    v[6] = tw_int_from_i64((int64_t)st->st_size);
    v[16] = tw_int_from_i64((int64_t)st->st_blksize);
    v[17] = tw_int_from_i64((int64_t)st->st_blocks);
    v[18] = tw_int_from_u64((uint64_t)st->st_rdev);
    for (int i = 0; i < STAT_FIELDS; i++) {
        if (i < 7 || i >= 16) {
            if (!v[i]) {
                return TW_NULL;
            }
        }
    }
    if (fill_time(v, 7, st->st_atim.tv_sec, st->st_atim.tv_nsec) < 0 ||
        fill_time(v, 8, st->st_mtim.tv_sec, st->st_mtim.tv_nsec) < 0 ||
        fill_time(v, 9, st->st_ctim.tv_sec, st->st_ctim.tv_nsec) < 0) {
        return TW_NULL;
    }
    return tw_structseq_new(&stat_result_type, v);
}

static TwValue do_stat(const char *func, TwValue path_arg_v, TwValue dir_fd_v, bool follow, bool allow_fd) {
    TwPosixPath p;
    int dir_fd;
    if (path_arg(&p, func, "path", allow_fd, path_arg_v) < 0 || as_dir_fd(dir_fd_v, &dir_fd) < 0 ||
        check_fd_combination(func, &p, dir_fd, follow) < 0) {
        return TW_NULL;
    }
    struct stat st;
    int r;
    if (p.fd >= 0) {
        r = fstat(p.fd, &st);
    } else if (!p.c) {
        r = -1;
        errno = EFAULT;   // fd -1: CPython passes a NULL path to stat()
    } else if (dir_fd != AT_FDCWD || !follow) {
        r = fstatat(dir_fd, p.c, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    } else {
        r = stat(p.c, &st);
    }
    if (r != 0) {
        return tw_posix_error_path(errno, p.object);
    }
    return tw_posix_stat_result(&st);
}

static TwValue posix_stat(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    TwValue a[3];
    bool follow;
    if (tw_parse_args("stat", argc, argv, kwnames, names, 3, 0, 1, 1, a) < 0 || as_bool(a[2], true, &follow) < 0) {
        return TW_NULL;
    }
    return do_stat("stat", a[0], a[1], follow, true);
}

static TwValue posix_lstat(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path", "dir_fd"};
    TwValue a[2];
    if (tw_parse_args("lstat", argc, argv, kwnames, names, 2, 0, 1, 1, a) < 0) {
        return TW_NULL;
    }
    return do_stat("lstat", a[0], a[1], false, false);
}

static TwValue posix_fstat(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"fd"};
    TwValue a[1];
    int fd;
    if (tw_parse_args("fstat", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0 || as_int(a[0], &fd) < 0) {
        return TW_NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        return tw_posix_error(errno);
    }
    return tw_posix_stat_result(&st);
}

// ---------------------------------------------------------------- files and directories

static TwValue posix_getcwd_common(bool as_bytes) {
    size_t cap = 1024;
    for (;;) {
        char *buf = malloc(cap);
        if (!buf) {
            return tw_error_nomem();
        }
        if (getcwd(buf, cap)) {
            TwValue r = tw_posix_fsdecode(buf, strlen(buf), as_bytes);
            free(buf);
            return r;
        }
        int err = errno;
        free(buf);
        if (err != ERANGE) {
            return tw_posix_error(err);
        }
        cap *= 2;
    }
}

static TwValue posix_getcwd(int argc, TwValue *argv, TwValue kwnames) {
    return posix_getcwd_common(false);
}

static TwValue posix_getcwdb(int argc, TwValue *argv, TwValue kwnames) {
    return posix_getcwd_common(true);
}

static TwValue posix_chdir(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path"};
    TwValue a[1];
    TwPosixPath p;
    if (tw_parse_args("chdir", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0 ||
        path_arg(&p, "chdir", "path", true, a[0]) < 0) {
        return TW_NULL;
    }
    int r = p.fd >= 0 ? fchdir(p.fd) : p.c ? chdir(p.c) : (errno = EFAULT, -1);
    return r ? tw_posix_error_path(errno, p.object) : TW_NONE;
}

static TwValue posix_mkdir(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd"};
    TwValue a[3];
    TwPosixPath p;
    int mode = 0777, dir_fd;
    if (tw_parse_args("mkdir", argc, argv, kwnames, names, 3, 0, 2, 1, a) < 0 ||
        path_arg(&p, "mkdir", "path", false, a[0]) < 0 || (a[1] && as_int(a[1], &mode) < 0) ||
        as_dir_fd(a[2], &dir_fd) < 0) {
        return TW_NULL;
    }
    int r = dir_fd != AT_FDCWD ? mkdirat(dir_fd, p.c, (mode_t)mode) : mkdir(p.c, (mode_t)mode);
    return r ? tw_posix_error_path(errno, p.object) : TW_NONE;
}

// rmdir, remove and unlink: (path, *, dir_fd=None).
static TwValue do_unlink(const char *func, int argc, TwValue *argv, TwValue kwnames, bool dir) {
    static const char *const names[] = {"path", "dir_fd"};
    TwValue a[2];
    TwPosixPath p;
    int dir_fd;
    if (tw_parse_args(func, argc, argv, kwnames, names, 2, 0, 1, 1, a) < 0 ||
        path_arg(&p, func, "path", false, a[0]) < 0 || as_dir_fd(a[1], &dir_fd) < 0) {
        return TW_NULL;
    }
    int r;
    if (dir_fd != AT_FDCWD) {
        r = unlinkat(dir_fd, p.c, dir ? AT_REMOVEDIR : 0);
    } else {
        r = dir ? rmdir(p.c) : unlink(p.c);
    }
    return r ? tw_posix_error_path(errno, p.object) : TW_NONE;
}

static TwValue posix_rmdir(int argc, TwValue *argv, TwValue kwnames) {
    return do_unlink("rmdir", argc, argv, kwnames, true);
}

static TwValue posix_remove(int argc, TwValue *argv, TwValue kwnames) {
    return do_unlink("remove", argc, argv, kwnames, false);
}

static TwValue posix_unlink(int argc, TwValue *argv, TwValue kwnames) {
    return do_unlink("unlink", argc, argv, kwnames, false);
}

static TwValue do_rename(const char *func, int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    TwValue a[4];
    TwPosixPath src, dst;
    int src_dir_fd, dst_dir_fd;
    if (tw_parse_args(func, argc, argv, kwnames, names, 4, 0, 2, 2, a) < 0 ||
        path_arg(&src, func, "src", false, a[0]) < 0 || path_arg(&dst, func, "dst", false, a[1]) < 0 ||
        as_dir_fd(a[2], &src_dir_fd) < 0 || as_dir_fd(a[3], &dst_dir_fd) < 0) {
        return TW_NULL;
    }
    int r = (src_dir_fd != AT_FDCWD || dst_dir_fd != AT_FDCWD) ? renameat(src_dir_fd, src.c, dst_dir_fd, dst.c)
                                                               : rename(src.c, dst.c);
    return r ? tw_posix_error_path2(errno, src.object, dst.object) : TW_NONE;
}

static TwValue posix_rename(int argc, TwValue *argv, TwValue kwnames) {
    return do_rename("rename", argc, argv, kwnames);
}

static TwValue posix_replace(int argc, TwValue *argv, TwValue kwnames) {
    return do_rename("replace", argc, argv, kwnames);
}

static TwValue posix_link(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"};
    TwValue a[5];
    TwPosixPath src, dst;
    int src_dir_fd, dst_dir_fd;
    bool follow;
    if (tw_parse_args("link", argc, argv, kwnames, names, 5, 0, 2, 2, a) < 0 ||
        path_arg(&src, "link", "src", false, a[0]) < 0 || path_arg(&dst, "link", "dst", false, a[1]) < 0 ||
        as_dir_fd(a[2], &src_dir_fd) < 0 || as_dir_fd(a[3], &dst_dir_fd) < 0 || as_bool(a[4], true, &follow) < 0) {
        return TW_NULL;
    }
    int r;
    if (src_dir_fd != AT_FDCWD || dst_dir_fd != AT_FDCWD || !follow) {
        r = linkat(src_dir_fd, src.c, dst_dir_fd, dst.c, follow ? AT_SYMLINK_FOLLOW : 0);
    } else {
        r = link(src.c, dst.c);
    }
    return r ? tw_posix_error_path2(errno, src.object, dst.object) : TW_NONE;
}

static TwValue posix_symlink(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"src", "dst", "target_is_directory", "dir_fd"};
    TwValue a[4];
    TwPosixPath src, dst;
    int dir_fd;
    if (tw_parse_args("symlink", argc, argv, kwnames, names, 4, 0, 3, 2, a) < 0 ||
        path_arg(&src, "symlink", "src", false, a[0]) < 0 || path_arg(&dst, "symlink", "dst", false, a[1]) < 0 ||
        as_dir_fd(a[3], &dir_fd) < 0) {
        return TW_NULL;
    }
    if (a[2] && tw_truthy(a[2]) < 0) {
        return TW_NULL;
    }
    int r = dir_fd != AT_FDCWD ? symlinkat(src.c, dir_fd, dst.c) : symlink(src.c, dst.c);
    return r ? tw_posix_error_path2(errno, src.object, dst.object) : TW_NONE;
}

static TwValue posix_readlink(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path", "dir_fd"};
    TwValue a[2];
    TwPosixPath p;
    int dir_fd;
    if (tw_parse_args("readlink", argc, argv, kwnames, names, 2, 0, 1, 1, a) < 0 ||
        path_arg(&p, "readlink", "path", false, a[0]) < 0 || as_dir_fd(a[1], &dir_fd) < 0) {
        return TW_NULL;
    }
    char buf[PATH_MAX + 1];
    ssize_t n = readlinkat(dir_fd, p.c, buf, sizeof buf);
    if (n < 0) {
        return tw_posix_error_path(errno, p.object);
    }
    return tw_posix_fsdecode(buf, (size_t)n, p.is_bytes);
}

static TwValue posix_access(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
    TwValue a[5];
    TwPosixPath p;
    int mode, dir_fd;
    bool effective, follow;
    if (tw_parse_args("access", argc, argv, kwnames, names, 5, 0, 2, 2, a) < 0 ||
        path_arg(&p, "access", "path", false, a[0]) < 0 || as_int(a[1], &mode) < 0 ||
        as_dir_fd(a[2], &dir_fd) < 0 || as_bool(a[3], false, &effective) < 0 || as_bool(a[4], true, &follow) < 0) {
        return TW_NULL;
    }
    int r;
    if (dir_fd != AT_FDCWD || effective || !follow) {
        r = faccessat(dir_fd, p.c, mode, (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW));
    } else {
        r = access(p.c, mode);
    }
    return tw_bool(r == 0);
}

static TwValue posix_chmod(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks"};
    TwValue a[4];
    TwPosixPath p;
    int mode, dir_fd;
    bool follow;
    if (tw_parse_args("chmod", argc, argv, kwnames, names, 4, 0, 2, 2, a) < 0 ||
        path_arg(&p, "chmod", "path", true, a[0]) < 0 || as_int(a[1], &mode) < 0 ||
        as_dir_fd(a[2], &dir_fd) < 0 || as_bool(a[3], true, &follow) < 0 ||
        check_fd_combination("chmod", &p, dir_fd, follow) < 0) {
        return TW_NULL;
    }
    int r;
    if (p.fd >= 0) {
        r = fchmod(p.fd, (mode_t)mode);
    } else if (!p.c) {
        r = -1;
        errno = EFAULT;
    } else if (dir_fd != AT_FDCWD || !follow) {
        r = fchmodat(dir_fd, p.c, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    } else {
        r = chmod(p.c, (mode_t)mode);
    }
    return r ? tw_posix_error_path(errno, p.object) : TW_NONE;
}

// A timestamp in seconds (int or float) as a timespec, rounding down as CPython's utime.
static int timespec_from_object(TwValue v, struct timespec *ts) {
    if (tw_is_floatlike(v)) {
        double d = tw_float_value(v);
        if (isnan(d)) {
            tw_error(&tw_type_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double ip;
        double frac = modf(d, &ip);
        double ns = floor(frac * 1e9);
        if (ns >= 1e9) {
            ns -= 1e9;
            ip += 1.0;
        } else if (ns < 0) {
            ns += 1e9;
            ip -= 1.0;
        }
        if (!(ip >= -9.2e18 && ip < 9.2e18)) {
            tw_error(&tw_type_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        ts->tv_sec = (time_t)ip;
        ts->tv_nsec = (long)ns;
        return 0;
    }
    int64_t s;
    if (tw_int_as_i64(v, &s) < 0) {
        if (tw_error_matches(&tw_type_OverflowError)) {
            tw_error_clear();
            tw_error(&tw_type_OverflowError, "timestamp out of range for platform time_t");
        }
        return -1;
    }
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = 0;
    return 0;
}

static int timespec_from_ns(TwValue v, struct timespec *ts) {
    TwValue billion = tw_from_small_int(1000000000);
    TwValue iv = tw_is_intlike(v) ? v : TW_NULL;
    if (!iv) {
        int64_t dummy;
        if (tw_int_as_i64(v, &dummy) < 0) {
            return -1;
        }
        iv = tw_int_value(v);
    }
    TwValue q = tw_int_binop(TW_OP_FLOORDIV, iv, billion);
    TwValue r = q ? tw_int_binop(TW_OP_MOD, iv, billion) : TW_NULL;
    int64_t s, ns;
    if (!r || tw_int_as_i64(r, &ns) < 0) {
        return -1;
    }
    if (tw_int_as_i64(q, &s) < 0) {
        if (tw_error_matches(&tw_type_OverflowError)) {
            tw_error_clear();
            tw_error(&tw_type_OverflowError, "timestamp out of range for platform time_t");
        }
        return -1;
    }
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = (long)ns;
    return 0;
}

static TwValue posix_utime(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
    TwValue a[5];
    TwPosixPath p;
    int dir_fd;
    bool follow;
    if (tw_parse_args("utime", argc, argv, kwnames, names, 5, 0, 2, 1, a) < 0 ||
        path_arg(&p, "utime", "path", true, a[0]) < 0 || as_dir_fd(a[3], &dir_fd) < 0 ||
        as_bool(a[4], true, &follow) < 0) {
        return TW_NULL;
    }
    TwValue times = a[1] && a[1] != TW_NONE ? a[1] : TW_NULL;
    struct timespec ts[2], *tsp = NULL;
    if (times && a[2]) {
        return tw_error(&tw_type_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    }
    if (times) {
        if (!tw_is_type(times, &tw_type_tuple) || tw_tuple_size(times) != 2) {
            return tw_error(&tw_type_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        }
        if (timespec_from_object(tw_tuple_items(times)[0], &ts[0]) < 0 ||
            timespec_from_object(tw_tuple_items(times)[1], &ts[1]) < 0) {
            return TW_NULL;
        }
        tsp = ts;
    } else if (a[2]) {
        if (!tw_is_type(a[2], &tw_type_tuple) || tw_tuple_size(a[2]) != 2) {
            return tw_error(&tw_type_TypeError, "utime: 'ns' must be a tuple of two ints");
        }
        if (timespec_from_ns(tw_tuple_items(a[2])[0], &ts[0]) < 0 ||
            timespec_from_ns(tw_tuple_items(a[2])[1], &ts[1]) < 0) {
            return TW_NULL;
        }
        tsp = ts;
    }
    if (check_fd_combination("utime", &p, dir_fd, follow) < 0) {
        return TW_NULL;
    }
    int r;
    if (p.fd >= 0) {
        r = futimens(p.fd, tsp);
    } else if (!p.c) {
        r = -1;
        errno = EFAULT;
    } else {
        r = utimensat(dir_fd, p.c, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    }
    // as CPython 3.11: the error names no file
    return r ? tw_posix_error(errno) : TW_NONE;
}

static TwValue posix_truncate(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path", "length"};
    TwValue a[2];
    TwPosixPath p;
    int64_t length;
    if (tw_parse_args("truncate", argc, argv, kwnames, names, 2, 0, 2, 2, a) < 0 ||
        path_arg(&p, "truncate", "path", true, a[0]) < 0 || tw_int_as_i64(a[1], &length) < 0) {
        return TW_NULL;
    }
    int r = p.fd >= 0 ? ftruncate(p.fd, (off_t)length) : p.c ? truncate(p.c, (off_t)length) : (errno = EFAULT, -1);
    return r ? tw_posix_error_path(errno, p.object) : TW_NONE;
}

// ---------------------------------------------------------------- file descriptors

static TwValue posix_open(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path", "flags", "mode", "dir_fd"};
    TwValue a[4];
    TwPosixPath p;
    int flags, mode = 0777, dir_fd;
    if (tw_parse_args("open", argc, argv, kwnames, names, 4, 0, 3, 2, a) < 0 ||
        path_arg(&p, "open", "path", false, a[0]) < 0 || as_int(a[1], &flags) < 0 ||
        (a[2] && as_int(a[2], &mode) < 0) || as_dir_fd(a[3], &dir_fd) < 0) {
        return TW_NULL;
    }
    int fd;
    do {
        fd = openat(dir_fd, p.c, flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return tw_posix_error_path(errno, p.object);
    }
    return tw_from_small_int(fd);
}

static int one_fd_arg(const char *func, int argc, TwValue *argv, TwValue kwnames, int *fd) {
    static const char *const names[] = {"fd"};
    TwValue a[1];
    if (tw_parse_args(func, argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return -1;
    }
    return as_int(a[0], fd);
}

static TwValue posix_close(int argc, TwValue *argv, TwValue kwnames) {
    int fd;
    if (one_fd_arg("close", argc, argv, kwnames, &fd) < 0) {
        return TW_NULL;
    }
    return close(fd) ? tw_posix_error(errno) : TW_NONE;
}

static TwValue posix_closerange(int argc, TwValue *argv, TwValue kwnames) {
    int lo, hi;
    if (check_positional("closerange", argc, 2, 2) < 0 || as_int(argv[0], &lo) < 0 || as_int(argv[1], &hi) < 0) {
        return TW_NULL;
    }
    // As CPython: [max(lo, 0), hi - 1] with the end taken as unsigned, so a high end of
    // 0 or less closes every descriptor from lo on.
    unsigned first = lo < 0 ? 0u : (unsigned)lo, last = (unsigned)hi - 1u;
#ifdef SYS_close_range
    if (syscall(SYS_close_range, first, last, 0u) == 0) {
        return TW_NONE;
    }
#endif
    // no close_range (or first > last): each descriptor up to the process's limit
    long limit = sysconf(_SC_OPEN_MAX);
    if (limit > 0 && last >= (unsigned long)limit) {
        last = (unsigned)limit - 1u;
    }
    for (unsigned fd = first; fd <= last && fd <= INT_MAX; fd++) {
        close((int)fd);
    }
    return TW_NONE;
}

static TwValue posix_read(int argc, TwValue *argv, TwValue kwnames) {
    int fd;
    int64_t length;
    if (check_positional("read", argc, 2, 2) < 0 || as_int(argv[0], &fd) < 0 || as_ssize(argv[1], &length) < 0) {
        return TW_NULL;
    }
    if (length < 0) {
        return tw_posix_error(EINVAL);
    }
    char small[4096];
    char *buf = (size_t)length <= sizeof small ? small : malloc((size_t)length);
    if (!buf) {
        return tw_error_nomem();
    }
    ssize_t n;
    do {
        n = read(fd, buf, (size_t)length);
    } while (n < 0 && errno == EINTR);
    int err = errno;
    TwValue r = n < 0 ? tw_posix_error(err) : tw_bytes_new(buf, (size_t)n);
    if (buf != small) {
        free(buf);
    }
    return r;
}

// The bytes of a bytes-like argument (bytes, bytearray).
static int buffer_arg(TwValue v, const void **data, size_t *n) {
    if (tw_isinstance_type(v, &tw_type_bytes)) {
        *data = TW_OBJ(v, TwBytes)->data;
        *n = TW_OBJ(v, TwBytes)->size;
        return 0;
    }
    if (tw_isinstance_type(v, &tw_type_bytearray)) {
        *data = TW_OBJ(v, TwByteArray)->data;
        *n = TW_OBJ(v, TwByteArray)->size;
        return 0;
    }
    tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%s'", tw_type_cname(tw_type_of(v)));
    return -1;
}

static TwValue posix_write(int argc, TwValue *argv, TwValue kwnames) {
    int fd;
    const void *data;
    size_t n;
    if (check_positional("write", argc, 2, 2) < 0 || as_int(argv[0], &fd) < 0 || buffer_arg(argv[1], &data, &n) < 0) {
        return TW_NULL;
    }
    ssize_t w;
    do {
        w = write(fd, data, n);
    } while (w < 0 && errno == EINTR);
    return w < 0 ? tw_posix_error(errno) : tw_int_from_i64(w);
}

static TwValue posix_lseek(int argc, TwValue *argv, TwValue kwnames) {
    int fd, how;
    int64_t pos;
    if (check_positional("lseek", argc, 3, 3) < 0 || as_int(argv[0], &fd) < 0 || tw_int_as_i64(argv[1], &pos) < 0 ||
        as_int(argv[2], &how) < 0) {
        return TW_NULL;
    }
    off_t r = lseek(fd, (off_t)pos, how);
    return r < 0 ? tw_posix_error(errno) : tw_int_from_i64((int64_t)r);
}

static TwValue posix_isatty(int argc, TwValue *argv, TwValue kwnames) {
    int fd;
    if (as_int(argv[0], &fd) < 0) {
        return TW_NULL;
    }
    return tw_bool(isatty(fd));
}

static TwValue posix_ftruncate(int argc, TwValue *argv, TwValue kwnames) {
    int fd;
    int64_t length;
    if (check_positional("ftruncate", argc, 2, 2) < 0 || as_int(argv[0], &fd) < 0 ||
        tw_int_as_i64(argv[1], &length) < 0) {
        return TW_NULL;
    }
    return ftruncate(fd, (off_t)length) ? tw_posix_error(errno) : TW_NONE;
}

static TwValue posix_fsync(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"fd"};
    TwValue a[1];
    int fd;
    if (tw_parse_args("fsync", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0 || as_fildes(a[0], &fd) < 0) {
        return TW_NULL;
    }
    return fsync(fd) ? tw_posix_error(errno) : TW_NONE;
}

static TwValue posix_dup(int argc, TwValue *argv, TwValue kwnames) {
    int fd;
    if (as_int(argv[0], &fd) < 0) {
        return TW_NULL;
    }
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? tw_posix_error(errno) : tw_from_small_int(r);
}

static TwValue posix_dup2(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"fd", "fd2", "inheritable"};
    TwValue a[3];
    int fd, fd2;
    bool inheritable;
    if (tw_parse_args("dup2", argc, argv, kwnames, names, 3, 0, 3, 2, a) < 0 || as_int(a[0], &fd) < 0 ||
        as_int(a[1], &fd2) < 0 || as_bool(a[2], true, &inheritable) < 0) {
        return TW_NULL;
    }
    int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    return r < 0 ? tw_posix_error(errno) : tw_from_small_int(r);
}

static TwValue posix_pipe(int argc, TwValue *argv, TwValue kwnames) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        return tw_posix_error(errno);
    }
    return tw_tuple_pack(2, tw_from_small_int(fds[0]), tw_from_small_int(fds[1]));
}

static TwValue posix_get_inheritable(int argc, TwValue *argv, TwValue kwnames) {
    int fd;
    if (as_int(argv[0], &fd) < 0) {
        return TW_NULL;
    }
    int flags = fcntl(fd, F_GETFD);
    return flags < 0 ? tw_posix_error(errno) : tw_bool(!(flags & FD_CLOEXEC));
}

static TwValue posix_set_inheritable(int argc, TwValue *argv, TwValue kwnames) {
    int fd, on;
    if (check_positional("set_inheritable", argc, 2, 2) < 0 || as_int(argv[0], &fd) < 0 || as_int(argv[1], &on) < 0) {
        return TW_NULL;
    }
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0 || fcntl(fd, F_SETFD, on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0) {
        return tw_posix_error(errno);
    }
    return TW_NONE;
}

static TwValue posix_get_blocking(int argc, TwValue *argv, TwValue kwnames) {
    int fd;
    if (as_int(argv[0], &fd) < 0) {
        return TW_NULL;
    }
    int flags = fcntl(fd, F_GETFL);
    return flags < 0 ? tw_posix_error(errno) : tw_bool(!(flags & O_NONBLOCK));
}

static TwValue posix_set_blocking(int argc, TwValue *argv, TwValue kwnames) {
    int fd, on;
    if (check_positional("set_blocking", argc, 2, 2) < 0 || as_int(argv[0], &fd) < 0 || as_int(argv[1], &on) < 0) {
        return TW_NULL;
    }
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, on ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0) {
        return tw_posix_error(errno);
    }
    return TW_NONE;
}

static TwValue posix_device_encoding(int argc, TwValue *argv, TwValue kwnames) {
    int fd;
    if (one_fd_arg("device_encoding", argc, argv, kwnames, &fd) < 0) {
        return TW_NULL;
    }
    return isatty(fd) ? tw_str_from_c("UTF-8") : TW_NONE;
}

static const char *const terminal_size_fields[] = {"columns", "lines"};

static TwValue posix_get_terminal_size(int argc, TwValue *argv, TwValue kwnames) {
    int fd = STDOUT_FILENO;
    if (check_positional("get_terminal_size", argc, 0, 1) < 0 || (argc == 1 && as_int(argv[0], &fd) < 0)) {
        return TW_NULL;
    }
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) != 0) {
        return tw_posix_error(errno);
    }
    TwValue v[2] = {tw_from_small_int(w.ws_col), tw_from_small_int(w.ws_row)};
    return tw_structseq_new(&terminal_size_type, v);
}

// ---------------------------------------------------------------- the environment

static TwValue make_environ(void) {
    TwValue d = tw_dict_new();
    if (!d) {
        return TW_NULL;
    }
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) {
            continue;
        }
        TwValue k = tw_bytes_new(*e, (size_t)(eq - *e));
        TwValue v = k ? tw_bytes_new(eq + 1, strlen(eq + 1)) : TW_NULL;
        if (!v) {
            return TW_NULL;
        }
        TwValue old;
        int found = tw_dict_lookup(d, k, &old);   // the first of duplicated names wins
        if (found < 0 || (!found && tw_dict_set(d, k, v) < 0)) {
            return TW_NULL;
        }
    }
    return d;
}

static TwValue posix_putenv(int argc, TwValue *argv, TwValue kwnames) {
    if (check_positional("putenv", argc, 2, 2) < 0) {
        return TW_NULL;
    }
    TwValue name = fs_converter(argv[0]);
    TwValue value = name ? fs_converter(argv[1]) : TW_NULL;
    if (!value) {
        return TW_NULL;
    }
    const char *n = (const char *)TW_OBJ(name, TwBytes)->data;
    if (strchr(n, '=')) {
        return tw_error(&tw_type_ValueError, "illegal environment variable name");
    }
    if (setenv(n, (const char *)TW_OBJ(value, TwBytes)->data, 1) != 0) {
        return tw_posix_error(errno);
    }
    return TW_NONE;
}

static TwValue posix_unsetenv(int argc, TwValue *argv, TwValue kwnames) {
    TwValue name = fs_converter(argv[0]);
    if (!name) {
        return TW_NULL;
    }
    if (unsetenv((const char *)TW_OBJ(name, TwBytes)->data) != 0) {
        return tw_posix_error(errno);
    }
    return TW_NONE;
}

// ---------------------------------------------------------------- process and system

static TwValue posix_getpid(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int(getpid());
}

static TwValue posix_getppid(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int(getppid());
}

static TwValue posix_getuid(int argc, TwValue *argv, TwValue kwnames) {
    return tw_int_from_u64(getuid());
}

static TwValue posix_geteuid(int argc, TwValue *argv, TwValue kwnames) {
    return tw_int_from_u64(geteuid());
}

static TwValue posix_getgid(int argc, TwValue *argv, TwValue kwnames) {
    return tw_int_from_u64(getgid());
}

static TwValue posix_getegid(int argc, TwValue *argv, TwValue kwnames) {
    return tw_int_from_u64(getegid());
}

static TwValue posix_kill(int argc, TwValue *argv, TwValue kwnames) {
    int64_t pid;
    int sig;
    if (check_positional("kill", argc, 2, 2) < 0 || tw_int_as_i64(argv[0], &pid) < 0 || as_int(argv[1], &sig) < 0) {
        return TW_NULL;
    }
    return kill((pid_t)pid, sig) ? tw_posix_error(errno) : TW_NONE;
}

static TwValue posix__exit(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"status"};
    TwValue a[1];
    int status;
    if (tw_parse_args("_exit", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0 || as_int(a[0], &status) < 0) {
        return TW_NULL;
    }
    _exit(status);
}

static TwValue posix_system(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"command"};
    TwValue a[1];
    if (tw_parse_args("system", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue cmd = fs_converter(a[0]);
    if (!cmd) {
        return TW_NULL;
    }
    return tw_from_small_int(system((const char *)TW_OBJ(cmd, TwBytes)->data));
}

static TwValue posix_umask(int argc, TwValue *argv, TwValue kwnames) {
    int mask;
    if (as_int(argv[0], &mask) < 0) {
        return TW_NULL;
    }
    return tw_from_small_int(umask((mode_t)mask));
}

static TwValue posix_strerror(int argc, TwValue *argv, TwValue kwnames) {
    int code;
    if (as_int(argv[0], &code) < 0) {
        return TW_NULL;
    }
    return errno_message(code);
}

static TwValue posix_urandom(int argc, TwValue *argv, TwValue kwnames) {
    int64_t size;
    if (as_ssize(argv[0], &size) < 0) {
        return TW_NULL;
    }
    if (size < 0) {
        return tw_error(&tw_type_ValueError, "negative argument not allowed");
    }
    uint8_t *buf = malloc(size ? (size_t)size : 1);
    if (!buf) {
        return tw_error_nomem();
    }
    size_t got = 0;
    while (got < (size_t)size) {
        ssize_t n = getrandom(buf + got, (size_t)size - got, 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            int err = errno;
            free(buf);
            return tw_posix_error(err);
        }
        got += (size_t)n;
    }
    TwValue r = tw_bytes_new(buf, (size_t)size);
    free(buf);
    return r;
}

static TwValue posix_cpu_count(int argc, TwValue *argv, TwValue kwnames) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? tw_from_small_int(n) : TW_NONE;
}

static const char *const times_result_fields[] = {"user", "system", "children_user", "children_system", "elapsed"};

static TwValue posix_times(int argc, TwValue *argv, TwValue kwnames) {
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1) {
        return tw_posix_error(errno);
    }
    double ticks = (double)sysconf(_SC_CLK_TCK);
    TwValue v[5] = {
        tw_from_float((double)t.tms_utime / ticks),  tw_from_float((double)t.tms_stime / ticks),
        tw_from_float((double)t.tms_cutime / ticks), tw_from_float((double)t.tms_cstime / ticks),
        tw_from_float((double)c / ticks),
    };
    return tw_structseq_new(&times_result_type, v);
}

static const char *const uname_result_fields[] = {"sysname", "nodename", "release", "version", "machine"};

static TwValue posix_uname(int argc, TwValue *argv, TwValue kwnames) {
    struct utsname u;
    if (uname(&u) != 0) {
        return tw_posix_error(errno);
    }
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    TwValue v[5];
    for (int i = 0; i < 5; i++) {
        v[i] = tw_posix_fsdecode(parts[i], strlen(parts[i]), false);
        if (!v[i]) {
            return TW_NULL;
        }
    }
    return tw_structseq_new(&uname_result_type, v);
}

static TwValue posix_fspath(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path"};
    TwValue a[1];
    if (tw_parse_args("fspath", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return TW_NULL;
    }
    return fspath_of(a[0], true);
}

// The wait-status macros: (status) by position or keyword.
static int status_arg(const char *func, int argc, TwValue *argv, TwValue kwnames, int *status) {
    static const char *const names[] = {"status"};
    TwValue a[1];
    if (tw_parse_args(func, argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return -1;
    }
    return as_int(a[0], status);
}

#define WAIT_MACRO(name, expr, wrap)                                             \
    static TwValue posix_##name(int argc, TwValue *argv, TwValue kwnames) {      \
        int status;                                                              \
        if (status_arg(#name, argc, argv, kwnames, &status) < 0) {               \
            return TW_NULL;                                                      \
        }                                                                        \
        return wrap(expr);                                                       \
    }
WAIT_MACRO(WIFEXITED, WIFEXITED(status), tw_bool)
WAIT_MACRO(WEXITSTATUS, WEXITSTATUS(status), tw_from_small_int)
WAIT_MACRO(WIFSIGNALED, WIFSIGNALED(status), tw_bool)
WAIT_MACRO(WTERMSIG, WTERMSIG(status), tw_from_small_int)
WAIT_MACRO(WIFSTOPPED, WIFSTOPPED(status), tw_bool)
WAIT_MACRO(WSTOPSIG, WSTOPSIG(status), tw_from_small_int)

static TwValue posix_waitstatus_to_exitcode(int argc, TwValue *argv, TwValue kwnames) {
    int status;
    if (status_arg("waitstatus_to_exitcode", argc, argv, kwnames, &status) < 0) {
        return TW_NULL;
    }
    if (WIFEXITED(status)) {
        return tw_from_small_int(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        return tw_from_small_int(-WTERMSIG(status));
    }
    if (WIFSTOPPED(status)) {
        return tw_error(&tw_type_ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
    }
    return tw_error(&tw_type_ValueError, "invalid wait status: %d", status);
}

// ---------------------------------------------------------------- the module

#define KW TW_BUILTIN_KEYWORDS
static const TwMethodDef posix_functions[] = {
    {"stat", posix_stat, 0, -1, KW},
    {"lstat", posix_lstat, 0, -1, KW},
    {"fstat", posix_fstat, 0, -1, KW},
    {"getcwd", posix_getcwd, 0, 0, 0},
    {"getcwdb", posix_getcwdb, 0, 0, 0},
    {"chdir", posix_chdir, 0, -1, KW},
    {"mkdir", posix_mkdir, 0, -1, KW},
    {"rmdir", posix_rmdir, 0, -1, KW},
    {"remove", posix_remove, 0, -1, KW},
    {"unlink", posix_unlink, 0, -1, KW},
    {"rename", posix_rename, 0, -1, KW},
    {"replace", posix_replace, 0, -1, KW},
    {"link", posix_link, 0, -1, KW},
    {"symlink", posix_symlink, 0, -1, KW},
    {"readlink", posix_readlink, 0, -1, KW},
    {"access", posix_access, 0, -1, KW},
    {"chmod", posix_chmod, 0, -1, KW},
    {"utime", posix_utime, 0, -1, KW},
    {"truncate", posix_truncate, 0, -1, KW},
    {"open", posix_open, 0, -1, KW},
    {"close", posix_close, 0, -1, KW},
    {"closerange", posix_closerange, 0, -1, 0},
    {"read", posix_read, 0, -1, 0},
    {"write", posix_write, 0, -1, 0},
    {"lseek", posix_lseek, 0, -1, 0},
    {"isatty", posix_isatty, 1, 1, 0},
    {"ftruncate", posix_ftruncate, 0, -1, 0},
    {"fsync", posix_fsync, 0, -1, KW},
    {"dup", posix_dup, 1, 1, 0},
    {"dup2", posix_dup2, 0, -1, KW},
    {"pipe", posix_pipe, 0, 0, 0},
    {"get_inheritable", posix_get_inheritable, 1, 1, 0},
    {"set_inheritable", posix_set_inheritable, 0, -1, 0},
    {"get_blocking", posix_get_blocking, 1, 1, 0},
    {"set_blocking", posix_set_blocking, 0, -1, 0},
    {"device_encoding", posix_device_encoding, 0, -1, KW},
    {"get_terminal_size", posix_get_terminal_size, 0, -1, 0},
    {"putenv", posix_putenv, 0, -1, 0},
    {"unsetenv", posix_unsetenv, 1, 1, 0},
    {"getpid", posix_getpid, 0, 0, 0},
    {"getppid", posix_getppid, 0, 0, 0},
    {"getuid", posix_getuid, 0, 0, 0},
    {"geteuid", posix_geteuid, 0, 0, 0},
    {"getgid", posix_getgid, 0, 0, 0},
    {"getegid", posix_getegid, 0, 0, 0},
    {"kill", posix_kill, 0, -1, 0},
    {"_exit", posix__exit, 0, -1, KW},
    {"system", posix_system, 0, -1, KW},
    {"umask", posix_umask, 1, 1, 0},
    {"strerror", posix_strerror, 1, 1, 0},
    {"urandom", posix_urandom, 1, 1, 0},
    {"cpu_count", posix_cpu_count, 0, 0, 0},
    {"times", posix_times, 0, 0, 0},
    {"uname", posix_uname, 0, 0, 0},
    {"fspath", posix_fspath, 0, -1, KW},
    {"WIFEXITED", posix_WIFEXITED, 0, -1, KW},
    {"WEXITSTATUS", posix_WEXITSTATUS, 0, -1, KW},
    {"WIFSIGNALED", posix_WIFSIGNALED, 0, -1, KW},
    {"WTERMSIG", posix_WTERMSIG, 0, -1, KW},
    {"WIFSTOPPED", posix_WIFSTOPPED, 0, -1, KW},
    {"WSTOPSIG", posix_WSTOPSIG, 0, -1, KW},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode, 0, -1, KW},
    {NULL},
};

#define C(name) {#name, name}
static const struct {
    const char *name;
    long value;
} posix_constants[] = {
    C(F_OK), C(R_OK), C(W_OK), C(X_OK),
    C(O_RDONLY), C(O_WRONLY), C(O_RDWR), C(O_ACCMODE), C(O_APPEND), C(O_CREAT), C(O_EXCL), C(O_TRUNC),
    C(O_NONBLOCK), C(O_NDELAY), C(O_SYNC), C(O_DSYNC), C(O_RSYNC), C(O_FSYNC), C(O_NOCTTY), C(O_CLOEXEC),
    C(O_DIRECTORY), C(O_NOFOLLOW), C(O_ASYNC), C(O_DIRECT), C(O_LARGEFILE), C(O_NOATIME), C(O_PATH),
    C(O_TMPFILE),
    C(SEEK_DATA), C(SEEK_HOLE),
    C(EX_OK), C(EX_USAGE), C(EX_DATAERR), C(EX_NOINPUT), C(EX_NOUSER), C(EX_NOHOST), C(EX_UNAVAILABLE),
    C(EX_SOFTWARE), C(EX_OSERR), C(EX_OSFILE), C(EX_CANTCREAT), C(EX_IOERR), C(EX_TEMPFAIL), C(EX_PROTOCOL),
    C(EX_NOPERM), C(EX_CONFIG),
    C(WNOHANG), C(WUNTRACED), C(WCONTINUED), C(WEXITED), C(WSTOPPED), C(WNOWAIT),
    C(TMP_MAX), C(NGROUPS_MAX),
};

// What os.py reads to build supports_dir_fd and friends.
static const char *const have_functions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FDOPENDIR", "HAVE_FSTATAT",
    "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_OPENAT",
    "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
};

static bool types_ready;

static void init_types(void) {
    if (types_ready) {
        return;
    }
    types_ready = true;
    tw_structseq_init_type(&stat_result_type, "os.stat_result", stat_result_fields, STAT_VISIBLE, STAT_FIELDS, true);
    stat_result_type.fill_defaults = stat_fill_defaults;
    tw_structseq_init_type(&terminal_size_type, "os.terminal_size", terminal_size_fields, 2, 2, true);
    tw_structseq_init_type(&times_result_type, "posix.times_result", times_result_fields, 5, 5, true);
    tw_structseq_init_type(&uname_result_type, "posix.uname_result", uname_result_fields, 5, 5, true);
    name_fspath = tw_str_intern_c("__fspath__");
    name_fileno = tw_str_intern_c("fileno");
    tw_gc_add_root(&name_fspath);
    tw_gc_add_root(&name_fileno);
}

static int posix_module_init(TwValue module) {
    init_types();
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, posix_functions) < 0 || tw_posix_dir_init(module) < 0) {
        return -1;
    }
    for (size_t i = 0; i < sizeof posix_constants / sizeof posix_constants[0]; i++) {
        if (tw_dict_set_c(d, posix_constants[i].name, tw_from_small_int(posix_constants[i].value)) < 0) {
            return -1;
        }
    }
    TwValue have = tw_list_new(0);
    if (!have) {
        return -1;
    }
    for (size_t i = 0; i < sizeof have_functions / sizeof have_functions[0]; i++) {
        if (tw_list_append(have, tw_str_intern_c(have_functions[i])) < 0) {
            return -1;
        }
    }
    TwValue env = make_environ();
    if (!env || tw_dict_set_c(d, "environ", env) < 0 || tw_dict_set_c(d, "_have_functions", have) < 0 ||
        tw_dict_set_c(d, "error", tw_from_obj(&tw_type_OSError)) < 0 ||
        tw_dict_set_c(d, "stat_result", tw_from_obj(&stat_result_type)) < 0 ||
        tw_dict_set_c(d, "terminal_size", tw_from_obj(&terminal_size_type)) < 0 ||
        tw_dict_set_c(d, "times_result", tw_from_obj(&times_result_type)) < 0 ||
        tw_dict_set_c(d, "uname_result", tw_from_obj(&uname_result_type)) < 0) {
        return -1;
    }
    return 0;
}

void tw_posix_init(void) {
    tw_module_register("posix", posix_module_init);
}
