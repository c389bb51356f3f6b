// Formatting: the format-spec mini-language (parsed once here for every type's __format__),
// padding helpers for the number formatters, str.__format__, str.format / format_map with
// CPython's field syntax and error messages, and printf-style % formatting for str and
// bytes (one engine, two output modes).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "buffer.h"
#include "gc.h"
#include "obj.h"
#include "text.h"

// ---------------------------------------------------------------- format spec

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// Read a run of decimal digits at *p; -2 on overflow ("Too many decimal digits").
static int64_t read_number(const char **p, const char *end) {
    int64_t v = -1;
    while (*p < end && **p >= '0' && **p <= '9') {
        int d = **p - '0';
        if (v < 0) {
            v = 0;
        }
        if (v > (INT64_MAX - d) / 10) {
            return -2;
        }
        v = v * 10 + d;
        (*p)++;
    }
    return v;
}

static void bad_grouping_type(char sep, uint32_t type) {
    if (type > 32 && type < 128) {
        tw_error(&tw_type_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    } else {
        tw_error(&tw_type_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
    }
}

int tw_format_spec_parse(TwValue spec, TwFormatSpec *out, TwValue obj) {
    out->fill = ' ';
    out->align = 0;
    out->sign = 0;
    out->no_neg_zero = false;
    out->alternate = false;
    out->zero_pad = false;
    out->grouping = 0;
    out->width = -1;
    out->precision = -1;
    out->type = 0;
    const char *p = tw_str_data(spec), *end = p + tw_str_size(spec);
    bool fill_given = false;
    // [[fill]align]: the fill may be any code point.
    if (p < end) {
        int k;
        uint32_t c0 = tw_utf8_decode(p, &k);
        if (p + k < end && is_align((uint8_t)p[k])) {
            out->fill = c0;
            out->align = p[k];
            fill_given = true;
            p += k + 1;
        } else if (is_align(c0)) {
            out->align = (char)c0;
            p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) {
        out->sign = *p++;
    }
    if (p < end && *p == 'z') {
        out->no_neg_zero = true;
        p++;
    }
    if (p < end && *p == '#') {
        out->alternate = true;
        p++;
    }
    if (!fill_given && p < end && *p == '0') {
        out->zero_pad = true;
        out->fill = '0';
        p++;
    }
    int64_t w = read_number(&p, end);
    if (w == -2) {
        tw_error(&tw_type_ValueError, "Too many decimal digits in format string");
        return -1;
    }
    out->width = w;
    if (p < end && (*p == ',' || *p == '_')) {
        out->grouping = *p++;
        if (p < end && (*p == ',' || *p == '_') && *p != out->grouping) {
            tw_error(&tw_type_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (p < end && *p == '.') {
        p++;
        int64_t prec = read_number(&p, end);
        if (prec == -2) {
            tw_error(&tw_type_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        if (prec < 0) {
            tw_error(&tw_type_ValueError, "Format specifier missing precision");
            return -1;
        }
        out->precision = prec;
    }
    if (p < end) {
        int k;
        uint32_t t = tw_utf8_decode(p, &k);
        if (p + k != end) {
            tw_error(&tw_type_ValueError, "Invalid format specifier '%U' for object of type '%s'", spec,
                     tw_type_cname(tw_type_of(obj)));
            return -1;
        }
        out->type = t;
    }
    if (out->grouping) {
        // the default presentation type of a str is 's', which takes no grouping
        uint32_t type = out->type || !obj || !tw_isinstance_type(obj, &tw_type_str) ? out->type : 's';
        switch (type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->grouping == '_') {
                break;
            }
            bad_grouping_type(out->grouping, type);
            return -1;
        default:
            bad_grouping_type(out->grouping, type);
            return -1;
        }
    }
    return 0;
}

// Write n copies of fill into buf.
static int put_fill(TwBuf *b, uint32_t fill, int64_t n) {
    if (n <= 0) {
        return 0;
    }
    char enc[4];
    int k = tw_utf8_encode(fill, enc);
    if (tw_buf_reserve(b, (size_t)n * (size_t)k) < 0) {
        return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        memcpy(b->data + b->size, enc, (size_t)k);
        b->size += (size_t)k;
    }
    b->data[b->size] = 0;
    return 0;
}

// Pad body (len code points) to width with alignment `align` into b.
static int pad_into(TwBuf *b, const char *body, size_t size, size_t len, int64_t width, char align, uint32_t fill) {
    int64_t total = width > (int64_t)len ? width - (int64_t)len : 0;
    int64_t left = 0, right = 0;
    if (align == '>' || align == '=') {
        left = total;
    } else if (align == '^') {
        left = total / 2;
        right = total - left;
    } else {
        right = total;
    }
    if (put_fill(b, fill, left) < 0 || tw_buf_append(b, body, size) < 0 || put_fill(b, fill, right) < 0) {
        return -1;
    }
    return 0;
}

TwValue tw_format_pad(TwValue body, const TwFormatSpec *spec, char default_align) {
    size_t len = tw_str_length(body);
    if (spec->width <= (int64_t)len) {
        return body;
    }
    TwBuf b;
    tw_buf_init(&b);
    char align = spec->align ? spec->align : default_align;
    if (pad_into(&b, tw_str_data(body), tw_str_size(body), len, spec->width, align, spec->fill) < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str_len(&b, (size_t)spec->width);
}

TwValue tw_format_pad_number(const char *prefix, const char *digits, const TwFormatSpec *spec) {
    size_t np = strlen(prefix), nd = strlen(digits);
    size_t lp = tw_utf8_count(prefix, np), ld = tw_utf8_count(digits, nd);
    char align = spec->align ? spec->align : (spec->zero_pad ? '=' : '>');
    TwBuf b;
    tw_buf_init(&b);
    int64_t total = spec->width > (int64_t)(lp + ld) ? spec->width - (int64_t)(lp + ld) : 0;
    int r;
    if (align == '=') {
        r = tw_buf_append(&b, prefix, np) < 0 || put_fill(&b, spec->fill, total) < 0 ||
            tw_buf_append(&b, digits, nd) < 0 ? -1 : 0;
    } else {
        // Pad the whole text (prefix + digits).
        char *whole = malloc(np + nd + 1);
        if (!whole) {
            return tw_error_nomem();
        }
        memcpy(whole, prefix, np);
        memcpy(whole + np, digits, nd);
        whole[np + nd] = 0;
        r = pad_into(&b, whole, np + nd, lp + ld, spec->width, align, spec->fill);
        free(whole);
    }
    if (r < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str_len(&b, lp + ld + (size_t)total);
}

char *tw_format_group_digits(const char *digits, size_t n, char sep, int every, int64_t min_width) {
    // Built right to left into a scratch buffer, then reversed, following CPython's rule
    // for zero padding that runs through the separators ("00,001,234").
    size_t cap = n + n / (size_t)every + 8 + (min_width > 0 ? (size_t)min_width * 2 : 0);
    char *tmp = malloc(cap);
    if (!tmp) {
        return NULL;
    }
    size_t o = 0;
    int64_t remaining = (int64_t)n, mw = min_width;
    const char *src = digits + n;
    bool first = true;
    for (;;) {
        int64_t l = every;
        int64_t m = remaining > mw ? remaining : mw;
        if (m < 1) {
            m = 1;
        }
        if (l > m) {
            l = m;
        }
        int64_t nzeros = l - remaining > 0 ? l - remaining : 0;
        int64_t nchars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
        if (!first) {
            tmp[o++] = sep;
        }
        for (int64_t i = 0; i < nchars; i++) {
            tmp[o++] = *--src;
        }
        for (int64_t i = 0; i < nzeros; i++) {
            tmp[o++] = '0';
        }
        first = false;
        remaining -= nchars;
        mw -= l;
        if (remaining <= 0 && mw <= 0) {
            break;
        }
        mw -= 1;
    }
    char *res = malloc(o + 1);
    if (!res) {
        free(tmp);
        return NULL;
    }
    for (size_t i = 0; i < o; i++) {
        res[i] = tmp[o - 1 - i];
    }
    res[o] = 0;
    free(tmp);
    return res;
}

// ---------------------------------------------------------------- str.__format__

TwValue tw_format_str_with_spec(TwValue s, const TwFormatSpec *spec) {
    if (spec->type != 0 && spec->type != 's') {
        if (spec->type > 32 && spec->type < 128) {
            return tw_error(&tw_type_ValueError, "Unknown format code '%c' for object of type 'str'", (int)spec->type);
        }
        return tw_error(&tw_type_ValueError, "Unknown format code '\\x%x' for object of type 'str'", (unsigned)spec->type);
    }
    if (spec->sign) {
        if (spec->sign == ' ') {
            return tw_error(&tw_type_ValueError, "Space not allowed in string format specifier");
        }
        return tw_error(&tw_type_ValueError, "Sign not allowed in string format specifier");
    }
    if (spec->no_neg_zero) {
        return tw_error(&tw_type_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (spec->alternate) {
        return tw_error(&tw_type_ValueError, "Alternate form (#) not allowed in string format specifier");
    }
    if (spec->align == '=') {
        return tw_error(&tw_type_ValueError, "'=' alignment not allowed in string format specifier");
    }
    size_t len = tw_str_length(s), size = tw_str_size(s);
    if (spec->precision >= 0 && (size_t)spec->precision < len) {
        len = (size_t)spec->precision;
        size = tw_str_offset(s, len);
    }
    if (spec->width <= (int64_t)len) {
        if (size == tw_str_size(s) && tw_is_str(s)) {
            return s;
        }
        return tw_str_new_len(tw_str_data(s), size, len);
    }
    TwBuf b;
    tw_buf_init(&b);
    if (pad_into(&b, tw_str_data(s), size, len, spec->width, spec->align ? spec->align : '<', spec->fill) < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str_len(&b, (size_t)spec->width);
}

TwValue tw_str_format_spec(TwValue s, TwValue spec) {
    if (tw_str_size(spec) == 0) {
        // A subclass's own __str__ decides what an empty spec shows.
        return tw_is_str(s) ? s : tw_str(s);
    }
    TwFormatSpec fs;
    if (tw_format_spec_parse(spec, &fs, s) < 0) {
        return TW_NULL;
    }
    return tw_format_str_with_spec(s, &fs);
}

// ---------------------------------------------------------------- str.format

typedef struct FormatCtx {
    int npos;             // positional arguments
    TwValue *args;        // positional then keyword values
    TwValue kwnames;      // tuple or TW_NULL
    TwValue mapping;      // format_map's mapping, or TW_NULL
    int auto_index;       // next automatic field number; -1 once manual numbering is used
    bool manual;
} FormatCtx;

// Parse a decimal field index; -1 if the text is not all digits.
static int64_t field_int(const char *p, size_t n) {
    if (n == 0) {
        return -1;
    }
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') {
            return -1;
        }
        if (v > (INT64_MAX - 9) / 10) {
            tw_error(&tw_type_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

static TwValue lookup_keyword(FormatCtx *ctx, TwValue key) {
    if (ctx->mapping) {
        return tw_getitem(ctx->mapping, key);
    }
    if (ctx->kwnames) {
        size_t nk = tw_tuple_size(ctx->kwnames);
        TwValue *names = tw_tuple_items(ctx->kwnames);
        for (size_t i = 0; i < nk; i++) {
            if (tw_str_eq(names[i], key)) {
                return ctx->args[ctx->npos + (int)i];
            }
        }
    }
    return tw_error_value(&tw_type_KeyError, key);
}

// Resolve a field name ("0", "", "name", "0.attr[1]") to its object.
static TwValue get_field(FormatCtx *ctx, const char *p, size_t n) {
    size_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') {
        i++;
    }
    TwValue obj;
    int64_t idx = field_int(p, i);
    if (idx == -2) {
        return TW_NULL;
    }
    if (i == 0 || idx >= 0) {
        if (i == 0) {
            if (ctx->manual) {
                return tw_error(&tw_type_ValueError, "cannot switch from manual field specification to automatic field numbering");
            }
            idx = ctx->auto_index++;
        } else {
            if (ctx->auto_index > 0) {
                return tw_error(&tw_type_ValueError, "cannot switch from automatic field numbering to manual field specification");
            }
            ctx->manual = true;
        }
        if (ctx->mapping) {
            // format_map has no positional arguments.
            return tw_error(&tw_type_ValueError, "Format string contains positional fields");
        }
        if (idx >= ctx->npos) {
            return tw_error(&tw_type_IndexError, "Replacement index %lld out of range for positional args tuple",
                            (long long)idx);
        }
        obj = ctx->args[idx];
    } else {
        TwValue key = tw_str_new(p, i);
        if (!key) {
            return TW_NULL;
        }
        obj = lookup_keyword(ctx, key);
        if (!obj) {
            return TW_NULL;
        }
    }
    // .attr and [key] accessors.
    while (i < n) {
        if (p[i] == '.') {
            size_t j = ++i;
            while (i < n && p[i] != '.' && p[i] != '[') {
                i++;
            }
            if (i == j) {
                return tw_error(&tw_type_ValueError, "Empty attribute in format string");
            }
            TwValue name = tw_str_new(p + j, i - j);
            if (!name) {
                return TW_NULL;
            }
            obj = tw_getattr(obj, name);
        } else if (p[i] == '[') {
            size_t j = ++i;
            while (i < n && p[i] != ']') {
                i++;
            }
            if (i >= n) {
                return tw_error(&tw_type_ValueError, "Missing ']' in format string");
            }
            if (i == j) {
                return tw_error(&tw_type_ValueError, "Empty attribute in format string");
            }
            int64_t k = field_int(p + j, i - j);
            if (k == -2) {
                return TW_NULL;
            }
            TwValue key = k >= 0 ? tw_int_from_i64(k) : tw_str_new(p + j, i - j);
            if (!key) {
                return TW_NULL;
            }
            i++;   // past ']'
            obj = tw_getitem(obj, key);
            if (obj && i < n && p[i] != '.' && p[i] != '[') {
                return tw_error(&tw_type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            return tw_error(&tw_type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (!obj) {
            return TW_NULL;
        }
    }
    return obj;
}

static int build_format(FormatCtx *ctx, const char *p, size_t n, int depth, TwBuf *out);

// Render one parsed field: look the object up, convert (!r !s !a), expand a nested spec,
// then format.
static int render_field(FormatCtx *ctx, const char *name, size_t name_n, uint32_t conv, const char *spec,
                        size_t spec_n, bool expand, int depth, TwBuf *out) {
    TwValue obj = get_field(ctx, name, name_n);
    if (!obj) {
        return -1;
    }
    if (conv) {
        switch (conv) {
        case 'r':
            obj = tw_repr(obj);
            break;
        case 's':
            obj = tw_str(obj);
            break;
        case 'a':
            obj = tw_ascii(obj);
            break;
        default:
            if (conv > 32 && conv < 127) {
                tw_error(&tw_type_ValueError, "Unknown conversion specifier %c", (int)conv);
            } else {
                tw_error(&tw_type_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
            }
            return -1;
        }
        if (!obj) {
            return -1;
        }
    }
    TwValue specv = tw_str_empty;
    if (spec_n > 0) {
        if (expand) {
            TwBuf sb;
            tw_buf_init(&sb);
            if (build_format(ctx, spec, spec_n, depth - 1, &sb) < 0) {
                tw_buf_free(&sb);
                return -1;
            }
            specv = tw_buf_to_str(&sb);
        } else {
            specv = tw_str_new(spec, spec_n);
        }
        if (!specv) {
            return -1;
        }
    }
    if (tw_is_str(obj) && tw_str_size(specv) == 0) {
        return tw_buf_append_str(out, obj);
    }
    TwValue r = tw_format(obj, specv);
    if (!r) {
        return -1;
    }
    if (!tw_is_strlike(r)) {
        tw_error(&tw_type_TypeError, "__format__ must return a str, not %T", r);
        return -1;
    }
    return tw_buf_append_str(out, r);
}

// Parse the field starting after '{' at *pos (CPython's grammar and error order) and
// render it; *pos ends after the closing '}'.
static int parse_field(FormatCtx *ctx, const char *p, size_t n, size_t *pos, int depth, TwBuf *out) {
    size_t i = *pos;
    size_t name_start = i;
    char c = 0;
    while (i < n) {
        c = p[i++];
        if (c == '{') {
            tw_error(&tw_type_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < n && p[i] != ']') {
                i++;
            }
            c = 0;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
        c = 0;
    }
    size_t name_end = (c == '}' || c == ':' || c == '!') ? i - 1 : i;
    uint32_t conv = 0;
    const char *spec = NULL;
    size_t spec_n = 0;
    bool expand = false;
    if (c == '!' || c == ':') {
        bool spec_follows = true;
        if (c == '!') {
            if (i >= n) {
                tw_error(&tw_type_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            int k;
            conv = tw_utf8_decode(p + i, &k);
            i += (size_t)k;
            if (i < n) {
                char c2 = p[i++];
                if (c2 == '}') {
                    spec_follows = false;
                } else if (c2 != ':') {
                    tw_error(&tw_type_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        if (spec_follows) {
            size_t spec_start = i;
            int count = 1;
            bool closed = false;
            while (i < n) {
                char sc = p[i++];
                if (sc == '{') {
                    expand = true;
                    count++;
                } else if (sc == '}') {
                    if (--count == 0) {
                        closed = true;
                        break;
                    }
                }
            }
            if (!closed) {
                tw_error(&tw_type_ValueError, "unmatched '{' in format spec");
                return -1;
            }
            spec = p + spec_start;
            spec_n = i - 1 - spec_start;
        }
    } else if (c != '}') {
        tw_error(&tw_type_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = i;
    return render_field(ctx, p + name_start, name_end - name_start, conv, spec, spec_n, expand, depth, out);
}

static int build_format(FormatCtx *ctx, const char *p, size_t n, int depth, TwBuf *out) {
    if (depth <= 0) {
        tw_error(&tw_type_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && p[j] != '{' && p[j] != '}') {
            j++;
        }
        if (j > i && tw_buf_append(out, p + i, j - i) < 0) {
            return -1;
        }
        if (j >= n) {
            break;
        }
        char c = p[j];
        bool at_end = j + 1 >= n;
        if (c == '}' && (at_end || p[j + 1] != '}')) {
            tw_error(&tw_type_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (at_end && c == '{') {
            tw_error(&tw_type_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (p[j + 1] == c) {
            // Escaped brace.
            if (tw_buf_append(out, &c, 1) < 0) {
                return -1;
            }
            i = j + 2;
            continue;
        }
        size_t pos = j + 1;
        if (parse_field(ctx, p, n, &pos, depth, out) < 0) {
            return -1;
        }
        i = pos;
    }
    return 0;
}

TwValue tw_format_str_format(TwValue fmt, int argc, TwValue *args, TwValue kwnames, TwValue mapping) {
    FormatCtx ctx;
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    ctx.npos = argc - nkw;
    ctx.args = args;
    ctx.kwnames = kwnames;
    ctx.mapping = mapping;
    ctx.auto_index = 0;
    ctx.manual = false;
    const char *p = tw_str_data(fmt);
    size_t n = tw_str_size(fmt);
    if (!memchr(p, '{', n) && !memchr(p, '}', n)) {
        return tw_is_str(fmt) ? fmt : tw_str_new_len(p, n, tw_str_length(fmt));
    }
    TwBuf b;
    tw_buf_init(&b);
    if (build_format(&ctx, p, n, 2, &b) < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
}

// ---------------------------------------------------------------- % formatting

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PctArgs {
    TwValue *items;
    size_t n, next;
    TwValue dict;        // mapping for %(key)s, or TW_NULL
    bool single;         // args was one non-tuple value
} PctArgs;

static TwValue next_arg(PctArgs *a) {
    if (a->next < a->n) {
        return a->items[a->next++];
    }
    return tw_error(&tw_type_TypeError, "not enough arguments for format string");
}

// Format an integer value for %d %i %u %x %X %o (already an int) into out (ASCII).
static int pct_int(TwBuf *out, TwValue v, char conv, int flags, int64_t width, int64_t prec) {
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    char small[80];
    const char *digits;
    size_t nd;
    bool neg;
    TwValue sv = TW_NULL;
    int64_t iv;
    if (tw_int_to_i64(v, &iv) && iv != INT64_MIN) {
        neg = iv < 0;
        uint64_t u = neg ? (uint64_t)(-iv) : (uint64_t)iv;
        int k = snprintf(small, sizeof small, base == 16 ? "%llx" : base == 8 ? "%llo" : "%llu", (unsigned long long)u);
        digits = small;
        nd = (size_t)k;
    } else {
        sv = tw_int_to_str(v, base);
        if (!sv) {
            return -1;
        }
        digits = tw_str_data(sv);
        nd = tw_str_size(sv);
        neg = digits[0] == '-';
        if (neg) {
            digits++;
            nd--;
        }
    }
    char prefix[4];
    size_t np = 0;
    if (neg) {
        prefix[np++] = '-';
    } else if (flags & F_SIGN) {
        prefix[np++] = '+';
    } else if (flags & F_BLANK) {
        prefix[np++] = ' ';
    }
    if ((flags & F_ALT) && base != 10) {
        prefix[np++] = '0';
        prefix[np++] = conv == 'o' ? 'o' : conv;
    }
    int64_t zeros = prec > (int64_t)nd ? prec - (int64_t)nd : 0;
    int64_t body = (int64_t)np + zeros + (int64_t)nd;
    if ((flags & F_ZERO) && !(flags & F_LJUST) && width > body) {
        zeros += width - body;
        body = width;
    }
    int64_t pad = width > body ? width - body : 0;
    if (!(flags & F_LJUST) && put_fill(out, ' ', pad) < 0) {
        return -1;
    }
    if (tw_buf_append(out, prefix, np) < 0 || put_fill(out, '0', zeros) < 0) {
        return -1;
    }
    if (conv == 'X') {
        for (size_t i = 0; i < nd; i++) {
            char c = digits[i];
            c = c >= 'a' && c <= 'f' ? (char)(c - 32) : c;
            if (tw_buf_append(out, &c, 1) < 0) {
                return -1;
            }
        }
    } else if (tw_buf_append(out, digits, nd) < 0) {
        return -1;
    }
    if ((flags & F_LJUST) && put_fill(out, ' ', pad) < 0) {
        return -1;
    }
    return 0;
}

static int pct_float(TwBuf *out, double d, char conv, int flags, int64_t width, int64_t prec) {
    if (prec < 0) {
        prec = 6;
    }
    if (prec > 10000) {
        prec = 10000;
    }
    char cfmt[16];
    size_t k = 0;
    cfmt[k++] = '%';
    if (flags & F_ALT) {
        cfmt[k++] = '#';
    }
    cfmt[k++] = '.';
    cfmt[k++] = '*';
    cfmt[k++] = conv;
    cfmt[k] = 0;
    double ad = fabs(d);
    bool neg = signbit(d) && !isnan(d);
    int n = snprintf(NULL, 0, cfmt, (int)prec, ad);
    char *digits = malloc((size_t)n + 1);
    if (!digits) {
        tw_error_nomem();
        return -1;
    }
    snprintf(digits, (size_t)n + 1, cfmt, (int)prec, ad);
    char prefix[2];
    size_t np = 0;
    if (neg) {
        prefix[np++] = '-';
    } else if (flags & F_SIGN) {
        prefix[np++] = '+';
    } else if (flags & F_BLANK) {
        prefix[np++] = ' ';
    }
    int64_t body = (int64_t)np + n;
    int64_t zeros = 0;
    if ((flags & F_ZERO) && !(flags & F_LJUST) && width > body) {
        zeros = width - body;
        body = width;
    }
    int64_t pad = width > body ? width - body : 0;
    int r = 0;
    if (!(flags & F_LJUST) && put_fill(out, ' ', pad) < 0) {
        r = -1;
    } else if (tw_buf_append(out, prefix, np) < 0 || put_fill(out, '0', zeros) < 0 ||
               tw_buf_append(out, digits, (size_t)n) < 0) {
        r = -1;
    } else if ((flags & F_LJUST) && put_fill(out, ' ', pad) < 0) {
        r = -1;
    }
    free(digits);
    return r;
}

// Append text (size bytes, len code points) with width and precision (truncation).
static int pct_text(TwBuf *out, const char *text, size_t size, size_t len, int flags, int64_t width,
                    int64_t prec, bool bytes_mode) {
    if (prec >= 0 && (size_t)prec < len) {
        len = (size_t)prec;
        if (bytes_mode) {
            size = len;
        } else {
            // Byte offset of code point `len`.
            size_t off = 0;
            for (size_t i = 0; i < len; i++) {
                off += (size_t)tw_utf8_seqlen((uint8_t)text[off]);
            }
            size = off;
        }
    }
    int64_t pad = width > (int64_t)len ? width - (int64_t)len : 0;
    if (!(flags & F_LJUST) && put_fill(out, ' ', pad) < 0) {
        return -1;
    }
    if (tw_buf_append(out, text, size) < 0) {
        return -1;
    }
    if ((flags & F_LJUST) && put_fill(out, ' ', pad) < 0) {
        return -1;
    }
    return 0;
}

static bool has_method(TwValue v, TwValue name) {
    return tw_type_lookup(tw_type_of(v), name) != TW_NULL;
}

// Bytes of a value for %s / %b in bytes mode.
static TwValue bytes_for(TwValue v) {
    const uint8_t *d = NULL;
    size_t n = 0;
    if (tw_bytes_view(v, &d, &n)) {
        return v;
    }
    if (tw_buffer_check(v)) {
        return tw_bytes_from_object(v);
    }
    if (has_method(v, TW_NAME(__bytes__))) {
        return tw_call_method(v, TW_NAME(__bytes__), 0, NULL);
    }
    return tw_error(&tw_type_TypeError,
                    "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                    tw_type_cname(tw_type_of(v)));
}

// The engine: fmt is UTF-8 text (str mode) or raw bytes (bytes mode).
static int percent_format(TwBuf *out, const char *fmt, size_t n, TwValue args, bool bytes_mode) {
    PctArgs a = {0};
    bool is_tuple = tw_isinstance_type(args, &tw_type_tuple);
    if (is_tuple) {
        a.items = tw_tuple_items(args);
        a.n = tw_tuple_size(args);
    } else {
        a.items = &args;
        a.n = 1;
        a.single = true;
    }
    if (!is_tuple && !tw_is_strlike(args) && !tw_isinstance_type(args, &tw_type_bytes) &&
        !tw_isinstance_type(args, &tw_type_bytearray) && has_method(args, TW_NAME(__getitem__))) {
        a.dict = args;
    }
    size_t i = 0;
    while (i < n) {
        const char *pc = memchr(fmt + i, '%', n - i);
        size_t j = pc ? (size_t)(pc - fmt) : n;
        if (j > i && tw_buf_append(out, fmt + i, j - i) < 0) {
            return -1;
        }
        if (j >= n) {
            break;
        }
        size_t start = j;
        i = j + 1;
        if (i < n && fmt[i] == '%') {
            if (tw_buf_append(out, "%", 1) < 0) {
                return -1;
            }
            i++;
            continue;
        }
        TwValue arg = TW_NULL;
        bool keyed = false;
        if (i < n && fmt[i] == '(') {
            if (!a.dict) {
                tw_error(&tw_type_TypeError, "format requires a mapping");
                return -1;
            }
            int level = 1;
            size_t ks = ++i;
            while (i < n && level > 0) {
                if (fmt[i] == '(') {
                    level++;
                } else if (fmt[i] == ')') {
                    level--;
                }
                i++;
            }
            if (level > 0) {
                tw_error(&tw_type_ValueError, "incomplete format key");
                return -1;
            }
            TwValue key = bytes_mode ? tw_bytes_new(fmt + ks, i - 1 - ks) : tw_str_new(fmt + ks, i - 1 - ks);
            if (!key) {
                return -1;
            }
            arg = tw_getitem(a.dict, key);
            if (!arg) {
                return -1;
            }
            keyed = true;
            a.next = a.n;   // as in CPython, no positional argument is left after a key
        }
        int flags = 0;
        for (; i < n; i++) {
            char c = fmt[i];
            if (c == '-') {
                flags |= F_LJUST;
            } else if (c == '+') {
                flags |= F_SIGN;
            } else if (c == ' ') {
                flags |= F_BLANK;
            } else if (c == '#') {
                flags |= F_ALT;
            } else if (c == '0') {
                flags |= F_ZERO;
            } else {
                break;
            }
        }
        int64_t width = -1, prec = -1;
        if (i < n && fmt[i] == '*') {
            i++;
            TwValue w = next_arg(&a);
            if (!w) {
                return -1;
            }
            if (!tw_is_intlike(w)) {
                tw_error(&tw_type_TypeError, "* wants int");
                return -1;
            }
            if (tw_int_as_i64(w, &width) < 0) {
                return -1;
            }
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                if (width < 0) {
                    width = 0;
                }
                if (width > (INT32_MAX - 9) / 10) {
                    tw_error(&tw_type_ValueError, "width too big");
                    return -1;
                }
                width = width * 10 + (fmt[i++] - '0');
            }
        }
        if (i < n && fmt[i] == '.') {
            i++;
            prec = 0;
            if (i < n && fmt[i] == '*') {
                i++;
                TwValue pv = next_arg(&a);
                if (!pv) {
                    return -1;
                }
                if (!tw_is_intlike(pv)) {
                    tw_error(&tw_type_TypeError, "* wants int");
                    return -1;
                }
                if (tw_int_as_i64(pv, &prec) < 0) {
                    return -1;
                }
                if (prec < 0) {
                    prec = 0;
                }
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    if (prec > (INT32_MAX - 9) / 10) {
                        tw_error(&tw_type_ValueError, "precision too big");
                        return -1;
                    }
                    prec = prec * 10 + (fmt[i++] - '0');
                }
            }
        }
        // Length modifiers are accepted and ignored.
        while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
            i++;
        }
        if (i >= n) {
            tw_error(&tw_type_ValueError, "incomplete format");
            return -1;
        }
        int k = 1;
        uint32_t conv = bytes_mode ? (uint8_t)fmt[i] : tw_utf8_decode(fmt + i, &k);
        size_t conv_at = i;
        i += (size_t)k;
        if (!keyed) {
            arg = next_arg(&a);
            if (!arg) {
                return -1;
            }
        }
        int r = 0;
        switch (conv) {
        case 's':
        case 'r':
        case 'a':
        case 'b': {
            if (conv == 'b' && !bytes_mode) {
                goto unsupported;
            }
            if (bytes_mode && (conv == 's' || conv == 'b')) {
                TwValue bv = bytes_for(arg);
                const uint8_t *d = NULL;
                size_t bn = 0;
                if (!bv) {
                    return -1;
                }
                if (!tw_bytes_view(bv, &d, &bn)) {
                    tw_error(&tw_type_TypeError, "__bytes__ returned non-bytes (type %T)", bv);
                    return -1;
                }
                r = pct_text(out, (const char *)d, bn, bn, flags, width, prec, true);
                break;
            }
            TwValue s;
            if (conv == 's') {
                s = tw_str(arg);
            } else if (conv == 'r' && !bytes_mode) {
                s = tw_repr(arg);
            } else {
                s = tw_ascii(arg);
            }
            if (!s) {
                return -1;
            }
            r = pct_text(out, tw_str_data(s), tw_str_size(s), bytes_mode ? tw_str_size(s) : tw_str_length(s),
                         flags, width, prec, bytes_mode);
            break;
        }
        case 'c': {
            char enc[4];
            size_t en;
            if (bytes_mode) {
                const uint8_t *d = NULL;
                size_t bn = 0;
                if (tw_bytes_view(arg, &d, &bn)) {
                    if (bn != 1) {
                        tw_error(&tw_type_TypeError, "%%c requires an integer in range(256) or a single byte");
                        return -1;
                    }
                    enc[0] = (char)d[0];
                } else if (tw_is_intlike(arg) || has_method(arg, TW_NAME(__index__))) {
                    int64_t v;
                    if (tw_int_to_i64(arg, &v) || (!tw_is_intlike(arg) && tw_index_as_ssize(arg, &v) == 0)) {
                        if (v < 0 || v > 255) {
                            tw_error(&tw_type_OverflowError, "%%c arg not in range(256)");
                            return -1;
                        }
                    } else {
                        if (tw_error_occurred()) {
                            return -1;
                        }
                        tw_error(&tw_type_OverflowError, "%%c arg not in range(256)");
                        return -1;
                    }
                    enc[0] = (char)v;
                } else {
                    tw_error(&tw_type_TypeError, "%%c requires an integer in range(256) or a single byte");
                    return -1;
                }
                en = 1;
            } else if (tw_is_strlike(arg)) {
                if (tw_str_length(arg) != 1) {
                    tw_error(&tw_type_TypeError, "%%c requires int or char");
                    return -1;
                }
                en = tw_str_size(arg);
                memcpy(enc, tw_str_data(arg), en);
            } else if (tw_is_intlike(arg)) {
                int64_t v;
                if (!tw_int_to_i64(arg, &v) || v < 0 || v > 0x10FFFF) {
                    tw_error(&tw_type_OverflowError, "%%c arg not in range(0x110000)");
                    return -1;
                }
                en = (size_t)tw_utf8_encode((uint32_t)v, enc);
            } else {
                tw_error(&tw_type_TypeError, "%%c requires int or char");
                return -1;
            }
            r = pct_text(out, enc, en, 1, flags, width, -1, bytes_mode);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            TwValue iv = arg;
            if (!tw_is_intlike(arg)) {
                bool integer_only = conv == 'x' || conv == 'X' || conv == 'o';
                if (!integer_only && tw_is_float(arg)) {
                    iv = tw_int_from_double(tw_as_float(arg));
                } else if (has_method(arg, TW_NAME(__index__))) {
                    iv = tw_call_method(arg, TW_NAME(__index__), 0, NULL);
                } else if (!integer_only && has_method(arg, TW_NAME(__int__))) {
                    iv = tw_call_method(arg, TW_NAME(__int__), 0, NULL);
                } else if (!integer_only && has_method(arg, TW_NAME(__float__))) {
                    double dv;
                    iv = tw_number_as_double(arg, &dv) < 0 ? TW_NULL : tw_int_from_double(dv);
                } else {
                    if (integer_only) {
                        tw_error(&tw_type_TypeError, "%%%c format: an integer is required, not %s", (int)conv,
                                 tw_type_cname(tw_type_of(arg)));
                    } else {
                        tw_error(&tw_type_TypeError, "%%%c format: a real number is required, not %s", (int)conv,
                                 tw_type_cname(tw_type_of(arg)));
                    }
                    return -1;
                }
                if (!iv) {
                    return -1;
                }
            }
            r = pct_int(out, iv, conv == 'i' || conv == 'u' ? 'd' : (char)conv, flags, width, prec);
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d;
            if (tw_is_float(arg)) {
                d = tw_as_float(arg);
            } else if (tw_is_intlike(arg) || has_method(arg, TW_NAME(__float__)) || has_method(arg, TW_NAME(__index__))) {
                if (tw_number_as_double(arg, &d) < 0) {
                    return -1;
                }
            } else {
                tw_error(&tw_type_TypeError, "must be real number, not %s", tw_type_cname(tw_type_of(arg)));
                return -1;
            }
            r = pct_float(out, d, (char)conv, flags, width, prec);
            break;
        }
        default:
        unsupported:
            if (bytes_mode && conv >= 128) {
                // CPython formats the byte as a negative char here.
                tw_error(&tw_type_ValueError, "character argument not in range(0x110000)");
            } else {
                // Printable ASCII shows as itself, anything else as '?'.
                tw_error(&tw_type_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                         (conv >= 31 && conv <= 126) ? (int)conv : '?', (unsigned)conv,
                         bytes_mode ? conv_at : tw_utf8_count(fmt, conv_at));
            }
            return -1;
        }
        (void)start;
        if (r < 0) {
            return -1;
        }
    }
    if (a.next < a.n && !a.dict) {
        tw_error(&tw_type_TypeError, bytes_mode ? "not all arguments converted during bytes formatting"
                                                : "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

TwValue tw_str_percent_format(TwValue fmt, TwValue args) {
    TwBuf b;
    tw_buf_init(&b);
    if (percent_format(&b, tw_str_data(fmt), tw_str_size(fmt), args, false) < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
}

TwValue tw_bytes_percent_format(TwValue fmt, TwValue args) {
    const uint8_t *d = NULL;
    size_t n = 0;
    tw_bytes_view(fmt, &d, &n);
    TwBuf b;
    tw_buf_init(&b);
    if (percent_format(&b, (const char *)d, n, args, true) < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    TwValue r = tw_isinstance_type(fmt, &tw_type_bytearray) ? tw_bytearray_new(b.data ? b.data : "", b.size)
                                                             : tw_bytes_new(b.data ? b.data : "", b.size);
    tw_buf_free(&b);
    return r;
}
