// str core: allocation, interning, hashing (siphash-1-3, as CPython with PYTHONHASHSEED=0),
// equality, concatenation, repr, the C-side string builder TwBuf and the printf-like
// tw_str_fmt that every error message goes through. Methods live in obj_str_methods*.c,
// codecs in obj_str_codec.c, formatting in format.c.
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "obj.h"
#include "runtime.h"
#include "text.h"

TwType tw_type_str = {
    .hdr = {&tw_type_type},
    .c_name = "str",
    .basic_size = sizeof(TwStr),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_STR_SUB | TW_TYPE_MATCH_SELF | TW_TYPE_SEQ_REPEAT,
};

TwValue tw_str_empty;
static TwValue char_cache[256];   // one-character strs for code points < 256

// ---------------------------------------------------------------- UTF-8 helpers

size_t tw_utf8_count(const char *s, size_t n) {
    // Count lead bytes: every byte that is not 10xxxxxx starts a code point.
    size_t count = 0, i = 0;
    const uint8_t *p = (const uint8_t *)s;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if ((w & 0x8080808080808080ull) == 0) {
            count += 8;
            continue;
        }
        for (int k = 0; k < 8; k++) {
            count += (p[i + k] & 0xC0) != 0x80;
        }
    }
    for (; i < n; i++) {
        count += (p[i] & 0xC0) != 0x80;
    }
    return count;
}

size_t tw_utf8_check(const char *s, size_t n, bool allow_surrogates) {
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    while (i < n) {
        uint8_t b = p[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        int len;
        uint32_t min;
        if (b >= 0xC2 && b < 0xE0) {
            len = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b < 0xF0) {
            len = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b < 0xF5) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + (size_t)len > n) {
            return i;
        }
        for (int k = 1; k < len; k++) {
            if ((p[i + k] & 0xC0) != 0x80) {
                return i;
            }
        }
        int dummy;
        uint32_t cp = tw_utf8_decode(s + i, &dummy);
        if (cp < min || cp > 0x10FFFF || (!allow_surrogates && cp >= 0xD800 && cp < 0xE000)) {
            return i;
        }
        i += (size_t)len;
    }
    return n;
}

// ---------------------------------------------------------------- allocation

// A one-entry cursor cache for indexing non-ASCII strings: walking from the last position
// makes `for i in range(len(s)): s[i]` linear instead of quadratic. Allocation of a str at
// the cached address invalidates it (strs are immutable otherwise).
static TwStr *cursor_str;
static size_t cursor_index, cursor_offset;

void tw_str_forget_cursor(const void *p) {
    if (p == cursor_str) {
        cursor_str = NULL;
    }
}

TwStr *tw_str_alloc(size_t size, size_t length) {
    if (size > (size_t)INT64_MAX - sizeof(TwStr) - 1) {
        tw_error_nomem();
        return NULL;
    }
    TwStr *s = (TwStr *)tw_gc_alloc(&tw_type_str, sizeof(TwStr) + size + 1);
    if (!s) {
        return NULL;
    }
    if (s == cursor_str) {
        cursor_str = NULL;
    }
    s->data = s->inline_data;
    s->hash = -1;
    s->size = size;
    s->length = length;
    s->data[size] = 0;
    return s;
}

TwValue tw_str_new_len(const char *utf8, size_t size, size_t length) {
    if (length == 1 && size == 1 && char_cache[(uint8_t)utf8[0]]) {
        return char_cache[(uint8_t)utf8[0]];
    }
    if (size == 0 && tw_str_empty) {
        return tw_str_empty;
    }
    TwStr *s = tw_str_alloc(size, length);
    if (!s) {
        return TW_NULL;
    }
    memcpy(s->data, utf8, size);
    return tw_from_obj(s);
}

TwValue tw_str_new(const char *utf8, size_t size) {
    return tw_str_new_len(utf8, size, tw_utf8_count(utf8, size));
}

TwValue tw_str_from_c(const char *cstr) {
    return tw_str_new(cstr, strlen(cstr));
}

TwValue tw_str_from_codepoint(uint32_t cp) {
    if (cp < 256 && char_cache[cp]) {
        return char_cache[cp];
    }
    char buf[4];
    int n = tw_utf8_encode(cp, buf);
    return tw_str_new_len(buf, (size_t)n, 1);
}

TwValue tw_str_char(uint32_t cp) {
    return tw_str_from_codepoint(cp);
}

size_t tw_str_offset(TwValue sv, size_t i) {
    TwStr *s = TW_OBJ(sv, TwStr);
    if (s->size == s->length) {
        return i;
    }
    if (i >= s->length) {
        return s->size;
    }
    size_t idx = 0, off = 0;
    // Start from whichever of: beginning, cursor, end is closest.
    if (cursor_str == s) {
        idx = cursor_index;
        off = cursor_offset;
    }
    if (i < idx && i < idx - i) {
        idx = 0;
        off = 0;
    }
    if (i > idx && s->length - i < i - idx) {
        idx = s->length;
        off = s->size;
    }
    const uint8_t *p = (const uint8_t *)s->data;
    while (idx < i) {
        off += (size_t)tw_utf8_seqlen(p[off]);
        idx++;
    }
    while (idx > i) {
        off--;
        while ((p[off] & 0xC0) == 0x80) {
            off--;
        }
        idx--;
    }
    cursor_str = s;
    cursor_index = idx;
    cursor_offset = off;
    return off;
}

// ---------------------------------------------------------------- interning

// Open-addressing set of interned strs (malloc'd table, marked as a GC root: interned
// strings live forever, like CPython's immortal interned names).
static TwValue *intern_table;
static size_t intern_cap, intern_used;

static void intern_mark(void) {
    for (size_t i = 0; i < intern_cap; i++) {
        if (intern_table[i]) {
            tw_gc_mark(intern_table[i]);
        }
    }
    tw_gc_mark(tw_str_empty);
    for (int i = 0; i < 256; i++) {
        tw_gc_mark(char_cache[i]);
    }
}

static bool intern_grow(void) {
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    TwValue *nt = calloc(ncap, sizeof(TwValue));
    if (!nt) {
        return false;
    }
    for (size_t i = 0; i < intern_cap; i++) {
        TwValue v = intern_table[i];
        if (v) {
            size_t j = (size_t)tw_str_hash(v) & (ncap - 1);
            while (nt[j]) {
                j = (j + 1) & (ncap - 1);
            }
            nt[j] = v;
        }
    }
    free(intern_table);
    intern_table = nt;
    intern_cap = ncap;
    return true;
}

static bool intern_ready;
static void make_small_strings(void);

static void intern_setup(void) {
    intern_ready = true;
    tw_gc_add_root_fn(intern_mark);
    make_small_strings();
}

TwValue tw_str_intern(TwValue s) {
    TwStr *so = TW_OBJ(s, TwStr);
    if (so->interned) {
        return s;
    }
    if (!intern_ready) {
        intern_setup();
    }
    if ((intern_used + 1) * 2 > intern_cap && !intern_grow()) {
        return s;   // out of memory: an uninterned string still works, only slower
    }
    size_t j = (size_t)tw_str_hash(s) & (intern_cap - 1);
    while (intern_table[j]) {
        if (tw_str_eq(intern_table[j], s)) {
            return intern_table[j];
        }
        j = (j + 1) & (intern_cap - 1);
    }
    if (so->hdr.type != &tw_type_str) {
        // Subclass instances are not interned themselves: intern an exact copy.
        s = tw_str_new_len(so->data, so->size, so->length);
        if (!s) {
            tw_error_clear();
            return TW_NULL;
        }
        so = TW_OBJ(s, TwStr);
        if (so->interned) {
            return s;
        }
    }
    so->interned = 1;
    intern_table[j] = s;
    intern_used++;
    return s;
}

TwValue tw_str_find_interned(TwValue s) {
    if (TW_OBJ(s, TwStr)->interned) {
        return s;
    }
    if (!intern_cap) {
        return TW_NULL;
    }
    for (size_t j = (size_t)tw_str_hash(s) & (intern_cap - 1); intern_table[j]; j = (j + 1) & (intern_cap - 1)) {
        if (tw_str_eq(intern_table[j], s)) {
            return intern_table[j];
        }
    }
    return TW_NULL;
}

TwValue tw_str_intern_c(const char *cstr) {
    TwValue s = tw_str_from_c(cstr);
    if (!s) {
        fprintf(stderr, "twinpy: out of memory interning a string\n");
        abort();
    }
    return tw_str_intern(s);
}

// ---------------------------------------------------------------- hashing

static inline uint64_t rotl64(uint64_t x, int b) {
    return (x << b) | (x >> (64 - b));
}

#define SIPROUND(v0, v1, v2, v3) \
    do { \
        v0 += v1; v1 = rotl64(v1, 13); v1 ^= v0; v0 = rotl64(v0, 32); \
        v2 += v3; v3 = rotl64(v3, 16); v3 ^= v2; \
        v0 += v3; v3 = rotl64(v3, 21); v3 ^= v0; \
        v2 += v1; v1 = rotl64(v1, 17); v1 ^= v2; v2 = rotl64(v2, 32); \
    } while (0)

// Incremental siphash-1-3 state, key (0, 0): fed 8-byte words, with a partial tail.
typedef struct SipState {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;
    unsigned ntail;
    uint64_t total;
} SipState;

static void sip_init(SipState *st) {
    st->v0 = 0x736f6d6570736575ull;
    st->v1 = 0x646f72616e646f6dull;
    st->v2 = 0x6c7967656e657261ull;
    st->v3 = 0x7465646279746573ull;
    st->tail = 0;
    st->ntail = 0;
    st->total = 0;
}

static inline void sip_word(SipState *st, uint64_t m) {
    st->v3 ^= m;
    SIPROUND(st->v0, st->v1, st->v2, st->v3);
    st->v0 ^= m;
}

static inline void sip_byte(SipState *st, uint8_t b) {
    st->tail |= (uint64_t)b << (8 * st->ntail);
    st->total++;
    if (++st->ntail == 8) {
        sip_word(st, st->tail);
        st->tail = 0;
        st->ntail = 0;
    }
}

static uint64_t sip_final(SipState *st) {
    uint64_t b = (st->total << 56) | st->tail;
    sip_word(st, b);
    st->v2 ^= 0xff;
    SIPROUND(st->v0, st->v1, st->v2, st->v3);
    SIPROUND(st->v0, st->v1, st->v2, st->v3);
    SIPROUND(st->v0, st->v1, st->v2, st->v3);
    return st->v0 ^ st->v1 ^ st->v2 ^ st->v3;
}

uint64_t tw_siphash13(const void *data, size_t n) {
    SipState st;
    sip_init(&st);
    const uint8_t *p = data;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t m;
        memcpy(&m, p + i, 8);   // little-endian host assumed (x86, arm, wasm)
        sip_word(&st, m);
    }
    st.total = i;
    for (; i < n; i++) {
        sip_byte(&st, p[i]);
    }
    return sip_final(&st);
}

int64_t tw_bytes_hash_raw(const void *data, size_t n) {
    if (n == 0) {
        return 0;
    }
    int64_t h = (int64_t)tw_siphash13(data, n);
    return h == -1 ? -2 : h;
}

int64_t tw_str_hash(TwValue sv) {
    TwStr *s = TW_OBJ(sv, TwStr);
    if (s->hash != -1) {
        return s->hash;
    }
    int64_t h;
    if (s->size == s->length) {
        h = tw_bytes_hash_raw(s->data, s->size);
    } else {
        // Hash the PEP 393 form: 1, 2 or 4 bytes per code point by the widest one.
        uint32_t maxcp = 0;
        const char *p = s->data, *end = s->data + s->size;
        while (p < end) {
            int n;
            uint32_t cp = tw_utf8_decode(p, &n);
            if (cp > maxcp) {
                maxcp = cp;
            }
            p += n;
        }
        int width = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
        SipState st;
        sip_init(&st);
        p = s->data;
        while (p < end) {
            int n;
            uint32_t cp = tw_utf8_decode(p, &n);
            p += n;
            for (int k = 0; k < width; k++) {
                sip_byte(&st, (uint8_t)(cp >> (8 * k)));
            }
        }
        h = (int64_t)sip_final(&st);
        if (h == -1) {
            h = -2;
        }
    }
    s->hash = h;
    return h;
}

// ---------------------------------------------------------------- comparison, concat

bool tw_str_eq(TwValue a, TwValue b) {
    if (a == b) {
        return true;
    }
    TwStr *x = TW_OBJ(a, TwStr), *y = TW_OBJ(b, TwStr);
    if (x->size != y->size) {
        return false;
    }
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
        return false;
    }
    return memcmp(x->data, y->data, x->size) == 0;
}

bool tw_str_eq_c(TwValue s, const char *cstr) {
    size_t n = strlen(cstr);
    return tw_str_size(s) == n && memcmp(tw_str_data(s), cstr, n) == 0;
}

TwValue tw_str_concat(TwValue a, TwValue b) {
    TwStr *x = TW_OBJ(a, TwStr), *y = TW_OBJ(b, TwStr);
    if (y->size == 0 && x->hdr.type == &tw_type_str) {
        return a;
    }
    if (x->size == 0 && y->hdr.type == &tw_type_str) {
        return b;
    }
    if (x->size + y->size < x->size) {
        return tw_error_nomem();
    }
    TwStr *r = tw_str_alloc(x->size + y->size, x->length + y->length);
    if (!r) {
        return TW_NULL;
    }
    memcpy(r->data, x->data, x->size);
    memcpy(r->data + x->size, y->data, y->size);
    return tw_from_obj(r);
}

// ---------------------------------------------------------------- TwBuf

void tw_buf_init(TwBuf *b) {
    b->data = NULL;
    b->size = 0;
    b->cap = 0;
}

int tw_buf_reserve(TwBuf *b, size_t extra) {
    if (b->size + extra + 1 <= b->cap) {
        return 0;
    }
    size_t need = b->size + extra + 1;
    if (need < b->size) {
        tw_error_nomem();
        return -1;
    }
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < need) {
        ncap = ncap * 2 > ncap ? ncap * 2 : need;
    }
    char *nd = realloc(b->data, ncap);
    if (!nd) {
        tw_error_nomem();
        return -1;
    }
    b->data = nd;
    b->cap = ncap;
    return 0;
}

int tw_buf_append(TwBuf *b, const char *s, size_t n) {
    if (tw_buf_reserve(b, n) < 0) {
        return -1;
    }
    memcpy(b->data + b->size, s, n);
    b->size += n;
    b->data[b->size] = 0;
    return 0;
}

int tw_buf_append_c(TwBuf *b, const char *s) {
    return tw_buf_append(b, s, strlen(s));
}

int tw_buf_append_str(TwBuf *b, TwValue s) {
    return tw_buf_append(b, tw_str_data(s), tw_str_size(s));
}

int tw_buf_append_codepoint(TwBuf *b, uint32_t cp) {
    if (tw_buf_reserve(b, 4) < 0) {
        return -1;
    }
    b->size += (size_t)tw_utf8_encode(cp, b->data + b->size);
    b->data[b->size] = 0;
    return 0;
}

static int buf_vprintf(TwBuf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        return 0;
    }
    if ((size_t)n < sizeof small) {
        return tw_buf_append(b, small, (size_t)n);
    }
    if (tw_buf_reserve(b, (size_t)n) < 0) {
        return -1;
    }
    vsnprintf(b->data + b->size, (size_t)n + 1, fmt, ap);
    b->size += (size_t)n;
    return 0;
}

int tw_buf_printf(TwBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = buf_vprintf(b, fmt, ap);
    va_end(ap);
    return r;
}

TwValue tw_buf_to_str_len(TwBuf *b, size_t length) {
    TwValue r = tw_str_new_len(b->data ? b->data : "", b->size, length);
    tw_buf_free(b);
    return r;
}

TwValue tw_buf_to_str(TwBuf *b) {
    size_t len = tw_utf8_count(b->data ? b->data : "", b->size);
    return tw_buf_to_str_len(b, len);
}

void tw_buf_free(TwBuf *b) {
    free(b->data);
    tw_buf_init(b);
}

// ---------------------------------------------------------------- tw_str_fmt

// One directive of tw_str_fmt: the C conversion spec (flags, width, precision, length
// modifier) is copied to spec[] and handed to snprintf for the C formats.
TwValue tw_str_vfmt(const char *fmt, va_list ap) {
    TwBuf b;
    tw_buf_init(&b);
    const char *p = fmt;
    while (*p) {
        const char *q = strchr(p, '%');
        if (!q) {
            if (tw_buf_append_c(&b, p) < 0) {
                goto fail;
            }
            break;
        }
        if (q > p && tw_buf_append(&b, p, (size_t)(q - p)) < 0) {
            goto fail;
        }
        p = q + 1;
        char spec[32];
        size_t sn = 0;
        spec[sn++] = '%';
        // flags, width, precision
        while (*p && strchr("-+ #0123456789.", *p) && sn < 20) {
            spec[sn++] = *p++;
        }
        int lng = 0;   // 1 = l, 2 = ll, 3 = z
        if (*p == 'l') {
            p++;
            lng = 1;
            if (*p == 'l') {
                p++;
                lng = 2;
            }
        } else if (*p == 'z') {
            p++;
            lng = 3;
        }
        char conv = *p ? *p++ : '%';
        int r = 0;
        switch (conv) {
        case '%':
            r = tw_buf_append(&b, "%", 1);
            break;
        case 'R':
        case 'S':
        case 'U':
        case 'T':
        case 'A':
        case 'V': {
            TwValue v = va_arg(ap, TwValue);
            TwValue s;
            if (conv == 'R') {
                s = tw_repr(v);
            } else if (conv == 'S') {
                s = tw_str(v);
            } else if (conv == 'T' || conv == 'A') {
                r = tw_buf_append_c(&b, conv == 'A' && v == TW_NONE ? "None" : tw_type_cname(tw_type_of(v)));
                break;
            } else if (conv == 'V') {
                s = tw_int_to_str(v, 10);
            } else {
                s = v;
            }
            if (!s) {
                goto fail;
            }
            // A precision limits the number of code points (%.200U).
            const char *dot = memchr(spec, '.', sn);
            if (dot && tw_str_length(s) > (size_t)atol(dot + 1)) {
                size_t lim = (size_t)atol(dot + 1);
                r = tw_buf_append(&b, tw_str_data(s), tw_str_offset(s, lim));
            } else {
                r = tw_buf_append_str(&b, s);
            }
            break;
        }
        case 'c':
            r = tw_buf_append_codepoint(&b, (uint32_t)va_arg(ap, int));
            break;
        case 's': {
            spec[sn++] = 's';
            spec[sn] = 0;
            const char *s = va_arg(ap, const char *);
            r = tw_buf_printf(&b, spec, s ? s : "(null)");
            break;
        }
        case 'p':
            spec[sn++] = 'p';
            spec[sn] = 0;
            r = tw_buf_printf(&b, spec, va_arg(ap, void *));
            break;
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            if (lng == 1) {
                spec[sn++] = 'l';
            } else if (lng == 2) {
                spec[sn++] = 'l';
                spec[sn++] = 'l';
            } else if (lng == 3) {
                spec[sn++] = 'z';
            }
            spec[sn++] = conv;
            spec[sn] = 0;
            if (lng == 1) {
                r = tw_buf_printf(&b, spec, va_arg(ap, long));
            } else if (lng == 2) {
                r = tw_buf_printf(&b, spec, va_arg(ap, long long));
            } else if (lng == 3) {
                r = tw_buf_printf(&b, spec, va_arg(ap, size_t));
            } else {
                r = tw_buf_printf(&b, spec, va_arg(ap, int));
            }
            break;
        }
        case 'f':
        case 'g':
        case 'e':
            spec[sn++] = conv;
            spec[sn] = 0;
            r = tw_buf_printf(&b, spec, va_arg(ap, double));
            break;
        default:
            // Unknown directive: copy it literally so the mistake is visible.
            r = tw_buf_append(&b, q, (size_t)(p - q));
            break;
        }
        if (r < 0) {
            goto fail;
        }
    }
    return tw_buf_to_str(&b);
fail:
    tw_buf_free(&b);
    return TW_NULL;
}

TwValue tw_str_fmt(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TwValue r = tw_str_vfmt(fmt, ap);
    va_end(ap);
    return r;
}

// ---------------------------------------------------------------- repr

static const char hexdigits[] = "0123456789abcdef";

int tw_str_repr_buf(TwBuf *b, TwValue sv, bool ascii_only) {
    TwStr *s = TW_OBJ(sv, TwStr);
    const char *p = s->data, *end = s->data + s->size;
    // Single quotes unless the text has ' and no ".
    bool has_sq = memchr(p, '\'', s->size) != NULL;
    bool has_dq = memchr(p, '"', s->size) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    if (tw_buf_reserve(b, s->size + 2) < 0) {
        return -1;
    }
    b->data[b->size++] = quote;
    while (p < end) {
        // Copy a run of plain printable ASCII at once.
        const char *run = p;
        while (p < end && (uint8_t)*p >= 0x20 && (uint8_t)*p < 0x7F && *p != quote && *p != '\\') {
            p++;
        }
        if (p > run && tw_buf_append(b, run, (size_t)(p - run)) < 0) {
            return -1;
        }
        if (p >= end) {
            break;
        }
        int n;
        uint32_t cp = tw_utf8_decode(p, &n);
        char esc[12];
        size_t en = 0;
        if (cp == (uint32_t)quote || cp == '\\') {
            esc[en++] = '\\';
            esc[en++] = (char)cp;
        } else if (cp == '\n') {
            esc[en++] = '\\';
            esc[en++] = 'n';
        } else if (cp == '\r') {
            esc[en++] = '\\';
            esc[en++] = 'r';
        } else if (cp == '\t') {
            esc[en++] = '\\';
            esc[en++] = 't';
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && (ascii_only || !tw_unicode_is(cp, TW_UC_PRINTABLE)))) {
            esc[en++] = '\\';
            int digits;
            if (cp < 0x100) {
                esc[en++] = 'x';
                digits = 2;
            } else if (cp < 0x10000) {
                esc[en++] = 'u';
                digits = 4;
            } else {
                esc[en++] = 'U';
                digits = 8;
            }
            for (int k = digits - 1; k >= 0; k--) {
                esc[en++] = hexdigits[(cp >> (4 * k)) & 0xF];
            }
        } else {
            memcpy(esc, p, (size_t)n);
            en = (size_t)n;
        }
        if (tw_buf_append(b, esc, en) < 0) {
            return -1;
        }
        p += n;
    }
    return tw_buf_append(b, &quote, 1);
}

TwValue tw_str_repr(TwValue s) {
    TwBuf b;
    tw_buf_init(&b);
    if (tw_str_repr_buf(&b, s, false) < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
}

// ascii(): escape the non-ASCII code points of an already computed repr.
TwValue tw_str_ascii_escape(TwValue repr) {
    if (tw_str_size(repr) == tw_str_length(repr)) {
        return repr;
    }
    TwBuf b;
    tw_buf_init(&b);
    const char *p = tw_str_data(repr), *end = p + tw_str_size(repr);
    while (p < end) {
        int n;
        uint32_t cp = tw_utf8_decode(p, &n);
        int r;
        if (cp < 0x80) {
            r = tw_buf_append(&b, p, 1);
        } else if (cp < 0x100) {
            r = tw_buf_printf(&b, "\\x%02x", cp);
        } else if (cp < 0x10000) {
            r = tw_buf_printf(&b, "\\u%04x", cp);
        } else {
            r = tw_buf_printf(&b, "\\U%08x", cp);
        }
        if (r < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
        p += n;
    }
    return tw_buf_to_str_len(&b, b.size);
}

// ---------------------------------------------------------------- init

// Create the static small strings early: tw_names_init interns identifiers before
// tw_str_init runs, so this happens lazily from whichever comes first.
static void make_small_strings(void) {
    if (tw_str_empty) {
        return;
    }
    TwStr *e = tw_str_alloc(0, 0);
    if (!e) {
        abort();
    }
    tw_str_empty = tw_from_obj(e);
    for (uint32_t c = 0; c < 256; c++) {
        char buf[4];
        int n = tw_utf8_encode(c, buf);
        TwStr *s = tw_str_alloc((size_t)n, 1);
        if (!s) {
            abort();
        }
        memcpy(s->data, buf, (size_t)n);
        char_cache[c] = tw_from_obj(s);
    }
    tw_str_intern(tw_str_empty);
    for (int c = 0; c < 128; c++) {
        tw_str_intern(char_cache[c]);
    }
}

void tw_str_init(void) {
    if (!intern_ready) {
        intern_setup();
    }
    tw_type_init_builtin(&tw_type_str, "str", &tw_type_object);
    tw_str_methods_init();
    tw_str_methods2_init();
}
