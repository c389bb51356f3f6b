// The _struct module (lib/struct.py re-exports it): formats compiled once into a code
// list and cached, pack/unpack over every format character with native ('@': this
// machine's sizes and alignment) and standard ('<', '>', '!', '=') layouts, and
// CPython's struct.error messages. CPython packs with native functions wherever a standard
// format has the native size and byte order, and their range errors differ from the
// standard ones'; the `kind` of each code reproduces which message a value gets.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bigint.h"
#include "gc.h"
#include "modules.h"

static TwType struct_type, unpackiter_type, struct_error_type;
static TwValue format_cache;   // dict: format (str or bytes) -> Struct

static TwValue struct_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TwValue msg = tw_str_vfmt(fmt, ap);
    va_end(ap);
    return msg ? tw_error_value(&struct_error_type, msg) : TW_NULL;
}

static bool host_little(void) {
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 1;
}

// ---------------------------------------------------------------- compiling formats

// How an integer code checks its range (see the file comment).
enum {
    K_NAMED,        // "byte format requires -128 <= number <= 127" (b B h H as native code)
    K_SIGNED,       // "'i' format requires -2147483648 <= number <= 2147483647"
    K_UNSIGNED,     // "'I' format requires 0 <= number <= 4294967295"; negative: out of range
    K_WIDE,         // 8 bytes: only "argument out of range"
    K_BIG64,        // '>q' '>Q': "int too large to convert"
    K_POINTER,      // 'P': negative values as two's complement
};

typedef struct Code {
    char fmt;
    uint8_t kind;
    bool little;
    bool native;         // '@': floats overflow to inf as C casts do
    int size;            // bytes of one item (s and p: 1)
    int64_t offset;      // of the first item
    int64_t count;       // items (s and p: the byte length, one item)
} Code;

typedef struct StructObj {
    TwObject hdr;
    TwValue format;      // str
    Code *codes;         // malloc'd, ncodes entries
    size_t ncodes;
    int64_t size;        // bytes packed
    int64_t len;         // items packed
} StructObj;

static int native_size(char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
        return 1;
    case 'h': case 'H': case 'e':
        return 2;
    case 'i': case 'I': case 'f':
        return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd':
        return 8;
    default:
        return 0;
    }
}

static int standard_size(char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
        return 1;
    case 'h': case 'H': case 'e':
        return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f':
        return 4;
    case 'q': case 'Q': case 'd':
        return 8;
    default:
        return 0;   // n N P exist natively only
    }
}

static uint8_t int_kind(char order, char c, int size) {
    if (c == 'P') {
        return K_POINTER;
    }
    bool big = order == '>' || order == '!';
    bool native_order = order == '@' || (!big && host_little()) || (big && !host_little());
    if ((c == 'b' || c == 'B') || ((c == 'h' || c == 'H') && native_order)) {
        return K_NAMED;
    }
    if (size == 8) {
        return big ? K_BIG64 : K_WIDE;
    }
    return (c >= 'a' && c <= 'z') ? K_SIGNED : K_UNSIGNED;
}

// Compile fmt (str or bytes) into s. Returns 0 or -1 with struct.error / TypeError set.
static int compile_format(StructObj *s, TwValue fmt) {
    const char *p;
    size_t n;
    if (tw_isinstance_type(fmt, &tw_type_str)) {
        p = tw_str_data(fmt);
        n = tw_str_size(fmt);
    } else if (tw_isinstance_type(fmt, &tw_type_bytes)) {
        p = (const char *)TW_OBJ(fmt, TwBytes)->data;
        n = TW_OBJ(fmt, TwBytes)->size;
    } else {
        tw_error(&tw_type_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", fmt);
        return -1;
    }
    if (memchr(p, '\0', n)) {
        struct_error("embedded null character");
        return -1;
    }
    const char *end = p + n;
    char order = '@';
    if (p < end && strchr("@=<>!", *p)) {
        order = *p++;
    }
    bool native = order == '@';
    bool little = order == '<' || (order != '>' && order != '!' && host_little());
    const char *start = p;
    // first pass: sizes and counts; second: the codes
    for (int pass = 0; pass < 2; pass++) {
        int64_t size = 0, len = 0;
        size_t ncodes = 0;
        for (p = start; p < end;) {
            char c = *p++;
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                continue;
            }
            int64_t num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (p < end && *p >= '0' && *p <= '9') {
                    int d = *p++ - '0';
                    if (num > (INT64_MAX - d) / 10) {
                        struct_error("total struct size too long");
                        return -1;
                    }
                    num = num * 10 + d;
                }
                if (p == end) {
                    struct_error("repeat count given without format specifier");
                    return -1;
                }
                c = *p++;
            }
            int isize = native ? native_size(c) : standard_size(c);
            if (isize == 0) {
                struct_error("bad char in struct format");
                return -1;
            }
            if (native && size > 0 && c != 's' && c != 'p') {
                int64_t extra = (isize - 1) - (size - 1) % isize;
                if (extra > INT64_MAX - size) {
                    struct_error("total struct size too long");
                    return -1;
                }
                size += extra;
            }
            if (num > (INT64_MAX - size) / isize) {
                struct_error("total struct size too long");
                return -1;
            }
            bool counted = c == 's' || c == 'p' || (c != 'x' && num > 0);
            if (pass == 1 && counted) {
                Code *code = &s->codes[ncodes];
                code->fmt = c;
                code->size = isize;
                code->little = little;
                code->native = native;
                code->offset = size;
                code->count = num;
                code->kind = int_kind(order, c, isize);
            }
            ncodes += counted;
            len += (c == 's' || c == 'p') ? 1 : c == 'x' ? 0 : num;
            size += num * isize;
        }
        if (pass == 0) {
            s->codes = calloc(ncodes ? ncodes : 1, sizeof(Code));
            if (!s->codes) {
                tw_error_nomem();
                return -1;
            }
        }
        s->ncodes = ncodes;
        s->size = size;
        s->len = len;
    }
    // the format as a str (a bytes format compiled, so it is ASCII)
    TwValue f = tw_is_str(fmt) ? fmt : tw_str_new(tw_isinstance_type(fmt, &tw_type_str) ? tw_str_data(fmt) : (const char *)TW_OBJ(fmt, TwBytes)->data, n);
    if (!f) {
        return -1;
    }
    s->format = f;
    return 0;
}

static void struct_trace(TwObject *self) {
    tw_gc_mark(((StructObj *)self)->format);
}

static void struct_finalize(TwObject *self) {
    StructObj *s = (StructObj *)self;
    free(s->codes);
    s->codes = NULL;
}

// ---------------------------------------------------------------- buffers

int tw_buffer_view(TwValue v, uint8_t **data, size_t *size, bool *writable) {
    if (tw_isinstance_type(v, &tw_type_bytes)) {
        *data = TW_OBJ(v, TwBytes)->data;
        *size = TW_OBJ(v, TwBytes)->size;
        *writable = false;
        return 0;
    }
    if (tw_isinstance_type(v, &tw_type_bytearray)) {
        *data = TW_OBJ(v, TwByteArray)->data;
        *size = TW_OBJ(v, TwByteArray)->size;
        *writable = true;
        return 0;
    }
    if (tw_array_buffer(v, data, size)) {
        *writable = true;
        return 0;
    }
    return -1;
}

static int read_buffer(TwValue v, const uint8_t **data, size_t *size) {
    uint8_t *d;
    bool w;
    if (tw_buffer_view(v, &d, size, &w) < 0) {
        tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%T'", v);
        return -1;
    }
    *data = d;
    return 0;
}

// ---------------------------------------------------------------- packing

static void put_uint(uint8_t *p, uint64_t x, int size, bool little) {
    for (int i = 0; i < size; i++) {
        uint8_t byte = (uint8_t)(x >> (8 * i));
        p[little ? i : size - 1 - i] = byte;
    }
}

static uint64_t get_uint(const uint8_t *p, int size, bool little) {
    uint64_t x = 0;
    for (int i = 0; i < size; i++) {
        x |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    }
    return x;
}

// The exact int value of v (via __index__), or struct.error for non-integers.
static TwValue int_arg(TwValue v) {
    if (tw_is_int(v)) {
        return v;
    }
    if (!tw_is_intlike(v) && !tw_type_lookup(tw_type_of(v), TW_NAME(__index__))) {
        return struct_error("required argument is not an integer");
    }
    return tw_index(v);
}

static bool as_u64(TwValue i, uint64_t *out) {
    if (tw_int_sign(i) < 0 || tw_bigint_bit_length(i) > 64) {
        return false;
    }
    if (tw_is_int(i)) {
        *out = (uint64_t)tw_as_int(i);
        return true;
    }
    TwValue lo = tw_int_binop(TW_OP_AND, i, tw_from_small_int(0xFFFFFFFF));
    TwValue hi = tw_int_binop(TW_OP_RSHIFT, i, tw_from_small_int(32));
    int64_t l, h;
    if (!lo || !hi || !tw_int_to_i64(lo, &l) || !tw_int_to_i64(hi, &h)) {
        tw_error_clear();
        return false;
    }
    *out = (uint64_t)h << 32 | (uint64_t)l;
    return true;
}

static const char *named_kind(char c) {
    switch (c) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return "short";
    default: return "ushort";
    }
}

static int pack_int(const Code *c, uint8_t *p, TwValue v) {
    TwValue i = int_arg(v);
    if (!i) {
        return -1;
    }
    bool is_signed = c->fmt >= 'a' && c->fmt <= 'z';
    int bits = 8 * c->size;
    int64_t s;
    uint64_t u;
    bool fits_s = tw_int_to_i64(i, &s);
    bool fits_u = as_u64(i, &u);
    switch (c->kind) {
    case K_POINTER:
        if (fits_s) {
            u = (uint64_t)s;
        } else if (!fits_u) {
            struct_error("int too large to convert");
            return -1;
        }
        break;
    case K_BIG64:
        if (is_signed ? !fits_s : !fits_u) {
            struct_error("int too large to convert");
            return -1;
        }
        if (is_signed) {
            u = (uint64_t)s;
        }
        break;
    case K_WIDE:
        if (is_signed ? !fits_s : !fits_u) {
            struct_error("argument out of range");
            return -1;
        }
        if (is_signed) {
            u = (uint64_t)s;
        }
        break;
    case K_NAMED: {
        if (!fits_s) {
            struct_error("argument out of range");
            return -1;
        }
        int64_t lo = is_signed ? -((int64_t)1 << (bits - 1)) : 0;
        int64_t hi = is_signed ? ((int64_t)1 << (bits - 1)) - 1 : ((int64_t)1 << bits) - 1;
        if (s < lo || s > hi) {
            struct_error("%s format requires %lld <= number <= %lld", named_kind(c->fmt), (long long)lo, (long long)hi);
            return -1;
        }
        u = (uint64_t)s;
        break;
    }
    case K_SIGNED: {
        if (!fits_s) {
            struct_error("argument out of range");
            return -1;
        }
        int64_t hi = ((int64_t)1 << (bits - 1)) - 1;
        if (s < -hi - 1 || s > hi) {
            struct_error("'%c' format requires %lld <= number <= %lld", c->fmt, (long long)(-hi - 1), (long long)hi);
            return -1;
        }
        u = (uint64_t)s;
        break;
    }
    default: {   // K_UNSIGNED
        if (!fits_u) {
            struct_error("argument out of range");
            return -1;
        }
        uint64_t hi = ((uint64_t)1 << bits) - 1;
        if (u > hi) {
            struct_error("'%c' format requires 0 <= number <= %llu", c->fmt, (unsigned long long)hi);
            return -1;
        }
        break;
    }
    }
    put_uint(p, u, c->size, c->little);
    return 0;
}

// IEEE binary16 from a double, rounding half to even; -1 with OverflowError if too large.
static int pack_half(double x, uint8_t *p, bool little) {
    unsigned sign = signbit(x) ? 1 : 0;
    int e;
    unsigned bits;
    if (x == 0.0) {
        e = 0;
        bits = 0;
    } else if (isinf(x)) {
        e = 0x1f;
        bits = 0;
    } else if (isnan(x)) {
        e = 0x1f;
        bits = 512;
    } else {
        double f = frexp(fabs(x), &e);
        f *= 2.0;   // into [1, 2)
        e--;
        if (e >= 16) {
            goto overflow;
        }
        if (e < -25) {
            f = 0.0;
            e = 0;
        } else if (e < -14) {
            f = ldexp(f, 14 + e);   // subnormal
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = (unsigned)f;
        double rest = f - bits;
        if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
            if (++bits == 1024) {
                bits = 0;
                if (++e == 31) {
                    goto overflow;
                }
            }
        }
    }
    put_uint(p, bits | (unsigned)e << 10 | sign << 15, 2, little);
    return 0;
overflow:
    tw_error(&tw_type_OverflowError, "float too large to pack with e format");
    return -1;
}

static double unpack_half(const uint8_t *p, bool little) {
    unsigned v = (unsigned)get_uint(p, 2, little);
    int sign = (v >> 15) & 1, e = (v >> 10) & 0x1f;
    unsigned f = v & 0x3ff;
    if (e == 0x1f) {
        return f == 0 ? (sign ? -INFINITY : INFINITY) : NAN;
    }
    double x = f / 1024.0;
    if (e == 0) {
        e = -14;
    } else {
        x += 1.0;
        e -= 15;
    }
    x = ldexp(x, e);
    return sign ? -x : x;
}

static int pack_float(const Code *c, uint8_t *p, TwValue v, bool native) {
    double d;
    if (tw_is_float(v)) {
        d = tw_as_float(v);
    } else if (tw_number_as_double(v, &d) < 0) {
        tw_error_clear();
        struct_error("required argument is not a float");
        return -1;
    }
    if (c->fmt == 'e') {
        return pack_half(d, p, c->little);
    }
    if (c->fmt == 'f') {
        float f = (float)d;
        if (!native && isinf(f) && !isinf(d)) {
            tw_error(&tw_type_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t bits;
        memcpy(&bits, &f, 4);
        put_uint(p, bits, 4, c->little);
        return 0;
    }
    uint64_t bits;
    memcpy(&bits, &d, 8);
    put_uint(p, bits, 8, c->little);
    return 0;
}

// The bytes of an 's'/'p'/'c' argument.
static bool bytes_arg(TwValue v, const uint8_t **data, size_t *n) {
    if (tw_isinstance_type(v, &tw_type_bytes)) {
        *data = TW_OBJ(v, TwBytes)->data;
        *n = TW_OBJ(v, TwBytes)->size;
        return true;
    }
    if (tw_isinstance_type(v, &tw_type_bytearray)) {
        *data = TW_OBJ(v, TwByteArray)->data;
        *n = TW_OBJ(v, TwByteArray)->size;
        return true;
    }
    return false;
}

// Pack args (s->len of them) into buf (s->size bytes, zeroed).
static int pack_to(StructObj *s, uint8_t *buf, const TwValue *args) {
    size_t k = 0;
    for (size_t ci = 0; ci < s->ncodes; ci++) {
        const Code *c = &s->codes[ci];
        uint8_t *p = buf + c->offset;
        if (c->fmt == 's' || c->fmt == 'p') {
            TwValue v = args[k++];
            const uint8_t *data;
            size_t n;
            if (!bytes_arg(v, &data, &n)) {
                struct_error("argument for '%c' must be a bytes object", c->fmt);
                return -1;
            }
            int64_t room = c->fmt == 's' ? c->count : c->count - 1;
            if (room < 0) {
                continue;   // "0p"
            }
            if ((int64_t)n > room) {
                n = (size_t)room;
            }
            if (c->fmt == 'p') {
                *p++ = (uint8_t)(n > 255 ? 255 : n);
            }
            memcpy(p, data, n);
            continue;
        }
        for (int64_t j = 0; j < c->count; j++, p += c->size) {
            TwValue v = args[k++];
            switch (c->fmt) {
            case 'c': {
                // bytes only, not bytearray (unlike 's' and 'p')
                if (!tw_isinstance_type(v, &tw_type_bytes) || TW_OBJ(v, TwBytes)->size != 1) {
                    struct_error("char format requires a bytes object of length 1");
                    return -1;
                }
                *p = TW_OBJ(v, TwBytes)->data[0];
                break;
            }
            case '?': {
                int t = tw_truthy(v);
                if (t < 0) {
                    return -1;
                }
                *p = (uint8_t)t;
                break;
            }
            case 'e': case 'f': case 'd':
                if (pack_float(c, p, v, c->native) < 0) {
                    // CPython's s_pack_internal turns an int's OverflowError into this
                    if (tw_is_intlike(v) && tw_error_matches(&tw_type_OverflowError)) {
                        tw_error_clear();
                        struct_error("int too large to convert");
                    }
                    return -1;
                }
                break;
            default:
                if (pack_int(c, p, v) < 0) {
                    return -1;
                }
            }
        }
    }
    return 0;
}

static TwValue unpack_from_buf(StructObj *s, const uint8_t *buf) {
    TwValue t = tw_tuple_new((size_t)s->len);
    if (!t) {
        return TW_NULL;
    }
    TwValue *out = tw_tuple_items(t);
    size_t k = 0;
    for (size_t ci = 0; ci < s->ncodes; ci++) {
        const Code *c = &s->codes[ci];
        const uint8_t *p = buf + c->offset;
        if (c->fmt == 's' || c->fmt == 'p') {
            size_t n = (size_t)c->count;
            if (c->fmt == 'p') {
                if (n == 0) {
                    out[k++] = tw_bytes_new("", 0);
                    continue;
                }
                size_t len = p[0];
                if (len >= n) {
                    len = n - 1;
                }
                out[k] = tw_bytes_new(p + 1, len);
            } else {
                out[k] = tw_bytes_new(p, n);
            }
            if (!out[k++]) {
                return TW_NULL;
            }
            continue;
        }
        for (int64_t j = 0; j < c->count; j++, p += c->size) {
            TwValue v;
            switch (c->fmt) {
            case 'c':
                v = tw_bytes_new(p, 1);
                break;
            case '?':
                v = tw_bool(*p != 0);
                break;
            case 'e':
                v = tw_from_float(unpack_half(p, c->little));
                break;
            case 'f': {
                uint32_t bits = (uint32_t)get_uint(p, 4, c->little);
                float f;
                memcpy(&f, &bits, 4);
                v = tw_from_float(f);
                break;
            }
            case 'd': {
                uint64_t bits = get_uint(p, 8, c->little);
                double d;
                memcpy(&d, &bits, 8);
                v = tw_from_float(d);
                break;
            }
            default: {
                uint64_t u = get_uint(p, c->size, c->little);
                bool is_signed = c->fmt >= 'a' && c->fmt <= 'z';
                if (is_signed) {
                    int shift = 64 - 8 * c->size;
                    v = tw_int_from_i64((int64_t)(u << shift) >> shift);
                } else {
                    v = tw_int_from_u64(u);
                }
            }
            }
            if (!v) {
                return TW_NULL;
            }
            out[k++] = v;
        }
    }
    return t;
}

// ---------------------------------------------------------------- Struct objects

static TwValue struct_alloc(TwType *cls) {
    StructObj *s = (StructObj *)tw_gc_alloc(cls, cls->basic_size);
    if (!s) {
        return TW_NULL;
    }
    s->format = tw_str_from_c("");
    return s->format ? tw_from_obj(s) : TW_NULL;
}

static TwValue struct_new(int argc, TwValue *argv, TwValue kwnames) {
    return struct_alloc(TW_OBJ(argv[0], TwType));
}

static TwValue struct_init(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"format"};
    TwValue a[1];
    if (tw_parse_args("Struct", argc - 1, argv + 1, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return TW_NULL;
    }
    // compiled aside, so that a bad format leaves the Struct as it was
    StructObj *s = TW_OBJ(argv[0], StructObj);
    StructObj tmp = {0};
    if (compile_format(&tmp, a[0]) < 0) {
        free(tmp.codes);
        return TW_NULL;
    }
    free(s->codes);
    s->format = tmp.format;
    s->codes = tmp.codes;
    s->ncodes = tmp.ncodes;
    s->size = tmp.size;
    s->len = tmp.len;
    return TW_NONE;
}

// The compiled Struct for a format given to a module function (cached).
static StructObj *get_struct(TwValue fmt) {
    if (!format_cache) {
        format_cache = tw_dict_new();
        if (!format_cache) {
            return NULL;
        }
    }
    TwValue hit = TW_NULL;
    if (tw_is_str(fmt) || tw_is_type(fmt, &tw_type_bytes)) {
        hit = tw_is_str(fmt) ? tw_dict_get_str(format_cache, fmt) : TW_NULL;
        if (!hit && !tw_is_str(fmt)) {
            int r = tw_dict_lookup(format_cache, fmt, &hit);
            if (r < 0) {
                return NULL;
            }
        }
    }
    if (hit) {
        return TW_OBJ(hit, StructObj);
    }
    TwValue sv = struct_alloc(&struct_type);
    if (!sv || compile_format(TW_OBJ(sv, StructObj), fmt) < 0) {
        return NULL;
    }
    if (tw_is_str(fmt) || tw_is_type(fmt, &tw_type_bytes)) {
        if (tw_dict_size(format_cache) >= 100) {
            TwValue fresh = tw_dict_new();
            if (!fresh) {
                return NULL;
            }
            format_cache = fresh;
        }
        if (tw_dict_set(format_cache, fmt, sv) < 0) {
            return NULL;
        }
    }
    return TW_OBJ(sv, StructObj);
}

static TwValue do_pack(StructObj *s, int nargs, const TwValue *args) {
    if (nargs != s->len) {
        return struct_error("pack expected %lld items for packing (got %d)", (long long)s->len, nargs);
    }
    uint8_t stack[256] = {0};
    uint8_t *buf = s->size <= (int64_t)sizeof stack ? stack : calloc((size_t)s->size, 1);
    if (!buf) {
        return tw_error_nomem();
    }
    TwValue b = pack_to(s, buf, args) < 0 ? TW_NULL : tw_bytes_new(buf, (size_t)s->size);
    if (buf != stack) {
        free(buf);
    }
    return b;
}

static TwValue do_pack_into(StructObj *s, int nargs, const TwValue *args) {
    if (nargs != s->len + 2) {
        if (nargs == 0) {
            return struct_error("pack_into expected buffer argument");
        }
        if (nargs == 1) {
            return struct_error("pack_into expected offset argument");
        }
        return struct_error("pack_into expected %lld items for packing (got %d)", (long long)s->len, nargs - 2);
    }
    uint8_t *data;
    size_t n;
    bool writable;
    if (tw_buffer_view(args[0], &data, &n, &writable) < 0 || !writable) {
        return tw_error(&tw_type_TypeError, "argument must be read-write bytes-like object, not %T", args[0]);
    }
    int64_t offset;
    if (tw_int_as_i64(args[1], &offset) < 0) {
        if (tw_error_matches(&tw_type_OverflowError)) {
            tw_error_clear();
            tw_error(&tw_type_IndexError, "cannot fit '%T' into an index-sized integer", args[1]);
        }
        return TW_NULL;
    }
    int64_t len = (int64_t)n;
    if (offset < 0) {
        if (offset + s->size > 0) {
            return struct_error("no space to pack %lld bytes at offset %lld", (long long)s->size, (long long)offset);
        }
        if (offset + len < 0) {
            return struct_error("offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)len);
        }
        offset += len;
    }
    if (len - offset < s->size) {
        return struct_error(
            "pack_into requires a buffer of at least %lld bytes for packing %lld bytes at offset %lld "
            "(actual buffer size is %lld)",
            (long long)(s->size + offset), (long long)s->size, (long long)offset, (long long)len);
    }
    // Pack into a copy of the bytes, written back at the end (also after a failure, as
    // CPython's item by item writes leave the items before it): a callback that resizes
    // the buffer cannot make us write through a stale pointer.
    uint8_t *scratch = calloc((size_t)(s->size ? s->size : 1), 1);
    if (!scratch) {
        return tw_error_nomem();
    }
    memcpy(scratch, data + offset, (size_t)s->size);
    int r = pack_to(s, scratch, args + 2);
    // the buffer may have moved while packing called back into Python
    if (tw_buffer_view(args[0], &data, &n, &writable) == 0 && (int64_t)n >= offset + s->size) {
        memcpy(data + offset, scratch, (size_t)s->size);
    }
    free(scratch);
    return r < 0 ? TW_NULL : TW_NONE;
}

static TwValue do_unpack(StructObj *s, TwValue buffer) {
    const uint8_t *data;
    size_t n;
    if (read_buffer(buffer, &data, &n) < 0) {
        return TW_NULL;
    }
    if ((int64_t)n != s->size) {
        return struct_error("unpack requires a buffer of %lld bytes", (long long)s->size);
    }
    TwValue r = unpack_from_buf(s, data);
    tw_keep_alive(buffer);
    return r;
}

static TwValue do_unpack_from(StructObj *s, TwValue buffer, TwValue off) {
    const uint8_t *data;
    size_t n;
    int64_t offset = 0;
    if (off && tw_index_as_ssize(off, &offset) < 0) {
        return TW_NULL;
    }
    if (read_buffer(buffer, &data, &n) < 0) {
        return TW_NULL;
    }
    int64_t len = (int64_t)n;
    if (offset < 0) {
        if (offset + s->size > 0) {
            return struct_error("not enough data to unpack %lld bytes at offset %lld", (long long)s->size,
                                (long long)offset);
        }
        if (offset + len < 0) {
            return struct_error("offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)len);
        }
        offset += len;
    }
    if (len - offset < s->size) {
        return struct_error(
            "unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at offset %lld "
            "(actual buffer size is %lld)",
            (long long)(s->size + offset), (long long)s->size, (long long)offset, (long long)len);
    }
    TwValue r = unpack_from_buf(s, data + offset);
    tw_keep_alive(buffer);
    return r;
}

typedef struct UnpackIter {
    TwObject hdr;
    TwValue st;          // the Struct
    TwValue buffer;      // TW_NULL once exhausted
    int64_t index;       // byte offset of the next record
} UnpackIter;

static void unpackiter_trace(TwObject *self) {
    tw_gc_mark(((UnpackIter *)self)->st);
    tw_gc_mark(((UnpackIter *)self)->buffer);
}

static TwValue do_iter_unpack(TwValue sv, TwValue buffer) {
    StructObj *s = TW_OBJ(sv, StructObj);
    if (s->size == 0) {
        return struct_error("cannot iteratively unpack with a struct of length 0");
    }
    const uint8_t *data;
    size_t n;
    if (read_buffer(buffer, &data, &n) < 0) {
        return TW_NULL;
    }
    if ((int64_t)n % s->size != 0) {
        return struct_error("iterative unpacking requires a buffer of a multiple of %lld bytes", (long long)s->size);
    }
    UnpackIter *it = (UnpackIter *)tw_gc_alloc(&unpackiter_type, sizeof(UnpackIter));
    if (!it) {
        return TW_NULL;
    }
    it->st = sv;
    it->buffer = buffer;
    return tw_from_obj(it);
}

static TwValue unpackiter_next(TwValue self) {
    UnpackIter *it = TW_OBJ(self, UnpackIter);
    if (!it->buffer) {
        return TW_NULL;
    }
    StructObj *s = TW_OBJ(it->st, StructObj);
    const uint8_t *data;
    size_t n;
    if (read_buffer(it->buffer, &data, &n) < 0) {
        return TW_NULL;
    }
    if (it->index + s->size > (int64_t)n) {
        it->buffer = TW_NULL;
        return TW_NULL;
    }
    TwValue r = unpack_from_buf(s, data + it->index);
    it->index += s->size;
    return r;
}

static TwValue unpackiter_length_hint(int argc, TwValue *argv, TwValue kwnames) {
    UnpackIter *it = TW_OBJ(argv[0], UnpackIter);
    if (!it->buffer) {
        return tw_from_small_int(0);
    }
    const uint8_t *data;
    size_t n;
    if (read_buffer(it->buffer, &data, &n) < 0) {
        return TW_NULL;
    }
    int64_t size = TW_OBJ(it->st, StructObj)->size;
    int64_t left = ((int64_t)n - it->index) / size;
    return tw_int_from_i64(left > 0 ? left : 0);
}

static TwValue unpackiter_iter(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue unpackiter_next_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = unpackiter_next(argv[0]);
    if (!v && !tw_error_occurred()) {
        return tw_raise(tw_from_obj(&tw_type_StopIteration));
    }
    return v;
}

// ---- Struct methods

#define SELF_STRUCT TW_OBJ(argv[0], StructObj)

static TwValue st_pack(int argc, TwValue *argv, TwValue kwnames) {
    return do_pack(SELF_STRUCT, argc - 1, argv + 1);
}

static TwValue st_pack_into(int argc, TwValue *argv, TwValue kwnames) {
    return do_pack_into(SELF_STRUCT, argc - 1, argv + 1);
}

static TwValue st_unpack(int argc, TwValue *argv, TwValue kwnames) {
    return do_unpack(SELF_STRUCT, argv[1]);
}

static TwValue st_unpack_from(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"buffer", "offset"};
    TwValue a[2];
    if (tw_parse_args("unpack_from", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    return do_unpack_from(SELF_STRUCT, a[0], a[1]);
}

static TwValue st_iter_unpack(int argc, TwValue *argv, TwValue kwnames) {
    return do_iter_unpack(argv[0], argv[1]);
}

static TwValue st_get_format(TwValue self) {
    return TW_OBJ(self, StructObj)->format;
}

static TwValue st_get_size(TwValue self) {
    return tw_int_from_i64(TW_OBJ(self, StructObj)->size);
}

static TwValue st_sizeof(int argc, TwValue *argv, TwValue kwnames) {
    StructObj *s = SELF_STRUCT;
    return tw_int_from_i64((int64_t)(sizeof(StructObj) + s->ncodes * sizeof(Code)));
}

static const TwMethodDef struct_methods[] = {
    {"__new__", struct_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", struct_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"pack", st_pack, 1, -1, TW_BUILTIN_METHOD},
    {"pack_into", st_pack_into, 1, -1, TW_BUILTIN_METHOD},
    {"unpack", st_unpack, 2, 2, TW_BUILTIN_METHOD},
    {"unpack_from", st_unpack_from, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"iter_unpack", st_iter_unpack, 2, 2, TW_BUILTIN_METHOD},
    {"__sizeof__", st_sizeof, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static const TwGetSetDef struct_getsets[] = {
    {"format", st_get_format, NULL, false},
    {"size", st_get_size, NULL, false},
    {NULL},
};

static TwType struct_type = {
    .c_name = "_struct.Struct",
    .basic_size = sizeof(StructObj),
    .flags = TW_TYPE_BASETYPE,
    .trace = struct_trace,
    .finalize = struct_finalize,
};

static const TwMethodDef unpackiter_methods[] = {
    {"__iter__", unpackiter_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", unpackiter_next_m, 1, 1, TW_BUILTIN_METHOD},
    {"__length_hint__", unpackiter_length_hint, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static TwType unpackiter_type = {
    .c_name = "_struct.unpack_iterator",
    .basic_size = sizeof(UnpackIter),
    .trace = unpackiter_trace,
    .iternext = unpackiter_next,
};

static TwType struct_error_type = {
    .c_name = "struct.error",
    .flags = TW_TYPE_BASETYPE | TW_TYPE_EXCEPTION,
};

// ---- module functions

static int positional(const char *name, int argc, TwValue kwnames, int min, int max) {
    char qualified[32];
    snprintf(qualified, sizeof qualified, "_struct.%s", name);
    if (tw_check_no_kwargs(qualified, kwnames) < 0) {
        return -1;
    }
    if (argc < min || argc > max) {
        int want = argc < min ? min : max;
        tw_error(&tw_type_TypeError, "%s expected %s%d argument%s, got %d", name,
                 min == max ? "" : argc < min ? "at least " : "at most ", want, want == 1 ? "" : "s", argc);
        return -1;
    }
    return 0;
}

static TwValue f_calcsize(int argc, TwValue *argv, TwValue kwnames) {
    StructObj *s = get_struct(argv[0]);
    return s ? tw_int_from_i64(s->size) : TW_NULL;
}

static TwValue f_pack(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_no_kwargs("_struct.pack", kwnames) < 0) {
        return TW_NULL;
    }
    if (argc < 1) {
        return tw_error(&tw_type_TypeError, "missing format argument");
    }
    StructObj *s = get_struct(argv[0]);
    return s ? do_pack(s, argc - 1, argv + 1) : TW_NULL;
}

static TwValue f_pack_into(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_no_kwargs("_struct.pack_into", kwnames) < 0) {
        return TW_NULL;
    }
    if (argc < 1) {
        return tw_error(&tw_type_TypeError, "missing format argument");
    }
    StructObj *s = get_struct(argv[0]);
    return s ? do_pack_into(s, argc - 1, argv + 1) : TW_NULL;
}

static TwValue f_unpack(int argc, TwValue *argv, TwValue kwnames) {
    if (positional("unpack", argc, kwnames, 2, 2) < 0) {
        return TW_NULL;
    }
    StructObj *s = get_struct(argv[0]);
    return s ? do_unpack(s, argv[1]) : TW_NULL;
}

static TwValue f_unpack_from(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"format", "buffer", "offset"};
    TwValue a[3];
    if (tw_parse_args("unpack_from", argc, argv, kwnames, names, 3, 1, 3, 2, a) < 0) {
        return TW_NULL;
    }
    StructObj *s = get_struct(a[0]);
    return s ? do_unpack_from(s, a[1], a[2]) : TW_NULL;
}

static TwValue f_iter_unpack(int argc, TwValue *argv, TwValue kwnames) {
    if (positional("iter_unpack", argc, kwnames, 2, 2) < 0) {
        return TW_NULL;
    }
    StructObj *s = get_struct(argv[0]);
    return s ? do_iter_unpack(tw_from_obj(s), argv[1]) : TW_NULL;
}

static TwValue f_clearcache(int argc, TwValue *argv, TwValue kwnames) {
    format_cache = TW_NULL;
    return TW_NONE;
}

static const TwMethodDef struct_functions[] = {
    {"calcsize", f_calcsize, 1, 1, 0},
    {"pack", f_pack, 0, -1, TW_BUILTIN_KEYWORDS},
    {"pack_into", f_pack_into, 0, -1, TW_BUILTIN_KEYWORDS},
    {"unpack", f_unpack, 0, -1, TW_BUILTIN_KEYWORDS},
    {"unpack_from", f_unpack_from, 0, -1, TW_BUILTIN_KEYWORDS},
    {"iter_unpack", f_iter_unpack, 0, -1, TW_BUILTIN_KEYWORDS},
    {"_clearcache", f_clearcache, 0, 0, 0},
    {NULL},
};

static int struct_module_init(TwValue module) {
    if (!struct_type.version) {
        tw_type_init_builtin(&struct_type, struct_type.c_name, &tw_type_object);
        tw_type_add_methods(&struct_type, struct_methods);
        tw_type_add_getsets(&struct_type, struct_getsets);
        tw_type_init_builtin(&unpackiter_type, unpackiter_type.c_name, &tw_type_object);
        tw_type_add_methods(&unpackiter_type, unpackiter_methods);
        struct_error_type.basic_size = tw_type_Exception.basic_size;
        struct_error_type.dict_offset = tw_type_Exception.dict_offset;
        struct_error_type.trace = tw_type_Exception.trace;
        struct_error_type.finalize = tw_type_Exception.finalize;
        tw_type_init_builtin(&struct_error_type, struct_error_type.c_name, &tw_type_Exception);
        tw_gc_add_root(&format_cache);
    }
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, struct_functions) < 0 ||
        tw_dict_set_c(d, "Struct", tw_from_obj(&struct_type)) < 0 ||
        tw_dict_set_c(d, "error", tw_from_obj(&struct_error_type)) < 0) {
        return -1;
    }
    return 0;
}

void tw_struct_init(void) {
    tw_module_register("_struct", struct_module_init);
}
