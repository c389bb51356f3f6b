// bytes and bytearray: the two types, construction (bytes(n), bytes(iterable),
// bytes(str, encoding), __bytes__), repr with CPython's quote choice, hashing (siphash, as
// str), indexing and slicing, concatenation, repetition, comparison, iteration, and the
// bytearray mutators. The read-only methods both types share live in obj_bytes_methods.c.
#include <stdlib.h>

#include "buffer.h"
#include "gc.h"
#include "modules.h"
#include "obj.h"
#include "runtime.h"
#include "text.h"

static void bytearray_finalize(TwObject *self) {
    TwByteArray *b = (TwByteArray *)self;
    if (b->data) {
        tw_gc_free(b->data, b->cap);
    }
    b->data = NULL;
}

TwType tw_type_bytes = {
    .hdr = {&tw_type_type},
    .c_name = "bytes",
    .basic_size = sizeof(TwBytes),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_MATCH_SELF | TW_TYPE_SEQ_REPEAT,
};

TwType tw_type_bytearray = {
    .hdr = {&tw_type_type},
    .c_name = "bytearray",
    .basic_size = sizeof(TwByteArray),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_MATCH_SELF | TW_TYPE_SEQ_REPEAT,
    .finalize = bytearray_finalize,
};

// ---------------------------------------------------------------- construction

static TwBytes *bytes_alloc(TwType *cls, size_t size) {
    size_t base = cls == &tw_type_bytes ? sizeof(TwBytes) : cls->basic_size;
    if (size > ((size_t)1 << 48)) {
        tw_error_nomem();
        return NULL;
    }
    TwBytes *b = (TwBytes *)tw_gc_alloc(cls, base + size + 1);
    if (!b) {
        return NULL;
    }
    b->data = (uint8_t *)b + base;
    b->hash = -1;
    b->size = size;
    b->data[size] = 0;
    return b;
}

TwValue tw_bytes_new(const void *data, size_t size) {
    TwBytes *b = bytes_alloc(&tw_type_bytes, size);
    if (!b) {
        return TW_NULL;
    }
    if (size && data) {
        memcpy(b->data, data, size);
    }
    return tw_from_obj(b);
}

// Grow a bytearray's buffer to hold at least `need` bytes (+ NUL).
static int ba_reserve(TwByteArray *b, size_t need) {
    if (need + 1 <= b->cap) {
        return 0;
    }
    size_t ncap = b->cap < 16 ? 16 : b->cap;
    while (ncap < need + 1) {
        ncap += ncap / 2 + 8;
    }
    uint8_t *nd = tw_gc_realloc(b->data, b->cap, ncap);
    if (!nd) {
        tw_error_nomem();
        return -1;
    }
    b->data = nd;
    b->cap = ncap;
    return 0;
}

static int ba_can_resize(TwByteArray *b, size_t n);

static TwByteArray *bytearray_alloc(TwType *cls, size_t size) {
    TwByteArray *b = (TwByteArray *)tw_gc_alloc(cls, cls->basic_size);
    if (!b) {
        return NULL;
    }
    if (ba_reserve(b, size) < 0) {
        return NULL;
    }
    b->size = size;
    b->data[size] = 0;
    return b;
}

TwValue tw_bytearray_new(const void *data, size_t size) {
    TwByteArray *b = bytearray_alloc(&tw_type_bytearray, size);
    if (!b) {
        return TW_NULL;
    }
    if (size && data) {
        memcpy(b->data, data, size);
    }
    return tw_from_obj(b);
}

bool tw_bytes_view(TwValue v, const uint8_t **data, size_t *size) {
    if (!tw_is_ptr(v) || !v) {
        return false;
    }
    TwType *t = tw_as_obj(v)->type;
    if (t == &tw_type_bytes || (t != &tw_type_bytearray && tw_type_is_subtype(t, &tw_type_bytes))) {
        *data = TW_OBJ(v, TwBytes)->data;
        *size = TW_OBJ(v, TwBytes)->size;
        return true;
    }
    if (t == &tw_type_bytearray || tw_type_is_subtype(t, &tw_type_bytearray)) {
        *data = TW_OBJ(v, TwByteArray)->data;
        *size = TW_OBJ(v, TwByteArray)->size;
        return true;
    }
    return false;
}

// The buffer interface: bytes never move; a bytearray counts the views into its data.
static int bytes_getbuf(TwValue self, TwBuffer *view, int flags) {
    const uint8_t *d;
    size_t n;
    tw_bytes_view(self, &d, &n);
    bool ro = !tw_isinstance_type(self, &tw_type_bytearray);
    if ((flags & TW_BUF_WRITABLE) && ro) {
        tw_error(&tw_type_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = self;
    view->data = (uint8_t *)d;
    view->len = n;
    view->readonly = ro;
    return 0;
}

static void bytearray_exports(TwValue self, int delta) {
    TwByteArray *b = TW_OBJ(self, TwByteArray);
    b->exports = delta > 0 ? b->exports + (size_t)delta : b->exports - (size_t)-delta;
}

static const TwBufferProcs bytes_procs = {bytes_getbuf, NULL};
static const TwBufferProcs bytearray_procs = {bytes_getbuf, bytearray_exports};

static bool is_bytearray(TwValue v) {
    return tw_is_ptr(v) && v && tw_isinstance_type(v, &tw_type_bytearray);
}

// A result of the same family as self: bytearray for bytearrays, else bytes.

TwValue tw_bytes_like(TwValue self, const void *data, size_t n) {
    return is_bytearray(self) ? tw_bytearray_new(data, n) : tw_bytes_new(data, n);
}

// One byte value from an int-like (for bytes([..]), append, item assignment).
static int byte_value(TwValue v, int *out, const char *range_msg) {
    int64_t i;
    if (tw_is_int(v)) {
        i = tw_as_int(v);
    } else {
        if (!tw_is_intlike(v) && !tw_type_lookup(tw_type_of(v), TW_NAME(__index__))) {
            tw_error(&tw_type_TypeError, "'%s' object cannot be interpreted as an integer", tw_type_cname(tw_type_of(v)));
            return -1;
        }
        if (!tw_int_to_i64(v, &i)) {
            if (tw_is_intlike(v)) {
                i = -1;
            } else if (tw_index_as_ssize(v, &i) < 0) {
                if (tw_error_matches(&tw_type_OverflowError)) {
                    tw_error_clear();
                    i = -1;
                } else {
                    return -1;
                }
            }
        }
    }
    if (i < 0 || i > 255) {
        tw_error(&tw_type_ValueError, "%s", range_msg);
        return -1;
    }
    *out = (int)i;
    return 0;
}

// Collect the bytes of `src` (bytes-like, int count, or iterable of ints) into buf.
static int collect_bytes(TwBuf *buf, TwValue src, const char *tname, const char *range_msg) {
    const uint8_t *d = NULL;
    size_t n = 0;
    if (tw_bytes_view(src, &d, &n)) {
        return tw_buf_append(buf, (const char *)d, n);
    }
    uint8_t *ad;
    if (tw_array_buffer(src, &ad, &n)) {   // an array.array: its bytes, as the buffer protocol gives
        return n ? tw_buf_append(buf, (const char *)ad, n) : 0;
    }
    if (tw_buffer_check(src)) {
        TwBuffer view;
        if (tw_buffer_get(src, &view, TW_BUF_COPY) < 0) {
            return -1;
        }
        return tw_buf_append(buf, (const char *)view.data, view.len);
    }
    if (tw_is_intlike(src) || (!tw_is_strlike(src) && tw_type_lookup(tw_type_of(src), TW_NAME(__index__)))) {
        int64_t count;
        if (tw_index_as_ssize(src, &count) < 0) {
            return -1;
        }
        if (count < 0) {
            tw_error(&tw_type_ValueError, "negative count");
            return -1;
        }
        if (tw_buf_reserve(buf, (size_t)count) < 0) {
            return -1;
        }
        memset(buf->data + buf->size, 0, (size_t)count);
        buf->size += (size_t)count;
        return 0;
    }
    if (tw_is_strlike(src)) {
        tw_error(&tw_type_TypeError, "string argument without an encoding");
        return -1;
    }
    TwValue it = tw_iter(src);
    if (!it) {
        if (tw_error_matches(&tw_type_TypeError)) {
            tw_error_clear();
            tw_error(&tw_type_TypeError, "cannot convert '%s' object to %s", tw_type_cname(tw_type_of(src)), tname);
        }
        return -1;
    }
    for (;;) {
        TwValue x = tw_next(it);
        if (!x) {
            return tw_error_occurred() ? -1 : 0;
        }
        int b;
        if (byte_value(x, &b, range_msg) < 0) {
            return -1;
        }
        char c = (char)b;
        if (tw_buf_append(buf, &c, 1) < 0) {
            return -1;
        }
    }
}

// Shared argument handling of bytes() and bytearray(): fills buf.
static int construct(TwBuf *buf, int argc, TwValue *argv, TwValue kwnames, const char *tname, bool is_bytes) {
    static const char *const names[] = {"source", "encoding", "errors"};
    TwValue a[3];
    if (tw_parse_args(tname, argc, argv, kwnames, names, 3, 0, 3, 0, a) < 0) {
        return -1;
    }
    if (!a[0]) {
        if (a[1] || a[2]) {
            tw_error(&tw_type_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (a[1] || a[2]) {
        if (!tw_is_strlike(a[0])) {
            tw_error(&tw_type_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        if (!a[1]) {
            tw_error(&tw_type_TypeError, "string argument without an encoding");
            return -1;
        }
        if (!tw_is_strlike(a[1])) {
            tw_error(&tw_type_TypeError, "%s() argument 'encoding' must be str, not %A", tname, a[1]);
            return -1;
        }
        if (a[2] && !tw_is_strlike(a[2])) {
            tw_error(&tw_type_TypeError, "%s() argument 'errors' must be str, not %A", tname, a[2]);
            return -1;
        }
        TwValue enc = tw_str_encode(a[0], tw_str_data(a[1]), a[2] ? tw_str_data(a[2]) : NULL);
        if (!enc) {
            return -1;
        }
        return tw_buf_append(buf, (const char *)TW_OBJ(enc, TwBytes)->data, TW_OBJ(enc, TwBytes)->size);
    }
    if (is_bytes && !tw_is_type(a[0], &tw_type_bytes) && tw_type_lookup(tw_type_of(a[0]), TW_NAME(__bytes__))) {
        TwValue r = tw_call_method(a[0], TW_NAME(__bytes__), 0, NULL);
        if (!r) {
            return -1;
        }
        if (!tw_isinstance_type(r, &tw_type_bytes)) {
            tw_error(&tw_type_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            return -1;
        }
        return tw_buf_append(buf, (const char *)TW_OBJ(r, TwBytes)->data, TW_OBJ(r, TwBytes)->size);
    }
    return collect_bytes(buf, a[0], tname, is_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
}

static TwValue bytes_new_m(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    // bytes(b) of an exact bytes is b itself.
    if (cls == &tw_type_bytes && argc == 2 && !kwnames && tw_is_type(argv[1], &tw_type_bytes)) {
        return argv[1];
    }
    TwBuf buf;
    tw_buf_init(&buf);
    if (construct(&buf, argc - 1, argv + 1, kwnames, "bytes", true) < 0) {
        tw_buf_free(&buf);
        return TW_NULL;
    }
    TwBytes *b = bytes_alloc(cls, buf.size);
    if (b && buf.size) {
        memcpy(b->data, buf.data, buf.size);
    }
    tw_buf_free(&buf);
    return b ? tw_from_obj(b) : TW_NULL;
}

TwValue tw_bytes_from_object(TwValue v) {
    TwValue argv[2] = {tw_from_obj(&tw_type_bytes), v};
    return bytes_new_m(2, argv, TW_NULL);
}

static TwValue bytearray_new_m(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    TwByteArray *b = bytearray_alloc(cls, 0);
    return b ? tw_from_obj(b) : TW_NULL;
}

static TwValue bytearray_init(int argc, TwValue *argv, TwValue kwnames) {
    TwByteArray *self = TW_OBJ(argv[0], TwByteArray);
    TwBuf buf;
    tw_buf_init(&buf);
    if (construct(&buf, argc - 1, argv + 1, kwnames, "bytearray", false) < 0) {
        tw_buf_free(&buf);
        return TW_NULL;
    }
    if ((self->size && ba_can_resize(self, 0) < 0) || ba_can_resize(self, buf.size) < 0 ||
        ba_reserve(self, buf.size) < 0) {
        tw_buf_free(&buf);
        return TW_NULL;
    }
    if (buf.size) {
        memcpy(self->data, buf.data, buf.size);
    }
    self->size = buf.size;
    self->data[self->size] = 0;
    tw_buf_free(&buf);
    return TW_NONE;
}

// ---------------------------------------------------------------- repr, hash


// bytearray's repr escapes ' even inside double quotes (CPython does); bytes' does not.
static int repr_buf(TwBuf *b, const uint8_t *d, size_t n, bool always_escape_squote) {
    bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    if (tw_buf_reserve(b, n + 3) < 0) {
        return -1;
    }
    b->data[b->size++] = 'b';
    b->data[b->size++] = quote;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        char esc[4];
        size_t en = 0;
        if (c == (uint8_t)quote || c == '\\' || (c == '\'' && always_escape_squote)) {
            esc[en++] = '\\';
            esc[en++] = (char)c;
        } else if (c == '\t') {
            esc[en++] = '\\';
            esc[en++] = 't';
        } else if (c == '\n') {
            esc[en++] = '\\';
            esc[en++] = 'n';
        } else if (c == '\r') {
            esc[en++] = '\\';
            esc[en++] = 'r';
        } else if (c < 0x20 || c >= 0x7F) {
            esc[en++] = '\\';
            esc[en++] = 'x';
            esc[en++] = hex[c >> 4];
            esc[en++] = hex[c & 15];
        } else {
            esc[en++] = (char)c;
        }
        if (tw_buf_append(b, esc, en) < 0) {
            return -1;
        }
    }
    return tw_buf_append(b, &quote, 1);
}

int tw_bytes_repr_buf(TwBuf *b, const uint8_t *d, size_t n) {
    return repr_buf(b, d, n, false);
}

static TwValue bytes_repr(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *d = NULL;
    size_t n = 0;
    tw_bytes_view(argv[0], &d, &n);
    TwBuf b;
    tw_buf_init(&b);
    int r = 0;
    bool ba = is_bytearray(argv[0]);
    if (ba) {
        r = tw_buf_append_c(&b, tw_type_cname(tw_type_of(argv[0]))) < 0 || tw_buf_append(&b, "(", 1) < 0 ? -1 : 0;
    }
    if (r == 0) {
        r = repr_buf(&b, d, n, ba);
    }
    if (r == 0 && ba) {
        r = tw_buf_append(&b, ")", 1);
    }
    if (r < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
}

static TwValue bytes_hash(int argc, TwValue *argv, TwValue kwnames) {
    TwBytes *b = TW_OBJ(argv[0], TwBytes);
    if (b->hash == -1) {
        b->hash = tw_bytes_hash_raw(b->data, b->size);
    }
    return tw_int_from_i64(b->hash);
}

// ---------------------------------------------------------------- sequence dunders

static TwValue bytes_len(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *d = NULL;
    size_t n = 0;
    tw_bytes_view(argv[0], &d, &n);
    return tw_from_small_int((int64_t)n);
}

static TwValue bytes_getitem(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0], key = argv[1];
    const uint8_t *d = NULL;
    size_t n = 0;
    tw_bytes_view(self, &d, &n);
    bool ba = is_bytearray(self);
    int64_t i;
    if (tw_is_int(key)) {
        i = tw_as_int(key);
    } else if (tw_is_type(key, &tw_type_slice)) {
        int64_t start, stop, step;
        int64_t len = tw_slice_indices(key, (int64_t)n, &start, &stop, &step);
        if (len < 0) {
            return TW_NULL;
        }
        tw_bytes_view(self, &d, &n);
        if (step == 1) {
            return ba ? tw_bytearray_new(d + start, (size_t)len) : tw_bytes_new(d + start, (size_t)len);
        }
        uint8_t *tmp = malloc((size_t)len + 1);
        if (!tmp) {
            return tw_error_nomem();
        }
        for (int64_t k = 0, j = start; k < len; k++, j += step) {
            tmp[k] = d[j];
        }
        TwValue r = ba ? tw_bytearray_new(tmp, (size_t)len) : tw_bytes_new(tmp, (size_t)len);
        free(tmp);
        return r;
    } else if (tw_is_intlike(key) || tw_type_lookup(tw_type_of(key), TW_NAME(__index__))) {
        if (tw_index_as_ssize(key, &i) < 0) {
            return TW_NULL;
        }
        tw_bytes_view(self, &d, &n);
    } else {
        return tw_error(&tw_type_TypeError, "%s indices must be integers or slices, not %s",
                        ba ? "bytearray" : "byte", tw_type_cname(tw_type_of(key)));
    }
    if (i < 0) {
        i += (int64_t)n;
    }
    if (i < 0 || i >= (int64_t)n) {
        return tw_error(&tw_type_IndexError, ba ? "bytearray index out of range" : "index out of range");
    }
    return tw_from_small_int(d[i]);
}

static TwValue bytes_contains(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *d, *sd;
    size_t n, sn;
    tw_bytes_view(argv[0], &d, &n);
    TwValue x = argv[1];
    if (tw_is_intlike(x) || (!tw_bytes_view(x, &sd, &sn) && tw_type_lookup(tw_type_of(x), TW_NAME(__index__)))) {
        int b;
        if (byte_value(x, &b, "byte must be in range(0, 256)") < 0) {
            return TW_NULL;
        }
        tw_bytes_view(argv[0], &d, &n);
        return tw_bool(n > 0 && memchr(d, b, n) != NULL);
    }
    int r = tw_buffer_arg(x, &sd, &sn);
    if (r <= 0) {
        return r < 0 ? TW_NULL : tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%s'", tw_type_cname(tw_type_of(x)));
    }
    return tw_bool(tw_text_find((const char *)d, n, (const char *)sd, sn) >= 0);
}

static TwValue bytes_add(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *a, *b;
    size_t na, nb;
    tw_bytes_view(argv[0], &a, &na);
    int rb = tw_buffer_arg(argv[1], &b, &nb);
    if (rb <= 0) {
        if (rb < 0) {
            tw_error_clear();
        }
        TwValue r = tw_text_try_reflected(argv[0], argv[1], TW_NAME(__radd__));
        if (r != TW_NOTIMPL) {
            return r;
        }
        return tw_error(&tw_type_TypeError, "can't concat %s to %s", tw_type_cname(tw_type_of(argv[1])),
                        tw_type_cname(tw_type_of(argv[0])));
    }
    bool ba = is_bytearray(argv[0]);
    if (!ba) {
        if (nb == 0 && tw_is_type(argv[0], &tw_type_bytes)) {
            return argv[0];
        }
        if (na == 0 && tw_is_type(argv[1], &tw_type_bytes)) {
            return argv[1];
        }
        TwBytes *r = bytes_alloc(&tw_type_bytes, na + nb);
        if (!r) {
            return TW_NULL;
        }
        memcpy(r->data, a, na);
        memcpy(r->data + na, b, nb);
        return tw_from_obj(r);
    }
    TwByteArray *r = bytearray_alloc(&tw_type_bytearray, na + nb);
    if (!r) {
        return TW_NULL;
    }
    memcpy(r->data, a, na);
    memcpy(r->data + na, b, nb);
    return tw_from_obj(r);
}

static int repeat_count(TwValue self, TwValue nv, int64_t *n, bool reflected, TwValue *handled) {
    if (tw_is_int(nv)) {
        *n = tw_as_int(nv);
        return 1;
    }
    if (tw_is_intlike(nv) || tw_type_lookup(tw_type_of(nv), TW_NAME(__index__))) {
        return tw_index_as_ssize(nv, n) < 0 ? -1 : 1;
    }
    if (reflected) {   // x * b or b *= x: the operator raises the sequence error for x
        if (handled) {
            *handled = TW_NOTIMPL;
        }
        return 0;
    }
    if (handled) {
        *handled = tw_text_try_reflected(self, nv, TW_NAME(__rmul__));
        if (*handled != TW_NOTIMPL) {
            return 0;
        }
    }
    tw_error(&tw_type_TypeError, "can't multiply sequence by non-int of type '%s'", tw_type_cname(tw_type_of(nv)));
    return -1;
}

static TwValue repeat(TwValue self, TwValue nv, bool reflected) {
    int64_t n;
    TwValue handled = TW_NULL;
    int r = repeat_count(self, nv, &n, reflected, &handled);
    if (r <= 0) {
        return r == 0 ? handled : TW_NULL;
    }
    const uint8_t *d = NULL;
    size_t size = 0;
    tw_bytes_view(self, &d, &size);
    if (n < 0) {
        n = 0;
    }
    if (size && (uint64_t)n > ((uint64_t)1 << 48) / size) {
        return tw_error_nomem();
    }
    size_t total = size * (size_t)n;
    bool ba = is_bytearray(self);
    if (!ba && n == 1 && tw_is_type(self, &tw_type_bytes)) {
        return self;
    }
    TwValue res = ba ? tw_bytearray_new(NULL, total) : tw_bytes_new(NULL, total);
    if (!res) {
        return TW_NULL;
    }
    const uint8_t *rd = NULL;
    size_t rn = 0;
    tw_bytes_view(res, &rd, &rn);
    uint8_t *o = (uint8_t *)rd;
    tw_bytes_view(self, &d, &size);
    if (size == 1) {
        memset(o, d[0], total);
    } else if (total) {
        memcpy(o, d, size);
        size_t done = size;
        while (done < total) {
            size_t chunk = done <= total - done ? done : total - done;
            memcpy(o + done, o, chunk);
            done += chunk;
        }
    }
    return res;
}

static TwValue bytes_mul(int argc, TwValue *argv, TwValue kwnames) { return repeat(argv[0], argv[1], false); }
static TwValue bytes_rmul(int argc, TwValue *argv, TwValue kwnames) { return repeat(argv[0], argv[1], true); }

static TwValue bytes_mod(int argc, TwValue *argv, TwValue kwnames) {
    return tw_bytes_percent_format(argv[0], argv[1]);
}

static TwValue bytes_rmod(int argc, TwValue *argv, TwValue kwnames) {
    return TW_NOTIMPL;
}

static TwValue richcmp(TwValue a, TwValue b, int op) {
    const uint8_t *x, *y;
    size_t nx, ny;
    tw_bytes_view(a, &x, &nx);
    if (!tw_bytes_view(b, &y, &ny)) {
        // bytearray compares with any bytes-like object; bytes leaves that to the other side
        if (!is_bytearray(a) || tw_buffer_arg(b, &y, &ny) <= 0) {
            tw_error_clear();
            return TW_NOTIMPL;
        }
    }
    if (op == TW_CMP_EQ || op == TW_CMP_NE) {
        bool eq = nx == ny && memcmp(x, y, nx) == 0;
        return tw_bool(op == TW_CMP_EQ ? eq : !eq);
    }
    int c = memcmp(x, y, nx < ny ? nx : ny);
    if (c == 0) {
        c = nx < ny ? -1 : nx > ny ? 1 : 0;
    }
    switch (op) {
    case TW_CMP_LT:
        return tw_bool(c < 0);
    case TW_CMP_LE:
        return tw_bool(c <= 0);
    case TW_CMP_GT:
        return tw_bool(c > 0);
    default:
        return tw_bool(c >= 0);
    }
}

static TwValue bytes_lt(int argc, TwValue *argv, TwValue kwnames) { return richcmp(argv[0], argv[1], TW_CMP_LT); }
static TwValue bytes_le(int argc, TwValue *argv, TwValue kwnames) { return richcmp(argv[0], argv[1], TW_CMP_LE); }
static TwValue bytes_eq(int argc, TwValue *argv, TwValue kwnames) { return richcmp(argv[0], argv[1], TW_CMP_EQ); }
static TwValue bytes_ne(int argc, TwValue *argv, TwValue kwnames) { return richcmp(argv[0], argv[1], TW_CMP_NE); }
static TwValue bytes_gt(int argc, TwValue *argv, TwValue kwnames) { return richcmp(argv[0], argv[1], TW_CMP_GT); }
static TwValue bytes_ge(int argc, TwValue *argv, TwValue kwnames) { return richcmp(argv[0], argv[1], TW_CMP_GE); }

static TwValue bytes_getnewargs(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *d = NULL;
    size_t n = 0;
    tw_bytes_view(argv[0], &d, &n);
    TwValue b = tw_bytes_new(d, n);
    return b ? tw_tuple_pack(1, b) : TW_NULL;
}

static TwValue bytes_bytes(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_is_type(argv[0], &tw_type_bytes)) {
        return argv[0];
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    tw_bytes_view(argv[0], &d, &n);
    return tw_bytes_new(d, n);
}

// ---------------------------------------------------------------- iterator

typedef struct TwBytesIter {
    TwObject hdr;
    TwValue seq;         // TW_NULL once exhausted
    size_t index;
} TwBytesIter;

static void bytesiter_trace(TwObject *self) {
    tw_gc_mark(((TwBytesIter *)self)->seq);
}

static TwValue bytesiter_next(TwValue self) {
    TwBytesIter *it = TW_OBJ(self, TwBytesIter);
    if (!it->seq) {
        return TW_NULL;
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    tw_bytes_view(it->seq, &d, &n);
    if (it->index >= n) {
        it->seq = TW_NULL;
        return TW_NULL;
    }
    return tw_from_small_int(d[it->index++]);
}

static TwType tw_type_bytes_iterator = {
    .hdr = {&tw_type_type},
    .c_name = "bytes_iterator",
    .basic_size = sizeof(TwBytesIter),
    .trace = bytesiter_trace,
    .iternext = bytesiter_next,
};
static TwType tw_type_bytearray_iterator = {
    .hdr = {&tw_type_type},
    .c_name = "bytearray_iterator",
    .basic_size = sizeof(TwBytesIter),
    .trace = bytesiter_trace,
    .iternext = bytesiter_next,
};

static TwValue bytes_iter(int argc, TwValue *argv, TwValue kwnames) {
    TwType *t = is_bytearray(argv[0]) ? &tw_type_bytearray_iterator : &tw_type_bytes_iterator;
    TwBytesIter *it = (TwBytesIter *)tw_gc_alloc(t, sizeof(TwBytesIter));
    if (!it) {
        return TW_NULL;
    }
    it->seq = argv[0];
    return tw_from_obj(it);
}

static TwValue iter_self(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue iter_next_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = bytesiter_next(argv[0]);
    if (!v && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return v;
}

static TwValue iter_length_hint(int argc, TwValue *argv, TwValue kwnames) {
    TwBytesIter *it = TW_OBJ(argv[0], TwBytesIter);
    if (!it->seq) {
        return tw_from_small_int(0);
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    tw_bytes_view(it->seq, &d, &n);
    return tw_from_small_int(it->index < n ? (int64_t)(n - it->index) : 0);
}

// ---------------------------------------------------------------- bytearray mutation

static TwByteArray *BA(TwValue v) {
    return TW_OBJ(v, TwByteArray);
}

// A bytearray with memoryviews into its data must keep its size (CPython's rule). Views
// are freed by the collector here, not when their last reference goes, so collect before
// refusing: a view that is already garbage must not block a resize CPython allows.
static int ba_can_resize(TwByteArray *b, size_t n) {
    if (b->exports == 0 || n == b->size) {
        return 0;
    }
    tw_gc_collect();
    if (b->exports == 0) {
        return 0;
    }
    tw_error(&tw_type_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
}

static int ba_resize(TwByteArray *b, size_t n) {
    if (ba_can_resize(b, n) < 0 || ba_reserve(b, n) < 0) {
        return -1;
    }
    b->size = n;
    b->data[n] = 0;
    return 0;
}

// Replace b[lo:hi] with src[0..sn) (src may alias b's buffer: copied first).
static int ba_splice(TwByteArray *b, size_t lo, size_t hi, const uint8_t *src, size_t sn) {
    uint8_t *copy = NULL;
    if (sn && src >= b->data && src < b->data + b->cap) {
        copy = malloc(sn);
        if (!copy) {
            tw_error_nomem();
            return -1;
        }
        memcpy(copy, src, sn);
        src = copy;
    }
    size_t old = b->size, tail = old - hi;
    size_t nsize = old - (hi - lo) + sn;
    if (ba_can_resize(b, nsize) < 0 || (nsize > old && ba_reserve(b, nsize) < 0)) {
        free(copy);
        return -1;
    }
    memmove(b->data + lo + sn, b->data + hi, tail);
    if (sn) {
        memcpy(b->data + lo, src, sn);
    }
    b->size = nsize;
    b->data[nsize] = 0;
    free(copy);
    return 0;
}

static TwValue ba_append(int argc, TwValue *argv, TwValue kwnames) {
    int v;
    if (byte_value(argv[1], &v, "byte must be in range(0, 256)") < 0) {
        return TW_NULL;
    }
    TwByteArray *b = BA(argv[0]);
    if (ba_resize(b, b->size + 1) < 0) {
        return TW_NULL;
    }
    b->data[b->size - 1] = (uint8_t)v;
    return TW_NONE;
}

static TwValue ba_extend(int argc, TwValue *argv, TwValue kwnames) {
    TwValue src = argv[1];
    const uint8_t *d = NULL;
    size_t n = 0;
    TwByteArray *b = BA(argv[0]);
    if (tw_buffer_check(src)) {
        if (tw_buffer_arg(src, &d, &n) < 0) {
            tw_error_clear();
            return tw_error(&tw_type_TypeError, "can't set bytearray slice from %T", src);
        }
        return ba_splice(b, b->size, b->size, d, n) < 0 ? TW_NULL : TW_NONE;
    }
    if (tw_is_strlike(src)) {
        return tw_error(&tw_type_TypeError, "expected iterable of integers; got: 'str'");
    }
    TwValue it = tw_iter(src);
    if (!it) {
        if (tw_error_matches(&tw_type_TypeError)) {
            tw_error_clear();
            return tw_error(&tw_type_TypeError, "can't extend bytearray with %s", tw_type_cname(tw_type_of(src)));
        }
        return TW_NULL;
    }
    TwBuf buf;
    tw_buf_init(&buf);
    for (;;) {
        TwValue x = tw_next(it);
        if (!x) {
            if (tw_error_occurred()) {
                tw_buf_free(&buf);
                return TW_NULL;
            }
            break;
        }
        int v;
        if (byte_value(x, &v, "byte must be in range(0, 256)") < 0) {
            tw_buf_free(&buf);
            return TW_NULL;
        }
        char c = (char)v;
        if (tw_buf_append(&buf, &c, 1) < 0) {
            tw_buf_free(&buf);
            return TW_NULL;
        }
    }
    int r = ba_splice(b, b->size, b->size, (const uint8_t *)buf.data, buf.size);
    tw_buf_free(&buf);
    return r < 0 ? TW_NULL : TW_NONE;
}

static TwValue ba_iadd(int argc, TwValue *argv, TwValue kwnames) {
    const uint8_t *d = NULL;
    size_t n = 0;
    if (tw_buffer_arg(argv[1], &d, &n) <= 0) {
        tw_error_clear();
        return tw_error(&tw_type_TypeError, "can't concat %s to bytearray", tw_type_cname(tw_type_of(argv[1])));
    }
    TwByteArray *b = BA(argv[0]);
    if (ba_splice(b, b->size, b->size, d, n) < 0) {
        return TW_NULL;
    }
    return argv[0];
}

static TwValue ba_imul(int argc, TwValue *argv, TwValue kwnames) {
    int64_t n;
    int r = repeat_count(argv[0], argv[1], &n, true, NULL);
    if (r <= 0) {
        return r == 0 ? TW_NOTIMPL : TW_NULL;
    }
    TwByteArray *b = BA(argv[0]);
    size_t size = b->size;
    if (n <= 0) {
        return ba_resize(b, 0) < 0 ? TW_NULL : argv[0];
    }
    if (size && (uint64_t)n > ((uint64_t)1 << 48) / size) {
        return tw_error_nomem();
    }
    if (ba_resize(b, size * (size_t)n) < 0) {
        return TW_NULL;
    }
    for (int64_t k = 1; k < n; k++) {
        memcpy(b->data + size * (size_t)k, b->data, size);
    }
    return argv[0];
}

static TwValue ba_insert(int argc, TwValue *argv, TwValue kwnames) {
    int64_t i;
    if (tw_index_as_ssize(argv[1], &i) < 0) {
        return TW_NULL;
    }
    int v;
    if (byte_value(argv[2], &v, "byte must be in range(0, 256)") < 0) {
        return TW_NULL;
    }
    TwByteArray *b = BA(argv[0]);
    int64_t n = (int64_t)b->size;
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    uint8_t c = (uint8_t)v;
    return ba_splice(b, (size_t)i, (size_t)i, &c, 1) < 0 ? TW_NULL : TW_NONE;
}

// (type, args, state) for copy and pickle: args (bytes,) from protocol 3 on, else the
// contents as a latin-1 str with the encoding's name, as CPython.
static TwValue ba_reduce_common(TwValue self, int64_t proto) {
    TwByteArray *b = TW_OBJ(self, TwByteArray);
    TwValue args;
    if (proto >= 3) {
        TwValue data = tw_bytes_new(b->data, b->size);
        args = data ? tw_tuple_pack(1, data) : TW_NULL;
    } else {
        TwBuf buf;
        tw_buf_init(&buf);
        for (size_t i = 0; i < b->size; i++) {
            if (tw_buf_append_codepoint(&buf, b->data[i]) < 0) {
                tw_buf_free(&buf);
                return TW_NULL;
            }
        }
        TwValue text = tw_buf_to_str(&buf);
        TwValue enc = text ? tw_str_from_c("latin-1") : TW_NULL;
        args = enc ? tw_tuple_pack(2, text, enc) : TW_NULL;
    }
    TwValue state = args ? tw_call_method(self, TW_NAME(__getstate__), 0, NULL) : TW_NULL;
    return state ? tw_tuple_pack(3, tw_from_obj(tw_type_of(self)), args, state) : TW_NULL;
}

static TwValue ba_reduce(int argc, TwValue *argv, TwValue kwnames) {
    return ba_reduce_common(argv[0], 0);
}

static TwValue ba_reduce_ex(int argc, TwValue *argv, TwValue kwnames) {
    int64_t proto = 0;
    if (argc > 1 && tw_int_as_i64(argv[1], &proto) < 0) {
        return TW_NULL;
    }
    return ba_reduce_common(argv[0], proto);
}

static TwValue ba_pop(int argc, TwValue *argv, TwValue kwnames) {
    TwByteArray *b = BA(argv[0]);
    int64_t i = -1;
    if (argc > 1 && tw_index_as_ssize(argv[1], &i) < 0) {
        return TW_NULL;
    }
    if (b->size == 0) {
        return tw_error(&tw_type_IndexError, "pop from empty bytearray");
    }
    if (i < 0) {
        i += (int64_t)b->size;
    }
    if (i < 0 || i >= (int64_t)b->size) {
        return tw_error(&tw_type_IndexError, "pop index out of range");
    }
    uint8_t c = b->data[i];
    if (ba_splice(b, (size_t)i, (size_t)i + 1, NULL, 0) < 0) {
        return TW_NULL;
    }
    return tw_from_small_int(c);
}

static TwValue ba_remove(int argc, TwValue *argv, TwValue kwnames) {
    int v;
    if (byte_value(argv[1], &v, "byte must be in range(0, 256)") < 0) {
        return TW_NULL;
    }
    TwByteArray *b = BA(argv[0]);
    uint8_t *p = b->size ? memchr(b->data, v, b->size) : NULL;
    if (!p) {
        return tw_error(&tw_type_ValueError, "value not found in bytearray");
    }
    size_t i = (size_t)(p - b->data);
    return ba_splice(b, i, i + 1, NULL, 0) < 0 ? TW_NULL : TW_NONE;
}

static TwValue ba_clear(int argc, TwValue *argv, TwValue kwnames) {
    return ba_resize(BA(argv[0]), 0) < 0 ? TW_NULL : TW_NONE;
}

static TwValue ba_copy(int argc, TwValue *argv, TwValue kwnames) {
    TwByteArray *b = BA(argv[0]);
    return tw_bytearray_new(b->data, b->size);
}

static TwValue ba_reverse(int argc, TwValue *argv, TwValue kwnames) {
    TwByteArray *b = BA(argv[0]);
    for (size_t i = 0, j = b->size ? b->size - 1 : 0; i < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return TW_NONE;
}

static TwValue ba_setitem(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0], key = argv[1], val = argv[2];
    TwByteArray *b = BA(self);
    if (tw_is_type(key, &tw_type_slice)) {
        // The new contents: bytes-like, or an iterable of ints (not an int, not a str).
        TwBuf buf;
        tw_buf_init(&buf);
        const uint8_t *d = NULL;
        size_t n = 0;
        if (tw_bytes_view(val, &d, &n)) {
            if (tw_buf_append(&buf, (const char *)d, n) < 0) {
                return TW_NULL;
            }
        } else if (tw_is_intlike(val) || tw_is_strlike(val) || !tw_type_lookup(tw_type_of(val), TW_NAME(__iter__))) {
            return tw_error(&tw_type_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else if (collect_bytes(&buf, val, "bytearray", "byte must be in range(0, 256)") < 0) {
            tw_buf_free(&buf);
            return TW_NULL;
        }
        int64_t start, stop, step;
        int64_t len = tw_slice_indices(key, (int64_t)b->size, &start, &stop, &step);
        if (len < 0) {
            tw_buf_free(&buf);
            return TW_NULL;
        }
        int r = 0;
        if (step == 1) {
            if (stop < start) {
                stop = start;
            }
            r = ba_splice(b, (size_t)start, (size_t)stop, (const uint8_t *)buf.data, buf.size);
        } else if ((size_t)len != buf.size) {
            tw_error(&tw_type_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                     buf.size, (long long)len);
            r = -1;
        } else {
            for (int64_t k = 0, j = start; k < len; k++, j += step) {
                b->data[j] = (uint8_t)buf.data[k];
            }
        }
        tw_buf_free(&buf);
        return r < 0 ? TW_NULL : TW_NONE;
    }
    int64_t i;
    if (tw_is_int(key)) {
        i = tw_as_int(key);
    } else if (tw_is_intlike(key) || tw_type_lookup(tw_type_of(key), TW_NAME(__index__))) {
        if (tw_index_as_ssize(key, &i) < 0) {
            return TW_NULL;
        }
    } else {
        return tw_error(&tw_type_TypeError, "bytearray indices must be integers or slices, not %s",
                        tw_type_cname(tw_type_of(key)));
    }
    int v;
    if (byte_value(val, &v, "byte must be in range(0, 256)") < 0) {
        return TW_NULL;
    }
    if (i < 0) {
        i += (int64_t)b->size;
    }
    if (i < 0 || i >= (int64_t)b->size) {
        return tw_error(&tw_type_IndexError, "bytearray index out of range");
    }
    b->data[i] = (uint8_t)v;
    return TW_NONE;
}

static TwValue ba_delitem(int argc, TwValue *argv, TwValue kwnames) {
    TwValue key = argv[1];
    TwByteArray *b = BA(argv[0]);
    if (tw_is_type(key, &tw_type_slice)) {
        int64_t start, stop, step;
        int64_t len = tw_slice_indices(key, (int64_t)b->size, &start, &stop, &step);
        if (len < 0) {
            return TW_NULL;
        }
        if (len == 0) {
            return TW_NONE;
        }
        if (step == 1) {
            return ba_splice(b, (size_t)start, (size_t)stop, NULL, 0) < 0 ? TW_NULL : TW_NONE;
        }
        if (ba_can_resize(b, b->size - (size_t)len) < 0) {
            return TW_NULL;
        }
        if (step < 0) {
            // Same set of indices, walked upwards.
            start = start + step * (len - 1);
            step = -step;
        }
        size_t o = (size_t)start;
        int64_t k = 0;
        for (size_t j = (size_t)start; j < b->size; j++) {
            if (k < len && (int64_t)j == start + k * step) {
                k++;
                continue;
            }
            b->data[o++] = b->data[j];
        }
        return ba_resize(b, o) < 0 ? TW_NULL : TW_NONE;
    }
    int64_t i;
    if (tw_is_int(key)) {
        i = tw_as_int(key);
    } else if (tw_is_intlike(key) || tw_type_lookup(tw_type_of(key), TW_NAME(__index__))) {
        if (tw_index_as_ssize(key, &i) < 0) {
            return TW_NULL;
        }
    } else {
        return tw_error(&tw_type_TypeError, "bytearray indices must be integers or slices, not %s",
                        tw_type_cname(tw_type_of(key)));
    }
    if (i < 0) {
        i += (int64_t)b->size;
    }
    if (i < 0 || i >= (int64_t)b->size) {
        return tw_error(&tw_type_IndexError, "bytearray index out of range");
    }
    return ba_splice(b, (size_t)i, (size_t)i + 1, NULL, 0) < 0 ? TW_NULL : TW_NONE;
}

// ---------------------------------------------------------------- tables

static const TwMethodDef common_methods[] = {
    {"__len__", bytes_len, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", bytes_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__str__", bytes_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__getitem__", bytes_getitem, 2, 2, TW_BUILTIN_METHOD},
    {"__contains__", bytes_contains, 2, 2, TW_BUILTIN_METHOD},
    {"__iter__", bytes_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__add__", bytes_add, 2, 2, TW_BUILTIN_METHOD},
    {"__mul__", bytes_mul, 2, 2, TW_BUILTIN_METHOD},
    {"__rmul__", bytes_rmul, 2, 2, TW_BUILTIN_METHOD},
    {"__mod__", bytes_mod, 2, 2, TW_BUILTIN_METHOD},
    {"__rmod__", bytes_rmod, 2, 2, TW_BUILTIN_METHOD},
    {"__lt__", bytes_lt, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", bytes_le, 2, 2, TW_BUILTIN_METHOD},
    {"__eq__", bytes_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", bytes_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", bytes_gt, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", bytes_ge, 2, 2, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

static const TwMethodDef bytes_only_methods[] = {
    {"__new__", bytes_new_m, 1, 4, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__hash__", bytes_hash, 1, 1, TW_BUILTIN_METHOD},
    {"__getnewargs__", bytes_getnewargs, 1, 1, TW_BUILTIN_METHOD},
    {"__bytes__", bytes_bytes, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

static const TwMethodDef bytearray_only_methods[] = {
    {"__new__", bytearray_new_m, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", bytearray_init, 1, 4, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__setitem__", ba_setitem, 3, 3, TW_BUILTIN_METHOD},
    {"__delitem__", ba_delitem, 2, 2, TW_BUILTIN_METHOD},
    {"__iadd__", ba_iadd, 2, 2, TW_BUILTIN_METHOD},
    {"__imul__", ba_imul, 2, 2, TW_BUILTIN_METHOD},
    {"append", ba_append, 2, 2, TW_BUILTIN_METHOD},
    {"extend", ba_extend, 2, 2, TW_BUILTIN_METHOD},
    {"insert", ba_insert, 3, 3, TW_BUILTIN_METHOD},
    {"pop", ba_pop, 1, 2, TW_BUILTIN_METHOD},
    {"__reduce__", ba_reduce, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce_ex__", ba_reduce_ex, 1, 2, TW_BUILTIN_METHOD},
    {"remove", ba_remove, 2, 2, TW_BUILTIN_METHOD},
    {"clear", ba_clear, 1, 1, TW_BUILTIN_METHOD},
    {"copy", ba_copy, 1, 1, TW_BUILTIN_METHOD},
    {"reverse", ba_reverse, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

static const TwMethodDef iter_methods[] = {
    {"__iter__", iter_self, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", iter_next_m, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", iter_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

void tw_bytes_init(void) {
    tw_type_bytes.as_buffer = &bytes_procs;
    tw_type_bytearray.as_buffer = &bytearray_procs;
    tw_type_init_builtin(&tw_type_bytes, "bytes", &tw_type_object);
    tw_type_init_builtin(&tw_type_bytearray, "bytearray", &tw_type_object);
    tw_type_add_methods(&tw_type_bytes, common_methods);
    tw_type_add_methods(&tw_type_bytes, bytes_only_methods);
    tw_type_add_methods(&tw_type_bytearray, common_methods);
    tw_type_add_methods(&tw_type_bytearray, bytearray_only_methods);
    tw_dict_set(tw_from_obj(tw_type_bytearray.dict), TW_NAME(__hash__), TW_NONE);
    tw_type_init_builtin(&tw_type_bytes_iterator, "bytes_iterator", &tw_type_object);
    tw_type_add_methods(&tw_type_bytes_iterator, iter_methods);
    tw_type_init_builtin(&tw_type_bytearray_iterator, "bytearray_iterator", &tw_type_object);
    tw_type_add_methods(&tw_type_bytearray_iterator, iter_methods);
    tw_bytes_methods_init();
}
