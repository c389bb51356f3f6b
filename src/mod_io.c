// The _io module (lib/io.py re-exports it): the abstract bases _IOBase, _RawIOBase,
// _BufferedIOBase and _TextIOBase with CPython's default methods (written against the
// methods a subclass provides: readline on read(1), __next__ on readline, ...), the
// in-memory streams StringIO and BytesIO, and the file types of obj_file.c.
//
// StringIO keeps its text as UTF-8 (getvalue and appending writes are a memcpy) with the
// position in code points, as CPython counts it; `bpos` caches the byte offset of `pos`,
// and ASCII-only contents (the usual case) make the two equal.
#include <stdlib.h>

#include "gc.h"
#include "modules.h"
#include "runtime.h"
#include "vm.h"

enum { DEFAULT_BUFFER_SIZE = 8192 };

static TwValue closed_error(void) {
    return tw_error(&tw_type_ValueError, "I/O operation on closed file.");
}

static TwValue unsupported(const char *what) {
    return tw_error(&tw_type_UnsupportedOperation, "%s", what);
}

// size arguments of read/readline/readlines: None or an int; -1 when absent
static int size_arg(TwValue v, int64_t *out) {
    if (!v || v == TW_NONE) {
        *out = -1;
        return 0;
    }
    if (!tw_is_intlike(v)) {
        tw_error(&tw_type_TypeError, "argument should be integer or None, not '%T'", v);
        return -1;
    }
    return tw_int_as_i64(v, out);
}

static int index_arg(TwValue v, int64_t *out) {
    TwValue i = tw_index(v);
    return i ? tw_int_as_i64(i, out) : -1;
}

static TwValue stop_iteration(void) {
    return tw_raise(tw_from_obj(&tw_type_StopIteration));
}

// ---------------------------------------------------------------- _IOBase

TwType tw_type_io_base = {.hdr.type = &tw_type_type, .c_name = "_io._IOBase", .basic_size = sizeof(TwObject),
                          .flags = TW_TYPE_BASETYPE};
TwType tw_type_io_rawbase = {.hdr.type = &tw_type_type, .c_name = "_io._RawIOBase",
                             .basic_size = sizeof(TwObject), .flags = TW_TYPE_BASETYPE};
TwType tw_type_io_bufferedbase = {.hdr.type = &tw_type_type, .c_name = "_io._BufferedIOBase",
                                  .basic_size = sizeof(TwObject), .flags = TW_TYPE_BASETYPE};
TwType tw_type_io_textbase = {.hdr.type = &tw_type_type, .c_name = "_io._TextIOBase",
                              .basic_size = sizeof(TwObject), .flags = TW_TYPE_BASETYPE};

static TwValue name_closed_flag;   // "__IOBase_closed", where a subclass's close() state lives

// self.closed as a C bool (-1 on error), through the attribute so that subclasses override it
static int is_closed(TwValue self) {
    TwValue v = tw_getattr_c(self, "closed");
    return v ? tw_truthy(v) : -1;
}

static int check_closed(TwValue self) {
    int c = is_closed(self);
    if (c > 0) {
        closed_error();
        return -1;
    }
    return c;
}

static TwValue iob_closed_get(TwValue self) {
    TwValue v = tw_getattr_opt(self, name_closed_flag);
    if (!v) {
        return tw_error_occurred() ? TW_NULL : TW_FALSE;
    }
    return tw_bool(tw_truthy(v) > 0);
}

static TwValue iob_close(int argc, TwValue *argv, TwValue kwnames) {
    int c = is_closed(argv[0]);
    if (c != 0) {
        return c < 0 ? TW_NULL : TW_NONE;
    }
    TwValue r = tw_call_method(argv[0], TW_NAME(flush), 0, NULL);
    TwValue saved = r ? TW_NULL : tw_error_fetch();
    if (tw_setattr(argv[0], name_closed_flag, TW_TRUE) < 0) {
        return TW_NULL;
    }
    if (saved) {
        tw_error_restore(saved);
        return TW_NULL;
    }
    return TW_NONE;
}

// flush looks at close()'s own flag, not at `closed` (StringIO's flush works after close)
static TwValue iob_flush(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = tw_getattr_opt(argv[0], name_closed_flag);
    if (!v) {
        return tw_error_occurred() ? TW_NULL : TW_NONE;
    }
    return tw_truthy(v) > 0 ? closed_error() : TW_NONE;
}

static TwValue iob_seek(int argc, TwValue *argv, TwValue kwnames) {
    return unsupported("seek");
}

static TwValue iob_tell(int argc, TwValue *argv, TwValue kwnames) {
    TwValue args[2] = {tw_from_small_int(0), tw_from_small_int(1)};
    return tw_call_method(argv[0], tw_str_intern_c("seek"), 2, args);
}

static TwValue iob_truncate(int argc, TwValue *argv, TwValue kwnames) {
    return unsupported("truncate");
}

static TwValue iob_fileno(int argc, TwValue *argv, TwValue kwnames) {
    return unsupported("fileno");
}

static TwValue iob_false(int argc, TwValue *argv, TwValue kwnames) {
    return TW_FALSE;
}

static TwValue iob_isatty(int argc, TwValue *argv, TwValue kwnames) {
    return check_closed(argv[0]) < 0 ? TW_NULL : TW_FALSE;
}

static TwValue iob_check_closed(int argc, TwValue *argv, TwValue kwnames) {
    return check_closed(argv[0]) < 0 ? TW_NULL : TW_NONE;
}

// _checkReadable & co: UnsupportedOperation unless self.readable() (etc.) is true
static TwValue check_able(TwValue self, const char *method, const char *msg) {
    TwValue r = tw_call_method(self, tw_str_intern_c(method), 0, NULL);
    if (!r) {
        return TW_NULL;
    }
    if (r != TW_TRUE) {
        return unsupported(msg);
    }
    return TW_TRUE;
}
static TwValue iob_check_readable(int argc, TwValue *argv, TwValue kwnames) {
    return check_able(argv[0], "readable", "File or stream is not readable.");
}
static TwValue iob_check_writable(int argc, TwValue *argv, TwValue kwnames) {
    return check_able(argv[0], "writable", "File or stream is not writable.");
}
static TwValue iob_check_seekable(int argc, TwValue *argv, TwValue kwnames) {
    return check_able(argv[0], "seekable", "File or stream is not seekable.");
}

static TwValue iob_enter(int argc, TwValue *argv, TwValue kwnames) {
    return check_closed(argv[0]) < 0 ? TW_NULL : argv[0];
}

static TwValue iob_exit(int argc, TwValue *argv, TwValue kwnames) {
    return tw_call_method(argv[0], TW_NAME(close), 0, NULL);
}

static TwValue iob_iter(int argc, TwValue *argv, TwValue kwnames) {
    return check_closed(argv[0]) < 0 ? TW_NULL : argv[0];
}

static TwValue iob_next(int argc, TwValue *argv, TwValue kwnames) {
    TwValue line = tw_call_method(argv[0], TW_NAME(readline), 0, NULL);
    if (!line) {
        return TW_NULL;
    }
    int64_t n = tw_len(line);
    if (n < 0) {
        return TW_NULL;
    }
    return n == 0 ? stop_iteration() : line;
}

// readline on read(1): bytes up to and including b"\n"
static TwValue iob_readline(int argc, TwValue *argv, TwValue kwnames) {
    int64_t limit;
    if (size_arg(argc > 1 ? argv[1] : TW_NULL, &limit) < 0) {
        return TW_NULL;
    }
    TwBuf b;
    tw_buf_init(&b);
    TwValue one = tw_from_small_int(1);
    while (limit < 0 || (int64_t)b.size < limit) {
        TwValue r = tw_call_method(argv[0], TW_NAME(read), 1, &one);
        if (!r) {
            tw_buf_free(&b);
            return TW_NULL;
        }
        if (!tw_isinstance_type(r, &tw_type_bytes)) {
            tw_buf_free(&b);
            return tw_error(&tw_type_OSError, "read() should have returned a bytes object, not '%T'", r);
        }
        TwBytes *bs = TW_OBJ(r, TwBytes);
        if (bs->size == 0) {
            break;
        }
        if (tw_buf_append(&b, (const char *)bs->data, bs->size) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
        if (bs->data[bs->size - 1] == '\n') {
            break;
        }
    }
    TwValue res = tw_bytes_new(b.data, b.size);
    tw_buf_free(&b);
    return res;
}

static TwValue iob_readlines(int argc, TwValue *argv, TwValue kwnames) {
    int64_t hint;
    if (size_arg(argc > 1 ? argv[1] : TW_NULL, &hint) < 0) {
        return TW_NULL;
    }
    TwValue list = tw_list_new(0);
    TwValue it = list ? tw_iter(argv[0]) : TW_NULL;
    if (!it) {
        return TW_NULL;
    }
    int64_t total = 0;
    for (;;) {
        TwValue line = tw_next(it);
        if (!line) {
            return tw_error_occurred() ? TW_NULL : list;
        }
        if (tw_list_append(list, line) < 0) {
            return TW_NULL;
        }
        int64_t n = tw_len(line);
        if (n < 0) {
            return TW_NULL;
        }
        total += n;
        if (hint > 0 && total >= hint) {
            return list;
        }
    }
}

static TwValue iob_writelines(int argc, TwValue *argv, TwValue kwnames) {
    if (check_closed(argv[0]) < 0) {
        return TW_NULL;
    }
    TwValue it = tw_iter(argv[1]);
    if (!it) {
        return TW_NULL;
    }
    for (;;) {
        TwValue line = tw_next(it);
        if (!line) {
            return tw_error_occurred() ? TW_NULL : TW_NONE;
        }
        if (!tw_call_method(argv[0], TW_NAME(write), 1, &line)) {
            return TW_NULL;
        }
    }
}

static TwValue iob_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    return tw_from_obj(tw_gc_alloc(cls, cls->basic_size));
}

static const TwMethodDef iobase_methods[] = {
    {"__new__", iob_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"close", iob_close, 1, 1, TW_BUILTIN_METHOD},
    {"flush", iob_flush, 1, 1, TW_BUILTIN_METHOD},
    {"seek", iob_seek, 1, 3, TW_BUILTIN_METHOD},
    {"tell", iob_tell, 1, 1, TW_BUILTIN_METHOD},
    {"truncate", iob_truncate, 1, 2, TW_BUILTIN_METHOD},
    {"fileno", iob_fileno, 1, 1, TW_BUILTIN_METHOD},
    {"isatty", iob_isatty, 1, 1, TW_BUILTIN_METHOD},
    {"readable", iob_false, 1, 1, TW_BUILTIN_METHOD},
    {"writable", iob_false, 1, 1, TW_BUILTIN_METHOD},
    {"seekable", iob_false, 1, 1, TW_BUILTIN_METHOD},
    {"_checkClosed", iob_check_closed, 1, 2, TW_BUILTIN_METHOD},
    {"_checkReadable", iob_check_readable, 1, 2, TW_BUILTIN_METHOD},
    {"_checkWritable", iob_check_writable, 1, 2, TW_BUILTIN_METHOD},
    {"_checkSeekable", iob_check_seekable, 1, 2, TW_BUILTIN_METHOD},
    {"__enter__", iob_enter, 1, 1, TW_BUILTIN_METHOD},
    {"__exit__", iob_exit, 1, -1, TW_BUILTIN_METHOD},
    {"__iter__", iob_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", iob_next, 1, 1, TW_BUILTIN_METHOD},
    {"readline", iob_readline, 1, 2, TW_BUILTIN_METHOD},
    {"readlines", iob_readlines, 1, 2, TW_BUILTIN_METHOD},
    {"writelines", iob_writelines, 2, 2, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};
static const TwGetSetDef iobase_getsets[] = {{"closed", iob_closed_get, NULL}, {NULL, NULL, NULL}};

// ---- _RawIOBase: read() on readinto()

static TwValue raw_readall(int argc, TwValue *argv, TwValue kwnames) {
    TwBuf b;
    tw_buf_init(&b);
    TwValue chunk = tw_from_small_int(DEFAULT_BUFFER_SIZE);
    for (;;) {
        TwValue r = tw_call_method(argv[0], TW_NAME(read), 1, &chunk);
        if (!r) {
            tw_buf_free(&b);
            return TW_NULL;
        }
        if (r == TW_NONE) {
            if (b.size == 0) {
                return TW_NONE;
            }
            break;
        }
        if (!tw_isinstance_type(r, &tw_type_bytes)) {
            tw_buf_free(&b);
            return tw_error(&tw_type_TypeError, "read() should return bytes");
        }
        if (TW_OBJ(r, TwBytes)->size == 0) {
            break;
        }
        if (tw_buf_append(&b, (const char *)TW_OBJ(r, TwBytes)->data, TW_OBJ(r, TwBytes)->size) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    TwValue res = tw_bytes_new(b.data, b.size);
    tw_buf_free(&b);
    return res;
}

static TwValue raw_read(int argc, TwValue *argv, TwValue kwnames) {
    int64_t n;
    if (index_arg(argc > 1 ? argv[1] : tw_from_small_int(-1), &n) < 0) {
        return TW_NULL;
    }
    if (n < 0) {
        return tw_call_method(argv[0], tw_str_intern_c("readall"), 0, NULL);
    }
    TwValue ba = tw_bytearray_new(NULL, (size_t)n);
    if (!ba) {
        return TW_NULL;
    }
    memset(TW_OBJ(ba, TwByteArray)->data, 0, (size_t)n);
    TwValue r = tw_call_method(argv[0], tw_str_intern_c("readinto"), 1, &ba);
    if (!r || r == TW_NONE) {
        return r;
    }
    int64_t got;
    if (index_arg(r, &got) < 0) {
        return TW_NULL;
    }
    if (got < 0 || got > n) {
        return tw_error(&tw_type_ValueError, "readinto returned %lld outside buffer size %lld", (long long)got,
                        (long long)n);
    }
    return tw_bytes_new(TW_OBJ(ba, TwByteArray)->data, (size_t)got);
}

static TwValue not_implemented(int argc, TwValue *argv, TwValue kwnames) {
    return tw_raise(tw_from_obj(&tw_type_NotImplementedError));
}

static const TwMethodDef rawbase_methods[] = {
    {"read", raw_read, 1, 2, TW_BUILTIN_METHOD},
    {"readall", raw_readall, 1, 1, TW_BUILTIN_METHOD},
    {"readinto", not_implemented, 2, 2, TW_BUILTIN_METHOD},
    {"write", not_implemented, 2, 2, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

// ---- _BufferedIOBase and _TextIOBase: the operations a subclass must provide

static TwValue uns_read(int argc, TwValue *argv, TwValue kwnames) {
    return unsupported("read");
}
static TwValue uns_read1(int argc, TwValue *argv, TwValue kwnames) {
    return unsupported("read1");
}
static TwValue uns_write(int argc, TwValue *argv, TwValue kwnames) {
    return unsupported("write");
}
static TwValue uns_detach(int argc, TwValue *argv, TwValue kwnames) {
    return unsupported("detach");
}
static TwValue uns_readline(int argc, TwValue *argv, TwValue kwnames) {
    return unsupported("readline");
}

// readinto(b) on read(len(b)), for bytearray targets
static TwValue bufb_readinto(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_isinstance_type(argv[1], &tw_type_bytearray)) {
        return tw_error(&tw_type_TypeError, "readinto() argument must be read-write bytes-like object, not %T",
                        argv[1]);
    }
    TwByteArray *ba = TW_OBJ(argv[1], TwByteArray);
    TwValue n = tw_int_from_i64((int64_t)ba->size);
    TwValue data = n ? tw_call_method(argv[0], TW_NAME(read), 1, &n) : TW_NULL;
    if (!data) {
        return TW_NULL;
    }
    if (!tw_isinstance_type(data, &tw_type_bytes)) {
        return tw_error(&tw_type_TypeError, "read() should return bytes");
    }
    size_t len = TW_OBJ(data, TwBytes)->size;
    if (len > ba->size) {
        return tw_error(&tw_type_ValueError, "read() returned too much data: %zu bytes requested, %zu returned",
                        ba->size, len);
    }
    memcpy(ba->data, TW_OBJ(data, TwBytes)->data, len);
    return tw_int_from_i64((int64_t)len);
}

static const TwMethodDef bufferedbase_methods[] = {
    {"read", uns_read, 1, 2, TW_BUILTIN_METHOD},
    {"read1", uns_read1, 1, 2, TW_BUILTIN_METHOD},
    {"write", uns_write, 2, 2, TW_BUILTIN_METHOD},
    {"detach", uns_detach, 1, 1, TW_BUILTIN_METHOD},
    {"readinto", bufb_readinto, 2, 2, TW_BUILTIN_METHOD},
    {"readinto1", bufb_readinto, 2, 2, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

static TwValue get_none(TwValue self) {
    return TW_NONE;
}

static const TwMethodDef textbase_methods[] = {
    {"read", uns_read, 1, 2, TW_BUILTIN_METHOD},
    {"readline", uns_readline, 1, 2, TW_BUILTIN_METHOD},
    {"write", uns_write, 2, 2, TW_BUILTIN_METHOD},
    {"detach", uns_detach, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};
static const TwGetSetDef textbase_getsets[] = {
    {"encoding", get_none, NULL},
    {"newlines", get_none, NULL},
    {"errors", get_none, NULL},
    {NULL, NULL, NULL},
};

void tw_io_init_bases(void) {
    static bool done;
    if (done) {
        return;
    }
    done = true;
    name_closed_flag = tw_str_intern_c("__IOBase_closed");
    tw_type_init_builtin(&tw_type_io_base, tw_type_io_base.c_name, &tw_type_object);
    tw_type_add_methods(&tw_type_io_base, iobase_methods);
    tw_type_add_getsets(&tw_type_io_base, iobase_getsets);
    tw_type_init_builtin(&tw_type_io_rawbase, tw_type_io_rawbase.c_name, &tw_type_io_base);
    tw_type_add_methods(&tw_type_io_rawbase, rawbase_methods);
    tw_type_init_builtin(&tw_type_io_bufferedbase, tw_type_io_bufferedbase.c_name, &tw_type_io_base);
    tw_type_add_methods(&tw_type_io_bufferedbase, bufferedbase_methods);
    tw_type_init_builtin(&tw_type_io_textbase, tw_type_io_textbase.c_name, &tw_type_io_base);
    tw_type_add_methods(&tw_type_io_textbase, textbase_methods);
    tw_type_add_getsets(&tw_type_io_textbase, textbase_getsets);
}

// ---------------------------------------------------------------- StringIO

enum { NL_TRANSLATE, NL_UNIVERSAL, NL_LF, NL_CR, NL_CRLF };   // newline=None, '', '\n', '\r', '\r\n'

typedef struct StringIO {
    TwObject hdr;
    TwValue dict;
    char *buf;
    size_t size, cap;     // bytes
    size_t length;        // code points
    size_t pos, bpos;     // position in code points; its byte offset (size when pos > length)
    bool ascii, closed, ok;
    uint8_t newline;
    uint8_t seennl;       // newline kinds written (universal modes): 1 LF, 2 CR, 4 CRLF
} StringIO;

static void sio_trace(TwObject *self) {
    tw_gc_mark(((StringIO *)self)->dict);
}

static void sio_finalize(TwObject *self) {
    tw_gc_free(((StringIO *)self)->buf, ((StringIO *)self)->cap);
    ((StringIO *)self)->buf = NULL;
}

TwType tw_type_stringio = {
    .hdr.type = &tw_type_type,
    .c_name = "_io.StringIO",
    .basic_size = sizeof(StringIO),
    .dict_offset = offsetof(StringIO, dict),
    .flags = TW_TYPE_BASETYPE,
    .trace = sio_trace,
    .finalize = sio_finalize,
};

static StringIO *SIO(TwValue v) {
    return TW_OBJ(v, StringIO);
}

static bool is_cont(char c) {
    return ((unsigned char)c & 0xC0) == 0x80;
}

static int sio_check(StringIO *s) {
    if (!s->ok) {
        tw_error(&tw_type_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) {
        tw_error(&tw_type_ValueError, "I/O operation on closed file");   // sic: no period, as CPython
        return -1;
    }
    return 0;
}

// Byte offset of code point index cp (<= length), walking from the cached position.
static size_t sio_byte_at(StringIO *s, size_t cp) {
    if (s->ascii) {
        return cp;
    }
    size_t i = 0, b = 0;
    if (cp >= s->pos && s->pos <= s->length) {
        i = s->pos;
        b = s->bpos;
    }
    while (i < cp) {
        b++;
        while (b < s->size && is_cont(s->buf[b])) {
            b++;
        }
        i++;
    }
    return b;
}

static int sio_reserve(StringIO *s, size_t extra) {
    if (s->size + extra <= s->cap) {
        return 0;
    }
    size_t ncap = s->cap ? s->cap : 64;
    while (ncap < s->size + extra) {
        ncap *= 2;
    }
    char *nb = tw_gc_realloc(s->buf, s->cap, ncap);
    if (!nb) {
        tw_error_nomem();
        return -1;
    }
    s->buf = nb;
    s->cap = ncap;
    return 0;
}

// Write UTF-8 text p[0..n) (ncp code points) at the position, overwriting what is there.
static int sio_put(StringIO *s, const char *p, size_t n, size_t ncp, bool ascii) {
    if (s->pos > s->length) {   // a seek past the end: pad with NULs
        size_t pad = s->pos - s->length;
        if (sio_reserve(s, pad) < 0) {
            return -1;
        }
        memset(s->buf + s->size, 0, pad);
        s->size += pad;
        s->length = s->pos;
        s->bpos = s->size;
    }
    if (s->pos == s->length) {
        if (sio_reserve(s, n) < 0) {
            return -1;
        }
        memcpy(s->buf + s->size, p, n);
        s->size += n;
        s->length += ncp;
    } else {
        size_t end_cp = s->pos + ncp < s->length ? s->pos + ncp : s->length;
        size_t bend = sio_byte_at(s, end_cp);
        size_t old = bend - s->bpos;
        if (n > old && sio_reserve(s, n - old) < 0) {
            return -1;
        }
        memmove(s->buf + s->bpos + n, s->buf + bend, s->size - bend);
        memcpy(s->buf + s->bpos, p, n);
        s->size = s->size - old + n;
        s->length = s->length - (end_cp - s->pos) + ncp;
    }
    s->pos += ncp;
    s->bpos += n;
    s->ascii = s->ascii && ascii;
    return 0;
}

// Write a str with the newline translation of the stream's mode.
static int sio_write_str(StringIO *s, TwValue str) {
    const char *p = tw_str_data(str);
    size_t n = tw_str_size(str), ncp = tw_str_length(str);
    bool universal = s->newline == NL_TRANSLATE || s->newline == NL_UNIVERSAL;
    const char *writenl = s->newline == NL_CR ? "\r" : s->newline == NL_CRLF ? "\r\n" : NULL;
    bool needs = (universal && memchr(p, '\r', n)) || (writenl && memchr(p, '\n', n)) ||
                 (universal && (s->seennl & 1) == 0 && memchr(p, '\n', n));
    if (!needs) {
        return n ? sio_put(s, p, n, ncp, n == ncp) : 0;
    }
    TwBuf b;
    tw_buf_init(&b);
    size_t outcp = ncp;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (universal && c == '\r') {
            bool crlf = i + 1 < n && p[i + 1] == '\n';
            s->seennl |= crlf ? 4 : 2;
            if (s->newline == NL_TRANSLATE) {
                if (crlf) {
                    i++;
                    outcp--;
                }
                c = '\n';
            } else if (crlf) {
                if (tw_buf_append(&b, "\r", 1) < 0) {
                    goto fail;
                }
                i++;
                c = '\n';
            }
        } else if (c == '\n') {
            if (universal) {
                s->seennl |= 1;
            } else if (writenl) {
                if (tw_buf_append_c(&b, writenl) < 0) {
                    goto fail;
                }
                outcp += strlen(writenl) - 1;
                continue;
            }
        }
        if (tw_buf_append(&b, &c, 1) < 0) {
            goto fail;
        }
    }
    int rc = b.size ? sio_put(s, b.data, b.size, outcp, n == ncp) : 0;
    tw_buf_free(&b);
    return rc;
fail:
    tw_buf_free(&b);
    return -1;
}

static TwValue sio_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    StringIO *s = (StringIO *)tw_gc_alloc(cls, cls->basic_size);
    if (!s) {
        return TW_NULL;
    }
    s->ascii = true;
    return tw_from_obj(s);
}

static TwValue sio_init(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"self", "initial_value", "newline"};
    TwValue a[3];
    if (tw_parse_args("StringIO", argc, argv, kwnames, names, 3, 1, 3, 1, a) < 0) {
        return TW_NULL;
    }
    StringIO *s = SIO(a[0]);
    TwValue init = a[1], nl = a[2];
    uint8_t mode = NL_LF;
    if (nl && nl != TW_NONE) {
        if (!tw_isinstance_type(nl, &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "newline must be str or None, not %T", nl);
        }
        const char *c = tw_str_data(nl);
        if (tw_str_size(nl) == 0) {
            mode = NL_UNIVERSAL;
        } else if (!strcmp(c, "\n") && tw_str_size(nl) == 1) {
            mode = NL_LF;
        } else if (!strcmp(c, "\r") && tw_str_size(nl) == 1) {
            mode = NL_CR;
        } else if (!strcmp(c, "\r\n") && tw_str_size(nl) == 2) {
            mode = NL_CRLF;
        } else {
            return tw_error(&tw_type_ValueError, "illegal newline value: %R", nl);
        }
    } else if (nl == TW_NONE) {
        mode = NL_TRANSLATE;
    }
    if (init && init != TW_NONE && !tw_isinstance_type(init, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "initial_value must be str or None, not %T", init);
    }
    s->newline = mode;
    s->size = s->length = s->pos = s->bpos = 0;
    s->ascii = true;
    s->closed = false;
    s->seennl = 0;
    s->ok = true;
    if (init && init != TW_NONE && tw_str_size(init) > 0) {
        if (sio_write_str(s, init) < 0) {
            return TW_NULL;
        }
        s->pos = s->bpos = 0;
    }
    return TW_NONE;
}

static TwValue sio_getvalue(int argc, TwValue *argv, TwValue kwnames) {
    StringIO *s = SIO(argv[0]);
    if (sio_check(s) < 0) {
        return TW_NULL;
    }
    return tw_str_new(s->buf ? s->buf : "", s->size);
}

// The text from the position to code point `end_cp` (clamped), advancing the position.
static TwValue sio_take(StringIO *s, size_t end_cp, size_t bend) {
    TwValue r = tw_str_new(s->buf + s->bpos, bend - s->bpos);
    if (r) {
        s->pos = end_cp;
        s->bpos = bend;
    }
    return r;
}

static TwValue sio_read(int argc, TwValue *argv, TwValue kwnames) {
    StringIO *s = SIO(argv[0]);
    int64_t n;
    if (sio_check(s) < 0 || size_arg(argc > 1 ? argv[1] : TW_NULL, &n) < 0) {
        return TW_NULL;
    }
    if (s->pos >= s->length) {
        return tw_str_new("", 0);
    }
    size_t avail = s->length - s->pos;
    size_t take = n < 0 || (uint64_t)n > avail ? avail : (size_t)n;
    size_t end_cp = s->pos + take;
    return sio_take(s, end_cp, take == avail ? s->size : sio_byte_at(s, end_cp));
}

// One line from the position, at most `limit` code points (limit < 0: no limit).
static TwValue sio_readline_impl(StringIO *s, int64_t limit) {
    if (s->pos >= s->length) {
        return tw_str_new("", 0);
    }
    size_t avail = s->length - s->pos;
    size_t wcp = limit < 0 || (uint64_t)limit > avail ? avail : (size_t)limit;
    size_t wend = wcp == avail ? s->size : sio_byte_at(s, s->pos + wcp);
    const char *b = s->buf;
    size_t i = s->bpos, cp = s->pos, stop = wend, stop_cp = s->pos + wcp;
    for (; i < wend; i++) {
        char c = b[i];
        if (is_cont(c)) {
            continue;
        }
        cp++;
        bool end = false;
        switch (s->newline) {
        case NL_UNIVERSAL:
            if (c == '\n') {
                end = true;
            } else if (c == '\r') {
                end = true;
                if (i + 1 < wend && b[i + 1] == '\n') {
                    i++;
                    cp++;
                }
            }
            break;
        case NL_CR:
            end = c == '\r';
            break;
        case NL_CRLF:
            if (c == '\r' && i + 1 < wend && b[i + 1] == '\n') {
                end = true;
                i++;
                cp++;
            }
            break;
        default:
            end = c == '\n';
            break;
        }
        if (end) {
            stop = i + 1;
            stop_cp = cp;
            break;
        }
    }
    return sio_take(s, stop_cp, stop);
}

static TwValue sio_readline(int argc, TwValue *argv, TwValue kwnames) {
    StringIO *s = SIO(argv[0]);
    int64_t n;
    if (sio_check(s) < 0 || size_arg(argc > 1 ? argv[1] : TW_NULL, &n) < 0) {
        return TW_NULL;
    }
    return sio_readline_impl(s, n);
}

static TwValue sio_iternext(TwValue self) {
    StringIO *s = SIO(self);
    TwValue line;
    if (tw_type_of(self) == &tw_type_stringio) {
        if (sio_check(s) < 0) {
            return TW_NULL;
        }
        line = sio_readline_impl(s, -1);
    } else {
        line = tw_call_method(self, TW_NAME(readline), 0, NULL);
        if (line && !tw_isinstance_type(line, &tw_type_str)) {
            return tw_error(&tw_type_OSError, "readline() should have returned a str object, not '%T'", line);
        }
    }
    if (!line || tw_str_size(line) == 0) {
        return TW_NULL;
    }
    return line;
}

static TwValue sio_next(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = sio_iternext(argv[0]);
    return v || tw_error_occurred() ? v : stop_iteration();
}

int tw_stringio_write(TwValue self, TwValue str) {
    StringIO *s = SIO(self);
    if (sio_check(s) < 0) {
        return -1;
    }
    if (!tw_isinstance_type(str, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "string argument expected, got '%T'", str);
        return -1;
    }
    return sio_write_str(s, str);
}

static TwValue sio_write(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_stringio_write(argv[0], argv[1]) < 0) {
        return TW_NULL;
    }
    return tw_int_from_i64((int64_t)tw_str_length(argv[1]));
}

static TwValue sio_tell(int argc, TwValue *argv, TwValue kwnames) {
    StringIO *s = SIO(argv[0]);
    return sio_check(s) < 0 ? TW_NULL : tw_int_from_i64((int64_t)s->pos);
}

static TwValue sio_seek(int argc, TwValue *argv, TwValue kwnames) {
    StringIO *s = SIO(argv[0]);
    int64_t pos, whence = 0;
    if (index_arg(argv[1], &pos) < 0 || (argc > 2 && index_arg(argv[2], &whence) < 0) || sio_check(s) < 0) {
        return TW_NULL;
    }
    if (whence != 0 && whence != 1 && whence != 2) {
        return tw_error(&tw_type_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    }
    if (pos < 0 && whence == 0) {
        return tw_error(&tw_type_ValueError, "Negative seek position %lld", (long long)pos);
    }
    if (whence != 0 && pos != 0) {
        return tw_error(&tw_type_OSError, "Can't do nonzero cur-relative seeks");
    }
    if (whence == 1) {
        pos = (int64_t)s->pos;
    } else if (whence == 2) {
        pos = (int64_t)s->length;
    }
    s->bpos = (size_t)pos >= s->length ? s->size : sio_byte_at(s, (size_t)pos);
    s->pos = (size_t)pos;
    return tw_int_from_i64(pos);
}

static TwValue sio_truncate(int argc, TwValue *argv, TwValue kwnames) {
    StringIO *s = SIO(argv[0]);
    if (sio_check(s) < 0) {
        return TW_NULL;
    }
    int64_t size = (int64_t)s->pos;
    if (argc > 1 && argv[1] != TW_NONE && size_arg(argv[1], &size) < 0) {
        return TW_NULL;
    }
    if (size < 0) {
        return tw_error(&tw_type_ValueError, "Negative size value %lld", (long long)size);
    }
    if ((size_t)size < s->length) {
        size_t b = sio_byte_at(s, (size_t)size);
        s->size = b;
        s->length = (size_t)size;
        if (s->pos > s->length) {
            s->bpos = s->size;
        }
    }
    return tw_int_from_i64(size);
}

static TwValue sio_close(int argc, TwValue *argv, TwValue kwnames) {
    StringIO *s = SIO(argv[0]);
    s->closed = true;
    tw_gc_free(s->buf, s->cap);
    s->buf = NULL;
    s->size = s->cap = s->length = 0;
    return TW_NONE;
}

static TwValue sio_true(int argc, TwValue *argv, TwValue kwnames) {
    return sio_check(SIO(argv[0])) < 0 ? TW_NULL : TW_TRUE;
}

static TwValue sio_closed_get(TwValue self) {
    if (!SIO(self)->ok) {
        return tw_error(&tw_type_ValueError, "I/O operation on uninitialized object");
    }
    return tw_bool(SIO(self)->closed);
}

static TwValue sio_line_buffering_get(TwValue self) {
    return sio_check(SIO(self)) < 0 ? TW_NULL : TW_FALSE;
}

static TwValue sio_newlines_get(TwValue self) {
    StringIO *s = SIO(self);
    if (sio_check(s) < 0) {
        return TW_NULL;
    }
    if (s->newline != NL_TRANSLATE && s->newline != NL_UNIVERSAL) {
        return TW_NONE;
    }
    static const char *const one[] = {NULL, "\n", "\r", NULL, "\r\n"};
    switch (s->seennl) {
    case 0:
        return TW_NONE;
    case 1:
    case 2:
    case 4:
        return tw_str_from_c(one[s->seennl]);
    case 3:
        return tw_tuple_pack(2, tw_str_from_c("\r"), tw_str_from_c("\n"));
    case 5:
        return tw_tuple_pack(2, tw_str_from_c("\n"), tw_str_from_c("\r\n"));
    case 6:
        return tw_tuple_pack(2, tw_str_from_c("\r"), tw_str_from_c("\r\n"));
    default:
        return tw_tuple_pack(3, tw_str_from_c("\r"), tw_str_from_c("\n"), tw_str_from_c("\r\n"));
    }
}

static const TwMethodDef stringio_methods[] = {
    {"__new__", sio_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", sio_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"getvalue", sio_getvalue, 1, 1, TW_BUILTIN_METHOD},
    {"read", sio_read, 1, 2, TW_BUILTIN_METHOD},
    {"readline", sio_readline, 1, 2, TW_BUILTIN_METHOD},
    {"write", sio_write, 2, 2, TW_BUILTIN_METHOD},
    {"tell", sio_tell, 1, 1, TW_BUILTIN_METHOD},
    {"seek", sio_seek, 2, 3, TW_BUILTIN_METHOD},
    {"truncate", sio_truncate, 1, 2, TW_BUILTIN_METHOD},
    {"close", sio_close, 1, 1, TW_BUILTIN_METHOD},
    {"readable", sio_true, 1, 1, TW_BUILTIN_METHOD},
    {"writable", sio_true, 1, 1, TW_BUILTIN_METHOD},
    {"seekable", sio_true, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", sio_next, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};
static const TwGetSetDef stringio_getsets[] = {
    {"closed", sio_closed_get, NULL},
    {"line_buffering", sio_line_buffering_get, NULL},
    {"newlines", sio_newlines_get, NULL},
    {NULL, NULL, NULL},
};

// ---------------------------------------------------------------- BytesIO

typedef struct BytesIO {
    TwObject hdr;
    TwValue dict;
    uint8_t *buf;
    size_t size, cap, pos;
    bool closed;
} BytesIO;

static void bio_trace(TwObject *self) {
    tw_gc_mark(((BytesIO *)self)->dict);
}

static void bio_finalize(TwObject *self) {
    tw_gc_free(((BytesIO *)self)->buf, ((BytesIO *)self)->cap);
    ((BytesIO *)self)->buf = NULL;
}

TwType tw_type_bytesio = {
    .hdr.type = &tw_type_type,
    .c_name = "_io.BytesIO",
    .basic_size = sizeof(BytesIO),
    .dict_offset = offsetof(BytesIO, dict),
    .flags = TW_TYPE_BASETYPE,
    .trace = bio_trace,
    .finalize = bio_finalize,
};

static BytesIO *BIO(TwValue v) {
    return TW_OBJ(v, BytesIO);
}

static int bio_check(BytesIO *b) {
    if (b->closed) {
        closed_error();
        return -1;
    }
    return 0;
}

// The bytes of a bytes-like object (bytes, bytearray), or false.
static bool bytes_like(TwValue v, const uint8_t **p, size_t *n) {
    if (tw_isinstance_type(v, &tw_type_bytes)) {
        *p = TW_OBJ(v, TwBytes)->data;
        *n = TW_OBJ(v, TwBytes)->size;
        return true;
    }
    if (tw_isinstance_type(v, &tw_type_bytearray)) {
        *p = TW_OBJ(v, TwByteArray)->data;
        *n = TW_OBJ(v, TwByteArray)->size;
        return true;
    }
    return false;
}

static int bio_put(BytesIO *b, const uint8_t *p, size_t n) {
    size_t end = b->pos + n;
    if (end > b->cap) {
        size_t ncap = b->cap ? b->cap : 64;
        while (ncap < end) {
            ncap *= 2;
        }
        uint8_t *nb = tw_gc_realloc(b->buf, b->cap, ncap);
        if (!nb) {
            tw_error_nomem();
            return -1;
        }
        b->buf = nb;
        b->cap = ncap;
    }
    if (b->pos > b->size) {
        memset(b->buf + b->size, 0, b->pos - b->size);
    }
    memmove(b->buf + b->pos, p, n);
    b->pos = end;
    if (end > b->size) {
        b->size = end;
    }
    return 0;
}

static TwValue bio_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    return tw_from_obj(tw_gc_alloc(cls, cls->basic_size));
}

static TwValue bio_init(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"self", "initial_bytes"};
    TwValue a[2];
    if (tw_parse_args("BytesIO", argc, argv, kwnames, names, 2, 1, 2, 1, a) < 0) {
        return TW_NULL;
    }
    BytesIO *b = BIO(a[0]);
    b->size = b->pos = 0;
    b->closed = false;
    if (a[1] && a[1] != TW_NONE) {
        const uint8_t *p;
        size_t n;
        if (!bytes_like(a[1], &p, &n)) {
            return tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%T'", a[1]);
        }
        if (bio_put(b, p, n) < 0) {
            return TW_NULL;
        }
        b->pos = 0;
    }
    return TW_NONE;
}

static TwValue bio_getvalue(int argc, TwValue *argv, TwValue kwnames) {
    BytesIO *b = BIO(argv[0]);
    return bio_check(b) < 0 ? TW_NULL : tw_bytes_new(b->buf, b->size);
}

static TwValue bio_take(BytesIO *b, size_t n) {
    TwValue r = tw_bytes_new(b->buf + b->pos, n);
    if (r) {
        b->pos += n;
    }
    return r;
}

static TwValue bio_read(int argc, TwValue *argv, TwValue kwnames) {
    BytesIO *b = BIO(argv[0]);
    int64_t n;
    if (bio_check(b) < 0 || size_arg(argc > 1 ? argv[1] : TW_NULL, &n) < 0) {
        return TW_NULL;
    }
    size_t avail = b->pos < b->size ? b->size - b->pos : 0;
    return bio_take(b, n < 0 || (uint64_t)n > avail ? avail : (size_t)n);
}

static TwValue bio_readline_impl(BytesIO *b, int64_t limit) {
    size_t avail = b->pos < b->size ? b->size - b->pos : 0;
    size_t n = limit < 0 || (uint64_t)limit > avail ? avail : (size_t)limit;
    if (n) {
        const uint8_t *nl = memchr(b->buf + b->pos, '\n', n);
        if (nl) {
            n = (size_t)(nl - (b->buf + b->pos)) + 1;
        }
    }
    return bio_take(b, n);
}

static TwValue bio_readline(int argc, TwValue *argv, TwValue kwnames) {
    BytesIO *b = BIO(argv[0]);
    int64_t n;
    if (bio_check(b) < 0 || size_arg(argc > 1 ? argv[1] : TW_NULL, &n) < 0) {
        return TW_NULL;
    }
    return bio_readline_impl(b, n);
}

static TwValue bio_iternext(TwValue self) {
    BytesIO *b = BIO(self);
    TwValue line;
    if (tw_type_of(self) == &tw_type_bytesio) {
        if (bio_check(b) < 0) {
            return TW_NULL;
        }
        line = bio_readline_impl(b, -1);
    } else {
        line = tw_call_method(self, TW_NAME(readline), 0, NULL);
        if (line && !tw_isinstance_type(line, &tw_type_bytes)) {
            return tw_error(&tw_type_OSError, "readline() should have returned a bytes object, not '%T'", line);
        }
    }
    if (!line || TW_OBJ(line, TwBytes)->size == 0) {
        return TW_NULL;
    }
    return line;
}

static TwValue bio_next(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = bio_iternext(argv[0]);
    return v || tw_error_occurred() ? v : stop_iteration();
}

static TwValue bio_readinto(int argc, TwValue *argv, TwValue kwnames) {
    BytesIO *b = BIO(argv[0]);
    if (bio_check(b) < 0) {
        return TW_NULL;
    }
    if (!tw_isinstance_type(argv[1], &tw_type_bytearray)) {
        return tw_error(&tw_type_TypeError, "readinto() argument must be read-write bytes-like object, not %T",
                        argv[1]);
    }
    TwByteArray *ba = TW_OBJ(argv[1], TwByteArray);
    size_t avail = b->pos < b->size ? b->size - b->pos : 0;
    size_t n = ba->size < avail ? ba->size : avail;
    memcpy(ba->data, b->buf + b->pos, n);
    b->pos += n;
    return tw_int_from_i64((int64_t)n);
}

static TwValue bio_write(int argc, TwValue *argv, TwValue kwnames) {
    BytesIO *b = BIO(argv[0]);
    if (bio_check(b) < 0) {
        return TW_NULL;
    }
    const uint8_t *p;
    size_t n;
    if (!bytes_like(argv[1], &p, &n)) {
        return tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%T'", argv[1]);
    }
    if (n && bio_put(b, p, n) < 0) {
        return TW_NULL;
    }
    return tw_int_from_i64((int64_t)n);
}

static TwValue bio_writelines(int argc, TwValue *argv, TwValue kwnames) {
    if (bio_check(BIO(argv[0])) < 0) {
        return TW_NULL;
    }
    TwValue it = tw_iter(argv[1]);
    if (!it) {
        return TW_NULL;
    }
    for (;;) {
        TwValue line = tw_next(it);
        if (!line) {
            return tw_error_occurred() ? TW_NULL : TW_NONE;
        }
        TwValue args[2] = {argv[0], line};
        if (!bio_write(2, args, TW_NULL)) {
            return TW_NULL;
        }
    }
}

static TwValue bio_tell(int argc, TwValue *argv, TwValue kwnames) {
    BytesIO *b = BIO(argv[0]);
    return bio_check(b) < 0 ? TW_NULL : tw_int_from_i64((int64_t)b->pos);
}

static TwValue bio_seek(int argc, TwValue *argv, TwValue kwnames) {
    BytesIO *b = BIO(argv[0]);
    int64_t pos, whence = 0;
    if (index_arg(argv[1], &pos) < 0 || (argc > 2 && index_arg(argv[2], &whence) < 0) || bio_check(b) < 0) {
        return TW_NULL;
    }
    if (pos < 0 && whence == 0) {
        return tw_error(&tw_type_ValueError, "negative seek value %lld", (long long)pos);
    }
    if (whence == 1) {
        pos += (int64_t)b->pos;
    } else if (whence == 2) {
        pos += (int64_t)b->size;
    } else if (whence != 0) {
        return tw_error(&tw_type_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    }
    b->pos = pos < 0 ? 0 : (size_t)pos;
    return tw_int_from_i64((int64_t)b->pos);
}

static TwValue bio_truncate(int argc, TwValue *argv, TwValue kwnames) {
    BytesIO *b = BIO(argv[0]);
    if (bio_check(b) < 0) {
        return TW_NULL;
    }
    int64_t size = (int64_t)b->pos;
    if (argc > 1 && argv[1] != TW_NONE && size_arg(argv[1], &size) < 0) {
        return TW_NULL;
    }
    if (size < 0) {
        return tw_error(&tw_type_ValueError, "negative size value %lld", (long long)size);
    }
    if ((size_t)size < b->size) {
        b->size = (size_t)size;
    }
    return tw_int_from_i64(size);
}

static TwValue bio_close(int argc, TwValue *argv, TwValue kwnames) {
    BytesIO *b = BIO(argv[0]);
    b->closed = true;
    tw_gc_free(b->buf, b->cap);
    b->buf = NULL;
    b->size = b->cap = b->pos = 0;
    return TW_NONE;
}

static TwValue bio_true(int argc, TwValue *argv, TwValue kwnames) {
    return bio_check(BIO(argv[0])) < 0 ? TW_NULL : TW_TRUE;
}

static TwValue bio_flush(int argc, TwValue *argv, TwValue kwnames) {
    return bio_check(BIO(argv[0])) < 0 ? TW_NULL : TW_NONE;
}

static TwValue bio_iter(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];   // no closed check, as CPython
}

static TwValue bio_closed_get(TwValue self) {
    return tw_bool(BIO(self)->closed);
}

static const TwMethodDef bytesio_methods[] = {
    {"__new__", bio_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", bio_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"getvalue", bio_getvalue, 1, 1, TW_BUILTIN_METHOD},
    {"read", bio_read, 1, 2, TW_BUILTIN_METHOD},
    {"read1", bio_read, 1, 2, TW_BUILTIN_METHOD},
    {"readline", bio_readline, 1, 2, TW_BUILTIN_METHOD},
    {"readinto", bio_readinto, 2, 2, TW_BUILTIN_METHOD},
    {"readinto1", bio_readinto, 2, 2, TW_BUILTIN_METHOD},
    {"write", bio_write, 2, 2, TW_BUILTIN_METHOD},
    {"writelines", bio_writelines, 2, 2, TW_BUILTIN_METHOD},
    {"tell", bio_tell, 1, 1, TW_BUILTIN_METHOD},
    {"seek", bio_seek, 2, 3, TW_BUILTIN_METHOD},
    {"truncate", bio_truncate, 1, 2, TW_BUILTIN_METHOD},
    {"close", bio_close, 1, 1, TW_BUILTIN_METHOD},
    {"flush", bio_flush, 1, 1, TW_BUILTIN_METHOD},
    {"readable", bio_true, 1, 1, TW_BUILTIN_METHOD},
    {"writable", bio_true, 1, 1, TW_BUILTIN_METHOD},
    {"seekable", bio_true, 1, 1, TW_BUILTIN_METHOD},
    {"__iter__", bio_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", bio_next, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};
static const TwGetSetDef bytesio_getsets[] = {{"closed", bio_closed_get, NULL}, {NULL, NULL, NULL}};

// ---------------------------------------------------------------- the module

static int io_module_init(TwValue module) {
    tw_file_init();
    tw_stringio_setup();
    TwValue d = TW_OBJ(module, TwModule)->dict;
    TwType *types[] = {&tw_type_io_base, &tw_type_io_rawbase, &tw_type_io_bufferedbase, &tw_type_io_textbase,
                       &tw_type_stringio, &tw_type_bytesio, &tw_type_UnsupportedOperation};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (tw_dict_set(d, types[i]->name, tw_from_obj(types[i])) < 0) {
            return -1;
        }
    }
    for (int i = 0; i < 4; i++) {
        TwType *t = tw_file_type(i);
        if (tw_dict_set(d, t->name, tw_from_obj(t)) < 0) {
            return -1;
        }
    }
    TwValue open = tw_dict_get_c(tw_interp.builtins, "open");
    if ((open && tw_dict_set_c(d, "open", open) < 0) ||
        tw_dict_set_c(d, "DEFAULT_BUFFER_SIZE", tw_from_small_int(DEFAULT_BUFFER_SIZE)) < 0) {
        return -1;
    }
    return 0;
}

void tw_stringio_setup(void) {
    static bool done;
    if (done) {
        return;
    }
    done = true;
    tw_io_init_bases();
    tw_type_stringio.iternext = sio_iternext;
    tw_type_init_builtin(&tw_type_stringio, tw_type_stringio.c_name, &tw_type_io_textbase);
    tw_type_add_methods(&tw_type_stringio, stringio_methods);
    tw_type_add_getsets(&tw_type_stringio, stringio_getsets);
    tw_type_bytesio.iternext = bio_iternext;
    tw_type_init_builtin(&tw_type_bytesio, tw_type_bytesio.c_name, &tw_type_io_bufferedbase);
    tw_type_add_methods(&tw_type_bytesio, bytesio_methods);
    tw_type_add_getsets(&tw_type_bytesio, bytesio_getsets);
}

void tw_io_init(void) {
    tw_module_register("_io", io_module_init);
}
