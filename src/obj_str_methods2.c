// str methods, part 2: case mapping (upper, lower, title, ... with Unicode full mappings
// and the final-sigma rule), the is*() predicates, padding (center, ljust, rjust, zfill),
// expandtabs, translate/maketrans, and the entry points of encode and format.
#include <stdlib.h>

#include "gc.h"
#include "obj.h"
#include "text.h"

static TwValue exact(TwValue s) {
    if (tw_is_str(s)) {
        return s;
    }
    return tw_str_new_len(tw_str_data(s), tw_str_size(s), tw_str_length(s));
}

// Decode a str into a malloc'd array of code points.
static uint32_t *decode_cps(TwValue s, size_t *n) {
    size_t len = tw_str_length(s);
    uint32_t *cps = malloc((len + 1) * sizeof(uint32_t));
    if (!cps) {
        tw_error_nomem();
        return NULL;
    }
    const char *p = tw_str_data(s);
    for (size_t i = 0; i < len; i++) {
        int k;
        cps[i] = tw_utf8_decode(p, &k);
        p += k;
    }
    *n = len;
    return cps;
}

// ---------------------------------------------------------------- case mapping

enum { OP_LOWER, OP_UPPER, OP_CASEFOLD, OP_SWAPCASE, OP_TITLE, OP_CAPITALIZE };

// Σ lowercases to ς at the end of a word: preceded by a cased letter and not followed by
// one (case-ignorable characters skipped both ways).
static bool final_sigma(const uint32_t *cps, size_t n, size_t i) {
    size_t j = i;
    while (j > 0) {
        uint32_t c = cps[j - 1];
        unsigned f = tw_unicode_flags(c);
        if (!(f & TW_UC_CASE_IGNORABLE)) {
            break;
        }
        j--;
    }
    if (j == 0 || !(tw_unicode_flags(cps[j - 1]) & TW_UC_CASED)) {
        return false;
    }
    j = i + 1;
    while (j < n && (tw_unicode_flags(cps[j]) & TW_UC_CASE_IGNORABLE)) {
        j++;
    }
    return j == n || !(tw_unicode_flags(cps[j]) & TW_UC_CASED);
}

static int append_mapped(TwBuf *b, const uint32_t *cps, size_t n, size_t i, int which, size_t *len) {
    uint32_t out[3];
    int k;
    if (which == TW_CASE_LOWER && cps[i] == 0x3A3) {
        out[0] = final_sigma(cps, n, i) ? 0x3C2 : 0x3C3;
        k = 1;
    } else {
        k = tw_unicode_case(cps[i], which, out);
    }
    for (int j = 0; j < k; j++) {
        if (tw_buf_append_codepoint(b, out[j]) < 0) {
            return -1;
        }
    }
    *len += (size_t)k;
    return 0;
}

static TwValue case_ascii(TwValue s, int op) {
    size_t n = tw_str_size(s);
    TwStr *r = tw_str_alloc(n, n);
    if (!r) {
        return TW_NULL;
    }
    const char *d = tw_str_data(s);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
        char o = c;
        switch (op) {
        case OP_LOWER:
        case OP_CASEFOLD:
            o = up ? (char)(c + 32) : c;
            break;
        case OP_UPPER:
            o = lo ? (char)(c - 32) : c;
            break;
        case OP_SWAPCASE:
            o = up ? (char)(c + 32) : lo ? (char)(c - 32) : c;
            break;
        case OP_TITLE:
            if (prev_cased) {
                o = up ? (char)(c + 32) : c;
            } else {
                o = lo ? (char)(c - 32) : c;
            }
            prev_cased = lo || up;
            break;
        case OP_CAPITALIZE:
            if (i == 0) {
                o = lo ? (char)(c - 32) : c;
            } else {
                o = up ? (char)(c + 32) : c;
            }
            break;
        }
        r->data[i] = o;
    }
    return tw_from_obj(r);
}

static TwValue case_convert(TwValue s, int op) {
    if (tw_str_size(s) == tw_str_length(s)) {
        return case_ascii(s, op);
    }
    size_t n;
    uint32_t *cps = decode_cps(s, &n);
    if (!cps) {
        return TW_NULL;
    }
    TwBuf b;
    tw_buf_init(&b);
    size_t len = 0;
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        unsigned f = tw_unicode_flags(c);
        int which = -1;
        switch (op) {
        case OP_LOWER:
            which = TW_CASE_LOWER;
            break;
        case OP_UPPER:
            which = TW_CASE_UPPER;
            break;
        case OP_CASEFOLD:
            which = TW_CASE_FOLD;
            break;
        case OP_SWAPCASE:
            which = (f & TW_UC_UPPER) ? TW_CASE_LOWER : (f & TW_UC_LOWER) ? TW_CASE_UPPER : -1;
            break;
        case OP_TITLE:
            which = prev_cased ? TW_CASE_LOWER : TW_CASE_TITLE;
            prev_cased = (f & TW_UC_CASED) != 0;
            break;
        case OP_CAPITALIZE:
            which = i == 0 ? TW_CASE_TITLE : TW_CASE_LOWER;
            break;
        }
        int r;
        if (which < 0) {
            r = tw_buf_append_codepoint(&b, c);
            len++;
        } else {
            r = append_mapped(&b, cps, n, i, which, &len);
        }
        if (r < 0) {
            free(cps);
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    free(cps);
    return tw_buf_to_str_len(&b, len);
}

static TwValue str_lower(int argc, TwValue *argv, TwValue kwnames) { return case_convert(argv[0], OP_LOWER); }
static TwValue str_upper(int argc, TwValue *argv, TwValue kwnames) { return case_convert(argv[0], OP_UPPER); }
static TwValue str_casefold(int argc, TwValue *argv, TwValue kwnames) { return case_convert(argv[0], OP_CASEFOLD); }
static TwValue str_swapcase(int argc, TwValue *argv, TwValue kwnames) { return case_convert(argv[0], OP_SWAPCASE); }
static TwValue str_title(int argc, TwValue *argv, TwValue kwnames) { return case_convert(argv[0], OP_TITLE); }
static TwValue str_capitalize(int argc, TwValue *argv, TwValue kwnames) { return case_convert(argv[0], OP_CAPITALIZE); }

// ---------------------------------------------------------------- predicates

// True when every code point has one of `flags` (false for the empty string).
static TwValue all_have(TwValue s, unsigned flags) {
    const char *p = tw_str_data(s), *end = p + tw_str_size(s);
    if (p == end) {
        return TW_FALSE;
    }
    while (p < end) {
        int k;
        uint32_t c = tw_utf8_decode(p, &k);
        if (!(tw_unicode_flags(c) & flags)) {
            return TW_FALSE;
        }
        p += k;
    }
    return TW_TRUE;
}

static TwValue str_isalpha(int argc, TwValue *argv, TwValue kwnames) { return all_have(argv[0], TW_UC_ALPHA); }
static TwValue str_isdecimal(int argc, TwValue *argv, TwValue kwnames) { return all_have(argv[0], TW_UC_DECIMAL); }
static TwValue str_isdigit(int argc, TwValue *argv, TwValue kwnames) { return all_have(argv[0], TW_UC_DIGIT); }
static TwValue str_isnumeric(int argc, TwValue *argv, TwValue kwnames) { return all_have(argv[0], TW_UC_NUMERIC); }
static TwValue str_isspace(int argc, TwValue *argv, TwValue kwnames) { return all_have(argv[0], TW_UC_SPACE); }

static TwValue str_isalnum(int argc, TwValue *argv, TwValue kwnames) {
    return all_have(argv[0], TW_UC_ALPHA | TW_UC_DECIMAL | TW_UC_DIGIT | TW_UC_NUMERIC);
}

static TwValue str_isascii(int argc, TwValue *argv, TwValue kwnames) {
    return tw_bool(tw_str_size(argv[0]) == tw_str_length(argv[0]));
}

static TwValue str_isprintable(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_str_size(argv[0]) == 0) {
        return TW_TRUE;
    }
    return all_have(argv[0], TW_UC_PRINTABLE);
}

static TwValue str_islower(int argc, TwValue *argv, TwValue kwnames) {
    const char *p = tw_str_data(argv[0]), *end = p + tw_str_size(argv[0]);
    bool cased = false;
    while (p < end) {
        int k;
        unsigned f = tw_unicode_flags(tw_utf8_decode(p, &k));
        if (f & (TW_UC_UPPER | TW_UC_TITLE)) {
            return TW_FALSE;
        }
        if (f & TW_UC_LOWER) {
            cased = true;
        }
        p += k;
    }
    return tw_bool(cased);
}

static TwValue str_isupper(int argc, TwValue *argv, TwValue kwnames) {
    const char *p = tw_str_data(argv[0]), *end = p + tw_str_size(argv[0]);
    bool cased = false;
    while (p < end) {
        int k;
        unsigned f = tw_unicode_flags(tw_utf8_decode(p, &k));
        if (f & (TW_UC_LOWER | TW_UC_TITLE)) {
            return TW_FALSE;
        }
        if (f & TW_UC_UPPER) {
            cased = true;
        }
        p += k;
    }
    return tw_bool(cased);
}

static TwValue str_istitle(int argc, TwValue *argv, TwValue kwnames) {
    const char *p = tw_str_data(argv[0]), *end = p + tw_str_size(argv[0]);
    bool cased = false, prev = false;
    while (p < end) {
        int k;
        unsigned f = tw_unicode_flags(tw_utf8_decode(p, &k));
        if (f & (TW_UC_UPPER | TW_UC_TITLE)) {
            if (prev) {
                return TW_FALSE;
            }
            prev = cased = true;
        } else if (f & TW_UC_LOWER) {
            if (!prev) {
                return TW_FALSE;
            }
            prev = cased = true;
        } else {
            prev = false;
        }
        p += k;
    }
    return tw_bool(cased);
}


bool tw_str_isidentifier(TwValue s) {
    const char *p = tw_str_data(s), *end = p + tw_str_size(s);
    if (p == end) {
        return false;
    }
    bool first = true;
    while (p < end) {
        int k;
        unsigned f = tw_unicode_flags(tw_utf8_decode(p, &k));
        if (!(f & (first ? TW_UC_XID_START : TW_UC_XID_CONTINUE))) {
            return false;
        }
        first = false;
        p += k;
    }
    return true;
}

static TwValue str_isidentifier(int argc, TwValue *argv, TwValue kwnames) {
    return tw_bool(tw_str_isidentifier(argv[0]));
}

// ---------------------------------------------------------------- padding

static int fill_arg(TwValue v, uint32_t *fill) {
    if (!tw_is_strlike(v)) {
        tw_error(&tw_type_TypeError, "The fill character must be a unicode character, not %T", v);
        return -1;
    }
    if (tw_str_length(v) != 1) {
        tw_error(&tw_type_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    int k;
    *fill = tw_utf8_decode(tw_str_data(v), &k);
    return 0;
}

// s with `left` and `right` fill characters around it.
static TwValue pad(TwValue s, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) {
        return exact(s);
    }
    if (left < 0) {
        left = 0;
    }
    if (right < 0) {
        right = 0;
    }
    char fb[4];
    int fl = tw_utf8_encode(fill, fb);
    size_t size = tw_str_size(s) + (size_t)(left + right) * (size_t)fl;
    TwStr *r = tw_str_alloc(size, tw_str_length(s) + (size_t)(left + right));
    if (!r) {
        return TW_NULL;
    }
    char *o = r->data;
    for (int64_t i = 0; i < left; i++) {
        memcpy(o, fb, (size_t)fl);
        o += fl;
    }
    memcpy(o, tw_str_data(s), tw_str_size(s));
    o += tw_str_size(s);
    for (int64_t i = 0; i < right; i++) {
        memcpy(o, fb, (size_t)fl);
        o += fl;
    }
    return tw_from_obj(r);
}

static int pad_args(int argc, TwValue *argv, int64_t *width, uint32_t *fill) {
    if (tw_int_as_i64(argv[1], width) < 0) {
        return -1;
    }
    *fill = ' ';
    if (argc > 2 && fill_arg(argv[2], fill) < 0) {
        return -1;
    }
    return 0;
}

static TwValue str_ljust(int argc, TwValue *argv, TwValue kwnames) {
    int64_t width;
    uint32_t fill;
    if (pad_args(argc, argv, &width, &fill) < 0) {
        return TW_NULL;
    }
    int64_t len = (int64_t)tw_str_length(argv[0]);
    return pad(argv[0], 0, width - len, fill);
}

static TwValue str_rjust(int argc, TwValue *argv, TwValue kwnames) {
    int64_t width;
    uint32_t fill;
    if (pad_args(argc, argv, &width, &fill) < 0) {
        return TW_NULL;
    }
    int64_t len = (int64_t)tw_str_length(argv[0]);
    return pad(argv[0], width - len, 0, fill);
}

static TwValue str_center(int argc, TwValue *argv, TwValue kwnames) {
    int64_t width;
    uint32_t fill;
    if (pad_args(argc, argv, &width, &fill) < 0) {
        return TW_NULL;
    }
    int64_t len = (int64_t)tw_str_length(argv[0]);
    if (width <= len) {
        return exact(argv[0]);
    }
    int64_t marg = width - len;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(argv[0], left, marg - left, fill);
}

static TwValue str_zfill(int argc, TwValue *argv, TwValue kwnames) {
    int64_t width;
    if (tw_int_as_i64(argv[1], &width) < 0) {
        return TW_NULL;
    }
    TwValue s = argv[0];
    int64_t len = (int64_t)tw_str_length(s);
    if (width <= len) {
        return exact(s);
    }
    TwValue r = pad(s, width - len, 0, '0');
    if (!r) {
        return TW_NULL;
    }
    // A sign moves to the front.
    TwStr *rs = TW_OBJ(r, TwStr);
    size_t fillc = (size_t)(width - len);
    if (len > 0 && (rs->data[fillc] == '+' || rs->data[fillc] == '-')) {
        rs->data[0] = rs->data[fillc];
        rs->data[fillc] = '0';
    }
    return r;
}

// ---------------------------------------------------------------- expandtabs

static TwValue str_expandtabs(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"tabsize"};
    TwValue a[1];
    if (tw_parse_args("expandtabs", argc - 1, argv + 1, kwnames, names, 1, 0, 1, 0, a) < 0) {
        return TW_NULL;
    }
    int64_t tabsize = 8;
    if (a[0] && tw_int_as_i64(a[0], &tabsize) < 0) {
        return TW_NULL;
    }
    TwValue s = argv[0];
    const char *p = tw_str_data(s), *end = p + tw_str_size(s);
    if (!memchr(p, '\t', tw_str_size(s))) {
        return exact(s);
    }
    TwBuf b;
    tw_buf_init(&b);
    size_t col = 0, len = 0;
    while (p < end) {
        char c = *p;
        int r = 0;
        if (c == '\t') {
            if (tabsize > 0) {
                size_t spaces = (size_t)tabsize - col % (size_t)tabsize;
                if (tw_buf_reserve(&b, spaces) < 0) {
                    r = -1;
                } else {
                    memset(b.data + b.size, ' ', spaces);
                    b.size += spaces;
                    b.data[b.size] = 0;
                    col += spaces;
                    len += spaces;
                }
            }
            p++;
        } else {
            int k = tw_utf8_seqlen((uint8_t)c);
            r = tw_buf_append(&b, p, (size_t)k);
            p += k;
            len++;
            col++;
            if (c == '\n' || c == '\r') {
                col = 0;
            }
        }
        if (r < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    return tw_buf_to_str_len(&b, len);
}

// ---------------------------------------------------------------- translate

static TwValue str_translate(int argc, TwValue *argv, TwValue kwnames) {
    TwValue s = argv[0], table = argv[1];
    // Cache of results for ASCII code points: TW_NULL unknown, else the mapped value.
    TwValue cache[128] = {0};
    const char *p = tw_str_data(s), *end = p + tw_str_size(s);
    TwBuf b;
    tw_buf_init(&b);
    size_t len = 0;
    while (p < end) {
        int k;
        uint32_t c = tw_utf8_decode(p, &k);
        TwValue m = c < 128 ? cache[c] : TW_NULL;
        if (!m) {
            TwValue key = tw_from_small_int(c);
            m = tw_getitem(table, key);
            if (!m) {
                if (tw_error_matches(&tw_type_LookupError)) {
                    tw_error_clear();
                    m = key;
                } else {
                    goto fail;
                }
            }
            if (c < 128) {
                cache[c] = m;
            }
        }
        int r;
        if (m == TW_NONE) {
            r = 0;
        } else if (tw_is_strlike(m)) {
            r = tw_buf_append_str(&b, m);
            len += tw_str_length(m);
        } else if (tw_is_intlike(m)) {
            int64_t v;
            if (!tw_int_to_i64(m, &v) || v < 0 || v > 0x10FFFF) {
                tw_error(&tw_type_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            r = tw_buf_append_codepoint(&b, (uint32_t)v);
            len++;
        } else {
            tw_error(&tw_type_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        if (r < 0) {
            goto fail;
        }
        p += k;
    }
    return tw_buf_to_str_len(&b, len);
fail:
    tw_buf_free(&b);
    return TW_NULL;
}

static TwValue str_maketrans(int argc, TwValue *argv, TwValue kwnames) {
    TwValue d = tw_dict_new();
    if (!d) {
        return TW_NULL;
    }
    if (argc == 1) {
        TwValue x = argv[0];
        if (!tw_isinstance_type(x, &tw_type_dict)) {
            return tw_error(&tw_type_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        size_t pos = 0;
        TwValue k, v;
        while (tw_dict_next(x, &pos, &k, &v)) {
            if (tw_is_strlike(k)) {
                if (tw_str_length(k) != 1) {
                    return tw_error(&tw_type_ValueError, "string keys in translate table must be of length 1");
                }
                int n;
                k = tw_from_small_int(tw_utf8_decode(tw_str_data(k), &n));
            } else if (!tw_is_intlike(k)) {
                return tw_error(&tw_type_TypeError, "keys in translate table must be strings or integers");
            }
            if (tw_dict_set(d, k, v) < 0) {
                return TW_NULL;
            }
        }
        return d;
    }
    TwValue x = argv[0], y = argv[1];
    if (!tw_is_strlike(x)) {
        return tw_error(&tw_type_TypeError, "maketrans() argument 1 must be str, not %A", x);
    }
    if (!tw_is_strlike(y)) {
        return tw_error(&tw_type_TypeError, "maketrans() argument 2 must be str, not %A", y);
    }
    if (argc > 2 && !tw_is_strlike(argv[2])) {
        return tw_error(&tw_type_TypeError, "maketrans() argument 3 must be str, not %A", argv[2]);
    }
    if (tw_str_length(x) != tw_str_length(y)) {
        return tw_error(&tw_type_ValueError, "the first two maketrans arguments must have equal length");
    }
    const char *p = tw_str_data(x), *q = tw_str_data(y);
    for (size_t i = 0; i < tw_str_length(x); i++) {
        int a, b;
        uint32_t cx = tw_utf8_decode(p, &a), cy = tw_utf8_decode(q, &b);
        p += a;
        q += b;
        if (tw_dict_set(d, tw_from_small_int(cx), tw_from_small_int(cy)) < 0) {
            return TW_NULL;
        }
    }
    if (argc > 2) {
        const char *z = tw_str_data(argv[2]), *zend = z + tw_str_size(argv[2]);
        while (z < zend) {
            int a;
            uint32_t cz = tw_utf8_decode(z, &a);
            z += a;
            if (tw_dict_set(d, tw_from_small_int(cz), TW_NONE) < 0) {
                return TW_NULL;
            }
        }
    }
    return d;
}

// ---------------------------------------------------------------- encode, format

static TwValue str_encode(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    TwValue a[2];
    if (tw_parse_args("encode", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 0, a) < 0) {
        return TW_NULL;
    }
    const char *enc = NULL, *errs = NULL;
    if (a[0]) {
        if (!tw_is_strlike(a[0])) {
            return tw_error(&tw_type_TypeError, "encode() argument 'encoding' must be str, not %A", a[0]);
        }
        enc = tw_str_data(a[0]);
    }
    if (a[1]) {
        if (!tw_is_strlike(a[1])) {
            return tw_error(&tw_type_TypeError, "encode() argument 'errors' must be str, not %A", a[1]);
        }
        errs = tw_str_data(a[1]);
    }
    return tw_str_encode(argv[0], enc, errs);
}

static TwValue str_format(int argc, TwValue *argv, TwValue kwnames) {
    return tw_format_str_format(argv[0], argc - 1, argv + 1, kwnames, TW_NULL);
}

static TwValue str_format_map(int argc, TwValue *argv, TwValue kwnames) {
    return tw_format_str_format(argv[0], 0, NULL, TW_NULL, argv[1]);
}

static const TwMethodDef methods[] = {
    {"lower", str_lower, 1, 1, TW_BUILTIN_METHOD},
    {"upper", str_upper, 1, 1, TW_BUILTIN_METHOD},
    {"casefold", str_casefold, 1, 1, TW_BUILTIN_METHOD},
    {"swapcase", str_swapcase, 1, 1, TW_BUILTIN_METHOD},
    {"title", str_title, 1, 1, TW_BUILTIN_METHOD},
    {"capitalize", str_capitalize, 1, 1, TW_BUILTIN_METHOD},
    {"isalpha", str_isalpha, 1, 1, TW_BUILTIN_METHOD},
    {"isdecimal", str_isdecimal, 1, 1, TW_BUILTIN_METHOD},
    {"isdigit", str_isdigit, 1, 1, TW_BUILTIN_METHOD},
    {"isnumeric", str_isnumeric, 1, 1, TW_BUILTIN_METHOD},
    {"isspace", str_isspace, 1, 1, TW_BUILTIN_METHOD},
    {"isalnum", str_isalnum, 1, 1, TW_BUILTIN_METHOD},
    {"isascii", str_isascii, 1, 1, TW_BUILTIN_METHOD},
    {"isprintable", str_isprintable, 1, 1, TW_BUILTIN_METHOD},
    {"islower", str_islower, 1, 1, TW_BUILTIN_METHOD},
    {"isupper", str_isupper, 1, 1, TW_BUILTIN_METHOD},
    {"istitle", str_istitle, 1, 1, TW_BUILTIN_METHOD},
    {"isidentifier", str_isidentifier, 1, 1, TW_BUILTIN_METHOD},
    {"ljust", str_ljust, 2, 3, TW_BUILTIN_METHOD},
    {"rjust", str_rjust, 2, 3, TW_BUILTIN_METHOD},
    {"center", str_center, 2, 3, TW_BUILTIN_METHOD},
    {"zfill", str_zfill, 2, 2, TW_BUILTIN_METHOD},
    {"expandtabs", str_expandtabs, 1, 2, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"translate", str_translate, 2, 2, TW_BUILTIN_METHOD},
    {"maketrans", str_maketrans, 1, 3, TW_BUILTIN_STATIC},
    {"encode", str_encode, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"format", str_format, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"format_map", str_format_map, 2, 2, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

void tw_str_methods2_init(void) {
    tw_type_add_methods(&tw_type_str, methods);
}
