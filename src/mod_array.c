// The array module: array.array, a sequence of C numbers (or wchar_t code points for 'u')
// kept as raw bytes in one malloc'd buffer, so no trace hook is needed. Items are
// converted on the way in with CPython's exact messages: each typecode goes through the
// PyArg_Parse converter CPython uses for it ('b' through "h", 'H' through "i", ...), so
// an out-of-range value gets the converter's OverflowError first and the typecode's own
// range error after. Values are converted before the buffer is touched, since __index__
// or __float__ may run Python code that resizes the array.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bigint.h"
#include "gc.h"
#include "modules.h"
#include "text.h"

typedef struct Desc {
    char code;
    uint8_t size;
} Desc;

// CPython's order (array.typecodes); sizes of this LP64 machine, wchar_t of 4 bytes.
static const Desc descs[] = {
    {'b', 1}, {'B', 1}, {'u', 4}, {'h', 2}, {'H', 2}, {'i', 4}, {'I', 4},
    {'l', 8}, {'L', 8}, {'q', 8}, {'Q', 8}, {'f', 4}, {'d', 8},
};

typedef struct ArrayObj {
    TwObject hdr;
    const Desc *desc;
    uint8_t *items;      // tw_gc_malloc'd, cap * itemsize bytes
    size_t len, cap;     // in items
} ArrayObj;

// One converted item: its first desc->size bytes are the C value.
typedef union Item {
    int8_t b;
    uint8_t B;
    int16_t h;
    uint16_t H;
    int32_t i;
    uint32_t I;
    int64_t q;
    uint64_t Q;
    float f;
    double d;
    uint8_t raw[8];
} Item;

static TwType array_type, arrayiter_type;

#define ARR(v) TW_OBJ(v, ArrayObj)

static bool is_array(TwValue v) {
    return tw_is_ptr(v) && v && tw_isinstance_type(v, &array_type);
}

bool tw_array_buffer(TwValue v, uint8_t **data, size_t *size) {
    if (!is_array(v)) {
        return false;
    }
    *data = ARR(v)->items;
    *size = ARR(v)->len * ARR(v)->desc->size;
    return true;
}

// ---------------------------------------------------------------- storage

static void array_finalize(TwObject *self) {
    ArrayObj *a = (ArrayObj *)self;
    if (a->items) {
        tw_gc_free(a->items, a->cap * a->desc->size);
        a->items = NULL;
    }
}

// Room for at least n items. -1 with MemoryError.
static int reserve(ArrayObj *a, size_t n) {
    if (n <= a->cap) {
        return 0;
    }
    size_t isz = a->desc->size;
    if (n > (SIZE_MAX / 2) / isz) {
        tw_error_nomem();
        return -1;
    }
    // over-allocate as lists do, so appends run in amortised constant time
    size_t ncap = n + (n >> 3) + (n < 9 ? 3 : 6);
    if (ncap > (SIZE_MAX / 2) / isz) {
        ncap = n;
    }
    uint8_t *p = tw_gc_realloc(a->items, a->cap * isz, ncap * isz);
    if (!p) {
        tw_error_nomem();
        return -1;
    }
    a->items = p;
    a->cap = ncap;
    return 0;
}

// Give back memory when most of the buffer is unused.
static void shrink(ArrayObj *a) {
    if (a->cap > 16 && a->len < a->cap / 4) {
        size_t isz = a->desc->size, ncap = a->len + a->len / 2 + 4;
        uint8_t *p = tw_gc_realloc(a->items, a->cap * isz, ncap * isz);
        if (p) {
            a->items = p;
            a->cap = ncap;
        }
    }
}

// A new array of `cls` with n items (contents zeroed) of typecode desc.
static ArrayObj *array_alloc(TwType *cls, const Desc *desc, size_t n) {
    ArrayObj *a = (ArrayObj *)tw_gc_alloc(cls, cls->basic_size);
    if (!a) {
        return NULL;
    }
    a->desc = desc;
    if (reserve(a, n) < 0) {
        return NULL;
    }
    if (n) {
        memset(a->items, 0, n * desc->size);
    }
    a->len = n;
    return a;
}

static ArrayObj *array_from_bytes(const Desc *desc, const uint8_t *data, size_t n) {
    ArrayObj *a = array_alloc(&array_type, desc, n);
    if (a && n) {
        memcpy(a->items, data, n * desc->size);
    }
    return a;
}

// ---------------------------------------------------------------- items

static TwValue overflow(const char *msg) {
    return tw_error(&tw_type_OverflowError, "%s", msg);
}

// The __index__ value of v as a C long (PyLong_AsLong); `too_big` is the overflow message.
static int as_long(TwValue v, int64_t *out, const char *too_big) {
    TwValue i = tw_index(v);
    if (!i) {
        return -1;
    }
    if (!tw_int_to_i64(i, out)) {
        overflow(too_big);
        return -1;
    }
    return 0;
}

// The __index__ value of v as an unsigned 64-bit value, with the messages for negative
// and too large values.
static int as_ulong(TwValue v, uint64_t *out, const char *negative, const char *too_big) {
    TwValue i = tw_index(v);
    if (!i) {
        return -1;
    }
    if (tw_int_sign(i) < 0) {
        overflow(negative);
        return -1;
    }
    TwIntView view;
    tw_bigint_view(i, &view);
    if (view.n > 2) {
        overflow(too_big);
        return -1;
    }
    *out = view.n == 0 ? 0 : view.n == 1 ? view.d[0] : (uint64_t)view.d[1] << 32 | view.d[0];
    return 0;
}

// getargs.c's range errors: "<what> is less than minimum" / "... greater than maximum".
static int in_range(int64_t x, int64_t lo, int64_t hi, const char *what) {
    if (x < lo || x > hi) {
        tw_error(&tw_type_OverflowError, "%s is %s than %s", what, x < lo ? "less" : "greater",
                 x < lo ? "minimum" : "maximum");
        return -1;
    }
    return 0;
}

static const char C_LONG[] = "Python int too large to convert to C long";
static const char C_ULONG[] = "Python int too large to convert to C unsigned long";
static const char NEG_UINT[] = "can't convert negative value to unsigned int";

// Convert v for an array of typecode d into *out. -1 with CPython's error.
static int convert(const Desc *d, TwValue v, Item *out) {
    int64_t x;
    uint64_t u;
    switch (d->code) {
    case 'b':   // "h" then the char range
        if (as_long(v, &x, C_LONG) < 0 || in_range(x, INT16_MIN, INT16_MAX, "signed short integer") < 0 ||
            in_range(x, -128, 127, "signed char") < 0) {
            return -1;
        }
        out->b = (int8_t)x;
        return 0;
    case 'B':   // "b": an unsigned char
        if (as_long(v, &x, C_LONG) < 0 || in_range(x, 0, 255, "unsigned byte integer") < 0) {
            return -1;
        }
        out->B = (uint8_t)x;
        return 0;
    case 'h':
        if (as_long(v, &x, C_LONG) < 0 || in_range(x, INT16_MIN, INT16_MAX, "signed short integer") < 0) {
            return -1;
        }
        out->h = (int16_t)x;
        return 0;
    case 'H':   // "i" then the unsigned short range
        if (as_long(v, &x, C_LONG) < 0 || in_range(x, INT32_MIN, INT32_MAX, "signed integer") < 0 ||
            in_range(x, 0, UINT16_MAX, "unsigned short") < 0) {
            return -1;
        }
        out->H = (uint16_t)x;
        return 0;
    case 'i':
        if (as_long(v, &x, C_LONG) < 0 || in_range(x, INT32_MIN, INT32_MAX, "signed integer") < 0) {
            return -1;
        }
        out->i = (int32_t)x;
        return 0;
    case 'l':
    case 'q':
        if (as_long(v, &x, d->code == 'l' ? C_LONG : "int too big to convert") < 0) {
            return -1;
        }
        out->q = x;
        return 0;
    case 'I':
        if (as_ulong(v, &u, NEG_UINT, C_ULONG) < 0) {
            return -1;
        }
        if (u > UINT32_MAX) {
            overflow("unsigned int is greater than maximum");
            return -1;
        }
        out->I = (uint32_t)u;
        return 0;
    case 'L':
        if (as_ulong(v, &u, NEG_UINT, C_ULONG) < 0) {
            return -1;
        }
        out->Q = u;
        return 0;
    case 'Q':
        if (as_ulong(v, &u, "can't convert negative int to unsigned", "int too big to convert") < 0) {
            return -1;
        }
        out->Q = u;
        return 0;
    case 'f':
    case 'd': {
        double f;
        if (tw_is_float(v)) {
            f = tw_as_float(v);
        } else if (tw_number_as_double(v, &f) < 0) {
            return -1;
        }
        if (d->code == 'f') {
            out->f = (float)f;   // out of range: inf, as CPython's cast
        } else {
            out->d = f;
        }
        return 0;
    }
    default: {   // 'u'
        if (!tw_is_strlike(v) || tw_str_length(v) != 1) {
            tw_error(&tw_type_TypeError, "array item must be unicode character");
            return -1;
        }
        int n;
        out->I = tw_utf8_decode(tw_str_data(v), &n);
        return 0;
    }
    }
}

static TwValue char_value(uint32_t cp) {
    if (cp > 0x10FFFF) {
        return tw_error(&tw_type_ValueError, "chr() arg not in range(0x110000)");
    }
    return tw_str_from_codepoint(cp);
}

static TwValue get_item(const ArrayObj *a, size_t i) {
    Item it;
    memcpy(it.raw, a->items + i * a->desc->size, a->desc->size);
    switch (a->desc->code) {
    case 'b': return tw_from_small_int(it.b);
    case 'B': return tw_from_small_int(it.B);
    case 'h': return tw_from_small_int(it.h);
    case 'H': return tw_from_small_int(it.H);
    case 'i': return tw_from_small_int(it.i);
    case 'I': return tw_from_small_int(it.I);
    case 'l': case 'q': return tw_int_from_i64(it.q);
    case 'L': case 'Q': return tw_int_from_u64(it.Q);
    case 'f': return tw_from_float(it.f);
    case 'd': return tw_from_float(it.d);
    default: return char_value(it.I);
    }
}

// Append one already converted item.
static int push(ArrayObj *a, const Item *it) {
    if (reserve(a, a->len + 1) < 0) {
        return -1;
    }
    memcpy(a->items + a->len * a->desc->size, it->raw, a->desc->size);
    a->len++;
    return 0;
}

static int append_value(ArrayObj *a, TwValue v) {
    Item it;
    return convert(a->desc, v, &it) < 0 ? -1 : push(a, &it);
}

// Items compare as Python values, but never by identity: CPython compares fresh objects,
// so a NaN item is unequal even to itself.
static int values_eq(TwValue x, TwValue y) {
    TwValue r = tw_compare(TW_CMP_EQ, x, y);
    return r ? tw_truthy(r) : -1;
}

// ---------------------------------------------------------------- bulk conversions

static int extend_bytes(ArrayObj *a, const uint8_t *data, size_t n) {
    size_t isz = a->desc->size;
    if (n % isz) {
        tw_error(&tw_type_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    // a += a: the source moves with the buffer reserve may reallocate
    bool own = a->items && data >= a->items && data < a->items + a->cap * isz;
    size_t offset = own ? (size_t)(data - a->items) : 0;
    if (reserve(a, a->len + n / isz) < 0) {
        return -1;
    }
    if (own) {
        data = a->items + offset;
    }
    if (n) {   // an empty array's items may be NULL
        memmove(a->items + a->len * isz, data, n);
    }
    a->len += n / isz;
    return 0;
}

static int extend_unicode(ArrayObj *a, TwValue s) {
    size_t n = tw_str_length(s);
    if (reserve(a, a->len + n) < 0) {
        return -1;
    }
    const char *p = tw_str_data(s);
    for (size_t k = 0; k < n; k++) {
        int len;
        uint32_t cp = tw_utf8_decode(p, &len);
        p += len;
        memcpy(a->items + (a->len + k) * 4, &cp, 4);
    }
    a->len += n;
    return 0;
}

static int extend_iterable(ArrayObj *a, TwValue iterable) {
    TwValue it = tw_iter(iterable);
    if (!it) {
        return -1;
    }
    for (;;) {
        TwValue v = tw_next(it);
        if (!v) {
            return tw_error_occurred() ? -1 : 0;
        }
        if (append_value(a, v) < 0) {
            return -1;
        }
    }
}

// a.extend(other) for an array: the same typecode only.
static int extend_array(ArrayObj *a, TwValue other, const char *msg) {
    ArrayObj *b = ARR(other);
    if (b->desc != a->desc) {
        tw_error(&tw_type_TypeError, "%s", msg);
        return -1;
    }
    return extend_bytes(a, b->items, b->len * b->desc->size);
}

static TwValue to_list(const ArrayObj *a) {
    TwValue l = tw_list_new(a->len);
    if (!l) {
        return TW_NULL;
    }
    for (size_t i = 0; i < a->len; i++) {
        TwValue v = get_item(a, i);
        if (!v || tw_list_append(l, v) < 0) {
            return TW_NULL;
        }
    }
    return l;
}

static TwValue to_unicode(const ArrayObj *a) {
    TwBuf b;
    tw_buf_init(&b);
    for (size_t i = 0; i < a->len; i++) {
        uint32_t cp;
        memcpy(&cp, a->items + i * 4, 4);
        if (cp > 0x10FFFF) {
            tw_buf_free(&b);
            return tw_error(&tw_type_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
        }
        if (tw_buf_append_codepoint(&b, cp) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    return tw_buf_to_str(&b);
}

// ---------------------------------------------------------------- construction

static const Desc *find_desc(uint32_t c) {
    for (size_t k = 0; k < sizeof descs / sizeof descs[0]; k++) {
        if ((uint32_t)descs[k].code == c) {
            return &descs[k];
        }
    }
    return NULL;
}

static TwValue array_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    // keywords are refused unless a subclass's own __init__ may want them
    bool plain_init = tw_type_lookup(cls, TW_NAME(__init__)) == tw_type_lookup(&tw_type_object, TW_NAME(__init__));
    if ((cls == &array_type || plain_init) && tw_check_no_kwargs("array.array", kwnames) < 0) {
        return TW_NULL;
    }
    int npos = argc - 1 - nkw;
    if (npos < 1 || npos > 2) {
        return tw_error(&tw_type_TypeError, "array() takes %s (%d given)",
                        npos < 1 ? "at least 1 argument" : "at most 2 arguments", npos);
    }
    TwValue tc = argv[1], init = npos == 2 ? argv[2] : TW_NULL;
    if (!tw_is_strlike(tc) || tw_str_length(tc) != 1) {
        return tw_error(&tw_type_TypeError, "array() argument 1 must be a unicode character, not %T", tc);
    }
    int n;
    uint32_t c = tw_utf8_decode(tw_str_data(tc), &n);
    if (init && c != 'u') {
        if (tw_is_strlike(init)) {
            return tw_error(&tw_type_TypeError, "cannot use a str to initialize an array with typecode '%U'", tc);
        }
        if (is_array(init) && ARR(init)->desc->code == 'u') {
            return tw_error(&tw_type_TypeError, "cannot use a unicode array to initialize an array with typecode '%U'",
                            tc);
        }
    }
    // What is not a list, tuple, bytes-like, str for 'u' or array of this typecode is
    // iterated (and must be iterable before the typecode is even looked at).
    TwValue it = TW_NULL;
    if (init && !(tw_isinstance_type(init, &tw_type_list) || tw_isinstance_type(init, &tw_type_tuple) ||
                  tw_isinstance_type(init, &tw_type_bytes) || tw_isinstance_type(init, &tw_type_bytearray) ||
                  (c == 'u' && tw_is_strlike(init)) || (is_array(init) && (uint32_t)ARR(init)->desc->code == c))) {
        it = tw_iter(init);
        if (!it) {
            return TW_NULL;
        }
        init = TW_NULL;
    }
    const Desc *d = find_desc(c);
    if (!d) {
        return tw_error(&tw_type_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    ArrayObj *a = array_alloc(cls, d, 0);
    if (!a) {
        return TW_NULL;
    }
    int r = 0;
    if (it) {
        r = extend_iterable(a, it);
    } else if (!init) {
        r = 0;
    } else if (tw_is_strlike(init)) {
        r = extend_unicode(a, init);
    } else if (is_array(init)) {
        r = extend_bytes(a, ARR(init)->items, ARR(init)->len * d->size);
    } else if (tw_isinstance_type(init, &tw_type_list) || tw_isinstance_type(init, &tw_type_tuple)) {
        r = extend_iterable(a, init);
    } else {
        const uint8_t *data;
        size_t size;
        tw_bytes_view(init, &data, &size);
        r = extend_bytes(a, data, size);
    }
    return r < 0 ? TW_NULL : tw_from_obj(a);
}

// ---------------------------------------------------------------- indexing

#define SELF ARR(argv[0])

// An index argument of a subscript: 1 with *i (not yet wrapped), 0 for a slice, -1
// (TypeError "array indices must be integers"; IndexError when it does not fit).
static int subscript(TwValue key, int64_t *i) {
    if (tw_is_int(key)) {
        *i = tw_as_int(key);
        return 1;
    }
    if (tw_is_type(key, &tw_type_slice)) {
        return 0;
    }
    if (!tw_is_intlike(key) && !tw_type_lookup(tw_type_of(key), TW_NAME(__index__))) {
        tw_error(&tw_type_TypeError, "array indices must be integers");
        return -1;
    }
    if (tw_index_as_ssize(key, i) < 0) {
        if (tw_error_matches(&tw_type_OverflowError)) {
            tw_error_clear();
            tw_error(&tw_type_IndexError, "cannot fit '%T' into an index-sized integer", key);
        }
        return -1;
    }
    return 1;
}

// An index-sized argument of a method (pop, insert): clinic's "n" converter.
static int ssize_arg(TwValue v, int64_t *out) {
    TwValue i = tw_index(v);
    if (!i) {
        return -1;
    }
    if (!tw_int_to_i64(i, out)) {
        overflow("Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

static TwValue array_getitem(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t i;
    int kind = subscript(argv[1], &i);
    if (kind < 0) {
        return TW_NULL;
    }
    if (kind == 1) {
        if (i < 0) {
            i += (int64_t)a->len;
        }
        if (i < 0 || (uint64_t)i >= a->len) {
            return tw_error(&tw_type_IndexError, "array index out of range");
        }
        return get_item(a, (size_t)i);
    }
    int64_t start, stop, step;
    int64_t n = tw_slice_indices(argv[1], (int64_t)a->len, &start, &stop, &step);
    if (n < 0) {
        return TW_NULL;
    }
    ArrayObj *r = array_alloc(&array_type, a->desc, 0);
    if (!r || reserve(r, (size_t)n) < 0) {
        return TW_NULL;
    }
    size_t isz = a->desc->size;
    // the slice's __index__ calls may have shrunk the array: take what is left
    for (int64_t k = 0, j = start; k < n; k++, j += step) {
        if ((size_t)j < a->len) {
            memcpy(r->items + r->len++ * isz, a->items + (size_t)j * isz, isz);
        }
    }
    return tw_from_obj(r);
}

static void delete_slice(ArrayObj *a, int64_t start, int64_t step, int64_t n) {
    if (n <= 0) {
        return;
    }
    size_t isz = a->desc->size;
    if (step < 0) {   // the same items, walked upwards
        start += step * (n - 1);
        step = -step;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < a->len; r++) {
        bool gone = (int64_t)r - start < step * n && ((int64_t)r - start) % step == 0;
        if (!gone) {
            memmove(a->items + w++ * isz, a->items + r * isz, isz);
        }
    }
    a->len = w;
    shrink(a);
}

static int assign_slice(ArrayObj *a, TwValue slice, TwValue value) {
    int64_t start, stop, step;
    int64_t n = tw_slice_indices(slice, (int64_t)a->len, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    if (!value) {
        delete_slice(a, start, step, n);
        return 0;
    }
    if (!is_array(value)) {
        tw_error(&tw_type_TypeError, "can only assign array (not \"%s\") to array slice", tw_type_cname(tw_type_of(value)));
        return -1;
    }
    ArrayObj *b = ARR(value);
    if (b->desc != a->desc) {
        tw_error(&tw_type_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    size_t isz = a->desc->size, m = b->len;
    // a[...] = a needs a copy of the source
    uint8_t *src = b->items, *copy = NULL;
    if (b == a && m) {
        copy = malloc(m * isz);
        if (!copy) {
            tw_error_nomem();
            return -1;
        }
        memcpy(copy, src, m * isz);
        src = copy;
    }
    int r = 0;
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        size_t old = (size_t)(stop - start);
        if (m > old && reserve(a, a->len + m - old) < 0) {
            r = -1;
        } else {
            memmove(a->items + ((size_t)start + m) * isz, a->items + (size_t)stop * isz, (a->len - (size_t)stop) * isz);
            if (m) {
                memcpy(a->items + (size_t)start * isz, src, m * isz);
            }
            a->len = a->len - old + m;
            shrink(a);
        }
    } else if (m == 0) {
        delete_slice(a, start, step, n);
    } else if ((int64_t)m != n) {
        tw_error(&tw_type_ValueError, "attempt to assign array of size %zu to extended slice of size %lld", m,
                 (long long)n);
        r = -1;
    } else {
        for (int64_t k = 0, j = start; k < n; k++, j += step) {
            memcpy(a->items + (size_t)j * isz, src + (size_t)k * isz, isz);
        }
    }
    free(copy);
    return r;
}

static TwValue array_setitem(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t i;
    int kind = subscript(argv[1], &i);
    if (kind < 0) {
        return TW_NULL;
    }
    if (kind == 0) {
        return assign_slice(a, argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
    }
    if (i < 0) {
        i += (int64_t)a->len;
    }
    if (i < 0 || (uint64_t)i >= a->len) {
        return tw_error(&tw_type_IndexError, "array assignment index out of range");
    }
    Item it;
    if (convert(a->desc, argv[2], &it) < 0) {
        return TW_NULL;
    }
    if ((uint64_t)i >= a->len) {   // shrunk by the conversion
        return tw_error(&tw_type_IndexError, "array assignment index out of range");
    }
    memcpy(a->items + (size_t)i * a->desc->size, it.raw, a->desc->size);
    return TW_NONE;
}

static TwValue array_delitem(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t i;
    int kind = subscript(argv[1], &i);
    if (kind < 0) {
        return TW_NULL;
    }
    if (kind == 0) {
        return assign_slice(a, argv[1], TW_NULL) < 0 ? TW_NULL : TW_NONE;
    }
    if (i < 0) {
        i += (int64_t)a->len;
    }
    if (i < 0 || (uint64_t)i >= a->len) {
        return tw_error(&tw_type_IndexError, "array assignment index out of range");
    }
    delete_slice(a, i, 1, 1);
    return TW_NONE;
}

static TwValue array_len(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int((int64_t)SELF->len);
}

// ---------------------------------------------------------------- operators

// a + b, a * n and their in-place forms.
static TwValue array_add(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    if (!is_array(argv[1])) {
        return tw_error(&tw_type_TypeError, "can only append array (not \"%s\") to array",
                        tw_type_cname(tw_type_of(argv[1])));
    }
    ArrayObj *b = ARR(argv[1]);
    if (b->desc != a->desc) {
        return tw_error(&tw_type_TypeError, "bad argument type for built-in operation");
    }
    size_t isz = a->desc->size;
    ArrayObj *r = array_alloc(&array_type, a->desc, a->len + b->len);
    if (!r) {
        return TW_NULL;
    }
    memcpy(r->items, a->items, a->len * isz);
    memcpy(r->items + a->len * isz, b->items, b->len * isz);
    return tw_from_obj(r);
}

static TwValue array_iadd(int argc, TwValue *argv, TwValue kwnames) {
    if (!is_array(argv[1])) {
        return tw_error(&tw_type_TypeError, "can only extend array with array (not \"%s\")",
                        tw_type_cname(tw_type_of(argv[1])));
    }
    if (extend_array(SELF, argv[1], "can only extend with array of same kind") < 0) {
        return TW_NULL;
    }
    return argv[0];
}

// The count of a * n: 1 with *n, 0 when n is not an integer (NotImplemented), -1.
static int repeat_count(TwValue v, int64_t *n) {
    if (!tw_is_intlike(v) && !tw_type_lookup(tw_type_of(v), TW_NAME(__index__))) {
        return 0;
    }
    if (tw_index_as_ssize(v, n) < 0) {
        return -1;
    }
    if (*n < 0) {
        *n = 0;
    }
    return 1;
}

static TwValue array_mul(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t n;
    int ok = repeat_count(argv[1], &n);
    if (ok <= 0) {
        return ok < 0 ? TW_NULL : TW_NOTIMPL;
    }
    size_t isz = a->desc->size, len = a->len;
    if (len && (uint64_t)n > (uint64_t)(INT64_MAX / isz) / len) {
        return tw_error_nomem();
    }
    ArrayObj *r = array_alloc(&array_type, a->desc, len * (size_t)n);
    if (!r) {
        return TW_NULL;
    }
    for (int64_t k = 0; k < n && len; k++) {
        memcpy(r->items + (size_t)k * len * isz, a->items, len * isz);
    }
    return tw_from_obj(r);
}

static TwValue array_imul(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t n;
    int ok = repeat_count(argv[1], &n);
    if (ok <= 0) {
        return ok < 0 ? TW_NULL : TW_NOTIMPL;
    }
    size_t isz = a->desc->size, len = a->len;
    if (len && (uint64_t)n > (uint64_t)(INT64_MAX / isz) / len) {
        return tw_error_nomem();
    }
    if (reserve(a, len * (size_t)n) < 0) {
        return TW_NULL;
    }
    for (int64_t k = 1; k < n; k++) {
        memcpy(a->items + (size_t)k * len * isz, a->items, len * isz);
    }
    a->len = len * (size_t)n;
    shrink(a);
    return argv[0];
}

// CPython's array_richcompare: lengths first for == and !=, then the first differing
// item decides.
static TwValue richcompare(int op, TwValue v, TwValue w) {
    if (!is_array(w)) {
        return TW_NOTIMPL;
    }
    ArrayObj *a = ARR(v), *b = ARR(w);
    if (a->len != b->len && (op == TW_CMP_EQ || op == TW_CMP_NE)) {
        return tw_bool(op == TW_CMP_NE);
    }
    size_t i;
    TwValue x = TW_NULL, y = TW_NULL;
    for (i = 0; i < a->len && i < b->len; i++) {
        x = get_item(a, i);
        y = x ? get_item(b, i) : TW_NULL;
        if (!y) {
            return TW_NULL;
        }
        int k = values_eq(x, y);
        if (k < 0) {
            return TW_NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i == a->len || i == b->len) {
        size_t la = a->len, lb = b->len;
        bool r;
        switch (op) {
        case TW_CMP_LT: r = la < lb; break;
        case TW_CMP_LE: r = la <= lb; break;
        case TW_CMP_EQ: r = la == lb; break;
        case TW_CMP_NE: r = la != lb; break;
        case TW_CMP_GT: r = la > lb; break;
        default: r = la >= lb; break;
        }
        return tw_bool(r);
    }
    if (op == TW_CMP_EQ || op == TW_CMP_NE) {
        return tw_bool(op == TW_CMP_NE);
    }
    return tw_compare(op, x, y);
}

static TwValue array_lt(int argc, TwValue *argv, TwValue kwnames) { return richcompare(TW_CMP_LT, argv[0], argv[1]); }
static TwValue array_le(int argc, TwValue *argv, TwValue kwnames) { return richcompare(TW_CMP_LE, argv[0], argv[1]); }
static TwValue array_eq(int argc, TwValue *argv, TwValue kwnames) { return richcompare(TW_CMP_EQ, argv[0], argv[1]); }
static TwValue array_ne(int argc, TwValue *argv, TwValue kwnames) { return richcompare(TW_CMP_NE, argv[0], argv[1]); }
static TwValue array_gt(int argc, TwValue *argv, TwValue kwnames) { return richcompare(TW_CMP_GT, argv[0], argv[1]); }
static TwValue array_ge(int argc, TwValue *argv, TwValue kwnames) { return richcompare(TW_CMP_GE, argv[0], argv[1]); }

// Index of the first item equal to v in [start, stop), -1 if none, -2 on error.
static int64_t find(ArrayObj *a, TwValue v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && (size_t)i < a->len; i++) {
        TwValue x = get_item(a, (size_t)i);
        int k = x ? values_eq(x, v) : -1;
        if (k) {
            return k < 0 ? -2 : i;
        }
    }
    return -1;
}

static TwValue array_contains(int argc, TwValue *argv, TwValue kwnames) {
    int64_t i = find(SELF, argv[1], 0, INT64_MAX);
    return i == -2 ? TW_NULL : tw_bool(i >= 0);
}

static TwValue array_repr(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    char code = a->desc->code;
    TwValue name = tw_type_name(tw_type_of(argv[0]));   // no module: "array('i')", "MyArray('i')"
    if (a->len == 0) {
        return tw_str_fmt("%U('%c')", name, code);
    }
    TwValue items = code == 'u' ? to_unicode(a) : to_list(a);
    if (!items) {
        return TW_NULL;
    }
    return tw_str_fmt("%U('%c', %R)", name, code, items);
}

// ---------------------------------------------------------------- methods

static TwValue m_append(int argc, TwValue *argv, TwValue kwnames) {
    return append_value(SELF, argv[1]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue m_extend(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"bb"};
    TwValue arg;
    if (tw_parse_args("extend", argc - 1, argv + 1, kwnames, names, 1, 1, 1, 1, &arg) < 0) {
        return TW_NULL;
    }
    int r = is_array(arg) ? extend_array(SELF, arg, "can only extend with array of same kind")
                          : extend_iterable(SELF, arg);
    return r < 0 ? TW_NULL : TW_NONE;
}

static TwValue m_insert(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t i;
    Item it;
    if (ssize_arg(argv[1], &i) < 0 || convert(a->desc, argv[2], &it) < 0 || reserve(a, a->len + 1) < 0) {
        return TW_NULL;
    }
    int64_t n = (int64_t)a->len;
    if (i < 0) {
        i = i + n < 0 ? 0 : i + n;
    }
    if (i > n) {
        i = n;
    }
    size_t isz = a->desc->size;
    memmove(a->items + ((size_t)i + 1) * isz, a->items + (size_t)i * isz, (size_t)(n - i) * isz);
    memcpy(a->items + (size_t)i * isz, it.raw, isz);
    a->len++;
    return TW_NONE;
}

static TwValue m_pop(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t i = -1;
    if (argc > 1 && ssize_arg(argv[1], &i) < 0) {
        return TW_NULL;
    }
    if (a->len == 0) {
        return tw_error(&tw_type_IndexError, "pop from empty array");
    }
    if (i < 0) {
        i += (int64_t)a->len;
    }
    if (i < 0 || (uint64_t)i >= a->len) {
        return tw_error(&tw_type_IndexError, "pop index out of range");
    }
    TwValue v = get_item(a, (size_t)i);
    if (!v) {
        return TW_NULL;
    }
    delete_slice(a, i, 1, 1);
    return v;
}

static TwValue m_remove(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t i = find(a, argv[1], 0, INT64_MAX);
    if (i == -2) {
        return TW_NULL;
    }
    if (i < 0) {
        return tw_error(&tw_type_ValueError, "array.remove(x): x not in array");
    }
    delete_slice(a, i, 1, 1);
    return TW_NONE;
}

// start/stop of index(): clinic's slice_index converter, clamped as slice bounds.
static int bound_arg(TwValue v, int64_t len, int64_t *out) {
    if (!tw_is_intlike(v) && !tw_type_lookup(tw_type_of(v), TW_NAME(__index__))) {
        tw_error(&tw_type_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    TwValue i = tw_index(v);
    if (!i) {
        return -1;
    }
    int64_t x;
    if (!tw_int_to_i64(i, &x)) {
        x = tw_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (x < 0) {
        x += len;
        if (x < 0) {
            x = 0;
        }
    }
    *out = x;
    return 0;
}

static TwValue m_index(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t start = 0, stop = INT64_MAX;
    if ((argc > 2 && bound_arg(argv[2], (int64_t)a->len, &start) < 0) ||
        (argc > 3 && bound_arg(argv[3], (int64_t)a->len, &stop) < 0)) {
        return TW_NULL;
    }
    int64_t i = find(a, argv[1], start, stop);
    if (i == -2) {
        return TW_NULL;
    }
    if (i < 0) {
        return tw_error(&tw_type_ValueError, "array.index(x): x not in array");
    }
    return tw_from_small_int(i);
}

static TwValue m_count(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    int64_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        TwValue x = get_item(a, i);
        int k = x ? values_eq(x, argv[1]) : -1;
        if (k < 0) {
            return TW_NULL;
        }
        n += k;
    }
    return tw_from_small_int(n);
}

static TwValue m_reverse(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    size_t isz = a->desc->size;
    uint8_t tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, a->items + i * isz, isz);
        memcpy(a->items + i * isz, a->items + (j - 1) * isz, isz);
        memcpy(a->items + (j - 1) * isz, tmp, isz);
    }
    return TW_NONE;
}

static TwValue m_byteswap(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    size_t isz = a->desc->size;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->items + i * isz;
        for (size_t k = 0; k < isz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = t;
        }
    }
    return TW_NONE;
}

static TwValue m_buffer_info(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    TwValue addr = tw_int_from_u64((uint64_t)(uintptr_t)a->items);
    TwValue n = tw_int_from_u64(a->len);
    return addr && n ? tw_tuple_pack(2, addr, n) : TW_NULL;
}

static TwValue m_tobytes(int argc, TwValue *argv, TwValue kwnames) {
    return tw_bytes_new(SELF->items, SELF->len * SELF->desc->size);
}

static TwValue m_frombytes(int argc, TwValue *argv, TwValue kwnames) {
    uint8_t *data;
    size_t n;
    bool writable;
    if (tw_buffer_view(argv[1], &data, &n, &writable) < 0) {
        return tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%T'", argv[1]);
    }
    if (is_array(argv[1]) && ARR(argv[1])->desc->size != 1) {   // CPython wants single bytes
        return tw_error(&tw_type_TypeError, "a bytes-like object is required");
    }
    if (argv[1] == argv[0]) {   // CPython holds the export of its own buffer while growing
        return tw_error(&tw_type_BufferError, "cannot resize an array that is exporting buffers");
    }
    int r = extend_bytes(SELF, data, n);
    tw_keep_alive(argv[1]);
    return r < 0 ? TW_NULL : TW_NONE;
}

// f.read(n * itemsize), appended; EOFError after appending when the file ran short.
static TwValue m_fromfile(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"f", "n"};
    TwValue args[2];
    if (tw_parse_args("fromfile", argc - 1, argv + 1, kwnames, names, 2, 2, 2, 2, args) < 0) {
        return TW_NULL;
    }
    ArrayObj *a = SELF;
    int64_t n;
    if (ssize_arg(args[1], &n) < 0) {
        return TW_NULL;
    }
    if (n < 0) {
        return tw_error(&tw_type_ValueError, "negative count");
    }
    if (n > INT64_MAX / a->desc->size) {
        return tw_error_nomem();
    }
    TwValue want = tw_int_from_i64(n * a->desc->size);
    TwValue b = want ? tw_call_method(args[0], tw_str_intern_c("read"), 1, &want) : TW_NULL;
    if (!b) {
        return TW_NULL;
    }
    if (!tw_isinstance_type(b, &tw_type_bytes)) {
        return tw_error(&tw_type_TypeError, "read() didn't return bytes");
    }
    size_t got = TW_OBJ(b, TwBytes)->size;
    if (extend_bytes(a, TW_OBJ(b, TwBytes)->data, got) < 0) {
        return TW_NULL;
    }
    if ((int64_t)got != n * a->desc->size) {
        return tw_error(&tw_type_EOFError, "read() didn't return enough bytes");
    }
    return TW_NONE;
}

// f.write() of the items' bytes, in blocks of 64 KiB as CPython (none for an empty array).
static TwValue m_tofile(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"f"};
    TwValue f;
    if (tw_parse_args("tofile", argc - 1, argv + 1, kwnames, names, 1, 1, 1, 1, &f) < 0) {
        return TW_NULL;
    }
    ArrayObj *a = SELF;
    const size_t block = 64 * 1024;
    size_t total = a->len * a->desc->size;
    for (size_t off = 0; off < total; off += block) {
        if (off >= a->len * a->desc->size) {   // shrunk by a write()
            break;
        }
        size_t k = a->len * a->desc->size - off;
        TwValue chunk = tw_bytes_new(a->items + off, k < block ? k : block);
        if (!chunk || !tw_call_method(f, tw_str_intern_c("write"), 1, &chunk)) {
            return TW_NULL;
        }
    }
    return TW_NONE;
}

static TwValue m_tolist(int argc, TwValue *argv, TwValue kwnames) {
    return to_list(SELF);
}

static TwValue m_fromlist(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *a = SELF;
    TwValue l = argv[1];
    if (!tw_isinstance_type(l, &tw_type_list)) {
        return tw_error(&tw_type_TypeError, "arg must be list");
    }
    // all or nothing: a bad item leaves the array as it was
    size_t old = a->len;
    for (size_t i = 0; i < tw_list_size(l); i++) {
        if (append_value(a, tw_list_items(l)[i]) < 0) {
            if (a->len > old) {
                a->len = old;
            }
            return TW_NULL;
        }
    }
    return TW_NONE;
}

static TwValue m_tounicode(int argc, TwValue *argv, TwValue kwnames) {
    if (SELF->desc->code != 'u') {
        return tw_error(&tw_type_ValueError, "tounicode() may only be called on unicode type arrays");
    }
    return to_unicode(SELF);
}

static TwValue m_fromunicode(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_is_strlike(argv[1])) {
        return tw_error(&tw_type_TypeError, "fromunicode() argument must be str, not %T", argv[1]);
    }
    if (SELF->desc->code != 'u') {
        return tw_error(&tw_type_ValueError, "fromunicode() may only be called on unicode type arrays");
    }
    return extend_unicode(SELF, argv[1]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue m_copy(int argc, TwValue *argv, TwValue kwnames) {
    ArrayObj *r = array_from_bytes(SELF->desc, SELF->items, SELF->len);
    return r ? tw_from_obj(r) : TW_NULL;
}

static TwValue m_sizeof(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int((int64_t)(64 + SELF->cap * SELF->desc->size));
}

static TwValue get_typecode(TwValue self) {
    return tw_str_from_codepoint((uint32_t)ARR(self)->desc->code);
}

static TwValue get_itemsize(TwValue self) {
    return tw_from_small_int(ARR(self)->desc->size);
}

// ---------------------------------------------------------------- iteration

typedef struct ArrayIter {
    TwObject hdr;
    TwValue array;       // TW_NULL once exhausted
    size_t index;
} ArrayIter;

static void arrayiter_trace(TwObject *self) {
    tw_gc_mark(((ArrayIter *)self)->array);
}

static TwValue arrayiter_next(TwValue self) {
    ArrayIter *it = TW_OBJ(self, ArrayIter);
    if (!it->array) {
        return TW_NULL;
    }
    ArrayObj *a = ARR(it->array);
    if (it->index >= a->len) {
        it->array = TW_NULL;
        return TW_NULL;
    }
    return get_item(a, it->index++);
}

static TwValue array_iter(int argc, TwValue *argv, TwValue kwnames) {
    ArrayIter *it = (ArrayIter *)tw_gc_alloc(&arrayiter_type, sizeof(ArrayIter));
    if (!it) {
        return TW_NULL;
    }
    it->array = argv[0];
    return tw_from_obj(it);
}

static TwValue arrayiter_iter(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue arrayiter_next_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = arrayiter_next(argv[0]);
    if (!v && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return v;
}

static const TwMethodDef arrayiter_methods[] = {
    {"__iter__", arrayiter_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", arrayiter_next_m, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType arrayiter_type = {
    .c_name = "array.arrayiterator",
    .basic_size = sizeof(ArrayIter),
    .trace = arrayiter_trace,
    .iternext = arrayiter_next,
};

// ---------------------------------------------------------------- the type and module

static const TwMethodDef array_methods[] = {
    {"__new__", array_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__len__", array_len, 1, 1, TW_BUILTIN_METHOD},
    {"__getitem__", array_getitem, 2, 2, TW_BUILTIN_METHOD},
    {"__setitem__", array_setitem, 3, 3, TW_BUILTIN_METHOD},
    {"__delitem__", array_delitem, 2, 2, TW_BUILTIN_METHOD},
    {"__contains__", array_contains, 2, 2, TW_BUILTIN_METHOD},
    {"__iter__", array_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__add__", array_add, 2, 2, TW_BUILTIN_METHOD},
    {"__iadd__", array_iadd, 2, 2, TW_BUILTIN_METHOD},
    {"__mul__", array_mul, 2, 2, TW_BUILTIN_METHOD},
    {"__rmul__", array_mul, 2, 2, TW_BUILTIN_METHOD},
    {"__imul__", array_imul, 2, 2, TW_BUILTIN_METHOD},
    {"__lt__", array_lt, 2, 2, TW_BUILTIN_METHOD},
    {"__le__", array_le, 2, 2, TW_BUILTIN_METHOD},
    {"__eq__", array_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", array_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__gt__", array_gt, 2, 2, TW_BUILTIN_METHOD},
    {"__ge__", array_ge, 2, 2, TW_BUILTIN_METHOD},
    {"__repr__", array_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__copy__", m_copy, 1, 1, TW_BUILTIN_METHOD},
    {"__deepcopy__", m_copy, 2, 2, TW_BUILTIN_METHOD},
    {"__sizeof__", m_sizeof, 1, 1, TW_BUILTIN_METHOD},
    {"append", m_append, 2, 2, TW_BUILTIN_METHOD},
    {"buffer_info", m_buffer_info, 1, 1, TW_BUILTIN_METHOD},
    {"byteswap", m_byteswap, 1, 1, TW_BUILTIN_METHOD},
    {"count", m_count, 2, 2, TW_BUILTIN_METHOD},
    {"extend", m_extend, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"frombytes", m_frombytes, 2, 2, TW_BUILTIN_METHOD},
    {"fromfile", m_fromfile, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"fromlist", m_fromlist, 2, 2, TW_BUILTIN_METHOD},
    {"fromunicode", m_fromunicode, 2, 2, TW_BUILTIN_METHOD},
    {"index", m_index, 2, 4, TW_BUILTIN_METHOD},
    {"insert", m_insert, 3, 3, TW_BUILTIN_METHOD},
    {"pop", m_pop, 1, 2, TW_BUILTIN_METHOD},
    {"remove", m_remove, 2, 2, TW_BUILTIN_METHOD},
    {"reverse", m_reverse, 1, 1, TW_BUILTIN_METHOD},
    {"tobytes", m_tobytes, 1, 1, TW_BUILTIN_METHOD},
    {"tofile", m_tofile, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"tolist", m_tolist, 1, 1, TW_BUILTIN_METHOD},
    {"tounicode", m_tounicode, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwGetSetDef array_getsets[] = {
    {"typecode", get_typecode, NULL, false},
    {"itemsize", get_itemsize, NULL, false},
    {NULL},
};

static TwType array_type = {
    .c_name = "array.array",
    .basic_size = sizeof(ArrayObj),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_SEQUENCE | TW_TYPE_SEQ_REPEAT,
    .finalize = array_finalize,
};

static int array_module_init(TwValue module) {
    if (!array_type.version) {
        tw_type_init_builtin(&array_type, array_type.c_name, &tw_type_object);
        tw_type_add_methods(&array_type, array_methods);
        tw_type_add_getsets(&array_type, array_getsets);
        tw_dict_set(tw_from_obj(array_type.dict), TW_NAME(__hash__), TW_NONE);
        tw_type_init_builtin(&arrayiter_type, arrayiter_type.c_name, &tw_type_object);
        tw_type_add_methods(&arrayiter_type, arrayiter_methods);
    }
    TwValue d = TW_OBJ(module, TwModule)->dict;
    TwValue codes = tw_str_from_c("bBuhHiIlLqQfd");
    if (!codes || tw_dict_set_c(d, "typecodes", codes) < 0 || tw_dict_set_c(d, "array", tw_from_obj(&array_type)) < 0 ||
        tw_dict_set_c(d, "ArrayType", tw_from_obj(&array_type)) < 0) {
        return -1;
    }
    return 0;
}

void tw_array_init(void) {
    tw_module_register("array", array_module_init);
}
