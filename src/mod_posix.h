// The posix module's private interface, shared by mod_posix.c (files, descriptors, the
// environment, process information) and mod_posix_dir.c (listdir, scandir and DirEntry).
// Nothing outside the two files includes it.
#ifndef TW_MOD_POSIX_H
#define TW_MOD_POSIX_H

#include <sys/stat.h>

#include "modules.h"

// A path argument converted as CPython's path_converter does: str (encoded with UTF-8 and
// surrogateescape), bytes, a bytes-like object (with a DeprecationWarning), an
// os.PathLike, and where allowed an int file descriptor or None.
typedef struct TwPosixPath {
    const char *func;      // the function, for messages ("stat")
    const char *argname;   // the argument ("path", "src", "dst")
    bool nullable;         // None accepted (listdir, scandir): c stays NULL, fd -1
    bool allow_fd;         // an int accepted as a file descriptor
    TwValue object;        // what error messages name: the str/bytes after __fspath__, the int
    TwValue keep;          // the bytes holding c (a TwValue on the C stack keeps it alive)
    const char *c;         // the NUL-terminated path, or NULL for a descriptor or None
    int fd;                // the descriptor when one was given, else -1
    bool is_bytes;         // the path was bytes-like: results are bytes (listdir, readlink)
} TwPosixPath;

// Convert `arg` into *p (whose func, argname, nullable and allow_fd are set). -1 with
// TypeError/ValueError/OverflowError set as CPython's messages say.
int tw_posix_path_convert(TwPosixPath *p, TwValue arg) TW_RAISES;
// Raise OSError(err, strerror(err)) (or the subclass the number stands for), optionally
// with filename (and filename2: "[Errno 2] ...: 'a' -> 'b'"). Always returns TW_NULL.
TwValue tw_posix_error(int err) TW_RAISES;
TwValue tw_posix_error_path(int err, TwValue filename) TW_RAISES;
TwValue tw_posix_error_path2(int err, TwValue filename, TwValue filename2) TW_RAISES;
// The os.stat_result for st.
TwValue tw_posix_stat_result(const struct stat *st) TW_RAISES;
// A file name from the system as bytes (as_bytes) or as str (UTF-8, surrogateescape).
TwValue tw_posix_fsdecode(const char *s, size_t n, bool as_bytes) TW_RAISES;
// Add listdir, scandir and the DirEntry and ScandirIterator types to the module.
int tw_posix_dir_init(TwValue module) TW_RAISES;

#endif
