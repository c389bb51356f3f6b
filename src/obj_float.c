// float: the C API of obj.h (arithmetic with Python's floor/modulo rules and error
// texts, pow's special cases, hashing compatible with ints, float(str) parsing) and the
// Python-visible float type. Formatting and repr live in float_fmt.c.
//
// Floats are unboxed doubles; instances of float subclasses are TwFloatSub objects.
#include "bigint.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "runtime.h"
#include "warnings.h"

TwType tw_type_float = {
    .hdr = {&tw_type_type},
    .c_name = "float",
    .basic_size = sizeof(TwFloatSub),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_MATCH_SELF,
};

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define HASH_BITS 61

bool tw_is_floatlike(TwValue v) {
    if (tw_is_float(v)) {
        return true;
    }
    if (!tw_is_ptr(v) || !v) {
        return false;
    }
    TwType *t = tw_as_obj(v)->type;
    return (t->flags & TW_TYPE_HEAP) && tw_type_is_subtype(t, &tw_type_float);
}

double tw_float_value(TwValue v) {
    if (tw_is_float(v)) {
        return tw_as_float(v);
    }
    return TW_OBJ(v, TwFloatSub)->value;
}

TwValue tw_float_from_int_value(TwValue v) {
    double d = tw_int_to_double(v);
    if (d == -1.0 && tw_error_occurred()) {
        return TW_NULL;
    }
    return tw_from_float(d);
}

// Convert an operand of a float operation: float, int; 1 ok, 0 not a number, -1 error.
static int operand(TwValue v, double *out) {
    if (tw_is_float(v)) {
        *out = tw_as_float(v);
        return 1;
    }
    if (tw_is_int(v)) {
        *out = (double)tw_as_int(v);
        return 1;
    }
    if (tw_is_intlike(v)) {
        *out = tw_int_to_double(v);
        return tw_error_occurred() ? -1 : 1;
    }
    if (tw_is_floatlike(v)) {
        *out = tw_float_value(v);
        return 1;
    }
    return 0;
}

// __float__ returned an instance of a float subclass: deprecated in 3.11.
static int warn_float_subclass(TwValue v, TwValue f) {
    char what[120];
    snprintf(what, sizeof what, "%.50s.__float__", tw_type_cname(tw_type_of(v)));
    return tw_warn_subclass_result(what, "float", f);
}

int tw_number_as_double(TwValue v, double *out) {
    int r = operand(v, out);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    bool found = false;
    TwValue f = tw_call_special(v, TW_NAME(__float__), 0, NULL, &found);
    if (found) {
        if (!f) {
            return -1;
        }
        if (!tw_is_floatlike(f)) {
            tw_error(&tw_type_TypeError, "%s.__float__ returned non-float (type %s)", tw_type_cname(tw_type_of(v)),
                     tw_type_cname(tw_type_of(f)));
            return -1;
        }
        if (!tw_is_float(f) && warn_float_subclass(v, f) < 0) {
            return -1;
        }
        *out = tw_float_value(f);
        return 0;
    }
    f = tw_call_special(v, TW_NAME(__index__), 0, NULL, &found);
    if (found) {
        if (!f) {
            return -1;
        }
        if (!tw_is_intlike(f)) {
            tw_error(&tw_type_TypeError, "__index__ returned non-int (type %s)", tw_type_cname(tw_type_of(f)));
            return -1;
        }
        *out = tw_int_to_double(f);
        return tw_error_occurred() ? -1 : 0;
    }
    tw_error(&tw_type_TypeError, "must be real number, not %s", tw_type_cname(tw_type_of(v)));
    return -1;
}

// ---------------------------------------------------------------- arithmetic

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

static TwValue range_error(void) {
    TwValue args = tw_tuple_pack(2, tw_from_small_int(34), tw_str_from_c("Numerical result out of range"));
    if (!args) {
        return TW_NULL;
    }
    TwValue exc = tw_exc_new(&tw_type_OverflowError, args);
    return exc ? tw_raise(exc) : TW_NULL;
}

TwValue tw_float_pow(double v, double w) {
    if (w == 0) {
        return tw_from_float(1.0);
    }
    if (isnan(v)) {
        return tw_from_float(v);
    }
    if (isnan(w)) {
        return tw_from_float(v == 1.0 ? 1.0 : w);
    }
    if (isinf(w)) {
        double av = fabs(v);
        if (av == 1.0) {
            return tw_from_float(1.0);
        }
        return tw_from_float((w > 0) == (av > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(v)) {
        bool odd = is_odd_integer(w);
        if (w > 0) {
            return tw_from_float(odd ? v : fabs(v));
        }
        return tw_from_float(odd ? copysign(0.0, v) : 0.0);
    }
    if (v == 0) {
        if (w < 0) {
            return tw_error(&tw_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return tw_from_float(is_odd_integer(w) ? v : 0.0);
    }
    bool negate = false;
    if (v < 0) {
        if (w != floor(w)) {
            // A negative number to a fractional power is complex.
            return tw_complex_pow_values(v, 0.0, w, 0.0);
        }
        v = -v;
        negate = is_odd_integer(w);
    }
    if (v == 1.0) {
        return tw_from_float(negate ? -1.0 : 1.0);
    }
    double r = pow(v, w);
    if (isinf(r)) {
        return range_error();
    }
    return tw_from_float(negate ? -r : r);
}

static void float_divmod_parts(double vx, double wx, double *floordiv, double *modp) {
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) {
            fd += 1.0;
        }
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

TwValue tw_float_binop(int op, double a, double b) {
    if (op >= TW_OP_INPLACE) {
        op -= TW_OP_INPLACE;
    }
    double q, m;
    switch (op) {
    case TW_OP_ADD:
        return tw_from_float(a + b);
    case TW_OP_SUB:
        return tw_from_float(a - b);
    case TW_OP_MUL:
        return tw_from_float(a * b);
    case TW_OP_TRUEDIV:
        if (b == 0) {
            return tw_error(&tw_type_ZeroDivisionError, "float division by zero");
        }
        return tw_from_float(a / b);
    case TW_OP_FLOORDIV:
        if (b == 0) {
            return tw_error(&tw_type_ZeroDivisionError, "float floor division by zero");
        }
        float_divmod_parts(a, b, &q, &m);
        return tw_from_float(q);
    case TW_OP_MOD:
        if (b == 0) {
            return tw_error(&tw_type_ZeroDivisionError, "float modulo");
        }
        m = fmod(a, b);
        if (m) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = copysign(0.0, b);
        }
        return tw_from_float(m);
    case TW_OP_POW:
        return tw_float_pow(a, b);
    default:
        return TW_NOTIMPL;
    }
}

int64_t tw_float_hash(double d) {
    if (isinf(d)) {
        return d > 0 ? 314159 : -314159;
    }
    if (isnan(d)) {
        return 0;
    }
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // Consume the mantissa 28 bits at a time, multiplying the residue by 2^28 mod P.
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------- repr, format, parse

TwValue tw_float_repr(double d) {
    char *body = tw_float_fmt_body(d, 'r', 0, false, true);
    if (!body) {
        return TW_NULL;
    }
    TwValue r;
    if (signbit(d) && !isnan(d)) {
        size_t n = strlen(body);
        char *s = malloc(n + 2);
        if (!s) {
            free(body);
            return tw_error_nomem();
        }
        s[0] = '-';
        memcpy(s + 1, body, n + 1);
        r = tw_str_new(s, n + 1);
        free(s);
    } else {
        r = tw_str_new(body, strlen(body));
    }
    free(body);
    return r;
}

TwValue tw_float_format(double d, TwValue spec) {
    if (tw_str_size(spec) == 0) {
        return tw_float_repr(d);
    }
    TwNumSpec f;
    if (tw_float_fmt_parse_spec(spec, "float", &f) < 0) {
        return TW_NULL;
    }
    return tw_float_fmt_spec(d, &f, "float");
}

static bool ieq(const char *s, size_t n, const char *lit) {
    if (strlen(lit) != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
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

// Parse a float literal as float() accepts it; false on bad syntax.
static bool parse_float_text(const char *s, size_t n, double *out) {
    tw_int_strip_space(&s, &n);
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    const char *word = s + i;
    size_t wn = n - i;
    if (ieq(word, wn, "inf") || ieq(word, wn, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (ieq(word, wn, "nan")) {
        *out = NAN;
        return true;
    }
    // digits[_digits]* [. digits...] [e [sign] digits...], underscores only between digits.
    char *buf = malloc(n + 2);
    if (!buf) {
        return false;
    }
    size_t b = 0;
    if (neg) {
        buf[b++] = '-';
    }
    int mant_digits = 0;
    int state = 0;   // 0 integer part, 1 fraction, 2 exponent
    bool ok = true, exp_digits = false;
    char prev = 0;
    for (; i < n && ok; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            buf[b++] = c;
            if (state < 2) {
                mant_digits++;
            } else {
                exp_digits = true;
            }
        } else if (c == '_') {
            if (!(prev >= '0' && prev <= '9') || i + 1 >= n || !(s[i + 1] >= '0' && s[i + 1] <= '9')) {
                ok = false;
            }
        } else if (c == '.' && state == 0) {
            buf[b++] = c;
            state = 1;
        } else if ((c == 'e' || c == 'E') && state < 2 && mant_digits > 0) {
            buf[b++] = 'e';
            state = 2;
            if (i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-')) {
                buf[b++] = s[++i];
                c = s[i];
            }
        } else {
            ok = false;
        }
        prev = c;
    }
    if (mant_digits == 0 || (state == 2 && !exp_digits)) {
        ok = false;
    }
    buf[b] = 0;
    if (ok) {
        *out = strtod(buf, NULL);
    }
    free(buf);
    return ok;
}

static TwValue float_parse_obj(const char *s, size_t n, TwValue errobj) {
    double d;
    bool ok;
    size_t tn;
    char *t = (!errobj || tw_isinstance_type(errobj, &tw_type_str)) ? tw_int_ascii_text(s, n, &tn) : NULL;
    if (t) {
        ok = parse_float_text(t, tn, &d);
        free(t);
    } else {
        ok = parse_float_text(s, n, &d);
    }
    if (!ok) {
        if (!errobj) {
            errobj = tw_str_new(s, n);
            if (!errobj) {
                return TW_NULL;
            }
        }
        return tw_error(&tw_type_ValueError, "could not convert string to float: %R", errobj);
    }
    return tw_from_float(d);
}

TwValue tw_float_parse(const char *s, size_t len) { return float_parse_obj(s, len, TW_NULL); }

// ---------------------------------------------------------------- dunders

#define SELF(argv) tw_float_value((argv)[0])

static TwValue binary(int op, TwValue self, TwValue other, bool reflected) {
    double a = tw_float_value(self), b;
    int r = operand(other, &b);
    if (r <= 0) {
        return r < 0 ? TW_NULL : TW_NOTIMPL;
    }
    return reflected ? tw_float_binop(op, b, a) : tw_float_binop(op, a, b);
}

#define BIN_METHOD(name, op)                                                                                \
    static TwValue float_##name(int argc, TwValue *argv, TwValue kw) { return binary(op, argv[0], argv[1], false); } \
    static TwValue float_r##name(int argc, TwValue *argv, TwValue kw) { return binary(op, argv[0], argv[1], true); }
BIN_METHOD(add, TW_OP_ADD)
BIN_METHOD(sub, TW_OP_SUB)
BIN_METHOD(mul, TW_OP_MUL)
BIN_METHOD(truediv, TW_OP_TRUEDIV)
BIN_METHOD(floordiv, TW_OP_FLOORDIV)
BIN_METHOD(mod, TW_OP_MOD)

static TwValue divmod_values(double a, double b) {
    if (b == 0) {
        return tw_error(&tw_type_ZeroDivisionError, "float divmod()");
    }
    double q, m;
    float_divmod_parts(a, b, &q, &m);
    return tw_tuple_pack(2, tw_from_float(q), tw_from_float(m));
}

static TwValue float_divmod(int argc, TwValue *argv, TwValue kw) {
    double b;
    int r = operand(argv[1], &b);
    return r <= 0 ? (r < 0 ? TW_NULL : TW_NOTIMPL) : divmod_values(SELF(argv), b);
}

static TwValue float_rdivmod(int argc, TwValue *argv, TwValue kw) {
    double b;
    int r = operand(argv[1], &b);
    return r <= 0 ? (r < 0 ? TW_NULL : TW_NOTIMPL) : divmod_values(b, SELF(argv));
}

static TwValue pow_common(int argc, TwValue *argv, bool reflected) {
    if (argc > 2 && argv[2] != TW_NONE) {
        return tw_error(&tw_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return binary(TW_OP_POW, argv[0], argv[1], reflected);
}
static TwValue float_pow_m(int argc, TwValue *argv, TwValue kw) { return pow_common(argc, argv, false); }
static TwValue float_rpow_m(int argc, TwValue *argv, TwValue kw) { return pow_common(argc, argv, true); }

static TwValue richcmp(int op, TwValue self, TwValue other) {
    double a = tw_float_value(self);
    int c;
    if (tw_is_float(other) || tw_is_floatlike(other)) {
        double b = tw_float_value(other);
        if (isnan(a) || isnan(b)) {
            c = 2;
        } else {
            c = a < b ? -1 : a > b;
        }
    } else if (tw_is_intlike(other)) {
        c = tw_int_compare_double(other, a);
        if (c != 2) {
            c = -c;
        }
    } else {
        return TW_NOTIMPL;
    }
    if (c == 2) {
        return tw_bool(op == TW_CMP_NE);
    }
    switch (op) {
    case TW_CMP_LT: return tw_bool(c < 0);
    case TW_CMP_LE: return tw_bool(c <= 0);
    case TW_CMP_EQ: return tw_bool(c == 0);
    case TW_CMP_NE: return tw_bool(c != 0);
    case TW_CMP_GT: return tw_bool(c > 0);
    default: return tw_bool(c >= 0);
    }
}

#define CMP_METHOD(name, op) \
    static TwValue float_##name(int argc, TwValue *argv, TwValue kw) { return richcmp(op, argv[0], argv[1]); }
CMP_METHOD(lt, TW_CMP_LT)
CMP_METHOD(le, TW_CMP_LE)
CMP_METHOD(eq, TW_CMP_EQ)
CMP_METHOD(ne, TW_CMP_NE)
CMP_METHOD(gt, TW_CMP_GT)
CMP_METHOD(ge, TW_CMP_GE)

static TwValue float_neg(int argc, TwValue *argv, TwValue kw) { return tw_from_float(-SELF(argv)); }
static TwValue float_pos(int argc, TwValue *argv, TwValue kw) { return tw_from_float(SELF(argv)); }
static TwValue float_abs(int argc, TwValue *argv, TwValue kw) { return tw_from_float(fabs(SELF(argv))); }
static TwValue float_bool(int argc, TwValue *argv, TwValue kw) { return tw_bool(SELF(argv) != 0); }
static TwValue float_int(int argc, TwValue *argv, TwValue kw) { return tw_int_from_double(SELF(argv)); }
static TwValue float_floor(int argc, TwValue *argv, TwValue kw) { return tw_int_from_double(floor(SELF(argv))); }
static TwValue float_ceil(int argc, TwValue *argv, TwValue kw) { return tw_int_from_double(ceil(SELF(argv))); }
static TwValue float_hash_m(int argc, TwValue *argv, TwValue kw) { return tw_int_from_i64(tw_float_hash(SELF(argv))); }
static TwValue float_repr_m(int argc, TwValue *argv, TwValue kw) { return tw_float_repr(SELF(argv)); }
static TwValue float_getnewargs(int argc, TwValue *argv, TwValue kw) { return tw_tuple_pack(1, tw_from_float(SELF(argv))); }

static TwValue float_format_m(int argc, TwValue *argv, TwValue kw) {
    if (!tw_is_str(argv[1])) {
        return tw_error(&tw_type_TypeError, "format() argument 2 must be str, not %s", tw_type_cname(tw_type_of(argv[1])));
    }
    if (tw_str_size(argv[1]) == 0) {
        return tw_str(argv[0]);
    }
    return tw_float_format(SELF(argv), argv[1]);
}

static TwValue float_is_integer(int argc, TwValue *argv, TwValue kw) {
    double d = SELF(argv);
    return tw_bool(isfinite(d) && floor(d) == d);
}

static TwValue float_as_integer_ratio(int argc, TwValue *argv, TwValue kw) {
    double d = SELF(argv);
    if (isinf(d)) {
        return tw_error(&tw_type_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(d)) {
        return tw_error(&tw_type_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    TwValue num = tw_int_from_double(m), den = tw_from_small_int(1);
    if (!num) {
        return TW_NULL;
    }
    if (e > 0) {
        num = tw_int_binop(TW_OP_LSHIFT, num, tw_from_small_int(e));
    } else {
        den = tw_int_binop(TW_OP_LSHIFT, den, tw_from_small_int(-e));
    }
    if (!num || !den) {
        return TW_NULL;
    }
    return tw_tuple_pack(2, num, den);
}

// round(x, ndigits) for ndigits < 0: round the exact integer part half-to-even at 10^-nd.
static TwValue round_negative(double x, int64_t nd) {
    double t = trunc(x), frac = x - t;
    TwValue iv = tw_int_from_double(t);
    TwValue p = tw_int_binop(TW_OP_POW, tw_from_small_int(10), tw_from_small_int(-nd));
    if (!iv || !p) {
        return TW_NULL;
    }
    bool neg = x < 0;
    if (neg) {
        iv = tw_int_neg(iv);
        frac = -frac;
    }
    TwValue q = tw_int_binop(TW_OP_FLOORDIV, iv, p);
    TwValue r = q ? tw_int_binop(TW_OP_MOD, iv, p) : TW_NULL;
    TwValue twice = r ? tw_int_binop(TW_OP_ADD, r, r) : TW_NULL;
    if (!twice) {
        return TW_NULL;
    }
    int c = tw_int_compare(twice, p);
    if (c == 0 && frac > 0) {
        c = 1;
    }
    if (c > 0 || (c == 0 && tw_int_binop(TW_OP_AND, q, tw_from_small_int(1)) == tw_from_small_int(1))) {
        q = tw_int_binop(TW_OP_ADD, q, tw_from_small_int(1));
    }
    TwValue res = q ? tw_int_binop(TW_OP_MUL, q, p) : TW_NULL;
    if (!res) {
        return TW_NULL;
    }
    double d = tw_int_to_double(res);
    if (tw_error_occurred()) {
        tw_error_clear();
        return tw_error(&tw_type_OverflowError, "rounded value too large to represent");
    }
    return tw_from_float(neg ? -d : d);
}

static TwValue float_round(int argc, TwValue *argv, TwValue kw) {
    double x = SELF(argv);
    if (argc < 2 || argv[1] == TW_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5) {
            r = 2.0 * round(x / 2.0);
        }
        return tw_int_from_double(r);
    }
    int64_t nd;
    if (tw_index_as_ssize(argv[1], &nd) < 0) {
        if (!tw_error_matches(&tw_type_OverflowError)) {
            return TW_NULL;
        }
        tw_error_clear();
        nd = tw_int_sign(argv[1]) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (!isfinite(x) || x == 0) {
        return tw_from_float(x);
    }
    if (nd > 323) {
        return tw_from_float(x);
    }
    if (nd < -308) {
        return tw_from_float(0.0 * x);
    }
    if (nd < 0) {
        return round_negative(x, nd);
    }
    char buf[720];
    snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
    double r = strtod(buf, NULL);
    return tw_from_float(r == 0 ? copysign(0.0, x) : r);
}

static TwValue float_hex(int argc, TwValue *argv, TwValue kw) {
    double x = SELF(argv);
    if (isnan(x) || isinf(x)) {
        return tw_float_repr(x);
    }
    if (x == 0) {
        return tw_str_from_c(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[64];
    int si = 0;
    const char *hex = "0123456789abcdef";
    s[si++] = hex[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hex[(int)m];
        m -= (int)m;
    }
    s[si] = 0;
    char out[96];
    snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return tw_str_from_c(out);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static TwValue float_fromhex(int argc, TwValue *argv, TwValue kw) {
    TwValue sv = argv[1];
    if (!tw_is_str(sv)) {
        return tw_error(&tw_type_TypeError, "must be str, not %s", tw_type_cname(tw_type_of(sv)));
    }
    const char *s = tw_str_data(sv);
    size_t n = tw_str_size(sv);
    tw_int_strip_space(&s, &n);
    size_t i = 0;
    bool neg = false;
    double result;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    if (ieq(s + i, n - i, "inf") || ieq(s + i, n - i, "infinity")) {
        result = INFINITY;
        goto done;
    }
    if (ieq(s + i, n - i, "nan")) {
        result = NAN;
        goto done;
    }
    if (i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
        i += 2;
    }
    {
        // Collect up to 60 significant bits; remember whether anything non-zero was dropped.
        uint64_t mant = 0;
        int64_t exp2 = 0;
        bool sticky = false, any = false, seen_point = false;
        int bits = 0;
        for (; i < n; i++) {
            if (s[i] == '.' && !seen_point) {
                seen_point = true;
                continue;
            }
            int d = hexval(s[i]);
            if (d < 0) {
                break;
            }
            any = true;
            if (bits < 60 || mant == 0) {
                mant = mant * 16 + (uint64_t)d;
                if (mant) {
                    bits += 4;
                }
                if (seen_point) {
                    exp2 -= 4;
                }
            } else {
                if (d) {
                    sticky = true;
                }
                if (!seen_point) {
                    exp2 += 4;
                }
            }
        }
        if (!any) {
            goto invalid;
        }
        if (i < n && (s[i] | 0x20) == 'p') {
            i++;
            bool eneg = false;
            if (i < n && (s[i] == '+' || s[i] == '-')) {
                eneg = s[i] == '-';
                i++;
            }
            if (i >= n || s[i] < '0' || s[i] > '9') {
                goto invalid;
            }
            int64_t e = 0;
            for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
                if (e < 100000000) {
                    e = e * 10 + (s[i] - '0');
                }
            }
            exp2 += eneg ? -e : e;
        }
        if (i != n) {
            goto invalid;
        }
        if (mant == 0) {
            result = 0.0;
            goto done;
        }
        // Normalise to a 55-bit integer with a sticky bit, then let the FPU round it.
        int top = 64 - __builtin_clzll(mant);
        int64_t value_exp = exp2 + top;   // value in [2^(value_exp-1), 2^value_exp)
        if (value_exp > DBL_MAX_EXP) {
            return tw_error(&tw_type_OverflowError, "hexadecimal value too large to represent as a float");
        }
        int keep = DBL_MANT_DIG + 2;
        if (value_exp < DBL_MIN_EXP) {
            // Subnormal: fewer bits survive.
            keep -= (int)(DBL_MIN_EXP - value_exp);
            if (keep < 2) {
                keep = 2;
            }
        }
        if (top > keep) {
            int drop = top - keep;
            if (mant & (((uint64_t)1 << drop) - 1)) {
                sticky = true;
            }
            mant >>= drop;
            exp2 += drop;
        }
        if (sticky) {
            mant |= 1;
        }
        // Round to keep-2 bits half-even by hand so subnormals round only once.
        int mbits = 64 - __builtin_clzll(mant);
        if (mbits > keep - 2) {
            int extra = mbits - (keep - 2);
            uint64_t half = (uint64_t)1 << (extra - 1);
            uint64_t low = mant & ((half << 1) - 1);
            mant >>= extra;
            exp2 += extra;
            if (low > half || (low == half && (mant & 1))) {
                mant++;
            }
        }
        result = ldexp((double)mant, (int)(exp2 < -2000 ? -2000 : exp2));
        if (isinf(result)) {
            return tw_error(&tw_type_OverflowError, "hexadecimal value too large to represent as a float");
        }
    }
done:
    {
        TwValue r = tw_from_float(neg ? -result : result);
        TwValue cls = argv[0];
        if (cls != tw_from_obj(&tw_type_float)) {
            return tw_call1(cls, r);
        }
        return r;
    }
invalid:
    return tw_error(&tw_type_ValueError, "invalid hexadecimal floating-point string");
}

static TwValue float_getformat(int argc, TwValue *argv, TwValue kw) {
    TwValue t = argv[1];
    if (!tw_is_str(t)) {
        return tw_error(&tw_type_TypeError, "__getformat__() argument must be str, not %s", tw_type_cname(tw_type_of(t)));
    }
    if (!tw_str_eq_c(t, "double") && !tw_str_eq_c(t, "float")) {
        return tw_error(&tw_type_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    }
    return tw_str_from_c("IEEE, little-endian");
}

static TwValue float_get_real(TwValue self) { return tw_from_float(tw_float_value(self)); }
static TwValue float_get_imag(TwValue self) { return tw_from_float(0.0); }

static TwValue float_new(int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "float() takes no keyword arguments");
    }
    if (argc > 2) {
        return tw_error(&tw_type_TypeError, "float expected at most 1 argument, got %d", argc - 1);
    }
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    TwValue v;
    if (argc < 2) {
        v = tw_from_float(0.0);
    } else {
        TwValue x = argv[1];
        if (tw_is_float(x)) {
            v = x;
        } else if (tw_isinstance_type(x, &tw_type_str)) {
            v = float_parse_obj(tw_str_data(x), tw_str_size(x), x);
        } else if (tw_isinstance_type(x, &tw_type_bytes)) {
            v = float_parse_obj((const char *)TW_OBJ(x, TwBytes)->data, TW_OBJ(x, TwBytes)->size, x);
        } else if (tw_isinstance_type(x, &tw_type_bytearray)) {
            v = float_parse_obj((const char *)TW_OBJ(x, TwByteArray)->data, TW_OBJ(x, TwByteArray)->size, x);
        } else {
            double d;
            int r = operand(x, &d);
            if (r < 0) {
                return TW_NULL;
            }
            if (r == 0) {
                bool found = false;
                TwValue f = tw_call_special(x, TW_NAME(__float__), 0, NULL, &found);
                if (!found) {
                    f = tw_call_special(x, TW_NAME(__index__), 0, NULL, &found);
                    if (!found) {
                        return tw_error(&tw_type_TypeError,
                                        "float() argument must be a string or a real number, not '%s'",
                                        tw_type_cname(tw_type_of(x)));
                    }
                    if (f && !tw_is_intlike(f)) {
                        return tw_error(&tw_type_TypeError, "__index__ returned non-int (type %s)",
                                        tw_type_cname(tw_type_of(f)));
                    }
                    if (!f) {
                        return TW_NULL;
                    }
                    if (tw_type_of(f) != &tw_type_int && tw_warn_subclass_result("__index__", "int", f) < 0) {
                        return TW_NULL;
                    }
                    d = tw_int_to_double(f);
                    if (tw_error_occurred()) {
                        return TW_NULL;
                    }
                } else {
                    if (!f) {
                        return TW_NULL;
                    }
                    if (!tw_is_floatlike(f)) {
                        return tw_error(&tw_type_TypeError, "%s.__float__ returned non-float (type %s)",
                                        tw_type_cname(tw_type_of(x)), tw_type_cname(tw_type_of(f)));
                    }
                    if (!tw_is_float(f) && warn_float_subclass(x, f) < 0) {
                        return TW_NULL;
                    }
                    d = tw_float_value(f);
                }
            }
            v = tw_from_float(d);
        }
    }
    if (!v) {
        return TW_NULL;
    }
    if (cls == &tw_type_float) {
        return v;
    }
    if (!tw_type_is_subtype(cls, &tw_type_float)) {
        return tw_error(&tw_type_TypeError, "float.__new__(%s): %s is not a subtype of float", tw_type_cname(cls),
                        tw_type_cname(cls));
    }
    TwFloatSub *o = (TwFloatSub *)tw_gc_alloc(cls, cls->basic_size);
    if (!o) {
        return TW_NULL;
    }
    o->value = tw_as_float(v);
    return tw_from_obj(o);
}

#define M(name, fn, n) {name, fn, n, n, TW_BUILTIN_METHOD}
static const TwMethodDef float_methods[] = {
    {"__new__", float_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    M("__add__", float_add, 2), M("__radd__", float_radd, 2),
    M("__sub__", float_sub, 2), M("__rsub__", float_rsub, 2),
    M("__mul__", float_mul, 2), M("__rmul__", float_rmul, 2),
    M("__truediv__", float_truediv, 2), M("__rtruediv__", float_rtruediv, 2),
    M("__floordiv__", float_floordiv, 2), M("__rfloordiv__", float_rfloordiv, 2),
    M("__mod__", float_mod, 2), M("__rmod__", float_rmod, 2),
    M("__divmod__", float_divmod, 2), M("__rdivmod__", float_rdivmod, 2),
    {"__pow__", float_pow_m, 2, 3, TW_BUILTIN_METHOD}, {"__rpow__", float_rpow_m, 2, 3, TW_BUILTIN_METHOD},
    M("__lt__", float_lt, 2), M("__le__", float_le, 2), M("__eq__", float_eq, 2),
    M("__ne__", float_ne, 2), M("__gt__", float_gt, 2), M("__ge__", float_ge, 2),
    M("__neg__", float_neg, 1), M("__pos__", float_pos, 1), M("__abs__", float_abs, 1),
    M("__bool__", float_bool, 1), M("__int__", float_int, 1), M("__float__", float_pos, 1),
    M("__trunc__", float_int, 1), M("__floor__", float_floor, 1), M("__ceil__", float_ceil, 1),
    {"__round__", float_round, 1, 2, TW_BUILTIN_METHOD},
    M("__hash__", float_hash_m, 1), M("__repr__", float_repr_m, 1), M("__format__", float_format_m, 2),
    M("__getnewargs__", float_getnewargs, 1),
    M("is_integer", float_is_integer, 1), M("as_integer_ratio", float_as_integer_ratio, 1),
    M("conjugate", float_pos, 1), M("hex", float_hex, 1),
    {"fromhex", float_fromhex, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {"__getformat__", float_getformat, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {NULL, NULL, 0, 0, 0},
};

static const TwGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

void tw_float_init(void) {
    tw_type_init_builtin(&tw_type_float, "float", &tw_type_object);
    tw_type_add_methods(&tw_type_float, float_methods);
    tw_type_add_getsets(&tw_type_float, float_getsets);
}
