// complex: construction (numbers and strings), arithmetic with CPython's division and
// power algorithms and error texts, repr/format, hashing, and the Python-visible type.
#include "bigint.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "runtime.h"
#include "warnings.h"

TwType tw_type_complex = {
    .hdr = {&tw_type_type},
    .c_name = "complex",
    .basic_size = sizeof(TwComplex),
    .flags = TW_TYPE_BASETYPE,
};

typedef struct Cx {
    double re, im;
} Cx;

TwValue tw_complex_new(double real, double imag) {
    TwComplex *c = (TwComplex *)tw_gc_alloc(&tw_type_complex, sizeof(TwComplex));
    if (!c) {
        return TW_NULL;
    }
    c->real = real;
    c->imag = imag;
    return tw_from_obj(c);
}

static TwValue from_cx(Cx c) { return tw_complex_new(c.re, c.im); }

static bool is_complex(TwValue v) { return tw_is_ptr(v) && v && tw_isinstance_type(v, &tw_type_complex); }

// Convert an operand: complex, float or int. 1 ok, 0 not a number, -1 error.
static int to_cx(TwValue v, Cx *out) {
    if (is_complex(v)) {
        out->re = TW_OBJ(v, TwComplex)->real;
        out->im = TW_OBJ(v, TwComplex)->imag;
        return 1;
    }
    if (tw_is_floatlike(v)) {
        out->re = tw_float_value(v);
        out->im = 0.0;
        return 1;
    }
    if (tw_is_intlike(v)) {
        out->re = tw_int_to_double(v);
        out->im = 0.0;
        return tw_error_occurred() ? -1 : 1;
    }
    return 0;
}

// ---------------------------------------------------------------- arithmetic

static int cx_quot(Cx a, Cx b, Cx *r) {
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            return -1;
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        r->re = (a.re + a.im * ratio) / denom;
        r->im = (a.im - a.re * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r->re = (a.re * ratio + a.im) / denom;
        r->im = (a.im * ratio - a.re) / denom;
    } else {
        // At least one of b's parts is NaN.
        r->re = r->im = NAN;
    }
    return 0;
}

static Cx cmul(Cx a, Cx b) {
    Cx r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

static Cx cx_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            r = cmul(r, p);
        }
        mask <<= 1;
        p = cmul(p, p);
    }
    return r;
}

// a ** b as CPython computes it; errno ends up EDOM or ERANGE for the error cases.
static Cx cx_pow(Cx a, Cx b) {
    Cx r;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        if (n >= 0) {
            return cx_powu(a, n);
        }
        Cx one = {1.0, 0.0};
        if (cx_quot(one, cx_powu(a, -n), &r) < 0) {
            errno = EDOM;
            r.re = r.im = 0.0;
        }
        return r;
    }
    if (b.re == 0.0 && b.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) {
            errno = EDOM;
        }
        r.re = r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

static TwValue pow_result(Cx a, Cx b) {
    errno = 0;
    Cx r = cx_pow(a, b);
    // An infinite part means overflow unless a domain error came first.
    if (isinf(r.re) || isinf(r.im)) {
        if (errno == 0) {
            errno = ERANGE;
        }
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        return tw_error(&tw_type_ZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (errno == ERANGE) {
        return tw_error(&tw_type_OverflowError, "complex exponentiation");
    }
    return from_cx(r);
}

TwValue tw_complex_pow_values(double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi};
    return pow_result(a, b);
}

static TwValue binop(int op, Cx a, Cx b) {
    Cx r;
    switch (op) {
    case TW_OP_ADD:
        r.re = a.re + b.re;
        r.im = a.im + b.im;
        return from_cx(r);
    case TW_OP_SUB:
        r.re = a.re - b.re;
        r.im = a.im - b.im;
        return from_cx(r);
    case TW_OP_MUL:
        return from_cx(cmul(a, b));
    case TW_OP_TRUEDIV:
        if (cx_quot(a, b, &r) < 0) {
            return tw_error(&tw_type_ZeroDivisionError, "complex division by zero");
        }
        return from_cx(r);
    case TW_OP_POW:
        return pow_result(a, b);
    default:
        return TW_NOTIMPL;
    }
}

static TwValue binary(int op, TwValue self, TwValue other, bool reflected) {
    Cx a, b;
    to_cx(self, &a);
    int r = to_cx(other, &b);
    if (r <= 0) {
        return r < 0 ? TW_NULL : TW_NOTIMPL;
    }
    return reflected ? binop(op, b, a) : binop(op, a, b);
}

#define BIN_METHOD(name, op)                                                                                       \
    static TwValue cx_##name(int argc, TwValue *argv, TwValue kw) { return binary(op, argv[0], argv[1], false); } \
    static TwValue cx_r##name(int argc, TwValue *argv, TwValue kw) { return binary(op, argv[0], argv[1], true); }
BIN_METHOD(add, TW_OP_ADD)
BIN_METHOD(sub, TW_OP_SUB)
BIN_METHOD(mul, TW_OP_MUL)
BIN_METHOD(truediv, TW_OP_TRUEDIV)

static TwValue cx_pow_m(int argc, TwValue *argv, TwValue kw) {
    if (argc > 2 && argv[2] != TW_NONE) {
        return tw_error(&tw_type_ValueError, "complex modulo");
    }
    return binary(TW_OP_POW, argv[0], argv[1], false);
}

static TwValue cx_rpow_m(int argc, TwValue *argv, TwValue kw) {
    if (argc > 2 && argv[2] != TW_NONE) {
        return tw_error(&tw_type_ValueError, "complex modulo");
    }
    return binary(TW_OP_POW, argv[0], argv[1], true);
}

static TwValue richcmp(int op, TwValue self, TwValue other) {
    if (op != TW_CMP_EQ && op != TW_CMP_NE) {
        return TW_NOTIMPL;
    }
    Cx a;
    to_cx(self, &a);
    bool eq;
    if (tw_is_intlike(other)) {
        // Exact comparison with ints, as for floats.
        eq = a.im == 0.0 && tw_int_compare_double(other, a.re) == 0;
    } else {
        Cx b;
        int r = to_cx(other, &b);
        if (r < 0) {
            return TW_NULL;
        }
        if (r == 0) {
            return TW_NOTIMPL;
        }
        eq = a.re == b.re && a.im == b.im;
    }
    return tw_bool(op == TW_CMP_EQ ? eq : !eq);
}

#define CMP_METHOD(name, op) \
    static TwValue cx_##name(int argc, TwValue *argv, TwValue kw) { return richcmp(op, argv[0], argv[1]); }
CMP_METHOD(lt, TW_CMP_LT)
CMP_METHOD(le, TW_CMP_LE)
CMP_METHOD(eq, TW_CMP_EQ)
CMP_METHOD(ne, TW_CMP_NE)
CMP_METHOD(gt, TW_CMP_GT)
CMP_METHOD(ge, TW_CMP_GE)

static TwValue cx_neg(int argc, TwValue *argv, TwValue kw) {
    TwComplex *c = TW_OBJ(argv[0], TwComplex);
    return tw_complex_new(-c->real, -c->imag);
}

static TwValue cx_pos(int argc, TwValue *argv, TwValue kw) {
    TwComplex *c = TW_OBJ(argv[0], TwComplex);
    if (tw_is_type(argv[0], &tw_type_complex)) {
        return argv[0];
    }
    return tw_complex_new(c->real, c->imag);
}

static TwValue cx_conjugate(int argc, TwValue *argv, TwValue kw) {
    TwComplex *c = TW_OBJ(argv[0], TwComplex);
    return tw_complex_new(c->real, -c->imag);
}

static TwValue cx_abs(int argc, TwValue *argv, TwValue kw) {
    TwComplex *c = TW_OBJ(argv[0], TwComplex);
    double r = hypot(c->real, c->imag);
    if (isinf(r) && isfinite(c->real) && isfinite(c->imag)) {
        return tw_error(&tw_type_OverflowError, "absolute value too large");
    }
    return tw_from_float(r);
}

static TwValue cx_bool(int argc, TwValue *argv, TwValue kw) {
    TwComplex *c = TW_OBJ(argv[0], TwComplex);
    return tw_bool(c->real != 0.0 || c->imag != 0.0);
}

static TwValue cx_hash(int argc, TwValue *argv, TwValue kw) {
    TwComplex *c = TW_OBJ(argv[0], TwComplex);
    uint64_t hr = (uint64_t)tw_float_hash(c->real), hi = (uint64_t)tw_float_hash(c->imag);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    return tw_int_from_i64(h == -1 ? -2 : h);
}

// Append the 'r'-style text of d (no ".0"), with a sign when `sign` is set.
static char *part_text(double d, char type, int precision, bool alternate, const char *plus, bool no_neg_zero) {
    char *body = tw_float_fmt_body(d, type, precision, alternate, false);
    if (!body) {
        return NULL;
    }
    bool neg = signbit(d) && !isnan(d);
    if (neg && no_neg_zero && !isinf(d)) {
        // 'z': a part that rounds to zero is printed without its minus sign.
        neg = false;
        for (const char *q = body; *q && *q != 'e'; q++) {
            if (*q >= '1' && *q <= '9') {
                neg = true;
                break;
            }
        }
    }
    const char *sign = neg ? "-" : plus;
    size_t n = strlen(body), sn = strlen(sign);
    char *s = malloc(n + sn + 1);
    if (!s) {
        free(body);
        tw_error_nomem();
        return NULL;
    }
    memcpy(s, sign, sn);
    memcpy(s + sn, body, n + 1);
    free(body);
    return s;
}

// The complex text for a type/precision; with_parens/skip_re as complex.__format__ decides.
static TwValue cx_text(double re, double im, char type, int precision, bool alternate, const char *re_plus,
                       bool skip_re, bool parens, bool upper, const TwNumSpec *pad) {
    bool z = pad && pad->no_neg_zero;
    char *rs = skip_re ? NULL : part_text(re, type, precision, alternate, re_plus, z);
    char *is = part_text(im, type, precision, alternate, skip_re ? re_plus : "+", z);
    if ((!skip_re && !rs) || !is) {
        free(rs);
        free(is);
        return TW_NULL;
    }
    size_t n = (rs ? strlen(rs) : 0) + strlen(is) + 4;
    char *s = malloc(n);
    if (!s) {
        free(rs);
        free(is);
        return tw_error_nomem();
    }
    snprintf(s, n, "%s%s%sj%s", parens ? "(" : "", rs ? rs : "", is, parens ? ")" : "");
    free(rs);
    free(is);
    if (upper) {
        for (char *p = s; *p; p++) {
            if (*p >= 'a' && *p <= 'z' && *p != 'j') {
                *p = (char)(*p - 'a' + 'A');
            }
        }
    }
    TwValue r;
    if (pad) {
        // The number is padded as a whole, as text (no '=' or grouping for complex).
        TwNumSpec p = *pad;
        p.grouping = 0;
        if (!p.align) {
            p.align = '>';
        }
        // Prevent the digit-run logic from treating a leading digit run specially.
        r = tw_float_fmt_finish(&p, "", "", s, strlen(s), 0);
    } else {
        r = tw_str_new(s, strlen(s));
    }
    free(s);
    return r;
}

static TwValue cx_repr(int argc, TwValue *argv, TwValue kw) {
    TwComplex *c = TW_OBJ(argv[0], TwComplex);
    bool skip_re = c->real == 0.0 && !signbit(c->real);
    return cx_text(c->real, c->imag, 'r', 0, false, "", skip_re, !skip_re, false, NULL);
}

static TwValue cx_format(int argc, TwValue *argv, TwValue kw) {
    TwValue spec = argv[1];
    if (!tw_is_str(spec)) {
        return tw_error(&tw_type_TypeError, "format() argument 2 must be str, not %s", tw_type_cname(tw_type_of(spec)));
    }
    if (tw_str_size(spec) == 0) {
        return tw_str(argv[0]);
    }
    TwNumSpec f;
    if (tw_float_fmt_parse_spec(spec, "complex", &f) < 0) {
        return TW_NULL;
    }
    if (f.zero_pad) {
        return tw_error(&tw_type_ValueError, "Zero padding is not allowed in complex format specifier");
    }
    if (f.align == '=') {
        return tw_error(&tw_type_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    }
    TwComplex *c = TW_OBJ(argv[0], TwComplex);
    char type = f.type;
    bool upper = false, skip_re = false, parens = false;
    int precision = (int)f.precision;
    switch (type) {
    case 0:
        type = 'r';
        skip_re = c->real == 0.0 && !signbit(c->real);
        parens = !skip_re;
        if (precision >= 0) {
            type = 'g';
        } else {
            precision = 0;
        }
        break;
    case 'n':
        type = 'g';
        break;
    case 'E': case 'F': case 'G':
        upper = true;
        type = (char)(type - 'A' + 'a');
        break;
    case 'e': case 'f': case 'g':
        break;
    default:
        return tw_error(&tw_type_ValueError, "Unknown format code '%c' for object of type 'complex'", f.type);
    }
    if (precision < 0) {
        precision = 6;
    }
    const char *re_plus = f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    return cx_text(c->real, c->imag, type, precision, f.alternate, re_plus, skip_re, parens, upper, &f);
}

static TwValue cx_get_real(TwValue self) { return tw_from_float(TW_OBJ(self, TwComplex)->real); }
static TwValue cx_get_imag(TwValue self) { return tw_from_float(TW_OBJ(self, TwComplex)->imag); }

static TwValue cx_complex(int argc, TwValue *argv, TwValue kw) { return cx_pos(argc, argv, kw); }

static TwValue cx_getnewargs(int argc, TwValue *argv, TwValue kw) {
    TwComplex *c = TW_OBJ(argv[0], TwComplex);
    return tw_tuple_pack(2, tw_from_float(c->real), tw_from_float(c->imag));
}

// ---------------------------------------------------------------- construction

static bool ieq_prefix(const char *s, size_t n, const char *lit) {
    size_t k = strlen(lit);
    if (n < k) {
        return false;
    }
    for (size_t i = 0; i < k; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if (c != lit[i]) {
            return false;
        }
    }
    return true;
}

// Parse the longest float literal at the start of s; returns its length (0: none).
static size_t float_prefix(const char *s, size_t n, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    if (ieq_prefix(s + i, n - i, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return i + 8;
    }
    if (ieq_prefix(s + i, n - i, "inf")) {
        *out = neg ? -INFINITY : INFINITY;
        return i + 3;
    }
    if (ieq_prefix(s + i, n - i, "nan")) {
        *out = NAN;
        return i + 3;
    }
    char *buf = malloc(n + 2);
    if (!buf) {
        return 0;
    }
    size_t b = 0;
    if (neg) {
        buf[b++] = '-';
    }
    int digits = 0;
    bool point = false;
    size_t end = 0;
    while (i < n) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            buf[b++] = c;
            digits++;
            i++;
        } else if (c == '_' && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && i + 1 < n && s[i + 1] >= '0' &&
                   s[i + 1] <= '9') {
            i++;
        } else if (c == '.' && !point) {
            point = true;
            buf[b++] = c;
            i++;
        } else {
            break;
        }
    }
    if (digits == 0) {
        free(buf);
        return 0;
    }
    end = i;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        size_t bsave = b;
        buf[b++] = 'e';
        if (j < n && (s[j] == '+' || s[j] == '-')) {
            buf[b++] = s[j++];
        }
        int ed = 0;
        while (j < n && ((s[j] >= '0' && s[j] <= '9') ||
                         (s[j] == '_' && ed > 0 && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9'))) {
            if (s[j] != '_') {
                buf[b++] = s[j];
                ed++;
            }
            j++;
        }
        if (ed > 0) {
            end = j;
        } else {
            b = bsave;
        }
    }
    buf[b] = 0;
    *out = strtod(buf, NULL);
    free(buf);
    return end;
}

static TwValue parse_complex(const char *s, size_t n, Cx *out) {
    tw_int_strip_space(&s, &n);
    if (n >= 2 && s[0] == '(' && s[n - 1] == ')') {
        s++;
        n -= 2;
        tw_int_strip_space(&s, &n);
    }
    size_t i = 0;
    double x = 0.0, y = 0.0, z;
    size_t k = float_prefix(s, n, &z);
    if (k > 0) {
        i = k;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            x = z;
            size_t k2 = float_prefix(s + i, n - i, &y);
            if (k2 > 0) {
                i += k2;
            } else {
                y = s[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) {
                goto bad;
            }
            i++;
        } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
            i++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            y = s[i] == '+' ? 1.0 : -1.0;
            i++;
        } else {
            y = 1.0;
        }
        if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) {
            goto bad;
        }
        i++;
    }
    if (i != n) {
        goto bad;
    }
    out->re = x;
    out->im = y;
    return TW_TRUE;
bad:
    return tw_error(&tw_type_ValueError, "complex() arg is a malformed string");
}

// A constructor argument as a complex: complex, __complex__, float, int, __float__, __index__.
static int arg_cx(TwValue v, Cx *out, bool *was_complex, const char *which) {
    *was_complex = false;
    if (is_complex(v)) {
        *was_complex = true;
        return to_cx(v, out) < 0 ? -1 : 0;
    }
    bool found = false;
    TwValue r = tw_call_special(v, TW_NAME(__complex__), 0, NULL, &found);
    if (found) {
        if (!r) {
            return -1;
        }
        if (!is_complex(r)) {
            tw_error(&tw_type_TypeError, "__complex__ returned non-complex (type %s)", tw_type_cname(tw_type_of(r)));
            return -1;
        }
        if (!tw_is_type(r, &tw_type_complex) && tw_warn_subclass_result("__complex__", "complex", r) < 0) {
            return -1;
        }
        *was_complex = true;
        return to_cx(r, out) < 0 ? -1 : 0;
    }
    int k = to_cx(v, out);
    if (k < 0) {
        return -1;
    }
    if (k > 0) {
        return 0;
    }
    double d;
    if (tw_number_as_double(v, &d) < 0) {
        tw_error_clear();
        tw_error(&tw_type_TypeError, "complex() %s, not '%s'", which,
                 tw_type_cname(tw_type_of(v)));
        return -1;
    }
    out->re = d;
    out->im = 0.0;
    return 0;
}

static TwValue cx_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"real", "imag"};
    TwValue a[2];
    if (tw_parse_args("complex", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 0, a) < 0) {
        return TW_NULL;
    }
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    Cx r = {0.0, 0.0};
    if (a[0] && tw_isinstance_type(a[0], &tw_type_str)) {
        if (a[1]) {
            return tw_error(&tw_type_TypeError, "complex() can't take second arg if first is a string");
        }
        if (!parse_complex(tw_str_data(a[0]), tw_str_size(a[0]), &r)) {
            return TW_NULL;
        }
    } else {
        if (a[1] && tw_isinstance_type(a[1], &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "complex() second arg can't be a string");
        }
        if (a[0] && cls == &tw_type_complex && !a[1] && tw_is_type(a[0], &tw_type_complex)) {
            return a[0];
        }
        Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
        bool cr_cx = false, ci_cx = false;
        if (a[0] && arg_cx(a[0], &cr, &cr_cx, "first argument must be a string or a number") < 0) {
            return TW_NULL;
        }
        if (!a[1]) {
            ci.re = cr.im;
        } else if (arg_cx(a[1], &ci, &ci_cx, "second argument must be a number") < 0) {
            return TW_NULL;
        }
        // real + imag*1j where either part may itself be complex.
        if (ci_cx) {
            cr.re -= ci.im;
        }
        if (cr_cx && a[1]) {
            ci.re += cr.im;
        }
        r.re = cr.re;
        r.im = ci.re;
    }
    if (cls == &tw_type_complex) {
        return from_cx(r);
    }
    TwComplex *c = (TwComplex *)tw_gc_alloc(cls, cls->basic_size);
    if (!c) {
        return TW_NULL;
    }
    c->real = r.re;
    c->imag = r.im;
    return tw_from_obj(c);
}

#define M(name, fn, n) {name, fn, n, n, TW_BUILTIN_METHOD}
static const TwMethodDef complex_methods[] = {
    {"__new__", cx_new, 1, 3, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    M("__add__", cx_add, 2), M("__radd__", cx_radd, 2),
    M("__sub__", cx_sub, 2), M("__rsub__", cx_rsub, 2),
    M("__mul__", cx_mul, 2), M("__rmul__", cx_rmul, 2),
    M("__truediv__", cx_truediv, 2), M("__rtruediv__", cx_rtruediv, 2),
    {"__pow__", cx_pow_m, 2, 3, TW_BUILTIN_METHOD}, {"__rpow__", cx_rpow_m, 2, 3, TW_BUILTIN_METHOD},
    M("__lt__", cx_lt, 2), M("__le__", cx_le, 2), M("__eq__", cx_eq, 2),
    M("__ne__", cx_ne, 2), M("__gt__", cx_gt, 2), M("__ge__", cx_ge, 2),
    M("__neg__", cx_neg, 1), M("__pos__", cx_pos, 1), M("__abs__", cx_abs, 1), M("__bool__", cx_bool, 1),
    M("__hash__", cx_hash, 1), M("__repr__", cx_repr, 1), M("__format__", cx_format, 2),
    M("__complex__", cx_complex, 1), M("__getnewargs__", cx_getnewargs, 1),
    M("conjugate", cx_conjugate, 1),
    {NULL, NULL, 0, 0, 0},
};

static const TwGetSetDef complex_getsets[] = {
    {"real", cx_get_real, NULL, true},
    {"imag", cx_get_imag, NULL, true},
    {NULL, NULL, NULL},
};

void tw_complex_init(void) {
    tw_type_init_builtin(&tw_type_complex, "complex", &tw_type_object);
    tw_type_add_methods(&tw_type_complex, complex_methods);
    tw_type_add_getsets(&tw_type_complex, complex_getsets);
}
