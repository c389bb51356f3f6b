// int and bool: the C API of obj.h (fast paths on unboxed 48-bit ints, falling back to
// bigint.c), int(str, base) parsing, formatting, hashing, and the Python-visible int and
// bool types with their methods.
//
// An int value is a small int, a TwBigInt (always outside the small range), one of the
// two bool singletons, or an instance of an int subclass (TwIntSub, holding an exact int).
// tw_int_value() maps all of them to an exact int before the arithmetic.
#include "bigint.h"
#include "warnings.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "runtime.h"
#include "text.h"

TwType tw_type_int = {
    .hdr = {&tw_type_type},
    .c_name = "int",
    .basic_size = sizeof(TwIntSub),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_INT_SUB | TW_TYPE_MATCH_SELF,
};
TwType tw_type_bool = {
    .hdr = {&tw_type_type},
    .c_name = "bool",
    .basic_size = sizeof(TwObject),
    .flags = TW_TYPE_INT_SUB | TW_TYPE_MATCH_SELF,
};
TwObject tw_true_obj = {&tw_type_bool};
TwObject tw_false_obj = {&tw_type_bool};

int64_t tw_int_max_str_digits = 4300;

#define SMALL(i) tw_from_small_int(i)

// ---------------------------------------------------------------- values

static void trace_intsub(TwObject *self) {
    if (self->type != &tw_type_int && self->type != &tw_type_bool) {
        tw_gc_mark(((TwIntSub *)self)->value);
    }
}

bool tw_is_intlike(TwValue v) {
    if (tw_is_int(v)) {
        return true;
    }
    if (!tw_is_ptr(v) || !v) {
        return false;
    }
    TwType *t = tw_as_obj(v)->type;
    if (t->flags & TW_TYPE_INT_SUB) {
        return true;
    }
    return (t->flags & TW_TYPE_HEAP) && tw_type_is_subtype(t, &tw_type_int);
}

TwValue tw_int_value(TwValue v) {
    if (tw_is_int(v)) {
        return v;
    }
    TwType *t = tw_as_obj(v)->type;
    if (t == &tw_type_int) {
        return v;
    }
    if (t == &tw_type_bool) {
        return SMALL(v == TW_TRUE);
    }
    return TW_OBJ(v, TwIntSub)->value;
}

TwValue tw_int_from_i64(int64_t i) {
    if (tw_int_fits_small(i)) {
        return SMALL(i);
    }
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    return tw_bigint_from_mag(d, 2, i < 0 ? -1 : 1);
}

TwValue tw_int_from_u64(uint64_t u) {
    if (u <= (uint64_t)TW_SMALL_INT_MAX) {
        return SMALL((int64_t)u);
    }
    uint32_t d[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
    return tw_bigint_from_mag(d, 2, 1);
}

TwValue tw_int_from_double(double d) {
    if (isinf(d)) {
        return tw_error(&tw_type_OverflowError, "cannot convert float infinity to integer");
    }
    if (isnan(d)) {
        return tw_error(&tw_type_ValueError, "cannot convert float NaN to integer");
    }
    if (fabs(d) < 140737488355328.0) {
        return SMALL((int64_t)d);
    }
    return tw_bigint_from_double(d);
}

bool tw_int_to_i64(TwValue v, int64_t *out) {
    if (tw_is_int(v)) {
        *out = tw_as_int(v);
        return true;
    }
    if (!tw_is_intlike(v)) {
        return false;
    }
    v = tw_int_value(v);
    if (tw_is_int(v)) {
        *out = tw_as_int(v);
        return true;
    }
    TwIntView w;
    tw_bigint_view(v, &w);
    if (w.n > 2) {
        return false;
    }
    uint64_t m = w.d[0] | ((uint64_t)w.d[1] << 32);
    if (w.sign > 0) {
        if (m > (uint64_t)INT64_MAX) {
            return false;
        }
        *out = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) {
            return false;
        }
        *out = (int64_t)(0 - m);
    }
    return true;
}

TwValue tw_index(TwValue v) {
    if (tw_is_int(v)) {
        return v;
    }
    if (tw_is_intlike(v)) {
        return tw_int_value(v);
    }
    bool found = false;
    TwValue r = tw_call_special(v, TW_NAME(__index__), 0, NULL, &found);
    if (!found) {
        return tw_error(&tw_type_TypeError, "'%s' object cannot be interpreted as an integer",
                        tw_type_cname(tw_type_of(v)));
    }
    if (!r) {
        return TW_NULL;
    }
    if (!tw_is_intlike(r)) {
        return tw_error(&tw_type_TypeError, "__index__ returned non-int (type %s)", tw_type_cname(tw_type_of(r)));
    }
    if (tw_type_of(r) != &tw_type_int && tw_warn_subclass_result("__index__", "int", r) < 0) {
        return TW_NULL;
    }
    return tw_int_value(r);
}

int tw_int_as_i64(TwValue v, int64_t *out) {
    TwValue i = tw_index(v);
    if (!i) {
        return -1;
    }
    if (!tw_int_to_i64(i, out)) {
        tw_error(&tw_type_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return 0;
}

int tw_index_as_ssize(TwValue v, int64_t *out) {
    TwValue i = tw_index(v);
    if (!i) {
        return -1;
    }
    if (!tw_int_to_i64(i, out)) {
        tw_error(&tw_type_OverflowError, "cannot fit '%s' into an index-sized integer", tw_type_cname(tw_type_of(v)));
        return -1;
    }
    return 0;
}

double tw_int_to_double(TwValue v) {
    v = tw_int_value(v);
    if (tw_is_int(v)) {
        return (double)tw_as_int(v);
    }
    double d;
    if (tw_bigint_to_double(v, &d) < 0) {
        tw_error(&tw_type_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

bool tw_int_is_zero(TwValue v) { return tw_int_value(v) == SMALL(0); }

int tw_int_sign(TwValue v) {
    v = tw_int_value(v);
    if (tw_is_int(v)) {
        int64_t i = tw_as_int(v);
        return i < 0 ? -1 : i > 0;
    }
    return TW_OBJ(v, TwBigInt)->size < 0 ? -1 : 1;
}

int tw_int_compare(TwValue a, TwValue b) {
    a = tw_int_value(a);
    b = tw_int_value(b);
    if (tw_is_int(a) && tw_is_int(b)) {
        int64_t x = tw_as_int(a), y = tw_as_int(b);
        return x < y ? -1 : x > y;
    }
    return tw_bigint_cmp(a, b);
}

TwValue tw_int_neg(TwValue v) {
    v = tw_int_value(v);
    if (tw_is_int(v)) {
        return tw_int_from_i64(-tw_as_int(v));
    }
    return tw_bigint_neg(v);
}

TwValue tw_int_invert(TwValue v) {
    v = tw_int_value(v);
    if (tw_is_int(v)) {
        return tw_int_from_i64(~tw_as_int(v));
    }
    TwValue n = tw_bigint_neg(v);
    return n ? tw_bigint_add(n, SMALL(1), true) : TW_NULL;
}

int64_t tw_int_hash(TwValue v) {
    v = tw_int_value(v);
    if (tw_is_int(v)) {
        int64_t i = tw_as_int(v);
        // |i| < 2^47 < 2^61 - 1: the value is its own residue.
        return i == -1 ? -2 : i;
    }
    return tw_bigint_hash(v);
}

// ---------------------------------------------------------------- arithmetic

static TwValue small_pow(int64_t x, int64_t y) {
    int64_t r = 1, b = x;
    while (y > 0) {
        if (y & 1) {
            if (__builtin_mul_overflow(r, b, &r)) {
                return TW_NULL;
            }
        }
        y >>= 1;
        if (y && __builtin_mul_overflow(b, b, &b)) {
            return TW_NULL;
        }
    }
    return tw_int_from_i64(r);
}

static TwValue int_pow(TwValue a, TwValue b) {
    if (tw_int_sign(b) < 0) {
        double x = tw_int_to_double(a), y;
        if (tw_error_occurred()) {
            return TW_NULL;
        }
        y = tw_int_to_double(b);
        if (tw_error_occurred()) {
            return TW_NULL;
        }
        return tw_float_pow(x, y);
    }
    if (tw_is_int(a) && tw_is_int(b)) {
        int64_t x = tw_as_int(a), y = tw_as_int(b);
        if (x == 0 || x == 1) {
            return y == 0 ? SMALL(1) : a;
        }
        if (x == -1) {
            return SMALL((y & 1) ? -1 : 1);
        }
        if (y < 64) {
            TwValue r = small_pow(x, y);
            if (r) {
                return r;
            }
        }
    }
    return tw_bigint_pow(a, b);
}

// Three-argument pow with exact ints: Python's sign rules, negative exponents by inverse.
static TwValue int_powmod(TwValue a, TwValue b, TwValue m) {
    int msign = tw_int_sign(m);
    if (msign == 0) {
        return tw_error(&tw_type_ValueError, "pow() 3rd argument cannot be 0");
    }
    TwValue am = msign < 0 ? tw_int_neg(m) : m;
    if (!am) {
        return TW_NULL;
    }
    if (tw_int_sign(b) < 0) {
        if (tw_int_compare(am, SMALL(1)) == 0) {
            return SMALL(0);
        }
        a = tw_bigint_invmod(a, am);
        if (!a) {
            return TW_NULL;
        }
        b = tw_int_neg(b);
        if (!b) {
            return TW_NULL;
        }
    }
    TwValue r = tw_bigint_powmod(a, b, am);
    if (!r) {
        return TW_NULL;
    }
    if (msign < 0 && r != SMALL(0)) {
        r = tw_bigint_add(r, am, true);
    }
    return r;
}

static TwValue shift_count(TwValue b, uint64_t *n) {
    if (tw_int_sign(b) < 0) {
        return tw_error(&tw_type_ValueError, "negative shift count");
    }
    int64_t i;
    if (!tw_int_to_i64(b, &i)) {
        *n = UINT64_MAX;
    } else {
        *n = (uint64_t)i;
    }
    return TW_TRUE;
}

TwValue tw_int_binop(int op, TwValue a, TwValue b) {
    if (op >= TW_OP_INPLACE) {
        op -= TW_OP_INPLACE;
    }
    if (!tw_is_int(a) || !tw_is_int(b)) {
        // bools and subclass instances take the small-int path once unwrapped
        a = tw_int_value(a);
        b = tw_int_value(b);
    }
    if (tw_is_int(a) && tw_is_int(b)) {
        int64_t x = tw_as_int(a), y = tw_as_int(b), r;
        switch (op) {
        case TW_OP_ADD:
            return tw_int_from_i64(x + y);
        case TW_OP_SUB:
            return tw_int_from_i64(x - y);
        case TW_OP_MUL:
            if (!__builtin_mul_overflow(x, y, &r)) {
                return tw_int_from_i64(r);
            }
            break;
        case TW_OP_FLOORDIV:
        case TW_OP_MOD:
            if (y == 0) {
                return tw_error(&tw_type_ZeroDivisionError, op == TW_OP_MOD ? "integer modulo by zero"
                                                                            : "integer division or modulo by zero");
            } else {
                int64_t q = x / y, m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) {
                    q--;
                    m += y;
                }
                return tw_int_from_i64(op == TW_OP_MOD ? m : q);
            }
        case TW_OP_TRUEDIV:
            if (y == 0) {
                return tw_error(&tw_type_ZeroDivisionError, "division by zero");
            }
            return tw_from_float((double)x / (double)y);
        case TW_OP_AND:
            return SMALL(x & y);
        case TW_OP_OR:
            return SMALL(x | y);
        case TW_OP_XOR:
            return SMALL(x ^ y);
        case TW_OP_LSHIFT:
            if (y < 0) {
                return tw_error(&tw_type_ValueError, "negative shift count");
            }
            if (x == 0) {
                return a;
            }
            if (y < 16) {
                return tw_int_from_i64(x * ((int64_t)1 << y));
            }
            break;
        case TW_OP_RSHIFT:
            if (y < 0) {
                return tw_error(&tw_type_ValueError, "negative shift count");
            }
            return SMALL(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        case TW_OP_POW:
            return int_pow(a, b);
        default:
            return TW_NOTIMPL;
        }
    }
    switch (op) {
    case TW_OP_ADD:
        return tw_bigint_add(a, b, false);
    case TW_OP_SUB:
        return tw_bigint_add(a, b, true);
    case TW_OP_MUL:
        return tw_bigint_mul(a, b);
    case TW_OP_FLOORDIV:
    case TW_OP_MOD: {
        if (b == SMALL(0)) {
            return tw_error(&tw_type_ZeroDivisionError, op == TW_OP_MOD ? "integer modulo by zero"
                                                                        : "integer division or modulo by zero");
        }
        TwValue q, r;
        if (tw_bigint_divmod(a, b, &q, &r) < 0) {
            return TW_NULL;
        }
        return op == TW_OP_MOD ? r : q;
    }
    case TW_OP_TRUEDIV:
        if (b == SMALL(0)) {
            return tw_error(&tw_type_ZeroDivisionError, "division by zero");
        }
        return tw_bigint_truediv(a, b);
    case TW_OP_AND:
    case TW_OP_OR:
    case TW_OP_XOR:
        return tw_bigint_bitop(op, a, b);
    case TW_OP_LSHIFT:
    case TW_OP_RSHIFT: {
        uint64_t n = 0;
        if (!shift_count(b, &n)) {
            return TW_NULL;
        }
        if (a == SMALL(0)) {
            return a;
        }
        if (n == UINT64_MAX) {
            if (op == TW_OP_RSHIFT) {
                return SMALL(tw_int_sign(a) < 0 ? -1 : 0);
            }
            return tw_error(&tw_type_OverflowError, "too many digits in integer");
        }
        return tw_bigint_shift(a, n, op == TW_OP_LSHIFT);
    }
    case TW_OP_POW:
        return int_pow(a, b);
    default:
        return TW_NOTIMPL;
    }
}

// ---------------------------------------------------------------- parsing

static bool is_space_at(const char *s, size_t n, size_t i, size_t *len) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) {
        *len = 1;
        return true;
    }
    if (c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] == 0x85 || (unsigned char)s[i + 1] == 0xA0)) {
        *len = 2;
        return true;
    }
    if (c == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x80) {
        *len = 3;
        return true;
    }
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
        unsigned char d = (unsigned char)s[i + 2];
        if (d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF) {
            *len = 3;
            return true;
        }
    }
    return false;
}

static bool is_space_before(const char *s, size_t end, size_t *len) {
    for (size_t k = 1; k <= 3 && k <= end; k++) {
        size_t l;
        if (is_space_at(s, end, end - k, &l) && l == k) {
            *len = k;
            return true;
        }
    }
    return false;
}

// Strip Python whitespace from both ends of [*s, *s + *n).

void tw_int_strip_space(const char **s, size_t *n) {
    size_t l;
    while (*n > 0 && is_space_at(*s, *n, 0, &l)) {
        *s += l;
        *n -= l;
    }
    while (*n > 0 && is_space_before(*s, *n, &l)) {
        *n -= l;
    }
}

static int digit_of(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

static TwValue invalid_literal(int base, TwValue obj) {
    TwValue r = tw_repr(obj);
    if (!r) {
        return TW_NULL;
    }
    if (tw_str_length(r) > 200) {
        // %.200R: keep the first 200 characters of the repr.
        const char *p = tw_str_data(r);
        size_t i = 0, cps = 0;
        while (cps < 200) {
            i++;
            while (((unsigned char)p[i] & 0xC0) == 0x80) {
                i++;
            }
            cps++;
        }
        r = tw_str_new(p, i);
        if (!r) {
            return TW_NULL;
        }
    }
    return tw_error(&tw_type_ValueError, "invalid literal for int() with base %d: %U", base, r);
}

char *tw_int_ascii_text(const char *s, size_t n, size_t *outn) {
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        return NULL;
    }
    char *out = malloc(n + 1);
    if (!out) {
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        int len;
        uint32_t cp = tw_utf8_decode(s + i, &len);
        i += (size_t)len;
        if (cp < 0x80) {
            out[k++] = (char)cp;
        } else if (tw_unicode_decimal(cp) >= 0) {
            out[k++] = (char)('0' + tw_unicode_decimal(cp));
        } else if (tw_unicode_is(cp, TW_UC_SPACE)) {
            out[k++] = ' ';
        } else {
            out[k++] = '?';
        }
    }
    out[k] = 0;
    *outn = k;
    return out;
}

static TwValue parse_int_ascii(const char *s0, size_t n0, int base, TwValue errobj);

// int(text, base) where errobj (str or bytes) names the input in the error message.
static TwValue parse_int(const char *s0, size_t n0, int base, TwValue errobj) {
    if (!errobj || tw_is_str(errobj) || tw_isinstance_type(errobj, &tw_type_str)) {
        size_t n;
        char *t = tw_int_ascii_text(s0, n0, &n);
        if (t) {
            if (!errobj) {
                errobj = tw_str_new(s0, n0);
            }
            TwValue r = errobj ? parse_int_ascii(t, n, base, errobj) : TW_NULL;
            free(t);
            return r;
        }
    }
    return parse_int_ascii(s0, n0, base, errobj);
}

static TwValue parse_int_ascii(const char *s0, size_t n0, int base, TwValue errobj) {
    if (base != 0 && (base < 2 || base > 36)) {
        return tw_error(&tw_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    int orig_base = base;
    const char *s = s0;
    size_t n = n0;
    tw_int_strip_space(&s, &n);
    size_t i = 0;
    int sign = 1;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        sign = s[i] == '-' ? -1 : 1;
        i++;
    }
    bool prefixed = false;
    if (i + 1 < n && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            prefixed = true;
        }
    }
    bool base0_decimal = false;
    if (base == 0) {
        base = 10;
        base0_decimal = true;
    }
    char *digits = malloc(n + 1);
    if (!digits) {
        return tw_error_nomem();
    }
    size_t nd = 0;
    bool ok = true, prev_us = prefixed;   // an underscore may follow a prefix
    if (i < n && s[i] == '_' && !prefixed) {
        ok = false;
    }
    for (; ok && i < n; i++) {
        if (s[i] == '_') {
            if (nd == 0 && !prefixed) {
                ok = false;
            } else if (prev_us && nd > 0) {
                ok = false;
            } else if (nd == 0 && prefixed && i > 0 && s[i - 1] == '_') {
                ok = false;
            }
            prev_us = true;
            continue;
        }
        int d = digit_of(s[i]);
        if (d >= base) {
            ok = false;
            break;
        }
        digits[nd++] = s[i];
        prev_us = false;
    }
    if (nd == 0 || (n > 0 && s[n - 1] == '_')) {
        ok = false;
    }
    if (ok && base0_decimal && digits[0] == '0') {
        // Base 0 forbids leading zeros on a non-zero decimal ("010").
        for (size_t k = 0; k < nd; k++) {
            if (digits[k] != '0') {
                ok = false;
                break;
            }
        }
    }
    if (!ok) {
        free(digits);
        if (!errobj) {
            errobj = tw_str_new(s0, n0);
            if (!errobj) {
                return TW_NULL;
            }
        }
        return invalid_literal(orig_base, errobj);
    }
    if ((base & (base - 1)) != 0 && tw_int_max_str_digits > 0 && (int64_t)nd > tw_int_max_str_digits) {
        free(digits);
        return tw_error(&tw_type_ValueError,
                        "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; "
                        "use sys.set_int_max_str_digits() to increase the limit",
                        (long long)tw_int_max_str_digits, nd);
    }
    TwValue v = tw_bigint_parse_digits(digits, nd, base);
    free(digits);
    if (!v) {
        return TW_NULL;
    }
    return sign < 0 ? tw_int_neg(v) : v;
}

TwValue tw_int_parse(const char *s, size_t len, int base) { return parse_int(s, len, base, TW_NULL); }

// ---------------------------------------------------------------- to str

// Digits of |v| in base (checks the 4300-digit limit for base 10).
static char *int_digits(TwValue v, int base, size_t *len) {
    v = tw_int_value(v);
    if (tw_is_int(v)) {
        int64_t i = tw_as_int(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char tmp[72];
        size_t pos = sizeof tmp;
        do {
            tmp[--pos] = "0123456789abcdefghijklmnopqrstuvwxyz"[m % (uint64_t)base];
            m /= (uint64_t)base;
        } while (m);
        char *s = malloc(sizeof tmp - pos + 1);
        if (!s) {
            tw_error_nomem();
            return NULL;
        }
        memcpy(s, tmp + pos, sizeof tmp - pos);
        s[sizeof tmp - pos] = 0;
        *len = sizeof tmp - pos;
        return s;
    }
    if (base == 10 && tw_int_max_str_digits > 0) {
        // Refuse early when the digit count is certain to exceed the limit.
        uint64_t bits = tw_bigint_bit_length(v);
        if ((double)(bits - 1) * 0.30102999566398120 > (double)tw_int_max_str_digits + 1) {
            goto too_many;
        }
    }
    char *s = tw_bigint_to_digits(v, base, len);
    if (s && base == 10 && tw_int_max_str_digits > 0 && (int64_t)*len > tw_int_max_str_digits) {
        free(s);
        goto too_many;
    }
    return s;
too_many:
    tw_error(&tw_type_ValueError,
             "Exceeds the limit (%lld digits) for integer string conversion; "
             "use sys.set_int_max_str_digits() to increase the limit",
             (long long)tw_int_max_str_digits);
    return NULL;
}

TwValue tw_int_to_str(TwValue v, int base) {
    v = tw_int_value(v);
    if (tw_is_int(v) && base == 10) {
        char tmp[32];
        int n = snprintf(tmp, sizeof tmp, "%lld", (long long)tw_as_int(v));
        return tw_str_new(tmp, (size_t)n);
    }
    size_t len;
    char *d = int_digits(v, base, &len);
    if (!d) {
        return TW_NULL;
    }
    TwValue r;
    if (tw_int_sign(v) < 0) {
        char *s = malloc(len + 2);
        if (!s) {
            free(d);
            return tw_error_nomem();
        }
        s[0] = '-';
        memcpy(s + 1, d, len + 1);
        r = tw_str_new(s, len + 1);
        free(s);
    } else {
        r = tw_str_new(d, len);
    }
    free(d);
    return r;
}

// ---------------------------------------------------------------- __format__

TwValue tw_int_format(TwValue self, TwValue spec) {
    if (tw_str_size(spec) == 0) {
        return tw_str(self);
    }
    const char *tname = tw_type_cname(tw_type_of(self));
    TwNumSpec f;
    if (tw_float_fmt_parse_spec(spec, tname, &f) < 0) {
        return TW_NULL;
    }
    TwValue v = tw_int_value(self);
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = tw_int_to_double(v);
        if (tw_error_occurred()) {
            return TW_NULL;
        }
        return tw_float_fmt_spec(d, &f, tname);
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
        break;
    default:
        return tw_error(&tw_type_ValueError, "Unknown format code '%c' for object of type '%s'", f.type, tname);
    }
    if (f.precision >= 0) {
        return tw_error(&tw_type_ValueError, "Precision not allowed in integer format specifier");
    }
    if (f.no_neg_zero) {
        return tw_error(&tw_type_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f.type == 'n' && f.grouping) {
        return tw_error(&tw_type_ValueError, "Cannot specify '%c' with 'n'.", f.grouping);
    }
    if (f.type == 'c') {
        if (f.sign) {
            return tw_error(&tw_type_ValueError, "Sign not allowed with integer format specifier 'c'");
        }
        if (f.alternate) {
            return tw_error(&tw_type_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        int64_t cp;
        if (!tw_int_to_i64(v, &cp)) {
            return tw_error(&tw_type_OverflowError, "Python int too large to convert to C long");
        }
        if (cp < 0 || cp > 0x10FFFF) {
            return tw_error(&tw_type_OverflowError, "%%c arg not in range(0x110000)");
        }
        TwValue ch = tw_str_from_codepoint((uint32_t)cp);
        if (!ch) {
            return TW_NULL;
        }
        return tw_float_fmt_finish(&f, "", "", tw_str_data(ch), tw_str_size(ch), 0);
    }
    int base = 10;
    const char *prefix = "";
    switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    if (!f.alternate) {
        prefix = "";
    }
    size_t len;
    char *d = int_digits(v, base, &len);
    if (!d) {
        return TW_NULL;
    }
    if (f.type == 'X') {
        for (size_t i = 0; i < len; i++) {
            if (d[i] >= 'a' && d[i] <= 'f') {
                d[i] = (char)(d[i] - 'a' + 'A');
            }
        }
    }
    int sgn = tw_int_sign(v);
    const char *sign = sgn < 0 ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    TwValue r = tw_float_fmt_finish(&f, sign, prefix, d, len, base == 10 ? 3 : 4);
    free(d);
    return r;
}

// ---------------------------------------------------------------- comparisons with floats

// Compare int i with double d exactly: -1, 0, 1, or 2 when d is NaN.

int tw_int_compare_double(TwValue i, double d) {
    if (isnan(d)) {
        return 2;
    }
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    i = tw_int_value(i);
    if (tw_is_int(i)) {
        // |i| < 2^47 converts exactly.
        double x = (double)tw_as_int(i);
        return x < d ? -1 : x > d;
    }
    double fl = floor(d);
    TwValue fi = tw_int_from_double(fl);
    if (!fi) {
        tw_error_clear();
        return 0;
    }
    int c = tw_int_compare(i, fi);
    if (c != 0) {
        return c;
    }
    return d > fl ? -1 : 0;
}

static TwValue cmp_result(int op, int c) {
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

static TwValue int_richcmp(int op, TwValue a, TwValue b) {
    // Floats are left to float's reflected comparison, as in CPython.
    if (tw_is_intlike(b)) {
        return cmp_result(op, tw_int_compare(a, b));
    }
    return TW_NOTIMPL;
}

#define CMP_METHOD(name, op) \
    static TwValue int_##name(int argc, TwValue *argv, TwValue kw) { return int_richcmp(op, argv[0], argv[1]); }
CMP_METHOD(lt, TW_CMP_LT)
CMP_METHOD(le, TW_CMP_LE)
CMP_METHOD(eq, TW_CMP_EQ)
CMP_METHOD(ne, TW_CMP_NE)
CMP_METHOD(gt, TW_CMP_GT)
CMP_METHOD(ge, TW_CMP_GE)

// ---------------------------------------------------------------- arithmetic dunders

static TwValue int_binary(int op, TwValue a, TwValue b) {
    if (!tw_is_intlike(b)) {
        return TW_NOTIMPL;
    }
    return tw_int_binop(op, a, b);
}

#define BIN_METHOD(name, op)                                                              \
    static TwValue int_##name(int argc, TwValue *argv, TwValue kw) {                      \
        return int_binary(op, argv[0], argv[1]);                                          \
    }                                                                                     \
    static TwValue int_r##name(int argc, TwValue *argv, TwValue kw) {                     \
        if (!tw_is_intlike(argv[1])) {                                                    \
            return TW_NOTIMPL;                                                            \
        }                                                                                 \
        return tw_int_binop(op, argv[1], argv[0]);                                        \
    }
BIN_METHOD(add, TW_OP_ADD)
BIN_METHOD(sub, TW_OP_SUB)
BIN_METHOD(mul, TW_OP_MUL)
BIN_METHOD(truediv, TW_OP_TRUEDIV)
BIN_METHOD(floordiv, TW_OP_FLOORDIV)
BIN_METHOD(mod, TW_OP_MOD)
BIN_METHOD(lshift, TW_OP_LSHIFT)
BIN_METHOD(rshift, TW_OP_RSHIFT)
BIN_METHOD(and, TW_OP_AND)
BIN_METHOD(or, TW_OP_OR)
BIN_METHOD(xor, TW_OP_XOR)

static TwValue divmod_values(TwValue a, TwValue b) {
    a = tw_int_value(a);
    b = tw_int_value(b);
    if (b == SMALL(0)) {
        return tw_error(&tw_type_ZeroDivisionError, "integer division or modulo by zero");
    }
    TwValue q, r;
    if (tw_is_int(a) && tw_is_int(b)) {
        q = tw_int_binop(TW_OP_FLOORDIV, a, b);
        r = tw_int_binop(TW_OP_MOD, a, b);
    } else if (tw_bigint_divmod(a, b, &q, &r) < 0) {
        return TW_NULL;
    }
    if (!q || !r) {
        return TW_NULL;
    }
    return tw_tuple_pack(2, q, r);
}

static TwValue int_divmod(int argc, TwValue *argv, TwValue kw) {
    return tw_is_intlike(argv[1]) ? divmod_values(argv[0], argv[1]) : TW_NOTIMPL;
}

static TwValue int_rdivmod(int argc, TwValue *argv, TwValue kw) {
    return tw_is_intlike(argv[1]) ? divmod_values(argv[1], argv[0]) : TW_NOTIMPL;
}

static TwValue pow3(TwValue a, TwValue b, TwValue m) {
    if (!m || m == TW_NONE) {
        return tw_int_binop(TW_OP_POW, a, b);
    }
    if (!tw_is_intlike(m)) {
        return TW_NOTIMPL;
    }
    return int_powmod(tw_int_value(a), tw_int_value(b), tw_int_value(m));
}

static TwValue int_pow_m(int argc, TwValue *argv, TwValue kw) {
    if (!tw_is_intlike(argv[1])) {
        return TW_NOTIMPL;
    }
    return pow3(argv[0], argv[1], argc > 2 ? argv[2] : TW_NULL);
}

static TwValue int_rpow_m(int argc, TwValue *argv, TwValue kw) {
    if (!tw_is_intlike(argv[1])) {
        return TW_NOTIMPL;
    }
    return pow3(argv[1], argv[0], argc > 2 ? argv[2] : TW_NULL);
}

static TwValue int_neg_m(int argc, TwValue *argv, TwValue kw) { return tw_int_neg(argv[0]); }
static TwValue int_pos_m(int argc, TwValue *argv, TwValue kw) { return tw_int_value(argv[0]); }
static TwValue int_invert_m(int argc, TwValue *argv, TwValue kw) { return tw_int_invert(argv[0]); }
static TwValue int_abs_m(int argc, TwValue *argv, TwValue kw) {
    return tw_int_sign(argv[0]) < 0 ? tw_int_neg(argv[0]) : tw_int_value(argv[0]);
}
static TwValue int_bool_m(int argc, TwValue *argv, TwValue kw) { return tw_bool(!tw_int_is_zero(argv[0])); }
static TwValue int_float_m(int argc, TwValue *argv, TwValue kw) {
    double d = tw_int_to_double(argv[0]);
    return tw_error_occurred() ? TW_NULL : tw_from_float(d);
}
static TwValue int_hash_m(int argc, TwValue *argv, TwValue kw) { return tw_int_from_i64(tw_int_hash(argv[0])); }
static TwValue int_repr_m(int argc, TwValue *argv, TwValue kw) { return tw_int_to_str(argv[0], 10); }
static TwValue int_format_m(int argc, TwValue *argv, TwValue kw) {
    if (!tw_is_str(argv[1])) {
        return tw_error(&tw_type_TypeError, "format() argument 2 must be str, not %s", tw_type_cname(tw_type_of(argv[1])));
    }
    return tw_int_format(argv[0], argv[1]);
}

static TwValue int_round_m(int argc, TwValue *argv, TwValue kw) {
    TwValue v = tw_int_value(argv[0]);
    if (argc < 2 || argv[1] == TW_NONE) {
        return v;
    }
    TwValue nd = tw_index(argv[1]);
    if (!nd) {
        return TW_NULL;
    }
    if (tw_int_sign(nd) >= 0) {
        return v;
    }
    // Round to a multiple of 10^-ndigits, ties to even.
    TwValue p = tw_int_binop(TW_OP_POW, SMALL(10), tw_int_neg(nd));
    if (!p) {
        return TW_NULL;
    }
    TwValue q, r;
    if (tw_bigint_divmod(v, p, &q, &r) < 0) {
        return TW_NULL;
    }
    TwValue twice = tw_int_binop(TW_OP_ADD, r, r);
    if (!twice) {
        return TW_NULL;
    }
    int c = tw_int_compare(twice, p);
    if (c > 0 || (c == 0 && (tw_int_binop(TW_OP_AND, q, SMALL(1)) == SMALL(1)))) {
        q = tw_int_binop(TW_OP_ADD, q, SMALL(1));
        if (!q) {
            return TW_NULL;
        }
    }
    return tw_int_binop(TW_OP_MUL, q, p);
}

static TwValue int_bit_length(int argc, TwValue *argv, TwValue kw) {
    return tw_int_from_u64(tw_bigint_bit_length(tw_int_value(argv[0])));
}

static TwValue int_bit_count(int argc, TwValue *argv, TwValue kw) {
    return tw_int_from_u64(tw_bigint_bit_count(tw_int_value(argv[0])));
}

static TwValue int_as_integer_ratio(int argc, TwValue *argv, TwValue kw) {
    return tw_tuple_pack(2, tw_int_value(argv[0]), SMALL(1));
}

static int parse_byteorder(TwValue v, bool *little) {
    if (!v) {
        *little = false;
        return 0;
    }
    if (!tw_is_str(v)) {
        tw_error(&tw_type_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", tw_type_cname(tw_type_of(v)));
        return -1;
    }
    if (tw_str_eq_c(v, "little")) {
        *little = true;
    } else if (tw_str_eq_c(v, "big")) {
        *little = false;
    } else {
        tw_error(&tw_type_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static TwValue int_to_bytes(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    TwValue a[3];
    if (tw_parse_args("to_bytes", argc - 1, argv + 1, kwnames, names, 3, 0, 2, 0, a) < 0) {
        return TW_NULL;
    }
    int64_t length = 1;
    if (a[0] && tw_int_as_i64(a[0], &length) < 0) {
        return TW_NULL;
    }
    if (length < 0) {
        return tw_error(&tw_type_ValueError, "length argument must be non-negative");
    }
    bool little;
    if (parse_byteorder(a[1], &little) < 0) {
        return TW_NULL;
    }
    int is_signed = 0;
    if (a[2]) {
        is_signed = tw_truthy(a[2]);
        if (is_signed < 0) {
            return TW_NULL;
        }
    }
    TwValue v = tw_int_value(argv[0]);
    int sgn = tw_int_sign(v);
    if (sgn < 0 && !is_signed) {
        return tw_error(&tw_type_OverflowError, "can't convert negative int to unsigned");
    }
    uint64_t bits = tw_bigint_bit_length(sgn < 0 ? tw_int_invert(v) : v) + (is_signed ? 1 : 0);
    if (bits > (uint64_t)length * 8) {
        return tw_error(&tw_type_OverflowError, "int too big to convert");
    }
    uint8_t *buf = malloc((size_t)length + 1);
    if (!buf) {
        return tw_error_nomem();
    }
    TwIntView w;
    tw_bigint_view(v, &w);
    // Two's complement byte by byte: negate on the fly with a running carry.
    unsigned carry = 1;
    for (int64_t i = 0; i < length; i++) {
        int64_t di = i / 4;
        uint32_t digit = di < w.n ? w.d[di] : 0;
        unsigned byte = (digit >> (8 * (i % 4))) & 0xFF;
        if (sgn < 0) {
            byte = (~byte & 0xFF) + carry;
            carry = byte >> 8;
            byte &= 0xFF;
        }
        buf[little ? i : length - 1 - i] = (uint8_t)byte;
    }
    TwValue r = tw_bytes_new(buf, (size_t)length);
    free(buf);
    return r;
}

static TwValue int_from_bytes(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    TwValue a[3];
    if (tw_parse_args("from_bytes", argc - 1, argv + 1, kwnames, names, 3, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    bool little;
    if (parse_byteorder(a[1], &little) < 0) {
        return TW_NULL;
    }
    int is_signed = 0;
    if (a[2]) {
        is_signed = tw_truthy(a[2]);
        if (is_signed < 0) {
            return TW_NULL;
        }
    }
    TwValue src = a[0];
    if (!tw_is_type(src, &tw_type_bytes) && !tw_is_type(src, &tw_type_bytearray)) {
        src = tw_call1(tw_from_obj(&tw_type_bytes), src);
        if (!src) {
            return TW_NULL;
        }
    }
    const uint8_t *data;
    size_t n;
    if (tw_is_type(src, &tw_type_bytearray)) {
        data = TW_OBJ(src, TwByteArray)->data;
        n = TW_OBJ(src, TwByteArray)->size;
    } else {
        data = TW_OBJ(src, TwBytes)->data;
        n = TW_OBJ(src, TwBytes)->size;
    }
    size_t nd = n / 4 + 1;
    uint32_t *d = calloc(nd, sizeof(uint32_t));
    if (!d) {
        return tw_error_nomem();
    }
    for (size_t i = 0; i < n; i++) {
        uint8_t byte = little ? data[i] : data[n - 1 - i];
        d[i / 4] |= (uint32_t)byte << (8 * (i % 4));
    }
    TwValue r = tw_bigint_from_mag(d, (int64_t)nd, 1);
    free(d);
    if (!r) {
        return TW_NULL;
    }
    if (is_signed && n > 0 && ((little ? data[n - 1] : data[0]) & 0x80)) {
        // Subtract 2^(8n).
        TwValue p = tw_bigint_shift(SMALL(1), (uint64_t)n * 8, true);
        r = p ? tw_int_binop(TW_OP_SUB, r, p) : TW_NULL;
        if (!r) {
            return TW_NULL;
        }
    }
    TwValue cls = argv[0];
    if (cls != tw_from_obj(&tw_type_int)) {
        return tw_call1(cls, r);
    }
    return r;
}

static TwValue int_get_self(TwValue self) { return tw_int_value(self); }
static TwValue int_get_zero(TwValue self) { return SMALL(0); }
static TwValue int_get_one(TwValue self) { return SMALL(1); }

static TwValue int_getnewargs(int argc, TwValue *argv, TwValue kw) {
    return tw_tuple_pack(1, tw_int_value(argv[0]));
}

static TwValue int_sizeof(int argc, TwValue *argv, TwValue kw) {
    TwValue v = tw_int_value(argv[0]);
    uint64_t bits = tw_bigint_bit_length(v);
    uint64_t digits = bits ? (bits + 29) / 30 : 0;
    return tw_int_from_u64(24 + 4 * (digits ? digits : 1) - (digits ? 0 : 4));
}

// ---------------------------------------------------------------- int(...)

// int(x) for a non-str x (no base): __int__, __index__, __trunc__, float.
static TwValue int_from_object(TwValue x) {
    if (tw_is_intlike(x)) {
        return tw_int_value(x);
    }
    if (tw_is_float(x)) {
        return tw_int_from_double(tw_as_float(x));
    }
    bool found = false;
    TwValue r = tw_call_special(x, TW_NAME(__int__), 0, NULL, &found);
    if (!found) {
        r = tw_call_special(x, TW_NAME(__index__), 0, NULL, &found);
        if (found && r && !tw_is_intlike(r)) {
            return tw_error(&tw_type_TypeError, "__index__ returned non-int (type %s)", tw_type_cname(tw_type_of(r)));
        }
        if (found && r && tw_type_of(r) != &tw_type_int && tw_warn_subclass_result("__index__", "int", r) < 0) {
            return TW_NULL;
        }
    } else if (r && !tw_is_intlike(r)) {
        return tw_error(&tw_type_TypeError, "__int__ returned non-int (type %s)", tw_type_cname(tw_type_of(r)));
    } else if (r && tw_type_of(r) != &tw_type_int && tw_warn_subclass_result("__int__", "int", r) < 0) {
        return TW_NULL;
    }
    if (!found && tw_type_lookup(tw_type_of(x), TW_NAME(__trunc__))) {
        if (tw_warn(&tw_type_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1) < 0) {
            return TW_NULL;
        }
        r = tw_call_special(x, TW_NAME(__trunc__), 0, NULL, &found);
        if (found && r && !tw_is_intlike(r)) {
            // __trunc__ may return any Integral: convert that through __index__.
            TwValue i = tw_index(r);
            if (!i) {
                tw_error_clear();
                return tw_error(&tw_type_TypeError, "__trunc__ returned non-Integral (type %s)",
                                tw_type_cname(tw_type_of(r)));
            }
            r = i;
        }
    }
    if (!found) {
        if (tw_is_type(x, &tw_type_bytearray)) {
            return parse_int((const char *)TW_OBJ(x, TwByteArray)->data, TW_OBJ(x, TwByteArray)->size, 10, x);
        }
        return tw_error(&tw_type_TypeError,
                        "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                        tw_type_cname(tw_type_of(x)));
    }
    if (!r) {
        return TW_NULL;
    }
    return tw_int_value(r);
}

static TwValue int_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"", "base"};
    TwValue a[2];
    if (tw_parse_args("int", argc - 1, argv + 1, kwnames, names, 2, 1, 2, 0, a) < 0) {
        return TW_NULL;
    }
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    TwValue v;
    if (!a[0]) {
        if (a[1]) {
            return tw_error(&tw_type_TypeError, "int() missing string argument");
        }
        v = SMALL(0);
    } else if (a[1]) {
        int64_t base;
        if (tw_int_as_i64(a[1], &base) < 0) {
            return TW_NULL;
        }
        if (base != 0 && (base < 2 || base > 36)) {
            return tw_error(&tw_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        TwValue x = a[0];
        if (tw_isinstance_type(x, &tw_type_str)) {
            v = parse_int(tw_str_data(x), tw_str_size(x), (int)base, x);
        } else if (tw_isinstance_type(x, &tw_type_bytes)) {
            v = parse_int((const char *)TW_OBJ(x, TwBytes)->data, TW_OBJ(x, TwBytes)->size, (int)base, x);
        } else if (tw_isinstance_type(x, &tw_type_bytearray)) {
            v = parse_int((const char *)TW_OBJ(x, TwByteArray)->data, TW_OBJ(x, TwByteArray)->size, (int)base, x);
        } else {
            return tw_error(&tw_type_TypeError, "int() can't convert non-string with explicit base");
        }
    } else {
        TwValue x = a[0];
        if (tw_isinstance_type(x, &tw_type_str)) {
            v = parse_int(tw_str_data(x), tw_str_size(x), 10, x);
        } else if (tw_isinstance_type(x, &tw_type_bytes)) {
            v = parse_int((const char *)TW_OBJ(x, TwBytes)->data, TW_OBJ(x, TwBytes)->size, 10, x);
        } else {
            v = int_from_object(x);
        }
    }
    if (!v) {
        return TW_NULL;
    }
    if (cls == &tw_type_int) {
        return v;
    }
    if (!tw_type_is_subtype(cls, &tw_type_int)) {
        return tw_error(&tw_type_TypeError, "int.__new__(%s): %s is not a subtype of int", tw_type_cname(cls),
                        tw_type_cname(cls));
    }
    if (cls == &tw_type_bool) {
        return tw_bool(!tw_int_is_zero(v));
    }
    TwIntSub *o = (TwIntSub *)tw_gc_alloc(cls, cls->basic_size);
    if (!o) {
        return TW_NULL;
    }
    o->value = v;
    return tw_from_obj(o);
}

// ---------------------------------------------------------------- bool

static TwValue bool_new(int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "bool() takes no keyword arguments");
    }
    TwType *cls = (TwType *)tw_as_obj(argv[0]);
    if (cls != &tw_type_bool) {
        return tw_error(&tw_type_TypeError, "bool.__new__(%s): %s is not a subtype of bool", tw_type_cname(cls),
                        tw_type_cname(cls));
    }
    if (argc > 2) {
        return tw_error(&tw_type_TypeError, "bool expected at most 1 argument, got %d", argc - 1);
    }
    if (argc < 2) {
        return TW_FALSE;
    }
    int t = tw_truthy(argv[1]);
    return t < 0 ? TW_NULL : tw_bool(t);
}

static TwValue bool_repr(int argc, TwValue *argv, TwValue kw) {
    return tw_str_from_c(argv[0] == TW_TRUE ? "True" : "False");
}

static TwValue bool_bitop(int op, TwValue a, TwValue b) {
    if (tw_is_type(b, &tw_type_bool)) {
        bool x = a == TW_TRUE, y = b == TW_TRUE;
        return tw_bool(op == TW_OP_AND ? (x && y) : op == TW_OP_OR ? (x || y) : (x != y));
    }
    return int_binary(op, a, b);
}

static TwValue bool_and(int argc, TwValue *argv, TwValue kw) { return bool_bitop(TW_OP_AND, argv[0], argv[1]); }
static TwValue bool_or(int argc, TwValue *argv, TwValue kw) { return bool_bitop(TW_OP_OR, argv[0], argv[1]); }
static TwValue bool_xor(int argc, TwValue *argv, TwValue kw) { return bool_bitop(TW_OP_XOR, argv[0], argv[1]); }

// ---------------------------------------------------------------- type setup

#define M(name, fn, n) {name, fn, n, n, TW_BUILTIN_METHOD}
static const TwMethodDef int_methods[] = {
    {"__new__", int_new, 1, 3, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    M("__add__", int_add, 2), M("__radd__", int_radd, 2),
    M("__sub__", int_sub, 2), M("__rsub__", int_rsub, 2),
    M("__mul__", int_mul, 2), M("__rmul__", int_rmul, 2),
    M("__truediv__", int_truediv, 2), M("__rtruediv__", int_rtruediv, 2),
    M("__floordiv__", int_floordiv, 2), M("__rfloordiv__", int_rfloordiv, 2),
    M("__mod__", int_mod, 2), M("__rmod__", int_rmod, 2),
    M("__divmod__", int_divmod, 2), M("__rdivmod__", int_rdivmod, 2),
    {"__pow__", int_pow_m, 2, 3, TW_BUILTIN_METHOD}, {"__rpow__", int_rpow_m, 2, 3, TW_BUILTIN_METHOD},
    M("__lshift__", int_lshift, 2), M("__rlshift__", int_rlshift, 2),
    M("__rshift__", int_rshift, 2), M("__rrshift__", int_rrshift, 2),
    M("__and__", int_and, 2), M("__rand__", int_rand, 2),
    M("__or__", int_or, 2), M("__ror__", int_ror, 2),
    M("__xor__", int_xor, 2), M("__rxor__", int_rxor, 2),
    M("__lt__", int_lt, 2), M("__le__", int_le, 2), M("__eq__", int_eq, 2),
    M("__ne__", int_ne, 2), M("__gt__", int_gt, 2), M("__ge__", int_ge, 2),
    M("__neg__", int_neg_m, 1), M("__pos__", int_pos_m, 1), M("__abs__", int_abs_m, 1),
    M("__invert__", int_invert_m, 1), M("__bool__", int_bool_m, 1),
    M("__index__", int_pos_m, 1), M("__int__", int_pos_m, 1), M("__float__", int_float_m, 1),
    M("__trunc__", int_pos_m, 1), M("__floor__", int_pos_m, 1), M("__ceil__", int_pos_m, 1),
    {"__round__", int_round_m, 1, 2, TW_BUILTIN_METHOD},
    M("__hash__", int_hash_m, 1), M("__repr__", int_repr_m, 1),
    M("__format__", int_format_m, 2), M("__getnewargs__", int_getnewargs, 1), M("__sizeof__", int_sizeof, 1),
    M("bit_length", int_bit_length, 1), M("bit_count", int_bit_count, 1),
    M("as_integer_ratio", int_as_integer_ratio, 1), M("conjugate", int_pos_m, 1),
    {"to_bytes", int_to_bytes, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"from_bytes", int_from_bytes, 1, 3, TW_BUILTIN_CLASSMETHOD | TW_BUILTIN_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static const TwGetSetDef int_getsets[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

static const TwMethodDef bool_methods[] = {
    {"__new__", bool_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    M("__repr__", bool_repr, 1),
    M("__and__", bool_and, 2), M("__rand__", bool_and, 2),
    M("__or__", bool_or, 2), M("__ror__", bool_or, 2),
    M("__xor__", bool_xor, 2), M("__rxor__", bool_xor, 2),
    {NULL, NULL, 0, 0, 0},
};

void tw_int_init(void) {
    tw_type_int.trace = trace_intsub;
    tw_type_init_builtin(&tw_type_int, "int", &tw_type_object);
    tw_type_add_methods(&tw_type_int, int_methods);
    tw_type_add_getsets(&tw_type_int, int_getsets);
    tw_type_init_builtin(&tw_type_bool, "bool", &tw_type_int);
    tw_type_add_methods(&tw_type_bool, bool_methods);
}
