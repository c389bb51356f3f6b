// Directory listing for the posix module: listdir, and scandir with its iterator
// (posix.ScandirIterator: a context manager that closes the directory when exhausted or
// exited) and its entries (posix.DirEntry: name, path, is_dir/is_file/is_symlink from the
// directory's d_type where it can, stat results fetched once and cached, as CPython).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "gc.h"
#include "mod_posix.h"
#include "text.h"
#include "vm.h"

static bool is_dot_or_dotdot(const char *n) {
    return n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0));
}

// Open the directory of a converted path: a duplicate of its descriptor, the path, or
// "." for None. -1 with errno set on failure.
static DIR *open_dir(const TwPosixPath *p) {
    if (p->fd >= 0) {
        int fd = fcntl(p->fd, F_DUPFD_CLOEXEC, 0);
        if (fd < 0) {
            return NULL;
        }
        DIR *d = fdopendir(fd);
        if (!d) {
            int err = errno;
            close(fd);
            errno = err;
        }
        return d;
    }
    return opendir(p->c ? p->c : ".");
}

// The directory's own descriptor-based stream is rewound before closing, so the caller's
// descriptor (shared offset) reads the directory from the start again.
static void close_dir(DIR *d, bool from_fd) {
    if (from_fd) {
        rewinddir(d);
    }
    closedir(d);
}

static int path_for_listing(TwPosixPath *p, const char *func, TwValue arg) {
    p->func = func;
    p->argname = "path";
    p->nullable = true;
    p->allow_fd = true;
    return tw_posix_path_convert(p, arg ? arg : TW_NONE);
}

static TwValue posix_listdir(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path"};
    TwValue a[1];
    TwPosixPath p;
    if (tw_parse_args("listdir", argc, argv, kwnames, names, 1, 0, 1, 0, a) < 0 ||
        path_for_listing(&p, "listdir", a[0]) < 0) {
        return TW_NULL;
    }
    TwValue filename = a[0] && a[0] != TW_NONE ? p.object : tw_str_from_c(".");
    DIR *d = open_dir(&p);
    if (!d) {
        return tw_posix_error_path(errno, filename);
    }
    TwValue list = tw_list_new(0);
    if (!list) {
        close_dir(d, p.fd >= 0);
        return TW_NULL;
    }
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            int err = errno;
            close_dir(d, p.fd >= 0);
            return err ? tw_posix_error_path(err, filename) : list;
        }
        if (is_dot_or_dotdot(e->d_name)) {
            continue;
        }
        TwValue name = tw_posix_fsdecode(e->d_name, strlen(e->d_name), p.is_bytes);
        if (!name || tw_list_append(list, name) < 0) {
            close_dir(d, p.fd >= 0);
            return TW_NULL;
        }
    }
}

// ---------------------------------------------------------------- DirEntry

typedef struct DirEntry {
    TwObject hdr;
    TwValue name, path;    // str, or bytes when the directory was given as bytes
    TwValue stat, lstat;   // cached os.stat_result, TW_NULL until fetched
    int dir_fd;            // scandir(fd): stats are relative to it; else -1
    unsigned char d_type;
    ino_t ino;
} DirEntry;

static void direntry_trace(TwObject *self) {
    DirEntry *e = (DirEntry *)self;
    tw_gc_mark(e->name);
    tw_gc_mark(e->path);
    tw_gc_mark(e->stat);
    tw_gc_mark(e->lstat);
}

static TwType direntry_type = {
    .hdr.type = &tw_type_type,
    .basic_size = sizeof(DirEntry),
    .trace = direntry_trace,
};

static DirEntry *entry(TwValue v) {
    return TW_OBJ(v, DirEntry);
}

static TwValue fetch_stat(DirEntry *e, bool follow) {
    struct stat st;
    int r;
    if (e->dir_fd >= 0) {
        const char *n = tw_is_str(e->name) ? tw_str_data(e->name) : (const char *)TW_OBJ(e->name, TwBytes)->data;
        TwValue enc = TW_NULL;
        if (tw_is_str(e->name) && tw_str_size(e->name) != tw_str_length(e->name)) {
            enc = tw_str_encode(e->name, "utf-8", "surrogateescape");
            if (!enc) {
                return TW_NULL;
            }
            n = (const char *)TW_OBJ(enc, TwBytes)->data;
        }
        r = fstatat(e->dir_fd, n, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    } else {
        const char *p;
        TwValue enc = TW_NULL;
        if (tw_is_str(e->path)) {
            p = tw_str_data(e->path);
            if (tw_str_size(e->path) != tw_str_length(e->path)) {
                enc = tw_str_encode(e->path, "utf-8", "surrogateescape");
                if (!enc) {
                    return TW_NULL;
                }
                p = (const char *)TW_OBJ(enc, TwBytes)->data;
            }
        } else {
            p = (const char *)TW_OBJ(e->path, TwBytes)->data;
        }
        r = follow ? stat(p, &st) : lstat(p, &st);
    }
    if (r != 0) {
        return tw_posix_error_path(errno, e->path);
    }
    return tw_posix_stat_result(&st);
}

static TwValue get_lstat(DirEntry *e) {
    if (!e->lstat) {
        e->lstat = fetch_stat(e, false);
    }
    return e->lstat;
}

static int test_is_symlink(DirEntry *e) {
    if (e->d_type != DT_UNKNOWN) {
        return e->d_type == DT_LNK;
    }
    TwValue st = get_lstat(e);
    if (!st) {
        return -1;
    }
    int64_t mode;
    if (tw_int_as_i64(tw_structseq_get(st, 0), &mode) < 0) {
        return -1;
    }
    return S_ISLNK((mode_t)mode);
}

static TwValue get_stat(DirEntry *e, bool follow) {
    if (!follow) {
        return get_lstat(e);
    }
    if (!e->stat) {
        int link = test_is_symlink(e);
        if (link < 0) {
            return TW_NULL;
        }
        e->stat = link ? fetch_stat(e, true) : get_lstat(e);
    }
    return e->stat;
}

// is_dir / is_file: from d_type when it answers, else from a stat (a missing file is
// simply neither).
static TwValue test_mode(DirEntry *e, bool follow, mode_t bits) {
    int link = 0;
    if (follow) {
        link = test_is_symlink(e);
        if (link < 0) {
            return TW_NULL;
        }
    }
    if (e->d_type == DT_UNKNOWN || (follow && link)) {
        TwValue st = get_stat(e, follow);
        if (!st) {
            if (tw_error_matches(&tw_type_FileNotFoundError)) {
                tw_error_clear();
                return TW_FALSE;
            }
            return TW_NULL;
        }
        int64_t mode;
        if (tw_int_as_i64(tw_structseq_get(st, 0), &mode) < 0) {
            return TW_NULL;
        }
        return tw_bool(((mode_t)mode & S_IFMT) == bits);
    }
    return tw_bool(bits == S_IFDIR ? e->d_type == DT_DIR : e->d_type == DT_REG);
}

static int follow_arg(const char *func, int argc, TwValue *argv, TwValue kwnames, bool *follow) {
    static const char *const names[] = {"follow_symlinks"};
    TwValue a[1];
    if (tw_parse_args(func, argc - 1, argv + 1, kwnames, names, 1, 0, 0, 0, a) < 0) {
        return -1;
    }
    *follow = true;
    if (a[0]) {
        int t = tw_truthy(a[0]);
        if (t < 0) {
            return -1;
        }
        *follow = t;
    }
    return 0;
}

static TwValue direntry_is_dir(int argc, TwValue *argv, TwValue kwnames) {
    bool follow;
    if (follow_arg("is_dir", argc, argv, kwnames, &follow) < 0) {
        return TW_NULL;
    }
    return test_mode(entry(argv[0]), follow, S_IFDIR);
}

static TwValue direntry_is_file(int argc, TwValue *argv, TwValue kwnames) {
    bool follow;
    if (follow_arg("is_file", argc, argv, kwnames, &follow) < 0) {
        return TW_NULL;
    }
    return test_mode(entry(argv[0]), follow, S_IFREG);
}

static TwValue direntry_is_symlink(int argc, TwValue *argv, TwValue kwnames) {
    // as CPython 3.11: positional arguments are refused, keywords ignored
    if (argc - 1 - (kwnames ? (int)tw_tuple_size(kwnames) : 0) > 0) {
        return tw_error(&tw_type_TypeError, "is_symlink() takes no arguments");
    }
    int r = test_is_symlink(entry(argv[0]));
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue direntry_stat(int argc, TwValue *argv, TwValue kwnames) {
    bool follow;
    if (follow_arg("stat", argc, argv, kwnames, &follow) < 0) {
        return TW_NULL;
    }
    return get_stat(entry(argv[0]), follow);
}

static TwValue direntry_inode(int argc, TwValue *argv, TwValue kwnames) {
    return tw_int_from_u64((uint64_t)entry(argv[0])->ino);
}

static TwValue direntry_fspath(int argc, TwValue *argv, TwValue kwnames) {
    return entry(argv[0])->path;
}

static TwValue direntry_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_fmt("<DirEntry %R>", entry(argv[0])->name);
}

static TwValue direntry_get_name(TwValue self) {
    return entry(self)->name;
}

static TwValue direntry_get_path(TwValue self) {
    return entry(self)->path;
}

static const TwMethodDef direntry_methods[] = {
    {"is_dir", direntry_is_dir, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"is_file", direntry_is_file, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"is_symlink", direntry_is_symlink, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"stat", direntry_stat, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"inode", direntry_inode, 1, 1, TW_BUILTIN_METHOD},
    {"__fspath__", direntry_fspath, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", direntry_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwGetSetDef direntry_getsets[] = {
    {"name", direntry_get_name, NULL, true},
    {"path", direntry_get_path, NULL, true},
    {NULL},
};

// ---------------------------------------------------------------- ScandirIterator

typedef struct ScandirIter {
    TwObject hdr;
    DIR *dir;              // NULL once closed
    TwValue prefix;        // bytes: the directory path the entries' paths start with, or TW_NULL (fd)
    TwValue filename;      // what errors name
    bool as_bytes;
    int fd;                // scandir(fd): the caller's descriptor; else -1
} ScandirIter;

static void scandir_trace(TwObject *self) {
    ScandirIter *it = (ScandirIter *)self;
    tw_gc_mark(it->prefix);
    tw_gc_mark(it->filename);
}

static void scandir_close_dir(ScandirIter *it) {
    if (it->dir) {
        close_dir(it->dir, it->fd >= 0);
        it->dir = NULL;
    }
}

static void scandir_finalize(TwObject *self) {
    scandir_close_dir((ScandirIter *)self);
}

static TwValue make_entry(ScandirIter *it, struct dirent *d) {
    size_t n = strlen(d->d_name);
    TwValue name = tw_posix_fsdecode(d->d_name, n, it->as_bytes);
    if (!name) {
        return TW_NULL;
    }
    TwValue path = name;
    if (it->prefix) {
        size_t pn = TW_OBJ(it->prefix, TwBytes)->size;
        const char *p = (const char *)TW_OBJ(it->prefix, TwBytes)->data;
        bool sep = pn > 0 && p[pn - 1] != '/';
        char *joined = malloc(pn + 1 + n + 1);
        if (!joined) {
            return tw_error_nomem();
        }
        memcpy(joined, p, pn);
        if (sep) {
            joined[pn] = '/';
        }
        memcpy(joined + pn + sep, d->d_name, n);
        path = tw_posix_fsdecode(joined, pn + sep + n, it->as_bytes);
        free(joined);
        if (!path) {
            return TW_NULL;
        }
    }
    DirEntry *e = (DirEntry *)tw_gc_alloc(&direntry_type, sizeof(DirEntry));
    if (!e) {
        return TW_NULL;
    }
    e->name = name;
    e->path = path;
    e->dir_fd = it->fd;
    e->d_type = d->d_type;
    e->ino = d->d_ino;
    return tw_from_obj(e);
}

static TwValue scandir_next(TwValue self) {
    ScandirIter *it = TW_OBJ(self, ScandirIter);
    while (it->dir) {
        errno = 0;
        struct dirent *d = readdir(it->dir);
        if (!d) {
            int err = errno;
            scandir_close_dir(it);
            return err ? tw_posix_error_path(err, it->filename) : TW_NULL;
        }
        if (!is_dot_or_dotdot(d->d_name)) {
            return make_entry(it, d);
        }
    }
    return TW_NULL;
}

static TwType scandir_type = {
    .hdr.type = &tw_type_type,
    .basic_size = sizeof(ScandirIter),
    .trace = scandir_trace,
    .finalize = scandir_finalize,
    .iternext = scandir_next,
};

static TwValue scandir_iter(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue scandir_next_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = scandir_next(argv[0]);
    if (!v && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return v;
}

static TwValue scandir_close(int argc, TwValue *argv, TwValue kwnames) {
    scandir_close_dir(TW_OBJ(argv[0], ScandirIter));
    return TW_NONE;
}

static TwValue scandir_exit(int argc, TwValue *argv, TwValue kwnames) {
    scandir_close_dir(TW_OBJ(argv[0], ScandirIter));
    return TW_NONE;
}

static const TwMethodDef scandir_methods[] = {
    {"__iter__", scandir_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", scandir_next_m, 1, 1, TW_BUILTIN_METHOD},
    {"close", scandir_close, 1, 1, TW_BUILTIN_METHOD},
    {"__enter__", scandir_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__exit__", scandir_exit, 1, -1, TW_BUILTIN_METHOD},
    {NULL},
};

static TwValue posix_scandir(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"path"};
    TwValue a[1];
    TwPosixPath p;
    if (tw_parse_args("scandir", argc, argv, kwnames, names, 1, 0, 1, 0, a) < 0 ||
        path_for_listing(&p, "scandir", a[0]) < 0) {
        return TW_NULL;
    }
    TwValue filename = a[0] && a[0] != TW_NONE ? p.object : tw_str_from_c(".");
    TwValue prefix = TW_NULL;
    if (p.fd < 0) {
        prefix = p.c ? p.keep : tw_bytes_new(".", 1);
        if (!prefix) {
            return TW_NULL;
        }
    }
    ScandirIter *it = (ScandirIter *)tw_gc_alloc(&scandir_type, sizeof(ScandirIter));
    if (!it) {
        return TW_NULL;
    }
    it->prefix = prefix;
    it->filename = filename;
    it->as_bytes = p.is_bytes;
    it->fd = p.fd;
    it->dir = open_dir(&p);
    if (!it->dir) {
        return tw_posix_error_path(errno, filename);
    }
    return tw_from_obj(it);
}

static const TwMethodDef dir_functions[] = {
    {"listdir", posix_listdir, 0, -1, TW_BUILTIN_KEYWORDS},
    {"scandir", posix_scandir, 0, -1, TW_BUILTIN_KEYWORDS},
    {NULL},
};

int tw_posix_dir_init(TwValue module) {
    if (!direntry_type.version) {
        tw_type_init_builtin(&direntry_type, "posix.DirEntry", &tw_type_object);
        tw_type_add_methods(&direntry_type, direntry_methods);
        tw_type_add_getsets(&direntry_type, direntry_getsets);
        tw_type_init_builtin(&scandir_type, "posix.ScandirIterator", &tw_type_object);
        tw_type_add_methods(&scandir_type, scandir_methods);
    }
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, dir_functions) < 0 ||
        tw_dict_set_c(d, "DirEntry", tw_from_obj(&direntry_type)) < 0) {
        return -1;
    }
    return 0;
}
