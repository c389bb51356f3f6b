// The `_json` module behind lib/json: the scanner (make_scanner, scanstring) and the
// encoder (make_encoder, encode_basestring, encode_basestring_ascii) of CPython's _json,
// with its messages and error positions. The scanner reads the UTF-8 text of the str
// directly and converts byte offsets to character indexes only for results and errors.
// The encoder also handles `indent` (CPython leaves that to the Python encoder; the
// output is the same).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "modules.h"
#include "text.h"
#include "vm.h"

typedef struct TwJsonScanner {
    TwObject hdr;
    bool strict;
    TwValue object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
} TwJsonScanner;

typedef struct TwJsonEncoder {
    TwObject hdr;
    TwValue markers, defaultfn, encoder, indent, key_separator, item_separator;
    bool sort_keys, skipkeys, allow_nan;
    int fast_encode;   // 0: call encoder, 1: encode_basestring_ascii, 2: encode_basestring
} TwJsonEncoder;

static TwType scanner_type, encoder_type;
static TwValue fn_ascii, fn_plain;   // our two encode_basestring builtins

// ---------------------------------------------------------------- string encoding

static const char hexdigits[] = "0123456789abcdef";

static int put_u(TwBuf *b, uint32_t c) {
    char e[6] = {'\\', 'u', hexdigits[(c >> 12) & 15], hexdigits[(c >> 8) & 15], hexdigits[(c >> 4) & 15],
                 hexdigits[c & 15]};
    return tw_buf_append(b, e, 6);
}

// Append the JSON string literal of the str s (quotes included).
static int encode_str(TwBuf *b, TwValue s, bool ascii) {
    const char *d = tw_str_data(s);
    size_t n = tw_str_size(s);
    if (tw_buf_reserve(b, n + 2) < 0 || tw_buf_append(b, "\"", 1) < 0) {
        return -1;
    }
    size_t run = 0;   // start of the current run of bytes copied as they are
    for (size_t i = 0; i < n;) {
        uint8_t c = (uint8_t)d[i];
        bool plain = c >= 0x80 ? !ascii : (c >= 0x20 && c != '"' && c != '\\' && !(ascii && c == 0x7f));
        if (plain) {
            i++;
            continue;
        }
        if (i > run && tw_buf_append(b, d + run, i - run) < 0) {
            return -1;
        }
        int len = 1;
        uint32_t cp = c < 0x80 ? c : tw_utf8_decode(d + i, &len);
        i += (size_t)len;
        run = i;
        const char *esc = NULL;
        switch (cp) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: break;
        }
        int r;
        if (esc) {
            r = tw_buf_append(b, esc, 2);
        } else if (cp >= 0x10000) {
            uint32_t v = cp - 0x10000;
            r = put_u(b, 0xD800 | (v >> 10));
            if (r == 0) {
                r = put_u(b, 0xDC00 | (v & 0x3FF));
            }
        } else {
            r = put_u(b, cp);
        }
        if (r < 0) {
            return -1;
        }
    }
    if (n > run && tw_buf_append(b, d + run, n - run) < 0) {
        return -1;
    }
    return tw_buf_append(b, "\"", 1);
}

static TwValue encode_basestring_common(TwValue s, bool ascii) {
    if (!tw_isinstance_type(s, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "first argument must be a string, not %T", s);
    }
    TwBuf b;
    tw_buf_init(&b);
    if (encode_str(&b, s, ascii) < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
}

static TwValue j_encode_basestring_ascii(int argc, TwValue *argv, TwValue kwnames) {
    return encode_basestring_common(argv[0], true);
}

static TwValue j_encode_basestring(int argc, TwValue *argv, TwValue kwnames) {
    return encode_basestring_common(argv[0], false);
}

// ---------------------------------------------------------------- scanning

typedef struct Scan {
    TwJsonScanner *sc;
    TwValue doc;
    const char *s;
    int64_t n;
    bool ascii;
    bool strict;
    TwValue memo;
} Scan;

static int64_t char_index(const Scan *st, int64_t off) {
    return st->ascii ? off : (int64_t)tw_utf8_count(st->s, (size_t)off);
}

// Raise json.decoder.JSONDecodeError(msg, doc, pos) for byte offset off.
static TwValue raise_errmsg(const Scan *st, const char *msg, int64_t off) {
    TwValue name = tw_str_intern_c("json.decoder");
    TwValue what = tw_str_intern_c("JSONDecodeError");
    TwValue fromlist = tw_tuple_pack(1, what);
    TwValue mod = fromlist ? tw_import(name, TW_NULL, fromlist, 0) : TW_NULL;
    TwValue cls = mod ? tw_getattr(mod, what) : TW_NULL;
    if (!cls) {
        return TW_NULL;
    }
    TwValue args[3] = {tw_str_from_c(msg), st->doc, tw_int_from_i64(char_index(st, off))};
    if (!args[0] || !args[2]) {
        return TW_NULL;
    }
    TwValue exc = tw_call(cls, 3, args, TW_NULL);
    return exc ? tw_raise(exc) : TW_NULL;
}

static TwValue stop_iteration(const Scan *st, int64_t off) {
    TwValue v = tw_int_from_i64(char_index(st, off));
    return v ? tw_error_value(&tw_type_StopIteration, v) : TW_NULL;
}

static bool is_ws(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Four hex digits at s[i..i+4) (all present): the value, or -1.
static int32_t hex4(const char *s) {
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(s[k]);
        if (h < 0) {
            return -1;
        }
        v = v * 16 + h;
    }
    return v;
}

// The string whose opening quote is at byte begin; *next gets the offset after the
// closing quote. Char positions in messages are counted as CPython counts them.
static TwValue scan_string(const Scan *st, int64_t end, bool strict, int64_t *next) {
    const char *s = st->s;
    int64_t n = st->n, begin = end - 1;
    int64_t i = end, chunk = end;
    TwBuf b;
    bool used = false;
    tw_buf_init(&b);
    for (;;) {
        while (i < n) {
            uint8_t c = (uint8_t)s[i];
            if (c == '"' || c == '\\' || c < 0x20) {
                break;
            }
            i++;
        }
        if (i >= n) {
            tw_buf_free(&b);
            return raise_errmsg(st, "Unterminated string starting at", begin);
        }
        uint8_t c = (uint8_t)s[i];
        if (c < 0x20) {
            if (strict) {
                tw_buf_free(&b);
                return raise_errmsg(st, "Invalid control character at", i);
            }
            i++;
            continue;
        }
        if (c == '"') {
            *next = i + 1;
            if (!used) {
                return tw_str_new(s + chunk, (size_t)(i - chunk));
            }
            if (tw_buf_append(&b, s + chunk, (size_t)(i - chunk)) < 0) {
                tw_buf_free(&b);
                return TW_NULL;
            }
            return tw_buf_to_str(&b);
        }
        // a backslash escape
        used = true;
        if (tw_buf_append(&b, s + chunk, (size_t)(i - chunk)) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
        int64_t esc = i + 1;
        if (esc >= n) {
            tw_buf_free(&b);
            return raise_errmsg(st, "Unterminated string starting at", begin);
        }
        char e = s[esc];
        uint32_t cp = 0;
        int64_t after = esc + 1;
        switch (e) {
        case '"': cp = '"'; break;
        case '\\': cp = '\\'; break;
        case '/': cp = '/'; break;
        case 'b': cp = '\b'; break;
        case 'f': cp = '\f'; break;
        case 'n': cp = '\n'; break;
        case 'r': cp = '\r'; break;
        case 't': cp = '\t'; break;
        case 'u': {
            int64_t h = esc + 1;
            if (h + 4 >= n) {
                tw_buf_free(&b);
                return raise_errmsg(st, "Invalid \\uXXXX escape", esc);
            }
            int32_t v = hex4(s + h);
            if (v < 0) {
                tw_buf_free(&b);
                return raise_errmsg(st, "Invalid \\uXXXX escape", esc);
            }
            cp = (uint32_t)v;
            after = h + 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && after + 6 < n && s[after] == '\\' && s[after + 1] == 'u') {
                int32_t v2 = hex4(s + after + 2);
                if (v2 < 0) {
                    tw_buf_free(&b);
                    return raise_errmsg(st, "Invalid \\uXXXX escape", after + 1);
                }
                if (v2 >= 0xDC00 && v2 <= 0xDFFF) {
                    cp = 0x10000 + (((cp - 0xD800) << 10) | (uint32_t)(v2 - 0xDC00));
                    after += 6;
                }
            }
            break;
        }
        default:
            tw_buf_free(&b);
            return raise_errmsg(st, "Invalid \\escape", i);
        }
        if (tw_buf_append_codepoint(&b, cp) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
        i = chunk = after;
    }
}

static TwValue scan_once(Scan *st, int64_t idx, int64_t *next);

static int64_t skip_ws(const Scan *st, int64_t i) {
    while (i < st->n && is_ws(st->s[i])) {
        i++;
    }
    return i;
}

static TwValue scan_object(Scan *st, int64_t idx, int64_t *next) {
    TwJsonScanner *sc = st->sc;
    bool pairs = sc->object_pairs_hook != TW_NONE;
    TwValue rval = pairs ? tw_list_new(0) : tw_dict_new();
    if (!rval) {
        return TW_NULL;
    }
    int64_t n = st->n;
    idx = skip_ws(st, idx);
    if (idx >= n || st->s[idx] != '}') {
        for (;;) {
            if (idx >= n || st->s[idx] != '"') {
                return raise_errmsg(st, "Expecting property name enclosed in double quotes", idx);
            }
            int64_t after;
            TwValue key = scan_string(st, idx + 1, st->strict, &after);
            if (!key) {
                return TW_NULL;
            }
            TwValue memo_key = TW_NULL;
            if (tw_dict_lookup(st->memo, key, &memo_key) < 0) {
                return TW_NULL;
            }
            if (memo_key) {
                key = memo_key;
            } else if (tw_dict_set(st->memo, key, key) < 0) {
                return TW_NULL;
            }
            idx = skip_ws(st, after);
            if (idx >= n || st->s[idx] != ':') {
                return raise_errmsg(st, "Expecting ':' delimiter", idx);
            }
            idx = skip_ws(st, idx + 1);
            TwValue val = scan_once(st, idx, &after);
            if (!val) {
                return TW_NULL;
            }
            if (pairs) {
                TwValue item = tw_tuple_pack(2, key, val);
                if (!item || tw_list_append(rval, item) < 0) {
                    return TW_NULL;
                }
            } else if (tw_dict_set(rval, key, val) < 0) {
                return TW_NULL;
            }
            idx = skip_ws(st, after);
            if (idx < n && st->s[idx] == '}') {
                break;
            }
            if (idx >= n || st->s[idx] != ',') {
                return raise_errmsg(st, "Expecting ',' delimiter", idx);
            }
            idx = skip_ws(st, idx + 1);
        }
    }
    *next = idx + 1;
    if (pairs) {
        return tw_call1(sc->object_pairs_hook, rval);
    }
    if (sc->object_hook != TW_NONE) {
        return tw_call1(sc->object_hook, rval);
    }
    return rval;
}

static TwValue scan_array(Scan *st, int64_t idx, int64_t *next) {
    TwValue rval = tw_list_new(0);
    if (!rval) {
        return TW_NULL;
    }
    int64_t n = st->n;
    idx = skip_ws(st, idx);
    if (idx >= n || st->s[idx] != ']') {
        for (;;) {
            int64_t after;
            TwValue val = scan_once(st, idx, &after);
            if (!val || tw_list_append(rval, val) < 0) {
                return TW_NULL;
            }
            idx = skip_ws(st, after);
            if (idx < n && st->s[idx] == ']') {
                break;
            }
            if (idx >= n || st->s[idx] != ',') {
                return raise_errmsg(st, "Expecting ',' delimiter", idx);
            }
            idx = skip_ws(st, idx + 1);
        }
    }
    *next = idx + 1;
    return rval;
}

static TwValue scan_constant(Scan *st, const char *name, int64_t idx, int64_t *next) {
    *next = idx + (int64_t)strlen(name);
    TwValue s = tw_str_from_c(name);
    return s ? tw_call1(st->sc->parse_constant, s) : TW_NULL;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

static TwValue scan_number(Scan *st, int64_t start, int64_t *next) {
    const char *s = st->s;
    int64_t n = st->n, end_idx = n - 1, idx = start;
    bool is_float = false;
    if (s[idx] == '-') {
        idx++;
        if (idx > end_idx) {
            return stop_iteration(st, start);
        }
    }
    if (s[idx] >= '1' && s[idx] <= '9') {
        idx++;
        while (idx <= end_idx && is_digit(s[idx])) {
            idx++;
        }
    } else if (s[idx] == '0') {
        idx++;
    } else {
        return stop_iteration(st, start);
    }
    if (idx < end_idx && s[idx] == '.' && is_digit(s[idx + 1])) {
        is_float = true;
        idx += 2;
        while (idx <= end_idx && is_digit(s[idx])) {
            idx++;
        }
    }
    if (idx < end_idx && (s[idx] == 'e' || s[idx] == 'E')) {
        int64_t e_start = idx;
        idx++;
        if (idx < end_idx && (s[idx] == '-' || s[idx] == '+')) {
            idx++;
        }
        while (idx <= end_idx && is_digit(s[idx])) {
            idx++;
        }
        if (is_digit(s[idx - 1])) {
            is_float = true;
        } else {
            idx = e_start;
        }
    }
    *next = idx;
    TwJsonScanner *sc = st->sc;
    TwValue custom = TW_NULL;
    if (is_float && sc->parse_float != tw_from_obj(&tw_type_float)) {
        custom = sc->parse_float;
    } else if (!is_float && sc->parse_int != tw_from_obj(&tw_type_int)) {
        custom = sc->parse_int;
    }
    if (custom) {
        TwValue numstr = tw_str_new(s + start, (size_t)(idx - start));
        return numstr ? tw_call1(custom, numstr) : TW_NULL;
    }
    if (is_float) {
        return tw_float_parse(s + start, (size_t)(idx - start));
    }
    return tw_int_parse(s + start, (size_t)(idx - start), 10);
}

static bool starts(const Scan *st, int64_t idx, const char *word) {
    size_t k = strlen(word);
    return idx + (int64_t)k <= st->n && memcmp(st->s + idx, word, k) == 0;
}

static TwValue scan_once(Scan *st, int64_t idx, int64_t *next) {
    if (idx < 0) {
        return tw_error(&tw_type_ValueError, "idx cannot be negative");
    }
    if (idx >= st->n) {
        return stop_iteration(st, idx);
    }
    switch (st->s[idx]) {
    case '"':
        return scan_string(st, idx + 1, st->strict, next);
    case '{': {
        if (tw_enter_recursive_call(" while decoding a JSON object from a unicode string") < 0) {
            return TW_NULL;
        }
        TwValue r = scan_object(st, idx + 1, next);
        tw_leave_recursive_call();
        return r;
    }
    case '[': {
        if (tw_enter_recursive_call(" while decoding a JSON array from a unicode string") < 0) {
            return TW_NULL;
        }
        TwValue r = scan_array(st, idx + 1, next);
        tw_leave_recursive_call();
        return r;
    }
    case 'n':
        if (starts(st, idx, "null")) {
            *next = idx + 4;
            return TW_NONE;
        }
        break;
    case 't':
        if (starts(st, idx, "true")) {
            *next = idx + 4;
            return TW_TRUE;
        }
        break;
    case 'f':
        if (starts(st, idx, "false")) {
            *next = idx + 5;
            return TW_FALSE;
        }
        break;
    case 'N':
        if (starts(st, idx, "NaN")) {
            return scan_constant(st, "NaN", idx, next);
        }
        break;
    case 'I':
        if (starts(st, idx, "Infinity")) {
            return scan_constant(st, "Infinity", idx, next);
        }
        break;
    case '-':
        if (starts(st, idx, "-Infinity")) {
            return scan_constant(st, "-Infinity", idx, next);
        }
        break;
    default:
        break;
    }
    return scan_number(st, idx, next);
}

static void scan_init(Scan *st, TwJsonScanner *sc, TwValue doc, bool strict) {
    st->sc = sc;
    st->doc = doc;
    st->s = tw_str_data(doc);
    st->n = (int64_t)tw_str_size(doc);
    st->ascii = tw_str_size(doc) == tw_str_length(doc);
    st->strict = strict;
}

// Byte offset of char index idx (clamped to the end when beyond it).
static int64_t byte_offset(TwValue doc, int64_t idx) {
    if (idx <= 0) {
        return idx;
    }
    if ((size_t)idx >= tw_str_length(doc)) {
        return (int64_t)tw_str_size(doc) + (idx - (int64_t)tw_str_length(doc));
    }
    return (int64_t)tw_str_offset(doc, (size_t)idx);
}

static TwValue result_pair(const Scan *st, TwValue v, int64_t next) {
    return tw_tuple_pack(2, v, tw_int_from_i64(char_index(st, next)));
}

// scanner(string, idx) -> (value, end)
static TwValue scanner_call(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames)) {
        return tw_error(&tw_type_TypeError, "scan_once() takes no keyword arguments");
    }
    if (argc != 2) {
        return tw_error(&tw_type_TypeError, "scan_once expected 2 arguments, got %d", argc);
    }
    TwValue doc = argv[0];
    if (!tw_isinstance_type(doc, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "first argument must be a string, not %T", doc);
    }
    int64_t idx;
    if (tw_index_as_ssize(argv[1], &idx) < 0) {
        return TW_NULL;
    }
    Scan st;
    TwJsonScanner *sc = TW_OBJ(self, TwJsonScanner);
    scan_init(&st, sc, doc, sc->strict);
    st.memo = tw_dict_new();
    if (!st.memo) {
        return TW_NULL;
    }
    int64_t next = 0;
    TwValue v = scan_once(&st, idx < 0 ? idx : byte_offset(doc, idx), &next);
    return v ? result_pair(&st, v, next) : TW_NULL;
}

static void scanner_trace(TwObject *self) {
    TwJsonScanner *s = (TwJsonScanner *)self;
    tw_gc_mark(s->object_hook);
    tw_gc_mark(s->object_pairs_hook);
    tw_gc_mark(s->parse_float);
    tw_gc_mark(s->parse_int);
    tw_gc_mark(s->parse_constant);
}

static TwValue j_make_scanner(int argc, TwValue *argv, TwValue kwnames) {
    TwValue ctx = argv[0];
    TwJsonScanner *s = (TwJsonScanner *)tw_gc_alloc(&scanner_type, sizeof(TwJsonScanner));
    if (!s) {
        return TW_NULL;
    }
    TwValue strict = tw_getattr_c(ctx, "strict");
    int t = strict ? tw_truthy(strict) : -1;
    if (t < 0) {
        return TW_NULL;
    }
    s->strict = t;
    if (!(s->object_hook = tw_getattr_c(ctx, "object_hook")) ||
        !(s->object_pairs_hook = tw_getattr_c(ctx, "object_pairs_hook")) ||
        !(s->parse_float = tw_getattr_c(ctx, "parse_float")) || !(s->parse_int = tw_getattr_c(ctx, "parse_int")) ||
        !(s->parse_constant = tw_getattr_c(ctx, "parse_constant"))) {
        return TW_NULL;
    }
    return tw_from_obj(s);
}

// scanstring(string, end, strict=True) -> (str, end)
static TwValue j_scanstring(int argc, TwValue *argv, TwValue kwnames) {
    TwValue doc = argv[0];
    if (!tw_isinstance_type(doc, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "first argument must be a string, not %T", doc);
    }
    int64_t end;
    if (tw_index_as_ssize(argv[1], &end) < 0) {
        return TW_NULL;
    }
    int strict = 1;
    if (argc > 2 && (strict = tw_truthy(argv[2])) < 0) {
        return TW_NULL;
    }
    if (end < 0 || (size_t)end > tw_str_length(doc)) {
        return tw_error(&tw_type_ValueError, "end is out of bounds");
    }
    Scan st = {0};
    scan_init(&st, NULL, doc, strict);
    int64_t next;
    TwValue v = scan_string(&st, byte_offset(doc, end), strict, &next);
    return v ? result_pair(&st, v, next) : TW_NULL;
}

// ---------------------------------------------------------------- encoding

typedef struct Enc {
    TwJsonEncoder *e;
    TwBuf b;
    int64_t level;
} Enc;

static int enc_c(Enc *x, const char *s) {
    return tw_buf_append_c(&x->b, s);
}

static int enc_strval(Enc *x, TwValue s) {
    return tw_buf_append(&x->b, tw_str_data(s), tw_str_size(s));
}

static int enc_string(Enc *x, TwValue s) {
    TwJsonEncoder *e = x->e;
    if (e->fast_encode) {
        return encode_str(&x->b, s, e->fast_encode == 1);
    }
    TwValue r = tw_call1(e->encoder, s);
    if (!r) {
        return -1;
    }
    if (!tw_isinstance_type(r, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "encoder() must return a string, not %T", r);
        return -1;
    }
    return enc_strval(x, r);
}

static int enc_float(Enc *x, TwValue v) {
    double d = tw_float_value(v);
    if (!isfinite(d)) {
        if (!x->e->allow_nan) {
            if (x->e->indent != TW_NONE) {
                TwValue r = tw_repr(tw_from_float(d));
                if (r) {
                    tw_error(&tw_type_ValueError, "Out of range float values are not JSON compliant: %U", r);
                }
            } else {
                tw_error(&tw_type_ValueError, "Out of range float values are not JSON compliant");
            }
            return -1;
        }
        return enc_c(x, d != d ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    }
    TwValue r = tw_float_repr(d);
    return r ? enc_strval(x, r) : -1;
}

static int enc_int(Enc *x, TwValue v) {
    TwValue r = tw_int_to_str(tw_int_value(v), 10);
    return r ? enc_strval(x, r) : -1;
}

static int newline_indent(Enc *x) {
    if (enc_c(x, "\n") < 0) {
        return -1;
    }
    for (int64_t i = 0; i < x->level; i++) {
        if (enc_strval(x, x->e->indent) < 0) {
            return -1;
        }
    }
    return 0;
}

// markers[id(obj)] = obj, or ValueError for a cycle. *key gets the marker (TW_NULL: none).
static int mark_enter(Enc *x, TwValue obj, TwValue *key) {
    *key = TW_NULL;
    TwValue markers = x->e->markers;
    if (markers == TW_NONE) {
        return 0;
    }
    TwValue id = tw_int_from_i64((int64_t)obj);
    if (!id) {
        return -1;
    }
    int r = tw_contains(markers, id);
    if (r < 0) {
        return -1;
    }
    if (r) {
        tw_error(&tw_type_ValueError, "Circular reference detected");
        return -1;
    }
    if (tw_setitem(markers, id, obj) < 0) {
        return -1;
    }
    *key = id;
    return 0;
}

static int mark_leave(Enc *x, TwValue key) {
    return key ? tw_delitem(x->e->markers, key) : 0;
}

static int enc_obj(Enc *x, TwValue obj);

static int enc_list(Enc *x, TwValue seq) {
    bool is_list = tw_isinstance_type(seq, &tw_type_list);
    size_t n = is_list ? tw_list_size(seq) : tw_tuple_size(seq);
    if (n == 0) {
        return enc_c(x, "[]");
    }
    TwValue marker;
    if (mark_enter(x, seq, &marker) < 0 || enc_c(x, "[") < 0) {
        return -1;
    }
    bool indent = x->e->indent != TW_NONE;
    if (indent) {
        x->level++;
        if (newline_indent(x) < 0) {
            return -1;
        }
    }
    for (size_t i = 0;; i++) {
        n = is_list ? tw_list_size(seq) : tw_tuple_size(seq);
        if (i >= n) {
            break;
        }
        if (i > 0 && (enc_strval(x, x->e->item_separator) < 0 || (indent && newline_indent(x) < 0))) {
            return -1;
        }
        TwValue item = is_list ? tw_list_items(seq)[i] : tw_tuple_items(seq)[i];
        if (enc_obj(x, item) < 0) {
            return -1;
        }
    }
    if (indent) {
        x->level--;
        if (newline_indent(x) < 0) {
            return -1;
        }
    }
    if (enc_c(x, "]") < 0) {
        return -1;
    }
    return mark_leave(x, marker);
}

static int enc_dict(Enc *x, TwValue dct) {
    if (tw_len(dct) == 0) {
        return tw_error_occurred() ? -1 : enc_c(x, "{}");
    }
    TwValue marker;
    if (mark_enter(x, dct, &marker) < 0 || enc_c(x, "{") < 0) {
        return -1;
    }
    TwValue items;
    if (tw_is_type(dct, &tw_type_dict)) {
        items = tw_list_new(tw_dict_size(dct));
        size_t pos = 0;
        TwValue k, v;
        while (items && tw_dict_next(dct, &pos, &k, &v)) {
            TwValue pair = tw_tuple_pack(2, k, v);
            if (!pair || tw_list_append(items, pair) < 0) {
                return -1;
            }
        }
    } else {
        TwValue view = tw_call_method(dct, tw_str_intern_c("items"), 0, NULL);
        items = view ? tw_list_from_iterable(view) : TW_NULL;
    }
    if (!items || (x->e->sort_keys && tw_list_sort(items, TW_NULL, false) < 0)) {
        return -1;
    }
    bool indent = x->e->indent != TW_NONE;
    if (indent) {
        x->level++;
        if (newline_indent(x) < 0) {
            return -1;
        }
    }
    bool first = true;
    for (size_t i = 0; i < tw_list_size(items); i++) {
        TwValue pair = tw_list_items(items)[i];
        if (!tw_isinstance_type(pair, &tw_type_tuple) || tw_tuple_size(pair) != 2) {
            tw_error(&tw_type_ValueError, "items must return tuples of 2 items");
            return -1;
        }
        TwValue key = tw_tuple_items(pair)[0], value = tw_tuple_items(pair)[1];
        size_t mark = x->b.size;
        if (!first && (enc_strval(x, x->e->item_separator) < 0 || (indent && newline_indent(x) < 0))) {
            return -1;
        }
        int r;
        if (tw_isinstance_type(key, &tw_type_str)) {
            r = enc_string(x, key);
        } else {
            // the key's text, then quoted as a string
            TwBuf saved = x->b;
            tw_buf_init(&x->b);
            if (tw_is_floatlike(key)) {
                r = enc_float(x, key);
            } else if (key == TW_TRUE || key == TW_FALSE || key == TW_NONE) {
                r = enc_c(x, key == TW_TRUE ? "true" : key == TW_FALSE ? "false" : "null");
            } else if (tw_is_intlike(key)) {
                r = enc_int(x, key);
            } else if (x->e->skipkeys) {
                tw_buf_free(&x->b);
                x->b = saved;
                x->b.size = mark;
                continue;
            } else {
                tw_buf_free(&x->b);
                x->b = saved;
                tw_error(&tw_type_TypeError, "keys must be str, int, float, bool or None, not %T", key);
                return -1;
            }
            TwValue ks = r < 0 ? TW_NULL : tw_buf_to_str(&x->b);
            x->b = saved;
            r = ks ? enc_string(x, ks) : -1;
        }
        if (r < 0 || enc_strval(x, x->e->key_separator) < 0 || enc_obj(x, value) < 0) {
            return -1;
        }
        first = false;
    }
    if (indent) {
        x->level--;
        if (newline_indent(x) < 0) {
            return -1;
        }
    }
    if (enc_c(x, "}") < 0) {
        return -1;
    }
    return mark_leave(x, marker);
}

static int enc_obj(Enc *x, TwValue obj) {
    if (obj == TW_NONE) {
        return enc_c(x, "null");
    }
    if (obj == TW_TRUE) {
        return enc_c(x, "true");
    }
    if (obj == TW_FALSE) {
        return enc_c(x, "false");
    }
    if (tw_isinstance_type(obj, &tw_type_str)) {
        return enc_string(x, obj);
    }
    if (tw_is_intlike(obj)) {
        return enc_int(x, obj);
    }
    if (tw_is_floatlike(obj)) {
        return enc_float(x, obj);
    }
    bool seq = tw_isinstance_type(obj, &tw_type_list) || tw_isinstance_type(obj, &tw_type_tuple);
    bool map = !seq && tw_isinstance_type(obj, &tw_type_dict);
    if (tw_enter_recursive_call(" while encoding a JSON object") < 0) {
        return -1;
    }
    int r;
    if (seq) {
        r = enc_list(x, obj);
    } else if (map) {
        r = enc_dict(x, obj);
    } else {
        TwValue marker;
        r = mark_enter(x, obj, &marker);
        if (r == 0) {
            TwValue newobj = tw_call1(x->e->defaultfn, obj);
            r = newobj ? enc_obj(x, newobj) : -1;
            if (r == 0) {
                r = mark_leave(x, marker);
            }
        }
    }
    tw_leave_recursive_call();
    return r;
}

// encoder(obj, _current_indent_level) -> (str,)
static TwValue encoder_call(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    if (argc != 2 || (kwnames && tw_tuple_size(kwnames))) {
        return tw_error(&tw_type_TypeError, "_iterencode() takes exactly 2 positional arguments");
    }
    Enc x = {.e = TW_OBJ(self, TwJsonEncoder)};
    if (tw_index_as_ssize(argv[1], &x.level) < 0) {
        return TW_NULL;
    }
    tw_buf_init(&x.b);
    if (enc_obj(&x, argv[0]) < 0) {
        tw_buf_free(&x.b);
        return TW_NULL;
    }
    TwValue s = tw_buf_to_str(&x.b);
    return s ? tw_tuple_pack(1, s) : TW_NULL;
}

static void encoder_trace(TwObject *self) {
    TwJsonEncoder *e = (TwJsonEncoder *)self;
    tw_gc_mark(e->markers);
    tw_gc_mark(e->defaultfn);
    tw_gc_mark(e->encoder);
    tw_gc_mark(e->indent);
    tw_gc_mark(e->key_separator);
    tw_gc_mark(e->item_separator);
}

// make_encoder(markers, default, encoder, indent, key_separator, item_separator,
//              sort_keys, skipkeys, allow_nan)
static TwValue j_make_encoder(int argc, TwValue *argv, TwValue kwnames) {
    if (argv[0] != TW_NONE && !tw_isinstance_type(argv[0], &tw_type_dict)) {
        return tw_error(&tw_type_TypeError, "make_encoder() argument 1 must be dict or None, not %T", argv[0]);
    }
    if (argv[3] != TW_NONE && !tw_isinstance_type(argv[3], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "make_encoder() argument 4 must be str or None, not %T", argv[3]);
    }
    if (!tw_isinstance_type(argv[4], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "make_encoder() argument 5 must be str, not %T", argv[4]);
    }
    if (!tw_isinstance_type(argv[5], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "make_encoder() argument 6 must be str, not %T", argv[5]);
    }
    int flags[3];
    for (int i = 0; i < 3; i++) {
        if ((flags[i] = tw_truthy(argv[6 + i])) < 0) {
            return TW_NULL;
        }
    }
    TwJsonEncoder *e = (TwJsonEncoder *)tw_gc_alloc(&encoder_type, sizeof(TwJsonEncoder));
    if (!e) {
        return TW_NULL;
    }
    e->markers = argv[0];
    e->defaultfn = argv[1];
    e->encoder = argv[2];
    e->indent = argv[3];
    e->key_separator = argv[4];
    e->item_separator = argv[5];
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    e->fast_encode = argv[2] == fn_ascii ? 1 : argv[2] == fn_plain ? 2 : 0;
    return tw_from_obj(e);
}

// ---------------------------------------------------------------- the module

static TwType scanner_type = {
    .hdr.type = &tw_type_type,
    .c_name = "_json.Scanner",
    .basic_size = sizeof(TwJsonScanner),
    .trace = scanner_trace,
    .call = scanner_call,
};
static TwType encoder_type = {
    .hdr.type = &tw_type_type,
    .c_name = "_json.Encoder",
    .basic_size = sizeof(TwJsonEncoder),
    .trace = encoder_trace,
    .call = encoder_call,
};

static const TwMethodDef json_functions[] = {
    {"scanstring", j_scanstring, 2, 3, 0},
    {"make_scanner", j_make_scanner, 1, 1, 0},
    {"make_encoder", j_make_encoder, 9, 9, 0},
    {NULL},
};

static int json_module_init(TwValue module) {
    static bool types_done;
    if (!types_done) {
        types_done = true;
        tw_type_init_builtin(&scanner_type, "_json.Scanner", &tw_type_object);
        tw_type_init_builtin(&encoder_type, "_json.Encoder", &tw_type_object);
        tw_gc_add_root(&fn_ascii);
        tw_gc_add_root(&fn_plain);
    }
    if (tw_module_add_functions(module, json_functions) < 0) {
        return -1;
    }
    TwValue d = TW_OBJ(module, TwModule)->dict;
    fn_ascii = tw_builtin_new("encode_basestring_ascii", j_encode_basestring_ascii, 1, 1, 0);
    fn_plain = tw_builtin_new("encode_basestring", j_encode_basestring, 1, 1, 0);
    if (!fn_ascii || !fn_plain) {
        return -1;
    }
    TW_OBJ(fn_ascii, TwBuiltin)->module = TW_OBJ(module, TwModule)->name;
    TW_OBJ(fn_plain, TwBuiltin)->module = TW_OBJ(module, TwModule)->name;
    if (tw_dict_set_c(d, "encode_basestring_ascii", fn_ascii) < 0 ||
        tw_dict_set_c(d, "encode_basestring", fn_plain) < 0) {
        return -1;
    }
    return 0;
}

void tw_json_init(void) {
    tw_module_register("_json", json_module_init);
}
