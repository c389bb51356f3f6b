// Number formatting shared by int, float and complex: the format-spec mini-language
// parser, padding/alignment/grouping, float repr (shortest round-trip digits) and the
// e/f/g/%/repr renderings with CPython's exact rules.
//
// Digits come from the C library's correctly rounded printf; the shortest repr tries
// 15, 16, then 17 significant digits and keeps the first that reads back as the same
// double (a round-tripping string of <= 15 digits is always the 15-digit rounding with
// zeros stripped, so this finds the same digits as David Gay's shortest mode).
#include "bigint.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

// ---------------------------------------------------------------- a small byte buffer

typedef struct Out {
    char *data;
    size_t size, cap;
    bool failed;
} Out;

static void out_reserve(Out *o, size_t extra) {
    if (o->failed || o->size + extra + 1 <= o->cap) {
        return;
    }
    size_t cap = o->cap ? o->cap * 2 : 64;
    while (cap < o->size + extra + 1) {
        cap *= 2;
    }
    char *p = realloc(o->data, cap);
    if (!p) {
        o->failed = true;
        return;
    }
    o->data = p;
    o->cap = cap;
}

static void out_add(Out *o, const char *s, size_t n) {
    out_reserve(o, n);
    if (o->failed) {
        return;
    }
    memcpy(o->data + o->size, s, n);
    o->size += n;
    o->data[o->size] = 0;
}

static void out_char(Out *o, char c) { out_add(o, &c, 1); }

static void out_cp(Out *o, uint32_t cp) {
    char b[4];
    size_t n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    out_add(o, b, n);
}

static TwValue out_finish(Out *o) {
    if (o->failed) {
        free(o->data);
        return tw_error_nomem();
    }
    TwValue s = tw_str_new(o->data ? o->data : "", o->size);
    free(o->data);
    return s;
}

// ---------------------------------------------------------------- spec parsing

static int decode_cp(const char *s, size_t n, size_t *len) {
    unsigned char c = (unsigned char)s[0];
    int k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if ((size_t)k > n) {
        k = (int)n;
    }
    uint32_t cp = k == 1 ? c : k == 2 ? (c & 0x1Fu) : k == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (int i = 1; i < k; i++) {
        cp = (cp << 6) | ((unsigned char)s[i] & 0x3Fu);
    }
    *len = (size_t)k;
    return (int)cp;
}

static bool is_align(int c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int parse_number(const char *s, size_t n, size_t *pos, int64_t *out) {
    int64_t v = 0;
    size_t start = *pos;
    while (*pos < n && s[*pos] >= '0' && s[*pos] <= '9') {
        if (v > (INT64_MAX - 9) / 10) {
            tw_error(&tw_type_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (s[*pos] - '0');
        (*pos)++;
    }
    *out = *pos > start ? v : -1;
    return 0;
}

int tw_float_fmt_parse_spec(TwValue specv, const char *tname, TwNumSpec *f) {
    const char *s = tw_str_data(specv);
    size_t n = tw_str_size(specv), pos = 0;
    f->fill = ' ';
    f->align = 0;
    f->sign = 0;
    f->no_neg_zero = false;
    f->alternate = false;
    f->zero_pad = false;
    f->width = -1;
    f->grouping = 0;
    f->precision = -1;
    f->type = 0;
    bool fill_given = false;
    if (n > 0) {
        size_t cl;
        int cp = decode_cp(s, n, &cl);
        if (cl < n && is_align(s[cl])) {
            f->fill = (uint32_t)cp;
            f->align = s[cl];
            fill_given = true;
            pos = cl + 1;
        } else if (is_align(s[0])) {
            f->align = s[0];
            pos = 1;
        }
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
        f->sign = s[pos++];
    }
    if (pos < n && s[pos] == 'z') {
        f->no_neg_zero = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (pos < n && s[pos] == '0') {
        f->zero_pad = true;
        if (!fill_given) {
            f->fill = '0';
        }
        if (!f->align) {
            f->align = '=';
        }
        pos++;
    }
    if (parse_number(s, n, &pos, &f->width) < 0) {
        return -1;
    }
    if (pos < n && s[pos] == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < n && s[pos] == '_') {
        if (f->grouping) {
            tw_error(&tw_type_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->grouping = '_';
        pos++;
    }
    if (pos < n && s[pos] == ',') {
        tw_error(&tw_type_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < n && s[pos] == '.') {
        pos++;
        if (parse_number(s, n, &pos, &f->precision) < 0) {
            return -1;
        }
        if (f->precision < 0) {
            tw_error(&tw_type_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (n - pos > 1) {
        tw_error(&tw_type_ValueError, "Invalid format specifier '%s' for object of type '%s'", s, tname);
        return -1;
    }
    if (n - pos == 1) {
        f->type = s[pos];
    }
    if (f->grouping) {
        switch (f->type) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') {
                break;
            }
            // fall through
        default:
            tw_error(&tw_type_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, f->type);
            return -1;
        }
    }
    return 0;
}

// ---------------------------------------------------------------- padding and grouping

// Emit the integer digits `d` (n of them) grouped by `gw` with separator `sep`, padded
// with zeros to at least min_width characters (separators count), into o.
static void emit_grouped(Out *o, const char *d, size_t n, int gw, char sep, int64_t min_width) {
    // Build right to left into a temporary, then reverse-append.
    size_t cap = n + n / (size_t)(gw ? gw : 1) + (size_t)(min_width > 0 ? min_width : 0) + 8;
    char *tmp = malloc(cap);
    if (!tmp) {
        o->failed = true;
        return;
    }
    size_t len = 0;
    size_t remaining = n;
    if (!gw) {
        while (remaining > 0) {
            tmp[len++] = d[--remaining];
        }
        while ((int64_t)len < min_width) {
            tmp[len++] = '0';
        }
    } else {
        for (;;) {
            size_t take = remaining < (size_t)gw ? remaining : (size_t)gw;
            int64_t want = min_width - (int64_t)len;
            int64_t glen = (int64_t)take;
            if (want > glen) {
                glen = want;
            }
            if (glen < 1) {
                glen = 1;
            }
            if (glen > gw) {
                glen = gw;
            }
            for (int64_t k = 0; k < glen; k++) {
                tmp[len++] = (size_t)k < take ? d[--remaining] : '0';
            }
            if (remaining == 0 && (int64_t)len >= min_width) {
                break;
            }
            tmp[len++] = sep;
        }
    }
    out_reserve(o, len);
    if (!o->failed) {
        for (size_t i = 0; i < len; i++) {
            o->data[o->size++] = tmp[len - 1 - i];
        }
        o->data[o->size] = 0;
    }
    free(tmp);
}

static size_t utf8_len(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    return c;
}

TwValue tw_float_fmt_finish(const TwNumSpec *spec, const char *sign, const char *prefix,
                            const char *body, size_t body_len, int group_width) {
    size_t nd = 0;
    // The integer digits: a leading run of digits (hex digits for the bases grouped by 4).
    while (nd < body_len && ((body[nd] >= '0' && body[nd] <= '9') ||
                             (group_width == 4 && ((body[nd] | 0x20) >= 'a' && (body[nd] | 0x20) <= 'f')))) {
        nd++;
    }
    const char *rest = body + nd;
    size_t rest_len = body_len - nd;
    size_t sign_len = strlen(sign), prefix_len = strlen(prefix);
    int gw = spec->grouping && nd > 0 ? group_width : 0;   // inf/nan are never grouped
    Out o = {0};
    char align = spec->align ? spec->align : '>';
    int64_t width = spec->width;
    if (align == '=' && spec->fill == '0' && width > 0) {
        // Zero padding goes between the sign/prefix and the digits, grouped like them.
        int64_t min_digits = width - (int64_t)(sign_len + prefix_len + utf8_len(rest, rest_len));
        out_add(&o, sign, sign_len);
        out_add(&o, prefix, prefix_len);
        emit_grouped(&o, body, nd, gw, spec->grouping, min_digits);
        out_add(&o, rest, rest_len);
        return out_finish(&o);
    }
    Out num = {0};
    if (nd > 0) {
        emit_grouped(&num, body, nd, gw, spec->grouping, 0);
    }
    out_add(&num, rest, rest_len);
    if (num.failed) {
        free(num.data);
        return tw_error_nomem();
    }
    int64_t len = (int64_t)(sign_len + prefix_len + utf8_len(num.data ? num.data : "", num.size));
    int64_t pad = width > len ? width - len : 0;
    int64_t left = 0, right = 0, mid = 0;
    switch (align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': mid = pad; break;
    default: left = pad; break;
    }
    for (int64_t i = 0; i < left; i++) {
        out_cp(&o, spec->fill);
    }
    out_add(&o, sign, sign_len);
    out_add(&o, prefix, prefix_len);
    for (int64_t i = 0; i < mid; i++) {
        out_cp(&o, spec->fill);
    }
    out_add(&o, num.data ? num.data : "", num.size);
    for (int64_t i = 0; i < right; i++) {
        out_cp(&o, spec->fill);
    }
    free(num.data);
    return out_finish(&o);
}

// ---------------------------------------------------------------- float digits

// Below a power of two the doubles are twice as dense as above it, so the interval that
// rounds to d reaches further up than down: the correctly rounded digits (below d) may
// miss it while the next string up hits it (2**-24 is 5.960464477539063e-08). Try that
// string: rewrite tmp ("D.DDDe[+-]XX") one unit up in its last digit if it round-trips.
static bool bump_last_digit(char *tmp, double d) {
    char up[40];
    strcpy(up, tmp);
    char *e = strchr(up, 'e');
    int exp10 = atoi(e + 1);
    char *p = e - 1;
    for (;;) {
        if (*p == '.') {
            p--;
        }
        if (*p < '9') {
            (*p)++;
            break;
        }
        *p = '0';
        if (p == up) {   // 9.99 -> 10.00: shift to 1.000 and raise the exponent
            up[0] = '1';
            exp10++;
            break;
        }
        p--;
    }
    snprintf(e, sizeof up - (size_t)(e - up), "e%+03d", exp10);
    if (strtod(up, NULL) != d) {
        return false;
    }
    strcpy(tmp, up);
    return true;
}

int tw_float_fmt_shortest(double d, char *buf, int *decpt) {
    char tmp[40];
    d = fabs(d);
    // Subnormals have fewer significant bits, so shorter strings may round-trip without
    // being the 15-digit rounding: try every length for them.
    for (int prec = d < 2.2250738585072014e-308 ? 0 : 14; prec <= 16; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec, d);
        if (prec < 16 && strtod(tmp, NULL) != d && !bump_last_digit(tmp, d)) {
            continue;
        }
        // tmp: D.DDDDe[+-]XX
        char *e = strchr(tmp, 'e');
        int exp10 = atoi(e + 1);
        int n = 0;
        buf[n++] = tmp[0];
        for (char *p = tmp + 2; p < e; p++) {
            buf[n++] = *p;
        }
        while (n > 1 && buf[n - 1] == '0') {
            n--;
        }
        buf[n] = 0;
        *decpt = exp10 + 1;
        return n;
    }
    return 0;   // not reached
}

// Lay out digits (nd of them, value 0.DIGITS * 10^decpt) in fixed or exponent form.
static void layout(Out *o, const char *digits, int nd, int decpt, bool use_exp, bool alternate,
                   bool add_dot_0) {
    if (use_exp) {
        out_char(o, digits[0]);
        if (nd > 1 || alternate) {
            out_char(o, '.');
            out_add(o, digits + 1, (size_t)(nd - 1));
        }
        char e[16];
        int x = decpt - 1;
        snprintf(e, sizeof e, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
        out_add(o, e, strlen(e));
        return;
    }
    if (decpt <= 0) {
        out_add(o, "0.", 2);
        for (int i = 0; i < -decpt; i++) {
            out_char(o, '0');
        }
        out_add(o, digits, (size_t)nd);
        return;
    }
    if (nd <= decpt) {
        out_add(o, digits, (size_t)nd);
        for (int i = nd; i < decpt; i++) {
            out_char(o, '0');
        }
        if (add_dot_0) {
            out_add(o, ".0", 2);
        } else if (alternate) {
            out_char(o, '.');
        }
        return;
    }
    out_add(o, digits, (size_t)decpt);
    out_char(o, '.');
    out_add(o, digits + decpt, (size_t)(nd - decpt));
}

char *tw_float_fmt_body(double d, char type, int precision, bool alternate, bool add_dot_0) {
    Out o = {0};
    d = fabs(d);
    if (isinf(d) || isnan(d)) {
        out_add(&o, isinf(d) ? "inf" : "nan", 3);
    } else if (type == 'r') {
        char digits[32];
        int decpt, nd;
        if (d == 0) {
            digits[0] = '0';
            digits[1] = 0;
            nd = 1;
            decpt = 1;
        } else {
            nd = tw_float_fmt_shortest(d, digits, &decpt);
        }
        layout(&o, digits, nd, decpt, decpt <= -4 || decpt > 16, alternate, add_dot_0);
    } else if (type == 'e' || type == 'f') {
        // A %f of a huge value has ~310 integer digits; size the buffer generously.
        size_t cap = (size_t)precision + 330;
        out_reserve(&o, cap);
        if (!o.failed) {
            int n = snprintf(o.data, cap, alternate ? (type == 'e' ? "%#.*e" : "%#.*f") : (type == 'e' ? "%.*e" : "%.*f"),
                             precision, d);
            o.size = (size_t)n;
        }
    } else {   // 'g'
        int p = precision == 0 ? 1 : precision;
        size_t cap = (size_t)p + 32;
        char *tmp = malloc(cap);
        if (!tmp) {
            tw_error_nomem();
            return NULL;
        }
        snprintf(tmp, cap, "%.*e", p - 1, d);
        char *e = strchr(tmp, 'e');
        int decpt = atoi(e + 1) + 1;
        // Collect the mantissa digits without the point.
        int nd = 0;
        tmp[nd++] = tmp[0];
        for (char *q = tmp + 2; q < e; q++) {
            tmp[nd++] = *q;
        }
        if (!alternate) {
            while (nd > 1 && tmp[nd - 1] == '0') {
                nd--;
            }
        }
        bool use_exp = decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p);
        layout(&o, tmp, nd, decpt, use_exp, alternate, add_dot_0);
        free(tmp);
    }
    if (o.failed || !o.data) {
        free(o.data);
        tw_error_nomem();
        return NULL;
    }
    return o.data;
}

TwValue tw_float_fmt_spec(double d, const TwNumSpec *spec, const char *tname) {
    char type = spec->type;
    int precision = (int)(spec->precision > 100000000 ? 100000000 : spec->precision);
    bool add_dot_0 = false, upper = false, percent = false;
    switch (type) {
    case 0:
        add_dot_0 = true;
        type = precision < 0 ? 'r' : 'g';
        break;
    case 'n':
        type = 'g';
        break;
    case 'E': case 'F': case 'G':
        upper = true;
        type = (char)(type - 'A' + 'a');
        break;
    case '%':
        percent = true;
        type = 'f';
        d *= 100;
        break;
    case 'e': case 'f': case 'g':
        break;
    default:
        return tw_error(&tw_type_ValueError, "Unknown format code '%c' for object of type '%s'", type, tname);
    }
    if (precision < 0) {
        precision = 6;
    }
    if (spec->type == 'n' && spec->grouping) {
        return tw_error(&tw_type_ValueError, "Cannot specify '%c' with 'n'.", spec->grouping);
    }
    char *body = tw_float_fmt_body(d, type, precision, spec->alternate, add_dot_0);
    if (!body) {
        return TW_NULL;
    }
    size_t n = strlen(body);
    if (upper) {
        for (size_t i = 0; i < n; i++) {
            if (body[i] >= 'a' && body[i] <= 'z') {
                body[i] = (char)(body[i] - 'a' + 'A');
            }
        }
    }
    bool neg = signbit(d) && !isnan(d);
    if (neg && spec->no_neg_zero) {
        // 'z': a value that rounds to zero loses its minus sign.
        bool all_zero = true;
        for (size_t i = 0; i < n && body[i] != 'e' && body[i] != 'E'; i++) {
            if (body[i] >= '1' && body[i] <= '9') {
                all_zero = false;
            }
        }
        if (all_zero && !isinf(d)) {
            neg = false;
        }
    }
    if (percent) {
        char *b2 = realloc(body, n + 2);
        if (!b2) {
            free(body);
            return tw_error_nomem();
        }
        body = b2;
        body[n++] = '%';
        body[n] = 0;
    }
    const char *sign = neg ? "-" : spec->sign == '+' ? "+" : spec->sign == ' ' ? " " : "";
    TwValue r = tw_float_fmt_finish(spec, sign, "", body, n, 3);
    free(body);
    return r;
}
