// str methods, part 1: construction, the dunders (length, indexing and slicing,
// concatenation, repetition, comparison, hashing, iteration) and the searching and
// splitting methods (find, count, replace, split, join, strip, partition, ...).
//
// Searching works on the UTF-8 bytes: UTF-8 is self-synchronising, so a byte match of a
// valid needle is a code point match; only the start/end arguments and the results are
// converted between code point indices and byte offsets (free for ASCII strings).
#define _GNU_SOURCE
#include <string.h>

#include "buffer.h"
#include "gc.h"
#include "obj.h"
#include "text.h"

// ---------------------------------------------------------------- small helpers

static inline bool ascii_space(uint8_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}

static inline bool cp_space(uint32_t cp) {
    return cp < 128 ? ascii_space((uint8_t)cp) : tw_unicode_is(cp, TW_UC_SPACE);
}

// Make a str of the same text for a subclass `cls` (exact str: the value itself).

TwValue tw_str_new_subclass(TwType *cls, TwValue s) {
    if (cls == &tw_type_str) {
        return s;
    }
    size_t size = tw_str_size(s);
    TwStr *r = (TwStr *)tw_gc_alloc(cls, cls->basic_size + size + 1);
    if (!r) {
        return TW_NULL;
    }
    tw_str_forget_cursor(r);
    r->data = (char *)r + cls->basic_size;
    r->hash = -1;
    r->size = size;
    r->length = tw_str_length(s);
    memcpy(r->data, tw_str_data(s), size);
    r->data[size] = 0;
    return tw_from_obj(r);
}

// An exact str with the text of a str or subclass instance.
static TwValue exact_str(TwValue s) {
    if (tw_is_str(s)) {
        return s;
    }
    return tw_str_new_len(tw_str_data(s), tw_str_size(s), tw_str_length(s));
}

// Substring by byte range, with a known code point count.
static TwValue substr(TwValue s, size_t from, size_t to, size_t length) {
    if (from == 0 && to == tw_str_size(s) && tw_is_str(s)) {
        return s;
    }
    return tw_str_new_len(tw_str_data(s) + from, to - from, length);
}

static TwValue substr_bytes(TwValue s, size_t from, size_t to) {
    if (tw_str_size(s) == tw_str_length(s)) {
        return substr(s, from, to, to - from);
    }
    return substr(s, from, to, tw_utf8_count(tw_str_data(s) + from, to - from));
}

static TwValue need_str(TwValue v) {
    if (!tw_is_strlike(v)) {
        return tw_error(&tw_type_TypeError, "must be str, not %T", v);
    }
    return v;
}

// One optional start/end argument of find() & co: None keeps the default; ints clamp.
static int slice_arg(TwValue v, int64_t *out) {
    if (!v || v == TW_NONE) {
        return 0;
    }
    if (tw_is_int(v)) {
        *out = tw_as_int(v);
        return 0;
    }
    if (tw_is_intlike(v) || tw_type_lookup(tw_type_of(v), TW_NAME(__index__))) {
        if (tw_int_to_i64(v, out)) {
            return 0;
        }
        if (tw_is_intlike(v)) {
            *out = tw_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
            return 0;
        }
        return tw_index_as_ssize(v, out);
    }
    tw_error(&tw_type_TypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

// Resolve [start:end] arguments at argv[first..] against len, as CPython's ADJUST_INDICES.
static int adjust_range(int argc, TwValue *argv, int first, int64_t len, int64_t *start, int64_t *end) {
    *start = 0;
    *end = len;
    if (argc > first && slice_arg(argv[first], start) < 0) {
        return -1;
    }
    if (argc > first + 1 && slice_arg(argv[first + 1], end) < 0) {
        return -1;
    }
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
    return 0;
}

// ---------------------------------------------------------------- byte-level search

// First occurrence of needle in hay[0..n), or -1.
int64_t tw_text_find(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) {
        return 0;
    }
    if (m > n) {
        return -1;
    }
    const char *p;
    if (m == 1) {
        p = memchr(hay, needle[0], n);
    } else {
        p = memmem(hay, n, needle, m);
    }
    return p ? p - hay : -1;
}

int64_t tw_text_rfind(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) {
        return (int64_t)n;
    }
    if (m > n) {
        return -1;
    }
    if (m == 1) {
        const char *p = memrchr(hay, needle[0], n);
        return p ? p - hay : -1;
    }
    // Scan backwards for the last byte of the needle, then compare.
    size_t end = n;
    char last = needle[m - 1];
    while (end >= m) {
        const char *p = memrchr(hay + m - 1, last, end - (m - 1));
        if (!p) {
            return -1;
        }
        size_t pos = (size_t)(p - hay) + 1 - m;
        if (memcmp(hay + pos, needle, m) == 0) {
            return (int64_t)pos;
        }
        end = (size_t)(p - hay);
    }
    return -1;
}

// Non-overlapping occurrences, at most maxcount (-1: all).
int64_t tw_text_count(const char *hay, size_t n, const char *needle, size_t m, int64_t maxcount) {
    if (m == 0) {
        return (int64_t)n + 1;   // callers adjust for code points
    }
    int64_t count = 0;
    size_t pos = 0;
    while (pos + m <= n && (maxcount < 0 || count < maxcount)) {
        int64_t f = tw_text_find(hay + pos, n - pos, needle, m);
        if (f < 0) {
            break;
        }
        count++;
        pos += (size_t)f + m;
    }
    return count;
}

// ---------------------------------------------------------------- __new__

static TwValue str_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    TwValue a[3];
    if (tw_parse_args("str", argc - 1, argv + 1, kwnames, names, 3, 0, 3, 0, a) < 0) {
        return TW_NULL;
    }
    TwType *cls = TW_OBJ(argv[0], TwType);
    TwValue r;
    if (!a[1] && !a[2]) {
        r = a[0] ? tw_str(a[0]) : tw_str_empty;
    } else {
        const char *enc = NULL, *errs = NULL;
        if (a[1]) {
            if (!tw_is_strlike(a[1])) {
                return tw_error(&tw_type_TypeError, "str() argument 'encoding' must be str, not %A", a[1]);
            }
            enc = tw_str_data(a[1]);
        }
        if (a[2]) {
            if (!tw_is_strlike(a[2])) {
                return tw_error(&tw_type_TypeError, "str() argument 'errors' must be str, not %A", a[2]);
            }
            errs = tw_str_data(a[2]);
        }
        TwValue obj = a[0] ? a[0] : tw_bytes_new("", 0);
        if (!obj) {
            return TW_NULL;
        }
        const uint8_t *data;
        size_t size;
        if (tw_buffer_arg(obj, &data, &size) <= 0) {
            tw_error_clear();
            if (tw_is_strlike(obj)) {
                return tw_error(&tw_type_TypeError, "decoding str is not supported");
            }
            return tw_error(&tw_type_TypeError, "decoding to str: need a bytes-like object, %T found", obj);
        }
        r = tw_bytes_decode(data, size, enc, errs);
    }
    if (!r) {
        return TW_NULL;
    }
    if (cls == &tw_type_str) {
        return exact_str(r);
    }
    return tw_str_new_subclass(cls, r);
}

// ---------------------------------------------------------------- dunders

static TwValue str_len(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int((int64_t)tw_str_length(argv[0]));
}

static TwValue str_hash(int argc, TwValue *argv, TwValue kwnames) {
    return tw_int_from_i64(tw_str_hash(argv[0]));
}

static TwValue str_str(int argc, TwValue *argv, TwValue kwnames) {
    return exact_str(argv[0]);
}

static TwValue str_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_repr(argv[0]);
}

static TwValue str_format_dunder(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_is_strlike(argv[1])) {
        return tw_error(&tw_type_TypeError, "__format__() argument must be str, not %A", argv[1]);
    }
    return tw_str_format_spec(argv[0], argv[1]);
}

static TwValue str_getitem_impl(TwValue s, TwValue key) {
    int64_t len = (int64_t)tw_str_length(s);
    int64_t i;
    if (tw_is_int(key)) {
        i = tw_as_int(key);
    } else if (tw_is_type(key, &tw_type_slice)) {
        int64_t start, stop, step;
        int64_t n = tw_slice_indices(key, len, &start, &stop, &step);
        if (n < 0) {
            return TW_NULL;
        }
        if (n == 0) {
            return tw_str_empty;
        }
        const char *d = tw_str_data(s);
        if (step == 1) {
            size_t from = tw_str_offset(s, (size_t)start);
            size_t to = tw_str_offset(s, (size_t)stop);
            return substr(s, from, to, (size_t)n);
        }
        if (tw_str_size(s) == (size_t)len) {
            TwStr *r = tw_str_alloc((size_t)n, (size_t)n);
            if (!r) {
                return TW_NULL;
            }
            for (int64_t k = 0, j = start; k < n; k++, j += step) {
                r->data[k] = d[j];
            }
            return tw_from_obj(r);
        }
        TwBuf b;
        tw_buf_init(&b);
        for (int64_t k = 0, j = start; k < n; k++, j += step) {
            size_t off = tw_str_offset(s, (size_t)j);
            if (tw_buf_append(&b, d + off, (size_t)tw_utf8_seqlen((uint8_t)d[off])) < 0) {
                tw_buf_free(&b);
                return TW_NULL;
            }
        }
        return tw_buf_to_str_len(&b, (size_t)n);
    } else if (tw_is_intlike(key) || tw_type_lookup(tw_type_of(key), TW_NAME(__index__))) {
        if (tw_index_as_ssize(key, &i) < 0) {
            return TW_NULL;
        }
    } else {
        return tw_error(&tw_type_TypeError, "string indices must be integers, not '%s'",
                        tw_type_cname(tw_type_of(key)));
    }
    if (i < 0) {
        i += len;
    }
    if (i < 0 || i >= len) {
        return tw_error(&tw_type_IndexError, "string index out of range");
    }
    const char *d = tw_str_data(s);
    if (tw_str_size(s) == (size_t)len) {
        return tw_str_char((uint8_t)d[i]);
    }
    size_t off = tw_str_offset(s, (size_t)i);
    int n;
    uint32_t cp = tw_utf8_decode(d + off, &n);
    return tw_str_from_codepoint(cp);
}

static TwValue str_getitem(int argc, TwValue *argv, TwValue kwnames) {
    return str_getitem_impl(argv[0], argv[1]);
}

static TwValue str_contains(int argc, TwValue *argv, TwValue kwnames) {
    TwValue sub = argv[1];
    if (!tw_is_strlike(sub)) {
        return tw_error(&tw_type_TypeError, "'in <string>' requires string as left operand, not %T", sub);
    }
    return tw_bool(tw_text_find(tw_str_data(argv[0]), tw_str_size(argv[0]), tw_str_data(sub), tw_str_size(sub)) >= 0);
}

// For `text OP other` with an operand text does not handle: give other's reflected
// method (__radd__, __rmul__) its turn now, as CPython tries it before the sequence
// concat/repeat that raises the specific TypeError. TW_NOTIMPL: nobody handled it.
TwValue tw_text_try_reflected(TwValue self, TwValue other, TwValue rname) {
    if (!tw_type_lookup(tw_type_of(other), rname)) {
        return TW_NOTIMPL;
    }
    bool found = false;
    return tw_call_special(other, rname, 1, &self, &found);
}

static TwValue str_add(int argc, TwValue *argv, TwValue kwnames) {
    TwValue o = argv[1];
    if (!tw_is_strlike(o)) {
        TwValue r = tw_text_try_reflected(argv[0], o, TW_NAME(__radd__));
        if (r != TW_NOTIMPL) {
            return r;
        }
        return tw_error(&tw_type_TypeError, "can only concatenate str (not \"%s\") to str",
                        tw_type_cname(tw_type_of(o)));
    }
    return tw_str_concat(exact_str(argv[0]), o);
}

static TwValue str_repeat(TwValue s, TwValue nv, bool reflected) {
    int64_t n;
    if (tw_is_int(nv)) {
        n = tw_as_int(nv);
    } else if (tw_is_intlike(nv) || tw_type_lookup(tw_type_of(nv), TW_NAME(__index__))) {
        if (tw_index_as_ssize(nv, &n) < 0) {
            return TW_NULL;
        }
    } else {
        if (reflected) {
            return TW_NOTIMPL;   // x * s: the operator raises the sequence error for x
        }
        TwValue r = tw_text_try_reflected(s, nv, TW_NAME(__rmul__));
        if (r != TW_NOTIMPL) {
            return r;
        }
        return tw_error(&tw_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                        tw_type_cname(tw_type_of(nv)));
    }
    size_t size = tw_str_size(s);
    if (n <= 0 || size == 0) {
        return tw_str_empty;
    }
    if (n == 1) {
        return exact_str(s);
    }
    if ((uint64_t)n > (uint64_t)INT64_MAX / size) {
        return tw_error(&tw_type_OverflowError, "repeated string is too long");
    }
    size_t total = size * (size_t)n;
    TwStr *r = tw_str_alloc(total, tw_str_length(s) * (size_t)n);
    if (!r) {
        return TW_NULL;
    }
    if (size == 1) {
        memset(r->data, tw_str_data(s)[0], total);
    } else {
        // Doubling copies: log(n) memcpy calls.
        memcpy(r->data, tw_str_data(s), size);
        size_t done = size;
        while (done < total) {
            size_t chunk = done <= total - done ? done : total - done;
            memcpy(r->data + done, r->data, chunk);
            done += chunk;
        }
    }
    return tw_from_obj(r);
}

static TwValue str_mul(int argc, TwValue *argv, TwValue kwnames) {
    return str_repeat(argv[0], argv[1], false);
}

static TwValue str_rmul(int argc, TwValue *argv, TwValue kwnames) {
    return str_repeat(argv[0], argv[1], true);
}

static TwValue str_mod(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_percent_format(argv[0], argv[1]);
}

static TwValue str_rmod(int argc, TwValue *argv, TwValue kwnames) {
    return TW_NOTIMPL;
}

static int str_cmp(TwValue a, TwValue b) {
    size_t na = tw_str_size(a), nb = tw_str_size(b);
    int c = memcmp(tw_str_data(a), tw_str_data(b), na < nb ? na : nb);
    if (c != 0) {
        return c;
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

static TwValue str_richcmp(TwValue a, TwValue b, int op) {
    if (!tw_is_strlike(b)) {
        return TW_NOTIMPL;
    }
    if (op == TW_CMP_EQ) {
        return tw_bool(tw_str_eq(a, b));
    }
    if (op == TW_CMP_NE) {
        return tw_bool(!tw_str_eq(a, b));
    }
    int c = str_cmp(a, b);
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

static TwValue str_lt(int argc, TwValue *argv, TwValue kwnames) { return str_richcmp(argv[0], argv[1], TW_CMP_LT); }
static TwValue str_le(int argc, TwValue *argv, TwValue kwnames) { return str_richcmp(argv[0], argv[1], TW_CMP_LE); }
static TwValue str_eq(int argc, TwValue *argv, TwValue kwnames) { return str_richcmp(argv[0], argv[1], TW_CMP_EQ); }
static TwValue str_ne(int argc, TwValue *argv, TwValue kwnames) { return str_richcmp(argv[0], argv[1], TW_CMP_NE); }
static TwValue str_gt(int argc, TwValue *argv, TwValue kwnames) { return str_richcmp(argv[0], argv[1], TW_CMP_GT); }
static TwValue str_ge(int argc, TwValue *argv, TwValue kwnames) { return str_richcmp(argv[0], argv[1], TW_CMP_GE); }

static TwValue str_getnewargs(int argc, TwValue *argv, TwValue kwnames) {
    TwValue s = exact_str(argv[0]);
    return s ? tw_tuple_pack(1, s) : TW_NULL;
}

// ---------------------------------------------------------------- iterator

typedef struct TwStrIter {
    TwObject hdr;
    TwValue str;         // TW_NULL once exhausted
    size_t index, offset;
} TwStrIter;

static void striter_trace(TwObject *self) {
    tw_gc_mark(((TwStrIter *)self)->str);
}

static TwValue striter_next(TwValue self) {
    TwStrIter *it = TW_OBJ(self, TwStrIter);
    TwValue s = it->str;
    if (!s) {
        return TW_NULL;
    }
    if (it->offset >= tw_str_size(s)) {
        it->str = TW_NULL;
        return TW_NULL;
    }
    const char *d = tw_str_data(s) + it->offset;
    it->index++;
    if ((uint8_t)*d < 0x80) {
        it->offset++;
        return tw_str_char((uint8_t)*d);
    }
    int n;
    uint32_t cp = tw_utf8_decode(d, &n);
    it->offset += (size_t)n;
    return tw_str_from_codepoint(cp);
}

TwType tw_type_str_iterator = {
    .hdr = {&tw_type_type},
    .c_name = "str_iterator",
    .basic_size = sizeof(TwStrIter),
    .trace = striter_trace,
    .iternext = striter_next,
};
TwType tw_type_str_ascii_iterator = {
    .hdr = {&tw_type_type},
    .c_name = "str_ascii_iterator",
    .basic_size = sizeof(TwStrIter),
    .trace = striter_trace,
    .iternext = striter_next,
};

static TwValue str_iter(int argc, TwValue *argv, TwValue kwnames) {
    TwValue s = argv[0];
    TwType *t = tw_str_size(s) == tw_str_length(s) ? &tw_type_str_ascii_iterator : &tw_type_str_iterator;
    TwStrIter *it = (TwStrIter *)tw_gc_alloc(t, sizeof(TwStrIter));
    if (!it) {
        return TW_NULL;
    }
    it->str = s;
    return tw_from_obj(it);
}

static TwValue striter_iter(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue striter_next_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = striter_next(argv[0]);
    if (!v && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return v;
}

static TwValue striter_length_hint(int argc, TwValue *argv, TwValue kwnames) {
    TwStrIter *it = TW_OBJ(argv[0], TwStrIter);
    if (!it->str) {
        return tw_from_small_int(0);
    }
    return tw_from_small_int((int64_t)(tw_str_length(it->str) - it->index));
}

// ---------------------------------------------------------------- find & co

// Byte window [*bfrom, *bto) for code point range [start, end) (already adjusted).
static void byte_window(TwValue s, int64_t start, int64_t end, size_t *bfrom, size_t *bto) {
    *bfrom = tw_str_offset(s, (size_t)start);
    *bto = tw_str_offset(s, (size_t)end);
}

// Code point index of byte offset off in s.
static int64_t cp_index(TwValue s, size_t bfrom, int64_t start, size_t off) {
    if (tw_str_size(s) == tw_str_length(s)) {
        return (int64_t)off;
    }
    return start + (int64_t)tw_utf8_count(tw_str_data(s) + bfrom, off - bfrom);
}

// find/rfind/index/rindex: -2 on error, -1 not found, else the index.
static int64_t find_impl(int argc, TwValue *argv, bool reverse) {
    TwValue s = argv[0];
    TwValue sub = need_str(argv[1]);
    if (!sub) {
        return -2;
    }
    int64_t len = (int64_t)tw_str_length(s), start, end;
    if (adjust_range(argc, argv, 2, len, &start, &end) < 0) {
        return -2;
    }
    if (end - start < (int64_t)tw_str_length(sub)) {
        return -1;
    }
    size_t bfrom, bto;
    byte_window(s, start, end, &bfrom, &bto);
    const char *d = tw_str_data(s);
    int64_t f = reverse ? tw_text_rfind(d + bfrom, bto - bfrom, tw_str_data(sub), tw_str_size(sub))
                        : tw_text_find(d + bfrom, bto - bfrom, tw_str_data(sub), tw_str_size(sub));
    if (f < 0) {
        return -1;
    }
    return cp_index(s, bfrom, start, bfrom + (size_t)f);
}

static TwValue str_find(int argc, TwValue *argv, TwValue kwnames) {
    int64_t r = find_impl(argc, argv, false);
    return r == -2 ? TW_NULL : tw_from_small_int(r);
}

static TwValue str_rfind(int argc, TwValue *argv, TwValue kwnames) {
    int64_t r = find_impl(argc, argv, true);
    return r == -2 ? TW_NULL : tw_from_small_int(r);
}

static TwValue str_index(int argc, TwValue *argv, TwValue kwnames) {
    int64_t r = find_impl(argc, argv, false);
    if (r == -1) {
        return tw_error(&tw_type_ValueError, "substring not found");
    }
    return r == -2 ? TW_NULL : tw_from_small_int(r);
}

static TwValue str_rindex(int argc, TwValue *argv, TwValue kwnames) {
    int64_t r = find_impl(argc, argv, true);
    if (r == -1) {
        return tw_error(&tw_type_ValueError, "substring not found");
    }
    return r == -2 ? TW_NULL : tw_from_small_int(r);
}

static TwValue str_count(int argc, TwValue *argv, TwValue kwnames) {
    TwValue s = argv[0];
    TwValue sub = need_str(argv[1]);
    if (!sub) {
        return TW_NULL;
    }
    int64_t len = (int64_t)tw_str_length(s), start, end;
    if (adjust_range(argc, argv, 2, len, &start, &end) < 0) {
        return TW_NULL;
    }
    if (end < start || start > len) {
        return tw_from_small_int(0);
    }
    if (tw_str_size(sub) == 0) {
        return tw_from_small_int(end - start + 1);
    }
    size_t bfrom, bto;
    byte_window(s, start, end, &bfrom, &bto);
    return tw_from_small_int(tw_text_count(tw_str_data(s) + bfrom, bto - bfrom, tw_str_data(sub), tw_str_size(sub), -1));
}

// startswith/endswith with a str or tuple of strs.
static TwValue startsend(int argc, TwValue *argv, bool ends, const char *name) {
    TwValue s = argv[0], arg = argv[1];
    int64_t len = (int64_t)tw_str_length(s), start, end;
    if (adjust_range(argc, argv, 2, len, &start, &end) < 0) {
        return TW_NULL;
    }
    size_t n = 1;
    TwValue *items = &arg;
    if (tw_isinstance_type(arg, &tw_type_tuple)) {
        n = tw_tuple_size(arg);
        items = tw_tuple_items(arg);
    } else if (!tw_is_strlike(arg)) {
        return tw_error(&tw_type_TypeError, "%s first arg must be str or a tuple of str, not %T", name, arg);
    }
    if (start > len) {
        // Still validate tuple items as CPython does lazily: it returns False at once.
        return TW_FALSE;
    }
    size_t bfrom = 0, bto = 0;
    bool window = false;
    for (size_t i = 0; i < n; i++) {
        TwValue sub = items[i];
        if (!tw_is_strlike(sub)) {
            return tw_error(&tw_type_TypeError, "tuple for %s must only contain str, not %T", name, sub);
        }
        if (end - start < (int64_t)tw_str_length(sub)) {
            continue;
        }
        if (!window) {
            byte_window(s, start, end, &bfrom, &bto);
            window = true;
        }
        size_t m = tw_str_size(sub);
        if (m > bto - bfrom) {
            continue;
        }
        const char *d = tw_str_data(s) + (ends ? bto - m : bfrom);
        if (memcmp(d, tw_str_data(sub), m) == 0) {
            return TW_TRUE;
        }
    }
    return TW_FALSE;
}

static TwValue str_startswith(int argc, TwValue *argv, TwValue kwnames) {
    return startsend(argc, argv, false, "startswith");
}

static TwValue str_endswith(int argc, TwValue *argv, TwValue kwnames) {
    return startsend(argc, argv, true, "endswith");
}

// ---------------------------------------------------------------- replace

static TwValue str_replace(int argc, TwValue *argv, TwValue kwnames) {
    TwValue s = argv[0], old = argv[1], new = argv[2];
    if (!tw_is_strlike(old)) {
        return tw_error(&tw_type_TypeError, "replace() argument 1 must be str, not %A", old);
    }
    if (!tw_is_strlike(new)) {
        return tw_error(&tw_type_TypeError, "replace() argument 2 must be str, not %A", new);
    }
    int64_t maxcount = -1;
    if (argc > 3 && tw_int_as_i64(argv[3], &maxcount) < 0) {
        return TW_NULL;
    }
    const char *d = tw_str_data(s);
    size_t n = tw_str_size(s), m = tw_str_size(old), k = tw_str_size(new);
    size_t len = tw_str_length(s);
    if (maxcount < 0) {
        maxcount = INT64_MAX;
    }
    if (maxcount == 0 || (m == 0 && k == 0)) {
        return exact_str(s);
    }
    TwBuf b;
    tw_buf_init(&b);
    int64_t done = 0;
    size_t newlen = len;
    if (m == 0) {
        // Insert `new` before every code point and at the end.
        size_t pos = 0;
        while (pos <= n && done < maxcount) {
            if (tw_buf_append(&b, tw_str_data(new), k) < 0) {
                goto fail;
            }
            done++;
            newlen += tw_str_length(new);
            if (pos == n) {
                pos++;
                break;
            }
            size_t cl = (size_t)tw_utf8_seqlen((uint8_t)d[pos]);
            if (tw_buf_append(&b, d + pos, cl) < 0) {
                goto fail;
            }
            pos += cl;
        }
        if (pos < n && tw_buf_append(&b, d + pos, n - pos) < 0) {
            goto fail;
        }
        return tw_buf_to_str_len(&b, newlen);
    }
    size_t pos = 0;
    while (done < maxcount) {
        int64_t f = tw_text_find(d + pos, n - pos, tw_str_data(old), m);
        if (f < 0) {
            break;
        }
        if (done == 0 && tw_buf_reserve(&b, n) < 0) {
            goto fail;
        }
        if (tw_buf_append(&b, d + pos, (size_t)f) < 0 || tw_buf_append(&b, tw_str_data(new), k) < 0) {
            goto fail;
        }
        newlen = newlen - tw_str_length(old) + tw_str_length(new);
        pos += (size_t)f + m;
        done++;
    }
    if (done == 0) {
        tw_buf_free(&b);
        return exact_str(s);
    }
    if (tw_buf_append(&b, d + pos, n - pos) < 0) {
        goto fail;
    }
    return tw_buf_to_str_len(&b, newlen);
fail:
    tw_buf_free(&b);
    return TW_NULL;
}

// ---------------------------------------------------------------- split

static int split_args(const char *fname, int argc, TwValue *argv, TwValue kwnames, TwValue *sep, int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    TwValue a[2];
    if (tw_parse_args(fname, argc - 1, argv + 1, kwnames, names, 2, 0, 2, 0, a) < 0) {
        return -1;
    }
    *sep = a[0] && a[0] != TW_NONE ? a[0] : TW_NULL;
    if (*sep && !tw_is_strlike(*sep)) {
        tw_error(&tw_type_TypeError, "must be str or None, not %T", *sep);
        return -1;
    }
    if (*sep && tw_str_size(*sep) == 0) {
        tw_error(&tw_type_ValueError, "empty separator");
        return -1;
    }
    *maxsplit = -1;
    if (a[1] && tw_int_as_i64(a[1], maxsplit) < 0) {
        return -1;
    }
    if (*maxsplit < 0) {
        *maxsplit = INT64_MAX;
    }
    return 0;
}

static int push_piece(TwValue list, TwValue s, size_t from, size_t to) {
    TwValue piece = substr_bytes(s, from, to);
    if (!piece) {
        return -1;
    }
    return tw_list_append(list, piece);
}

// Whitespace split (forward); whitespace is Unicode for non-ASCII strings.
static TwValue split_ws(TwValue s, int64_t maxsplit) {
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    const char *d = tw_str_data(s);
    size_t n = tw_str_size(s), i = 0;
    bool ascii = n == tw_str_length(s);
    int64_t splits = 0;
    for (;;) {
        // Skip whitespace.
        while (i < n) {
            int cl = 1;
            uint32_t cp = ascii ? (uint8_t)d[i] : tw_utf8_decode(d + i, &cl);
            if (!cp_space(cp)) {
                break;
            }
            i += (size_t)cl;
        }
        if (i >= n) {
            break;
        }
        if (splits >= maxsplit) {
            // The rest, with trailing whitespace kept, is the last piece.
            if (push_piece(list, s, i, n) < 0) {
                return TW_NULL;
            }
            break;
        }
        size_t j = i;
        while (j < n) {
            int cl = 1;
            uint32_t cp = ascii ? (uint8_t)d[j] : tw_utf8_decode(d + j, &cl);
            if (cp_space(cp)) {
                break;
            }
            j += (size_t)cl;
        }
        if (push_piece(list, s, i, j) < 0) {
            return TW_NULL;
        }
        splits++;
        i = j;
    }
    return list;
}

static TwValue rsplit_ws(TwValue s, int64_t maxsplit) {
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    const char *d = tw_str_data(s);
    size_t i = tw_str_size(s);
    int64_t splits = 0;
    // Walk backwards over code points: find the start of the one ending at i.
#define PREV_CP(pos, out_cp, out_start) \
    do { \
        size_t q_ = (pos) - 1; \
        while (q_ > 0 && ((uint8_t)d[q_] & 0xC0) == 0x80) { \
            q_--; \
        } \
        int n_; \
        (out_cp) = tw_utf8_decode(d + q_, &n_); \
        (out_start) = q_; \
    } while (0)
    for (;;) {
        while (i > 0) {
            uint32_t cp;
            size_t st;
            PREV_CP(i, cp, st);
            if (!cp_space(cp)) {
                break;
            }
            i = st;
        }
        if (i == 0) {
            break;
        }
        if (splits >= maxsplit) {
            if (push_piece(list, s, 0, i) < 0) {
                return TW_NULL;
            }
            break;
        }
        size_t j = i;
        while (j > 0) {
            uint32_t cp;
            size_t st;
            PREV_CP(j, cp, st);
            if (cp_space(cp)) {
                break;
            }
            j = st;
        }
        if (push_piece(list, s, j, i) < 0) {
            return TW_NULL;
        }
        splits++;
        i = j;
    }
#undef PREV_CP
    // Pieces were appended last first.
    size_t cnt = tw_list_size(list);
    TwValue *it = tw_list_items(list);
    for (size_t a = 0, b = cnt ? cnt - 1 : 0; a < b; a++, b--) {
        TwValue t = it[a];
        it[a] = it[b];
        it[b] = t;
    }
    return list;
}

static TwValue str_split(int argc, TwValue *argv, TwValue kwnames) {
    TwValue sep;
    int64_t maxsplit;
    if (split_args("split", argc, argv, kwnames, &sep, &maxsplit) < 0) {
        return TW_NULL;
    }
    TwValue s = argv[0];
    if (!sep) {
        return split_ws(s, maxsplit);
    }
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    const char *d = tw_str_data(s), *sd = tw_str_data(sep);
    size_t n = tw_str_size(s), m = tw_str_size(sep), pos = 0;
    int64_t splits = 0;
    while (splits < maxsplit) {
        int64_t f = tw_text_find(d + pos, n - pos, sd, m);
        if (f < 0) {
            break;
        }
        if (push_piece(list, s, pos, pos + (size_t)f) < 0) {
            return TW_NULL;
        }
        pos += (size_t)f + m;
        splits++;
    }
    if (pos == 0 && tw_is_str(s)) {
        return tw_list_append(list, s) < 0 ? TW_NULL : list;
    }
    if (push_piece(list, s, pos, n) < 0) {
        return TW_NULL;
    }
    return list;
}

static TwValue str_rsplit(int argc, TwValue *argv, TwValue kwnames) {
    TwValue sep;
    int64_t maxsplit;
    if (split_args("rsplit", argc, argv, kwnames, &sep, &maxsplit) < 0) {
        return TW_NULL;
    }
    TwValue s = argv[0];
    if (!sep) {
        return rsplit_ws(s, maxsplit);
    }
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    const char *d = tw_str_data(s), *sd = tw_str_data(sep);
    size_t m = tw_str_size(sep), end = tw_str_size(s);
    int64_t splits = 0;
    while (splits < maxsplit) {
        int64_t f = tw_text_rfind(d, end, sd, m);
        if (f < 0) {
            break;
        }
        if (push_piece(list, s, (size_t)f + m, end) < 0) {
            return TW_NULL;
        }
        end = (size_t)f;
        splits++;
    }
    if (push_piece(list, s, 0, end) < 0) {
        return TW_NULL;
    }
    size_t cnt = tw_list_size(list);
    TwValue *it = tw_list_items(list);
    for (size_t a = 0, b = cnt - 1; a < b; a++, b--) {
        TwValue t = it[a];
        it[a] = it[b];
        it[b] = t;
    }
    return list;
}

static TwValue str_splitlines(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"keepends"};
    TwValue a[1];
    if (tw_parse_args("splitlines", argc - 1, argv + 1, kwnames, names, 1, 0, 1, 0, a) < 0) {
        return TW_NULL;
    }
    bool keepends = false;
    if (a[0]) {
        if (tw_is_float(a[0])) {
            return tw_error(&tw_type_TypeError, "'float' object cannot be interpreted as an integer");
        }
        int t = tw_truthy(a[0]);
        if (t < 0) {
            return TW_NULL;
        }
        keepends = t;
    }
    TwValue s = argv[0];
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    const char *d = tw_str_data(s);
    size_t n = tw_str_size(s), i = 0;
    bool ascii = n == tw_str_length(s);
    while (i < n) {
        size_t start = i, eol = n, next = n;
        while (i < n) {
            uint8_t c = (uint8_t)d[i];
            int cl = 1;
            uint32_t cp = c;
            if (c >= 0x80 && !ascii) {
                cp = tw_utf8_decode(d + i, &cl);
            }
            bool br;
            if (cp < 0x80) {
                br = c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E);
            } else {
                br = cp == 0x85 || cp == 0x2028 || cp == 0x2029;
            }
            if (br) {
                eol = i;
                next = i + (size_t)cl;
                if (c == '\r' && next < n && d[next] == '\n') {
                    next++;
                }
                break;
            }
            i += (size_t)cl;
        }
        if (push_piece(list, s, start, keepends ? next : eol) < 0) {
            return TW_NULL;
        }
        i = next;
    }
    return list;
}

// ---------------------------------------------------------------- join


TwValue tw_str_join(TwValue sep, TwValue iterable) {
    size_t n;
    TwValue *items;
    TwValue keep;
    if (tw_isinstance_type(iterable, &tw_type_list) || tw_isinstance_type(iterable, &tw_type_tuple)) {
        keep = tw_sequence_fast(iterable, &n, &items);
    } else {
        TwValue it = tw_iter(iterable);
        if (!it) {
            if (tw_error_matches(&tw_type_TypeError)) {
                tw_error_clear();
                return tw_error(&tw_type_TypeError, "can only join an iterable");
            }
            return TW_NULL;
        }
        keep = tw_sequence_fast(it, &n, &items);
    }
    if (!keep) {
        return TW_NULL;
    }
    if (n == 0) {
        return tw_str_empty;
    }
    if (n == 1 && tw_is_str(items[0])) {
        return items[0];
    }
    size_t total = 0, length = 0;
    size_t ssize = tw_str_size(sep), slen = tw_str_length(sep);
    for (size_t i = 0; i < n; i++) {
        if (!tw_is_strlike(items[i])) {
            return tw_error(&tw_type_TypeError, "sequence item %zu: expected str instance, %T found", i, items[i]);
        }
        total += tw_str_size(items[i]);
        length += tw_str_length(items[i]);
    }
    total += ssize * (n - 1);
    length += slen * (n - 1);
    TwStr *r = tw_str_alloc(total, length);
    if (!r) {
        return TW_NULL;
    }
    char *o = r->data;
    const char *sd = tw_str_data(sep);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && ssize) {
            if (ssize == 1) {
                *o++ = sd[0];
            } else {
                memcpy(o, sd, ssize);
                o += ssize;
            }
        }
        size_t k = tw_str_size(items[i]);
        memcpy(o, tw_str_data(items[i]), k);
        o += k;
    }
    (void)keep;
    return tw_from_obj(r);
}

static TwValue str_join(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_join(argv[0], argv[1]);
}

// ---------------------------------------------------------------- strip

// mode: 1 left, 2 right, 3 both.
static TwValue strip_impl(int argc, TwValue *argv, int mode, const char *name) {
    TwValue s = argv[0];
    TwValue chars = argc > 1 ? argv[1] : TW_NONE;
    const char *d = tw_str_data(s);
    size_t n = tw_str_size(s);
    size_t i = 0, j = n;
    if (chars == TW_NONE) {
        if (mode & 1) {
            while (i < n) {
                int cl = 1;
                uint32_t cp = (uint8_t)d[i] < 0x80 ? (uint8_t)d[i] : tw_utf8_decode(d + i, &cl);
                if (!cp_space(cp)) {
                    break;
                }
                i += (size_t)cl;
            }
        }
        if (mode & 2) {
            while (j > i) {
                size_t q = j - 1;
                while (q > i && ((uint8_t)d[q] & 0xC0) == 0x80) {
                    q--;
                }
                int cl;
                uint32_t cp = tw_utf8_decode(d + q, &cl);
                if (!cp_space(cp)) {
                    break;
                }
                j = q;
            }
        }
    } else {
        if (!tw_is_strlike(chars)) {
            return tw_error(&tw_type_TypeError, "%s arg must be None or str", name);
        }
        const char *cd = tw_str_data(chars);
        size_t cn = tw_str_size(chars);
        bool cascii = cn == tw_str_length(chars);
        uint8_t table[256] = {0};
        if (cascii) {
            for (size_t k = 0; k < cn; k++) {
                table[(uint8_t)cd[k]] = 1;
            }
        }
        // In a code point set? Non-ASCII: search the UTF-8 of cp within chars.
#define IN_SET(ptr, len) \
        (cascii ? ((len) == 1 && table[(uint8_t)*(ptr)]) : tw_text_find(cd, cn, (ptr), (size_t)(len)) >= 0)
        if (mode & 1) {
            while (i < n) {
                int cl = tw_utf8_seqlen((uint8_t)d[i]);
                if (!IN_SET(d + i, cl)) {
                    break;
                }
                i += (size_t)cl;
            }
        }
        if (mode & 2) {
            while (j > i) {
                size_t q = j - 1;
                while (q > i && ((uint8_t)d[q] & 0xC0) == 0x80) {
                    q--;
                }
                if (!IN_SET(d + q, j - q)) {
                    break;
                }
                j = q;
            }
        }
#undef IN_SET
    }
    return substr_bytes(s, i, j);
}

static TwValue str_strip(int argc, TwValue *argv, TwValue kwnames) { return strip_impl(argc, argv, 3, "strip"); }
static TwValue str_lstrip(int argc, TwValue *argv, TwValue kwnames) { return strip_impl(argc, argv, 1, "lstrip"); }
static TwValue str_rstrip(int argc, TwValue *argv, TwValue kwnames) { return strip_impl(argc, argv, 2, "rstrip"); }

// ---------------------------------------------------------------- partition, prefix

static TwValue partition_impl(TwValue s, TwValue sep, bool reverse) {
    if (!tw_is_strlike(sep)) {
        return tw_error(&tw_type_TypeError, "must be str, not %T", sep);
    }
    if (tw_str_size(sep) == 0) {
        return tw_error(&tw_type_ValueError, "empty separator");
    }
    const char *d = tw_str_data(s);
    size_t n = tw_str_size(s), m = tw_str_size(sep);
    int64_t f = reverse ? tw_text_rfind(d, n, tw_str_data(sep), m) : tw_text_find(d, n, tw_str_data(sep), m);
    TwValue whole = exact_str(s);
    if (!whole) {
        return TW_NULL;
    }
    if (f < 0) {
        return reverse ? tw_tuple_pack(3, tw_str_empty, tw_str_empty, whole)
                       : tw_tuple_pack(3, whole, tw_str_empty, tw_str_empty);
    }
    TwValue a = substr_bytes(s, 0, (size_t)f);
    if (!a) {
        return TW_NULL;
    }
    TwValue b = substr_bytes(s, (size_t)f + m, n);
    if (!b) {
        return TW_NULL;
    }
    TwValue mid = exact_str(sep);
    return mid ? tw_tuple_pack(3, a, mid, b) : TW_NULL;
}

static TwValue str_partition(int argc, TwValue *argv, TwValue kwnames) {
    return partition_impl(argv[0], argv[1], false);
}

static TwValue str_rpartition(int argc, TwValue *argv, TwValue kwnames) {
    return partition_impl(argv[0], argv[1], true);
}

static TwValue str_removeprefix(int argc, TwValue *argv, TwValue kwnames) {
    TwValue s = argv[0], p = argv[1];
    if (!tw_is_strlike(p)) {
        return tw_error(&tw_type_TypeError, "removeprefix() argument must be str, not %A", p);
    }
    size_t n = tw_str_size(s), m = tw_str_size(p);
    if (m <= n && memcmp(tw_str_data(s), tw_str_data(p), m) == 0) {
        return substr(s, m, n, tw_str_length(s) - tw_str_length(p));
    }
    return exact_str(s);
}

static TwValue str_removesuffix(int argc, TwValue *argv, TwValue kwnames) {
    TwValue s = argv[0], p = argv[1];
    if (!tw_is_strlike(p)) {
        return tw_error(&tw_type_TypeError, "removesuffix() argument must be str, not %A", p);
    }
    size_t n = tw_str_size(s), m = tw_str_size(p);
    if (m > 0 && m <= n && memcmp(tw_str_data(s) + n - m, tw_str_data(p), m) == 0) {
        return substr(s, 0, n - m, tw_str_length(s) - tw_str_length(p));
    }
    return exact_str(s);
}

// ---------------------------------------------------------------- table

static const TwMethodDef str_methods[] = {
    {"__new__", str_new, 1, 4, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__len__", str_len, 1, 1, TW_BUILTIN_METHOD},
    {"__hash__", str_hash, 1, 1, TW_BUILTIN_METHOD},
    {"__str__", str_str, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", str_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__format__", str_format_dunder, 2, 2, TW_BUILTIN_METHOD},
    {"__getitem__", str_getitem, 2, 2, TW_BUILTIN_METHOD},
    {"__contains__", str_contains, 2, 2, TW_BUILTIN_METHOD},
    {"__iter__", str_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__add__", str_add, 2, 2, TW_BUILTIN_METHOD},
    {"__mul__", str_mul, 2, 2, TW_BUILTIN_METHOD},
    {"__rmul__", str_rmul, 2, 2, TW_BUILTIN_METHOD},
    {"__mod__", str_mod, 2, 2, TW_BUILTIN_METHOD},
    {"__rmod__", str_rmod, 2, 2, TW_BUILTIN_METHOD},
    {"__lt__", str_lt, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", str_le, 2, 2, TW_BUILTIN_METHOD},
    {"__eq__", str_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", str_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", str_gt, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", str_ge, 2, 2, TW_BUILTIN_METHOD},
    {"__getnewargs__", str_getnewargs, 1, 1, TW_BUILTIN_METHOD},
    {"find", str_find, 2, 4, TW_BUILTIN_METHOD},
    {"rfind", str_rfind, 2, 4, TW_BUILTIN_METHOD},
    {"index", str_index, 2, 4, TW_BUILTIN_METHOD},
    {"rindex", str_rindex, 2, 4, TW_BUILTIN_METHOD},
    {"count", str_count, 2, 4, TW_BUILTIN_METHOD},
    {"startswith", str_startswith, 2, 4, TW_BUILTIN_METHOD},
    {"endswith", str_endswith, 2, 4, TW_BUILTIN_METHOD},
    {"replace", str_replace, 3, 4, TW_BUILTIN_METHOD},
    {"split", str_split, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"rsplit", str_rsplit, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"splitlines", str_splitlines, 1, 2, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"join", str_join, 2, 2, TW_BUILTIN_METHOD},
    {"strip", str_strip, 1, 2, TW_BUILTIN_METHOD},
    {"lstrip", str_lstrip, 1, 2, TW_BUILTIN_METHOD},
    {"rstrip", str_rstrip, 1, 2, TW_BUILTIN_METHOD},
    {"partition", str_partition, 2, 2, TW_BUILTIN_METHOD},
    {"rpartition", str_rpartition, 2, 2, TW_BUILTIN_METHOD},
    {"removeprefix", str_removeprefix, 2, 2, TW_BUILTIN_METHOD},
    {"removesuffix", str_removesuffix, 2, 2, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

static const TwMethodDef striter_methods[] = {
    {"__iter__", striter_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", striter_next_m, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", striter_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

void tw_str_methods_init(void) {
    tw_type_add_methods(&tw_type_str, str_methods);
    tw_type_init_builtin(&tw_type_str_iterator, "str_iterator", &tw_type_object);
    tw_type_add_methods(&tw_type_str_iterator, striter_methods);
    tw_type_init_builtin(&tw_type_str_ascii_iterator, "str_ascii_iterator", &tw_type_object);
    tw_type_add_methods(&tw_type_str_ascii_iterator, striter_methods);
}
