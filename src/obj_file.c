// File objects: what open() returns and what sys.stdin/stdout/stderr are.
//
// One struct serves four types named as CPython's io classes: _io.TextIOWrapper (text,
// UTF-8, universal newlines on read) and _io.BufferedReader/BufferedWriter/BufferedRandom
// (binary). Each file owns a raw descriptor, a read buffer and a write buffer. Writes are
// buffered (8 KiB; line-buffered on a terminal; sys.stderr writes through) and flushed on
// flush(), close(), seek(), before reads, when the object is collected, and at process exit
// for every file still open. Before anything is written to stderr, stdout is flushed so
// the two streams interleave as the program wrote them.
//
// A text file made by io.TextIOWrapper(buffer) has no descriptor: its raw reads, writes,
// seeks and closing go through the methods of the binary object it wraps (a BytesIO, a
// binary file, any BufferedIOBase). The `buffer` of a text file on a descriptor is a binary
// file on the same descriptor that writes through, after flushing the text file's buffer.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gc.h"
#include "modules.h"
#include "runtime.h"
#include "vm.h"

enum { NL_UNIVERSAL, NL_UNTRANSLATED, NL_LF, NL_CR, NL_CRLF };
enum { WBUF_SIZE = 8192, RBUF_CHUNK = 8192 };

typedef struct TwFile {
    TwObject hdr;
    int fd;
    bool readable, writable, binary, closed, closefd, line_buffering, unbuffered;
    uint8_t newline;
    TwValue name, mode, encoding;
    TwValue buffer;                 // the wrapped binary object (fd -1), or TW_NULL
    TwValue owner;                  // of a text file's `buffer`: the text file, or TW_NULL
    TwValue binary_view;            // a text file's `buffer` once made, or TW_NULL
    char *wbuf;
    size_t wlen, wcap;
    char *rbuf;
    size_t rpos, rlen, rcap;
    bool eof;                       // the last read hit end of file
    struct TwFile *prev, *next;     // list of open files, flushed at exit
} TwFile;

static void file_trace(TwObject *self);
static void file_finalize(TwObject *self);
static TwValue file_iternext(TwValue self);

#define FILE_TYPE(cname, pyname)                                                  \
    TwType cname = {                                                              \
        .hdr.type = &tw_type_type,                                                \
        .c_name = pyname,                                                         \
        .basic_size = sizeof(TwFile),                                             \
        .flags = TW_TYPE_BASETYPE,                                                \
        .trace = file_trace,                                                      \
        .finalize = file_finalize,                                                \
        .iternext = file_iternext,                                                \
    };
static FILE_TYPE(type_textio, "_io.TextIOWrapper")
static FILE_TYPE(type_reader, "_io.BufferedReader")
static FILE_TYPE(type_writer, "_io.BufferedWriter")
static FILE_TYPE(type_random, "_io.BufferedRandom")

static TwFile *open_files;          // every open file (not a GC root: finalize unlinks)
static TwValue std_out;             // the original sys.stdout, flushed before stderr writes

static bool is_file(TwValue v) {
    if (!tw_is_ptr(v) || !v) {
        return false;
    }
    TwType *t = tw_as_obj(v)->type;
    while (t && (t->flags & TW_TYPE_HEAP)) {
        t = t->base;
    }
    return t == &type_textio || t == &type_reader || t == &type_writer || t == &type_random;
}

bool tw_file_is_builtin(TwValue v) {
    return is_file(v);
}

static TwFile *F(TwValue v) {
    return TW_OBJ(v, TwFile);
}

static void file_trace(TwObject *self) {
    TwFile *f = (TwFile *)self;
    tw_gc_mark(f->name);
    tw_gc_mark(f->mode);
    tw_gc_mark(f->encoding);
    tw_gc_mark(f->buffer);
    tw_gc_mark(f->owner);
    tw_gc_mark(f->binary_view);
}

static void link_open(TwFile *f) {
    f->prev = NULL;
    f->next = open_files;
    if (open_files) {
        open_files->prev = f;
    }
    open_files = f;
}

static void unlink_open(TwFile *f) {
    if (f->prev) {
        f->prev->next = f->next;
    } else if (open_files == f) {
        open_files = f->next;
    }
    if (f->next) {
        f->next->prev = f->prev;
    }
    f->prev = f->next = NULL;
}

// ---------------------------------------------------------------- errors

static TwValue os_error(int err, TwValue filename) {
    TwValue args = filename ? tw_tuple_pack(3, tw_from_small_int(err), tw_str_from_c(strerror(err)), filename)
                            : tw_tuple_pack(2, tw_from_small_int(err), tw_str_from_c(strerror(err)));
    if (!args) {
        return TW_NULL;
    }
    TwValue exc = tw_call_args_tuple(tw_from_obj(&tw_type_OSError), args, TW_NULL);
    if (!exc) {
        return TW_NULL;
    }
    return tw_raise(exc);
}

static TwValue err_closed(void) {
    return tw_error(&tw_type_ValueError, "I/O operation on closed file.");
}

static TwValue unsupported(const char *what) {
    return tw_error(&tw_type_UnsupportedOperation, "%s", what);
}

static int check_open(TwFile *f) {
    if (f->closed) {
        err_closed();
        return -1;
    }
    return 0;
}

static int check_readable(TwFile *f) {
    if (check_open(f) < 0) {
        return -1;
    }
    if (!f->readable) {
        unsupported(f->binary ? "read" : "not readable");
        return -1;
    }
    return 0;
}

static int check_writable(TwFile *f) {
    if (check_open(f) < 0) {
        return -1;
    }
    if (!f->writable) {
        unsupported(f->binary ? "write" : "not writable");
        return -1;
    }
    return 0;
}

// ---------------------------------------------------------------- low-level buffers

static int raw_write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

// Write out n bytes: to the descriptor, or by buffer.write(bytes).
static int raw_write(TwFile *f, const char *p, size_t n) {
    if (f->buffer) {
        TwValue b = tw_bytes_new(p, n);
        return b && tw_call_method(f->buffer, TW_NAME(write), 1, &b) ? 0 : -1;
    }
    if (raw_write_all(f->fd, p, n) < 0) {
        os_error(errno, TW_NULL);
        return -1;
    }
    return 0;
}

static int flush_wbuf(TwFile *f) {
    if (f->wlen == 0) {
        return 0;
    }
    size_t n = f->wlen;
    f->wlen = 0;
    return raw_write(f, f->wbuf, n);
}

// buffer.method(args...) as an int64 (tell, seek)
static int buffer_call_int(TwFile *f, const char *method, int argc, TwValue *argv, int64_t *out) {
    TwValue r = tw_call_method(f->buffer, tw_str_intern_c(method), argc, argv);
    if (!r) {
        return -1;
    }
    TwValue i = tw_index(r);
    return i ? tw_int_as_i64(i, out) : -1;
}

// Drop read-ahead data, moving the descriptor back so that it points at the logical
// position (before a write or seek on a file opened for both).
static void drop_rbuf(TwFile *f) {
    size_t ahead = f->rlen - f->rpos;
    if (ahead > 0 && f->buffer) {
        TwValue args[2] = {tw_int_from_i64(-(int64_t)ahead), tw_from_small_int(1)};
        int64_t ignored;
        if (args[0] && buffer_call_int(f, "seek", 2, args, &ignored) < 0) {
            tw_error_clear();
        }
    } else if (ahead > 0) {
        lseek(f->fd, -(off_t)ahead, SEEK_CUR);
    }
    f->rpos = f->rlen = 0;
    f->eof = false;
}

static int std_out_flush(void) {
    if (std_out && !F(std_out)->closed && F(std_out)->wlen > 0) {
        return flush_wbuf(F(std_out));
    }
    return 0;
}

static int buffer_write(TwFile *f, const char *p, size_t n) {
    if (f->rlen > f->rpos) {
        drop_rbuf(f);
    }
    if (f->owner && F(f->owner)->wlen && flush_wbuf(F(f->owner)) < 0) {
        return -1;
    }
    if (f->unbuffered) {
        if (std_out_flush() < 0) {
            tw_error_clear();
        }
        if (flush_wbuf(f) < 0) {
            return -1;
        }
        return raw_write(f, p, n);
    }
    if (f->wlen + n > f->wcap) {
        if (flush_wbuf(f) < 0) {
            return -1;
        }
        if (n >= WBUF_SIZE) {
            return raw_write(f, p, n);
        }
        if (!f->wbuf) {
            f->wbuf = malloc(WBUF_SIZE);
            if (!f->wbuf) {
                tw_error_nomem();
                return -1;
            }
            f->wcap = WBUF_SIZE;
        }
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    if (f->line_buffering && memchr(p, '\n', n)) {
        return flush_wbuf(f);
    }
    return 0;
}

// fill() from the wrapped object: buffer.read1(n), or read(n) when it has no read1.
static int64_t buffer_read(TwFile *f) {
    size_t room = f->rcap - f->rlen;
    TwValue n = tw_int_from_i64((int64_t)room);
    TwValue read1 = tw_getattr_opt(f->buffer, tw_str_intern_c("read1"));
    if (!n || (!read1 && tw_error_occurred())) {
        return -1;
    }
    TwValue r = read1 ? tw_call1(read1, n) : tw_call_method(f->buffer, TW_NAME(read), 1, &n);
    if (!r) {
        return -1;
    }
    const uint8_t *p;
    size_t len;
    if (tw_isinstance_type(r, &tw_type_bytes)) {
        p = TW_OBJ(r, TwBytes)->data;
        len = TW_OBJ(r, TwBytes)->size;
    } else if (tw_isinstance_type(r, &tw_type_bytearray)) {
        p = TW_OBJ(r, TwByteArray)->data;
        len = TW_OBJ(r, TwByteArray)->size;
    } else {
        tw_error(&tw_type_TypeError, "underlying %s() should have returned a bytes-like object, not '%T'",
                 read1 ? "read1" : "read", r);
        return -1;
    }
    if (len > room) {
        len = room;
    }
    memcpy(f->rbuf + f->rlen, p, len);
    f->rlen += len;
    f->eof = len == 0;
    return (int64_t)len;
}

// Read more bytes into the read buffer. Returns bytes read (0 at EOF) or -1.
static int64_t fill(TwFile *f) {
    if (f->wlen && flush_wbuf(f) < 0) {
        return -1;
    }
    if (f->fd == 0 && std_out_flush() < 0) {
        tw_error_clear();
    }
    if (f->rpos > 0 && f->rpos == f->rlen) {
        f->rpos = f->rlen = 0;
    }
    if (f->rcap - f->rlen < RBUF_CHUNK) {
        if (f->rpos > 0) {
            memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
            f->rlen -= f->rpos;
            f->rpos = 0;
        }
        if (f->rcap - f->rlen < RBUF_CHUNK) {
            size_t ncap = f->rcap ? f->rcap * 2 : RBUF_CHUNK * 2;
            while (ncap - f->rlen < RBUF_CHUNK) {
                ncap *= 2;
            }
            char *nb = realloc(f->rbuf, ncap);
            if (!nb) {
                tw_error_nomem();
                return -1;
            }
            f->rbuf = nb;
            f->rcap = ncap;
        }
    }
    if (f->buffer) {
        return buffer_read(f);
    }
    for (;;) {
        ssize_t r = read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            os_error(errno, TW_NULL);
            return -1;
        }
        f->rlen += (size_t)r;
        f->eof = r == 0;
        return r;
    }
}

static int fill_all(TwFile *f) {
    for (;;) {
        int64_t r = fill(f);
        if (r < 0) {
            return -1;
        }
        if (r == 0) {
            return 0;
        }
    }
}

// ---------------------------------------------------------------- UTF-8

// Find the first UTF-8 error in s[0..n): false if none, else the bad range and reason as
// CPython's decoder reports them.
static bool utf8_error(const uint8_t *s, size_t n, size_t *start, size_t *end, const char **reason) {
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int need;
        uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            *start = i;
            *end = i + 1;
            *reason = "invalid start byte";
            return true;
        }
        for (int k = 1; k <= need; k++) {
            if (i + (size_t)k >= n) {
                *start = i;
                *end = n;
                *reason = "unexpected end of data";
                return true;
            }
            uint8_t cc = s[i + (size_t)k];
            uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (cc < l || cc > h) {
                *start = i;
                *end = i + (size_t)k;
                *reason = "invalid continuation byte";
                return true;
            }
        }
        i += (size_t)need + 1;
    }
    return false;
}

static TwValue decode_error(const char *data, size_t n, size_t start, size_t end, const char *reason) {
    TwValue obj = tw_bytes_new(data, n);
    if (!obj) {
        return TW_NULL;
    }
    TwValue args = tw_tuple_pack(5, tw_str_from_c("utf-8"), obj, tw_from_small_int((int64_t)start),
                                 tw_from_small_int((int64_t)end), tw_str_from_c(reason));
    if (!args) {
        return TW_NULL;
    }
    TwValue exc = tw_exc_new(&tw_type_UnicodeDecodeError, args);
    return exc ? tw_raise(exc) : TW_NULL;
}

// Decode n raw bytes to str, translating newlines per the file's mode.
static TwValue decode_text(TwFile *f, const char *p, size_t n) {
    size_t es, ee;
    const char *reason;
    if (utf8_error((const uint8_t *)p, n, &es, &ee, &reason)) {
        return decode_error(p, n, es, ee, reason);
    }
    if (f->newline != NL_UNIVERSAL || !memchr(p, '\r', n)) {
        return tw_str_new(p, n);
    }
    char *tmp = malloc(n ? n : 1);
    if (!tmp) {
        return tw_error_nomem();
    }
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r') {
            tmp[o++] = '\n';
            if (i + 1 < n && p[i + 1] == '\n') {
                i++;
            }
        } else {
            tmp[o++] = p[i];
        }
    }
    TwValue s = tw_str_new(tmp, o);
    free(tmp);
    return s;
}

// Byte length of the UTF-8 sequence starting with lead byte c.
static size_t seq_len(uint8_t c) {
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// ---------------------------------------------------------------- reading

// Read everything to the end (binary: bytes, text: str).
static TwValue read_all(TwFile *f) {
    if (fill_all(f) < 0) {
        return TW_NULL;
    }
    const char *p = f->rbuf ? f->rbuf + f->rpos : "";
    size_t n = f->rlen - f->rpos;
    TwValue r = f->binary ? tw_bytes_new(p, n) : decode_text(f, p, n);
    if (r) {
        f->rpos = f->rlen = 0;
    }
    return r;
}

static TwValue read_n(TwFile *f, int64_t want) {
    if (f->binary) {
        while ((int64_t)(f->rlen - f->rpos) < want) {
            int64_t r = fill(f);
            if (r < 0) {
                return TW_NULL;
            }
            if (r == 0) {
                break;
            }
        }
        size_t n = f->rlen - f->rpos;
        if ((int64_t)n > want) {
            n = (size_t)want;
        }
        TwValue b = tw_bytes_new(f->rbuf ? f->rbuf + f->rpos : "", n);
        if (b) {
            f->rpos += n;
        }
        return b;
    }
    // text: `want` characters (\r\n counts as one under universal newlines)
    for (;;) {
        size_t i = f->rpos;
        int64_t chars = 0;
        bool need_more = false;
        while (chars < want && i < f->rlen) {
            uint8_t c = (uint8_t)f->rbuf[i];
            size_t len = seq_len(c);
            if (i + len > f->rlen) {
                need_more = true;
                break;
            }
            if (c == '\r' && f->newline == NL_UNIVERSAL) {
                if (i + 1 >= f->rlen && !f->eof) {
                    need_more = true;
                    break;
                }
                if (i + 1 < f->rlen && f->rbuf[i + 1] == '\n') {
                    len = 2;
                }
            }
            i += len;
            chars++;
        }
        if ((chars < want || need_more) && !f->eof) {
            int64_t r = fill(f);
            if (r < 0) {
                return TW_NULL;
            }
            if (r > 0 || !f->eof) {
                continue;
            }
            continue;   // eof now set: rescan and take what there is
        }
        TwValue s = decode_text(f, f->rbuf ? f->rbuf + f->rpos : "", (f->rbuf ? i : f->rpos) - f->rpos);
        if (s) {
            f->rpos = f->rbuf ? i : f->rpos;
        }
        return s;
    }
}

// One line (with its ending); at most `limit` characters/bytes when limit >= 0.
static TwValue read_line(TwFile *f, int64_t limit) {
    size_t scanned = 0;
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        const char *p = f->rbuf ? f->rbuf + f->rpos : "";
        size_t end = 0;
        bool found = false;
        int64_t chars = 0;
        size_t i = 0;
        for (i = 0; i < avail; i++) {
            char c = p[i];
            if (((uint8_t)c & 0xC0) != 0x80 || f->binary) {
                if (limit >= 0 && chars == limit) {
                    end = i;
                    found = true;
                    break;
                }
                chars++;
            }
            if (c == '\n' && (f->binary || f->newline != NL_CR)) {
                end = i + 1;
                found = true;
                break;
            }
            if (c == '\r' && !f->binary && f->newline != NL_LF) {
                if (f->newline == NL_CR) {
                    end = i + 1;
                    found = true;
                    break;
                }
                if (i + 1 >= avail && !f->eof) {
                    break;   // need to see whether \n follows
                }
                if (f->newline == NL_CRLF) {
                    if (i + 1 < avail && p[i + 1] == '\n') {
                        end = i + 2;
                        found = true;
                        break;
                    }
                    continue;
                }
                end = (i + 1 < avail && p[i + 1] == '\n') ? i + 2 : i + 1;
                found = true;
                break;
            }
        }
        (void)scanned;
        if (!found && f->eof) {
            end = avail;
            // do not split a multibyte character at a size limit
            found = true;
        }
        if (found) {
            TwValue r = f->binary ? tw_bytes_new(p, end) : decode_text(f, p, end);
            if (r) {
                f->rpos += end;
            }
            return r;
        }
        scanned = i;
        int64_t got = fill(f);
        if (got < 0) {
            return TW_NULL;
        }
    }
}

static TwValue file_iternext(TwValue self) {
    TwFile *f = F(self);
    if (f->closed) {
        return err_closed();
    }
    if (!f->readable) {
        return unsupported(f->binary ? "read" : "not readable");
    }
    TwValue line = read_line(f, -1);
    if (!line) {
        return TW_NULL;
    }
    if ((f->binary && TW_OBJ(line, TwBytes)->size == 0) || (!f->binary && tw_str_size(line) == 0)) {
        return TW_NULL;
    }
    return line;
}

// ---------------------------------------------------------------- writing

// Write a str (text files) or bytes-like (binary); returns the count written or -1.
static int64_t file_write_value(TwFile *f, TwValue v) {
    if (f->binary) {
        const char *p;
        size_t n;
        if (tw_isinstance_type(v, &tw_type_bytes)) {
            p = (const char *)TW_OBJ(v, TwBytes)->data;
            n = TW_OBJ(v, TwBytes)->size;
        } else if (tw_isinstance_type(v, &tw_type_bytearray)) {
            p = (const char *)TW_OBJ(v, TwByteArray)->data;
            n = TW_OBJ(v, TwByteArray)->size;
        } else {
            tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%T'", v);
            return -1;
        }
        if (check_writable(f) < 0) {
            return -1;
        }
        return buffer_write(f, p, n) < 0 ? -1 : (int64_t)n;
    }
    if (!tw_isinstance_type(v, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "write() argument must be str, not %A", v);
        return -1;
    }
    if (check_writable(f) < 0) {
        return -1;
    }
    const char *p = tw_str_data(v);
    size_t n = tw_str_size(v);
    if ((f->newline == NL_CR || f->newline == NL_CRLF) && memchr(p, '\n', n)) {
        const char *nl = f->newline == NL_CR ? "\r" : "\r\n";
        size_t start = 0;
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n') {
                if (buffer_write(f, p + start, i - start) < 0 || buffer_write(f, nl, strlen(nl)) < 0) {
                    return -1;
                }
                start = i + 1;
            }
        }
        if (buffer_write(f, p + start, n - start) < 0) {
            return -1;
        }
    } else if (buffer_write(f, p, n) < 0) {
        return -1;
    }
    return (int64_t)tw_str_length(v);
}

int tw_file_write_str(TwValue file, TwValue str) {
    if (is_file(file)) {
        return file_write_value(F(file), str) < 0 ? -1 : 0;
    }
    if (tw_is_type(file, &tw_type_stringio)) {
        return tw_stringio_write(file, str);
    }
    TwValue r = tw_call_method(file, TW_NAME(write), 1, &str);
    return r ? 0 : -1;
}

int tw_file_flush(TwValue file) {
    if (is_file(file)) {
        TwFile *f = F(file);
        if (f->closed) {
            err_closed();
            return -1;
        }
        return flush_wbuf(f);
    }
    TwValue r = tw_call_method(file, TW_NAME(flush), 0, NULL);
    return r ? 0 : -1;
}

// ---------------------------------------------------------------- closing

static int file_close(TwFile *f) {
    if (f->closed) {
        return 0;
    }
    int rc = flush_wbuf(f);
    f->closed = true;
    if (f->buffer && !tw_call_method(f->buffer, TW_NAME(close), 0, NULL)) {
        rc = -1;
    }
    if (f->closefd && f->fd >= 0) {
        if (close(f->fd) < 0 && rc == 0) {
            os_error(errno, TW_NULL);
            rc = -1;
        }
    }
    free(f->wbuf);
    free(f->rbuf);
    f->wbuf = f->rbuf = NULL;
    f->wlen = f->wcap = f->rpos = f->rlen = f->rcap = 0;
    unlink_open(f);
    if (std_out && F(std_out) == f) {
        std_out = TW_NULL;
    }
    return rc;
}

static void file_finalize(TwObject *self) {
    TwFile *f = (TwFile *)self;
    if (!f->closed) {
        if (f->wlen && f->fd >= 0) {
            raw_write_all(f->fd, f->wbuf, f->wlen);
            f->wlen = 0;
        }
        if (f->closefd && f->fd >= 0) {
            close(f->fd);
        }
        f->closed = true;
    }
    free(f->wbuf);
    free(f->rbuf);
    f->wbuf = f->rbuf = NULL;
    unlink_open(f);
}

static void flush_all_at_exit(void) {
    for (TwFile *f = open_files; f; f = f->next) {
        if (!f->closed && f->wlen && f->fd >= 0) {
            raw_write_all(f->fd, f->wbuf, f->wlen);
            f->wlen = 0;
        }
    }
}

// ---------------------------------------------------------------- construction

static TwValue file_alloc(TwType *t, int fd) {
    TwFile *f = (TwFile *)tw_gc_alloc(t, sizeof(TwFile));
    if (!f) {
        return TW_NULL;
    }
    f->fd = fd;
    f->closefd = true;
    link_open(f);
    return tw_from_obj(f);
}

TwValue tw_file_new_std(int fd, const char *mode, const char *name) {
    tw_file_init();
    TwValue v = file_alloc(&type_textio, fd);
    if (!v) {
        return TW_NULL;
    }
    TwFile *f = F(v);
    f->closefd = false;
    f->readable = mode[0] == 'r';
    f->writable = !f->readable;
    f->newline = NL_UNIVERSAL;
    f->name = tw_str_from_c(name);
    f->mode = tw_str_from_c(mode);
    f->encoding = tw_str_from_c("utf-8");
    if (!f->name || !f->mode || !f->encoding) {
        return TW_NULL;
    }
    if (fd == 2) {
        f->unbuffered = true;
    } else if (fd == 1) {
        f->line_buffering = isatty(1);
        if (!std_out) {
            std_out = v;
        }
    }
    return v;
}

// newline=None/""/"\n"/"\r"/"\r\n" (a str or TW_NULL) as NL_*.
static int parse_newline(TwValue newline, uint8_t *out) {
    *out = NL_UNIVERSAL;
    if (!newline) {
        return 0;
    }
    const char *s = tw_str_data(newline);
    size_t n = tw_str_size(newline);
    if (n == 0) {
        *out = NL_UNTRANSLATED;
    } else if (n == 1 && s[0] == '\n') {
        *out = NL_LF;
    } else if (n == 1 && s[0] == '\r') {
        *out = NL_CR;
    } else if (n == 2 && !strcmp(s, "\r\n")) {
        *out = NL_CRLF;
    } else {
        tw_error(&tw_type_ValueError, "illegal newline value: %U", newline);
        return -1;
    }
    return 0;
}

// Only UTF-8 (and its ASCII subset) is supported: LookupError for other encoding names.
static int check_encoding(TwValue encoding) {
    TwBuf lower;
    tw_buf_init(&lower);
    for (const char *p = tw_str_data(encoding); *p; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if (c == '_') {
            c = '-';
        }
        tw_buf_append(&lower, &c, 1);
    }
    tw_buf_append(&lower, "", 1);
    const char *e = lower.data ? lower.data : "";
    bool ok = !strcmp(e, "utf-8") || !strcmp(e, "utf8") || !strcmp(e, "ascii") || !strcmp(e, "us-ascii") ||
              !strcmp(e, "u8") || !strcmp(e, "utf") || !strcmp(e, "cp65001");
    tw_buf_free(&lower);
    if (!ok) {
        tw_error(&tw_type_LookupError, "unknown encoding: %U", encoding);
        return -1;
    }
    return 0;
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
TwValue tw_file_open(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline",
                                        "closefd", "opener"};
    TwValue a[8];
    if (tw_parse_args("open", argc, argv, kwnames, names, 8, 0, 8, 1, a) < 0) {
        return TW_NULL;
    }
    tw_file_init();
    TwValue file = a[0];
    TwValue modev = a[1] ? a[1] : TW_NULL;
    const char *mode = "r";
    if (modev) {
        if (!tw_isinstance_type(modev, &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "open() argument 'mode' must be str, not %A", modev);
        }
        mode = tw_str_data(modev);
    }
    int64_t buffering = -1;
    if (a[2] && a[2] != TW_NONE && tw_int_as_i64(a[2], &buffering) < 0) {
        return TW_NULL;
    }
    TwValue encoding = a[3] && a[3] != TW_NONE ? a[3] : TW_NULL;
    TwValue errors = a[4] && a[4] != TW_NONE ? a[4] : TW_NULL;
    TwValue newline = a[5] && a[5] != TW_NONE ? a[5] : TW_NULL;
    bool closefd = true;
    if (a[6]) {
        int t = tw_truthy(a[6]);
        if (t < 0) {
            return TW_NULL;
        }
        closefd = t;
    }
    if (encoding && !tw_isinstance_type(encoding, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "open() argument 'encoding' must be str or None, not %A", encoding);
    }
    if (errors && !tw_isinstance_type(errors, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "open() argument 'errors' must be str or None, not %A", errors);
    }
    if (newline && !tw_isinstance_type(newline, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "open() argument 'newline' must be str or None, not %A", newline);
    }

    bool seen[128] = {false};
    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
    for (const char *p = mode; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 128 || !strchr("axrwb+t", c) || seen[c]) {
            return tw_error(&tw_type_ValueError, "invalid mode: %R", modev ? modev : tw_str_from_c(mode));
        }
        seen[c] = true;
        switch (c) {
        case 'x': creating = true; break;
        case 'r': reading = true; break;
        case 'w': writing = true; break;
        case 'a': appending = true; break;
        case '+': updating = true; break;
        case 't': text = true; break;
        case 'b': binary = true; break;
        default: break;
        }
    }
    if (text && binary) {
        return tw_error(&tw_type_ValueError, "can't have text and binary mode at once");
    }
    int kinds = creating + reading + writing + appending;
    if (kinds > 1) {
        return tw_error(&tw_type_ValueError, "must have exactly one of create/read/write/append mode");
    }
    if (kinds == 0) {
        return tw_error(&tw_type_ValueError,
                        "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    if (binary && encoding) {
        return tw_error(&tw_type_ValueError, "binary mode doesn't take an encoding argument");
    }
    if (binary && errors) {
        return tw_error(&tw_type_ValueError, "binary mode doesn't take an errors argument");
    }
    if (binary && newline) {
        return tw_error(&tw_type_ValueError, "binary mode doesn't take a newline argument");
    }
    if (!binary && buffering == 0) {
        return tw_error(&tw_type_ValueError, "can't have unbuffered text I/O");
    }
    uint8_t nl;
    if (parse_newline(newline, &nl) < 0) {
        return TW_NULL;
    }
    if (encoding && check_encoding(encoding) < 0) {
        return TW_NULL;
    }

    int fd;
    TwValue name = file;
    if (tw_is_intlike(file) && !tw_is_type(file, &tw_type_bool)) {
        int64_t v;
        if (tw_int_as_i64(file, &v) < 0) {
            return TW_NULL;
        }
        if (v < 0) {
            return tw_error(&tw_type_ValueError, "negative file descriptor");
        }
        fd = (int)v;
    } else {
        TwValue path = file;
        if (!tw_isinstance_type(file, &tw_type_str) && !tw_isinstance_type(file, &tw_type_bytes)) {
            TwValue fspath = tw_type_lookup(tw_type_of(file), tw_str_intern_c("__fspath__"));
            if (!fspath) {
                return tw_error(&tw_type_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
            }
            path = tw_call_method(file, tw_str_intern_c("__fspath__"), 0, NULL);
            if (!path) {
                return TW_NULL;
            }
        }
        const char *cpath = tw_isinstance_type(path, &tw_type_str) ? tw_str_data(path)
                                                                  : (const char *)TW_OBJ(path, TwBytes)->data;
        size_t plen = tw_isinstance_type(path, &tw_type_str) ? tw_str_size(path) : TW_OBJ(path, TwBytes)->size;
        if (strlen(cpath) != plen) {
            return tw_error(&tw_type_ValueError, "embedded null byte");
        }
        int flags = O_CLOEXEC;
        if (reading) {
            flags |= updating ? O_RDWR : O_RDONLY;
        } else {
            flags |= updating ? O_RDWR : O_WRONLY;
            flags |= O_CREAT;
            if (writing) {
                flags |= O_TRUNC;
            } else if (appending) {
                flags |= O_APPEND;
            } else {
                flags |= O_EXCL;
            }
        }
        do {
            fd = open(cpath, flags, 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            return os_error(errno, path);
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return os_error(EISDIR, path);
        }
        if (!closefd) {
            close(fd);
            return tw_error(&tw_type_ValueError, "Cannot use closefd=False with file name");
        }
        name = path;
    }
    if (appending) {
        lseek(fd, 0, SEEK_END);
    }
    TwType *t = !binary ? &type_textio : updating ? &type_random : reading ? &type_reader : &type_writer;
    TwValue v = file_alloc(t, fd);
    if (!v) {
        if (closefd) {
            close(fd);
        }
        return TW_NULL;
    }
    TwFile *f = F(v);
    f->closefd = closefd;
    f->readable = reading || updating;
    f->writable = !reading || updating;
    f->binary = binary;
    f->newline = nl;
    f->name = name;
    if (binary) {
        // as CPython: the binary mode attribute is normalised
        // as CPython's FileIO: "w+" reads back as "rb+"
        char m[5];
        int k = 0;
        m[k++] = creating ? 'x' : appending ? 'a' : (reading || updating) ? 'r' : 'w';
        m[k++] = 'b';
        if (updating) {
            m[k++] = '+';
        }
        m[k] = 0;
        f->mode = tw_str_from_c(m);
    } else {
        f->mode = modev ? modev : tw_str_from_c("r");
        f->encoding = encoding ? encoding : tw_str_from_c("UTF-8");
    }
    if (!f->mode || (!binary && !f->encoding)) {
        return TW_NULL;
    }
    if (buffering == 1 && !binary) {
        f->line_buffering = true;
    }
    if (buffering == 0 && binary) {
        f->unbuffered = true;
    }
    return v;
}

// ---------------------------------------------------------------- methods

static int64_t size_arg(TwValue v, int64_t *out) {
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

static TwValue m_read(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    int64_t n;
    if (size_arg(argc > 1 ? argv[1] : TW_NULL, &n) < 0 || check_readable(f) < 0) {
        return TW_NULL;
    }
    return n < 0 ? read_all(f) : read_n(f, n);
}

static TwValue m_readline(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    int64_t n;
    if (size_arg(argc > 1 ? argv[1] : TW_NULL, &n) < 0 || check_readable(f) < 0) {
        return TW_NULL;
    }
    return read_line(f, n);
}

static TwValue m_readlines(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    int64_t hint;
    if (size_arg(argc > 1 ? argv[1] : TW_NULL, &hint) < 0 || check_readable(f) < 0) {
        return TW_NULL;
    }
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    int64_t total = 0;
    for (;;) {
        TwValue line = file_iternext(argv[0]);
        if (!line) {
            return tw_error_occurred() ? TW_NULL : list;
        }
        if (tw_list_append(list, line) < 0) {
            return TW_NULL;
        }
        total += f->binary ? (int64_t)TW_OBJ(line, TwBytes)->size : (int64_t)tw_str_length(line);
        if (hint > 0 && total >= hint) {
            return list;
        }
    }
}

static TwValue m_write(int argc, TwValue *argv, TwValue kwnames) {
    int64_t n = file_write_value(F(argv[0]), argv[1]);
    return n < 0 ? TW_NULL : tw_int_from_i64(n);
}

static TwValue m_writelines(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    if (check_writable(f) < 0) {
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
        if (file_write_value(f, line) < 0) {
            return TW_NULL;
        }
    }
}

static TwValue m_flush(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    if (check_open(f) < 0 || flush_wbuf(f) < 0) {
        return TW_NULL;
    }
    if (f->buffer) {
        return tw_call_method(f->buffer, TW_NAME(flush), 0, NULL);
    }
    return TW_NONE;
}

static TwValue m_close(int argc, TwValue *argv, TwValue kwnames) {
    return file_close(F(argv[0])) < 0 ? TW_NULL : TW_NONE;
}

static TwValue m_tell(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    if (check_open(f) < 0) {
        return TW_NULL;
    }
    int64_t pos;
    if (f->buffer) {
        if (buffer_call_int(f, "tell", 0, NULL, &pos) < 0) {
            return TW_NULL;
        }
    } else if ((pos = (int64_t)lseek(f->fd, 0, SEEK_CUR)) < 0) {
        return os_error(errno, TW_NULL);
    }
    return tw_int_from_i64(pos - (int64_t)(f->rlen - f->rpos) + (int64_t)f->wlen);
}

static TwValue m_seek(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    int64_t off, whence = 0;
    if (!tw_is_intlike(argv[1])) {
        return tw_error(&tw_type_TypeError, "'%T' object cannot be interpreted as an integer", argv[1]);
    }
    if (tw_int_as_i64(argv[1], &off) < 0 || (argc > 2 && tw_int_as_i64(argv[2], &whence) < 0)) {
        return TW_NULL;
    }
    if (check_open(f) < 0) {
        return TW_NULL;
    }
    if (!f->binary) {
        if (whence < 0 || whence > 2) {
            return tw_error(&tw_type_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        }
        if (whence == 1 && off != 0) {
            return unsupported("can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && off != 0) {
            return unsupported("can't do nonzero end-relative seeks");
        }
        if (whence == 0 && off < 0) {
            return tw_error(&tw_type_ValueError, "negative seek position %lld", (long long)off);
        }
    }
    if (flush_wbuf(f) < 0) {
        return TW_NULL;
    }
    if (whence == 1) {
        off -= (int64_t)(f->rlen - f->rpos);
    }
    f->rpos = f->rlen = 0;
    f->eof = false;
    if (f->buffer) {
        TwValue args[2] = {tw_int_from_i64(off), tw_int_from_i64(whence)};
        return args[0] && args[1] ? tw_call_method(f->buffer, tw_str_intern_c("seek"), 2, args) : TW_NULL;
    }
    off_t pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0) {
        return os_error(errno, TW_NULL);
    }
    return tw_int_from_i64((int64_t)pos);
}

static TwValue m_truncate(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    if (check_writable(f) < 0) {
        return TW_NULL;
    }
    if (flush_wbuf(f) < 0) {
        return TW_NULL;
    }
    drop_rbuf(f);
    int64_t size;
    if (argc > 1 && argv[1] != TW_NONE) {
        if (tw_int_as_i64(argv[1], &size) < 0) {
            return TW_NULL;
        }
    } else if (f->buffer) {
        if (buffer_call_int(f, "tell", 0, NULL, &size) < 0) {
            return TW_NULL;
        }
    } else {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos < 0) {
            return os_error(errno, TW_NULL);
        }
        size = pos;
    }
    if (f->buffer) {
        TwValue sz = tw_int_from_i64(size);
        return sz ? tw_call_method(f->buffer, tw_str_intern_c("truncate"), 1, &sz) : TW_NULL;
    }
    if (ftruncate(f->fd, (off_t)size) < 0) {
        return os_error(errno, TW_NULL);
    }
    return tw_int_from_i64(size);
}

static TwValue m_fileno(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    if (check_open(f) < 0) {
        return TW_NULL;
    }
    if (f->buffer) {
        return tw_call_method(f->buffer, tw_str_intern_c("fileno"), 0, NULL);
    }
    return tw_from_small_int(f->fd);
}

static TwValue m_isatty(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    if (check_open(f) < 0) {
        return TW_NULL;
    }
    if (f->buffer) {
        return tw_call_method(f->buffer, tw_str_intern_c("isatty"), 0, NULL);
    }
    return tw_bool(isatty(f->fd));
}

static TwValue m_readable(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    return check_open(f) < 0 ? TW_NULL : tw_bool(f->readable);
}

static TwValue m_writable(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    return check_open(f) < 0 ? TW_NULL : tw_bool(f->writable);
}

static TwValue m_seekable(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    if (check_open(f) < 0) {
        return TW_NULL;
    }
    if (f->buffer) {
        return tw_call_method(f->buffer, tw_str_intern_c("seekable"), 0, NULL);
    }
    return tw_bool(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static TwValue m_enter(int argc, TwValue *argv, TwValue kwnames) {
    if (check_open(F(argv[0])) < 0) {
        return TW_NULL;
    }
    return argv[0];
}

static TwValue m_exit(int argc, TwValue *argv, TwValue kwnames) {
    return file_close(F(argv[0])) < 0 ? TW_NULL : TW_NONE;
}

static TwValue m_iter(int argc, TwValue *argv, TwValue kwnames) {
    if (check_open(F(argv[0])) < 0) {
        return TW_NULL;
    }
    return argv[0];
}

static TwValue m_next(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = file_iternext(argv[0]);
    if (!v && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return v;
}

static TwValue m_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    TwBuf b;
    tw_buf_init(&b);
    tw_buf_printf(&b, "<%s", tw_type_cname(tw_type_of(argv[0])));
    // a wrapper shows its buffer's name if it has one, as CPython
    TwValue name = f->name ? f->name : f->buffer ? tw_getattr_opt(f->buffer, tw_str_intern_c("name")) : TW_NULL;
    TwValue r = name ? tw_repr(name) : TW_NULL;
    if (!r && tw_error_occurred()) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    if (r) {
        tw_buf_append_c(&b, " name=");
        tw_buf_append_str(&b, r);
    }
    if (!f->binary) {
        TwValue mr = f->mode ? tw_repr(f->mode) : TW_NULL, er = tw_repr(f->encoding);
        if ((f->mode && !mr) || !er) {
            tw_buf_free(&b);
            return TW_NULL;
        }
        if (mr) {
            tw_buf_append_c(&b, " mode=");
            tw_buf_append_str(&b, mr);
        }
        tw_buf_append_c(&b, " encoding=");
        tw_buf_append_str(&b, er);
    }
    tw_buf_append_c(&b, ">");
    return tw_buf_to_str(&b);
}

// Binary files come from open() only; TextIOWrapper(buffer, encoding=None, errors=None,
// newline=None, line_buffering=False, write_through=False) wraps any binary object.
static TwValue m_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    if (!tw_type_is_subtype(cls, &type_textio)) {
        return tw_error(&tw_type_TypeError, "cannot create '%s' instances", tw_type_cname(cls));
    }
    static const char *const names[] = {"buffer", "encoding", "errors", "newline", "line_buffering",
                                        "write_through"};
    TwValue a[6];
    if (tw_parse_args("TextIOWrapper", argc - 1, argv + 1, kwnames, names, 6, 0, 6, 1, a) < 0) {
        return TW_NULL;
    }
    static const char *const str_args[] = {NULL, "encoding", "errors", "newline"};
    for (int i = 1; i <= 3; i++) {
        if (a[i] == TW_NONE) {
            a[i] = TW_NULL;
        }
        if (a[i] && !tw_isinstance_type(a[i], &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "TextIOWrapper() argument '%s' must be str or None, not %T",
                            str_args[i], a[i]);
        }
    }
    uint8_t nl;
    if ((a[1] && check_encoding(a[1]) < 0) || parse_newline(a[3], &nl) < 0) {
        return TW_NULL;
    }
    int flags[2] = {0, 0};
    for (int i = 0; i < 2; i++) {
        if (a[4 + i] && (flags[i] = tw_truthy(a[4 + i])) < 0) {
            return TW_NULL;
        }
    }
    TwValue buffer = a[0];
    TwValue rd = tw_call_method(buffer, tw_str_intern_c("readable"), 0, NULL);
    TwValue wr = rd ? tw_call_method(buffer, tw_str_intern_c("writable"), 0, NULL) : TW_NULL;
    int readable = rd ? tw_truthy(rd) : -1, writable = wr ? tw_truthy(wr) : -1;
    if (readable < 0 || writable < 0) {
        return TW_NULL;
    }
    TwFile *f = (TwFile *)tw_gc_alloc(cls, cls->basic_size);
    if (!f) {
        return TW_NULL;
    }
    f->fd = -1;
    f->closefd = true;
    f->buffer = buffer;
    f->readable = readable;
    f->writable = writable;
    f->newline = nl;
    f->line_buffering = flags[0];
    f->unbuffered = flags[1];
    f->encoding = a[1] ? a[1] : tw_str_from_c("UTF-8");
    return f->encoding ? tw_from_obj(f) : TW_NULL;
}

// A text file's `buffer`: the wrapped object, or for a file on a descriptor a binary file
// on it that writes through after flushing the text file (so that the two interleave).
static TwValue g_buffer(TwValue self) {
    TwFile *f = F(self);
    if (f->buffer) {
        return f->buffer;
    }
    if (f->binary_view) {
        return f->binary_view;
    }
    TwType *t = f->readable && f->writable ? &type_random : f->readable ? &type_reader : &type_writer;
    TwValue v = file_alloc(t, f->fd);
    if (!v) {
        return TW_NULL;
    }
    TwFile *b = F(v);
    b->closefd = false;
    b->binary = true;
    b->readable = f->readable;
    b->writable = f->writable;
    b->unbuffered = true;
    b->name = f->name;
    b->mode = tw_str_from_c(t == &type_random ? "rb+" : f->readable ? "rb" : "wb");
    b->owner = self;
    if (!b->mode) {
        return TW_NULL;
    }
    f->binary_view = v;
    return v;
}

// readinto(b) of binary files, for a bytearray b
static TwValue m_readinto(int argc, TwValue *argv, TwValue kwnames) {
    TwFile *f = F(argv[0]);
    if (!tw_isinstance_type(argv[1], &tw_type_bytearray)) {
        return tw_error(&tw_type_TypeError, "readinto() argument must be read-write bytes-like object, not %T",
                        argv[1]);
    }
    if (check_readable(f) < 0) {
        return TW_NULL;
    }
    TwByteArray *ba = TW_OBJ(argv[1], TwByteArray);
    TwValue data = read_n(f, (int64_t)ba->size);
    if (!data) {
        return TW_NULL;
    }
    size_t n = TW_OBJ(data, TwBytes)->size;
    memcpy(ba->data, TW_OBJ(data, TwBytes)->data, n);
    return tw_int_from_i64((int64_t)n);
}

static const TwMethodDef binary_methods[] = {
    {"read1", m_read, 1, 2, TW_BUILTIN_METHOD},
    {"readinto", m_readinto, 2, 2, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

static const TwMethodDef file_methods[] = {
    {"__new__", m_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"read", m_read, 1, 2, TW_BUILTIN_METHOD},
    {"readline", m_readline, 1, 2, TW_BUILTIN_METHOD},
    {"readlines", m_readlines, 1, 2, TW_BUILTIN_METHOD},
    {"write", m_write, 2, 2, TW_BUILTIN_METHOD},
    {"writelines", m_writelines, 2, 2, TW_BUILTIN_METHOD},
    {"flush", m_flush, 1, 1, TW_BUILTIN_METHOD},
    {"close", m_close, 1, 1, TW_BUILTIN_METHOD},
    {"tell", m_tell, 1, 1, TW_BUILTIN_METHOD},
    {"seek", m_seek, 2, 3, TW_BUILTIN_METHOD},
    {"truncate", m_truncate, 1, 2, TW_BUILTIN_METHOD},
    {"fileno", m_fileno, 1, 1, TW_BUILTIN_METHOD},
    {"isatty", m_isatty, 1, 1, TW_BUILTIN_METHOD},
    {"readable", m_readable, 1, 1, TW_BUILTIN_METHOD},
    {"writable", m_writable, 1, 1, TW_BUILTIN_METHOD},
    {"seekable", m_seekable, 1, 1, TW_BUILTIN_METHOD},
    {"__enter__", m_enter, 1, 1, TW_BUILTIN_METHOD},
    {"__exit__", m_exit, 1, -1, TW_BUILTIN_METHOD},
    {"__iter__", m_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", m_next, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", m_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

static TwValue g_closed(TwValue self) {
    TwFile *f = F(self);
    return f->buffer && !f->closed ? tw_getattr_c(f->buffer, "closed") : tw_bool(f->closed);
}
static TwValue g_name(TwValue self) {
    TwFile *f = F(self);
    return f->name ? f->name : f->buffer ? tw_getattr_c(f->buffer, "name") : TW_NONE;
}
static TwValue g_mode(TwValue self) {
    TwFile *f = F(self);
    return f->mode ? f->mode : tw_error(&tw_type_AttributeError, "'%T' object has no attribute 'mode'", self);
}
static TwValue g_encoding(TwValue self) {
    return F(self)->encoding;
}
static TwValue g_errors(TwValue self) {
    return tw_str_from_c("strict");
}
static TwValue g_line_buffering(TwValue self) {
    return tw_bool(F(self)->line_buffering);
}
static TwValue g_newlines(TwValue self) {
    return TW_NONE;
}

static const TwGetSetDef file_getsets[] = {
    {"closed", g_closed, NULL},
    {"name", g_name, NULL},
    {"mode", g_mode, NULL},
    {NULL, NULL, NULL},
};
static const TwGetSetDef text_getsets[] = {
    {"encoding", g_encoding, NULL},
    {"errors", g_errors, NULL},
    {"line_buffering", g_line_buffering, NULL},
    {"newlines", g_newlines, NULL},
    {"buffer", g_buffer, NULL},
    {NULL, NULL, NULL},
};

TwType *tw_file_type(int i) {
    static TwType *const types[] = {&type_textio, &type_reader, &type_writer, &type_random};
    return types[i];
}

void tw_file_init(void) {
    static bool done;
    if (done) {
        return;
    }
    done = true;
    tw_io_init_bases();
    TwType *types[] = {&type_textio, &type_reader, &type_writer, &type_random};
    for (int i = 0; i < 4; i++) {
        tw_type_init_builtin(types[i], types[i]->c_name, i ? &tw_type_io_bufferedbase : &tw_type_io_textbase);
        tw_type_add_methods(types[i], file_methods);
        tw_type_add_getsets(types[i], file_getsets);
        if (i) {
            tw_type_add_methods(types[i], binary_methods);
        }
    }
    tw_type_add_getsets(&type_textio, text_getsets);
    tw_gc_add_root(&std_out);
    atexit(flush_all_at_exit);
}
