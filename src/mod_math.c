// The math module, floating-point half: the libm wrappers with CPython 3.11's error rules
// (a NaN from a non-NaN argument is "math domain error", an infinity from finite arguments
// is "math range error" (OverflowError) where the function can overflow and a domain error
// at a singularity), the IEEE special cases CPython handles itself (pow, atan2, fmod,
// ldexp, modf, frexp), and the algorithms CPython has its own of, so results print the
// same: gamma/lgamma (Lanczos approximation), hypot/dist (scaled, error-compensated sum of
// squares), fsum (Shewchuk's exact partials), log of big ints. The integer functions
// (factorial, comb, gcd, isqrt, ...) are in mod_math_int.c.
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "bigint.h"
#include "gc.h"
#include "modules.h"

#define PI 3.141592653589793238462643383279502884197
#define LOG_PI 1.144729885849400174143427351353058711647

static TwValue domain_error(void) {
    return tw_error(&tw_type_ValueError, "math domain error");
}

static TwValue range_error(void) {
    return tw_error(&tw_type_OverflowError, "math range error");
}

// CPython's is_error(): turn an errno-style status into an exception. Underflow (ERANGE with
// a small result) is not an error.
static TwValue check_status(int status, double r) {
    if (status == EDOM) {
        return domain_error();
    }
    if (status == ERANGE && fabs(r) >= 1.5) {
        return range_error();
    }
    return tw_from_float(r);
}

static int as_double(TwValue v, double *out) {
    if (tw_is_float(v)) {
        *out = tw_as_float(v);
        return 0;
    }
    return tw_number_as_double(v, out);
}

// A function of one float: NaN out of a non-NaN is a domain error; an infinity out of a
// finite number overflowed (can_overflow) or hit a pole.
static TwValue math_1(TwValue arg, double (*f)(double), bool can_overflow) {
    double x;
    if (as_double(arg, &x) < 0) {
        return TW_NULL;
    }
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        return domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error() : domain_error();
    }
    return tw_from_float(r);
}

#define FUNC1(name, cfunc, can_overflow)                                   \
    static TwValue math_##name(int argc, TwValue *argv, TwValue kwnames) { \
        return math_1(argv[0], cfunc, can_overflow);                       \
    }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)

// log1p(-0.0) is -0.0 on every platform this way.
static double m_log1p(double x) {
    return x == 0.0 ? x : log1p(x);
}
FUNC1(log1p, m_log1p, false)

// erf and erfc never fail (their only errno is underflow).
static TwValue math_erf(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    return as_double(argv[0], &x) < 0 ? TW_NULL : tw_from_float(erf(x));
}

static TwValue math_erfc(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    return as_double(argv[0], &x) < 0 ? TW_NULL : tw_from_float(erfc(x));
}

// ---------------------------------------------------------------- gamma and lgamma

// The Lanczos approximation with N = 13 and g = 6.024680040776729583740234375 (Boost's
// lanczos13m53 coefficients), evaluated as CPython does so the results agree to the bit.
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[13] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

// gamma(n) for the integers 1..23, exactly representable.
static const double gamma_integer[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
    355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

// The rational function of the approximation at x > 0; for large x in powers of 1/x, which
// cannot overflow.
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

// sin(pi * x), exact at the integers and half-integers (x finite).
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;   // not -sin(pi*(y-1)): that is -0.0 at y == 1
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

// Gamma function; *status gets EDOM or ERANGE as a C library would set errno.
static double tgamma_value(double x, int *status) {
    *status = 0;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            return x;
        }
        *status = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *status = EDOM;   // a pole: +-inf
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *status = EDOM;
            return NAN;
        }
        if (x <= 23.0) {
            return gamma_integer[(int)x - 1];
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {   // gamma(x) ~ 1/x near 0
        double r = 1.0 / x;
        if (isinf(r)) {
            *status = ERANGE;
        }
        return r;
    }
    if (ax > 200.0) {   // overflows above 200; tends to +-0 below -200
        if (x < 0.0) {
            return 0.0 / sin_pi(x);
        }
        *status = ERANGE;
        return HUGE_VAL;
    }
    double y = ax + lanczos_g_minus_half;
    // the rounding error of y, folded into a correction term
    double z;
    if (ax > lanczos_g_minus_half) {
        double q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if (isinf(r)) {
        *status = ERANGE;
    }
    return r;
}

// log(|gamma(x)|), with the same conventions.
static double lgamma_value(double x, int *status) {
    *status = 0;
    if (!isfinite(x)) {
        return isnan(x) ? x : HUGE_VAL;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *status = EDOM;   // poles at the non-positive integers
            return HUGE_VAL;
        }
        return 0.0;   // lgamma(1) == lgamma(2) == 0
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        return -log(ax);
    }
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) {   // reflection formula
        r = LOG_PI - log(fabs(sin_pi(ax))) - log(ax) - r;
    }
    if (isinf(r)) {
        *status = ERANGE;
    }
    return r;
}

static TwValue math_gamma(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    if (as_double(argv[0], &x) < 0) {
        return TW_NULL;
    }
    int status;
    double r = tgamma_value(x, &status);
    return check_status(status, r);
}

static TwValue math_lgamma(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    if (as_double(argv[0], &x) < 0) {
        return TW_NULL;
    }
    int status;
    double r = lgamma_value(x, &status);
    return check_status(status, r);
}

// ---------------------------------------------------------------- two-argument functions

// CPython's math_2: NaN from non-NaNs is EDOM, an infinity from finite arguments ERANGE.
static TwValue math_2(TwValue a, TwValue b, double (*f)(double, double)) {
    double x, y;
    if (as_double(a, &x) < 0 || as_double(b, &y) < 0) {
        return TW_NULL;
    }
    double r = f(x, y);
    int status = 0;
    if (isnan(r)) {
        status = !isnan(x) && !isnan(y) ? EDOM : 0;
    } else if (isinf(r)) {
        status = isfinite(x) && isfinite(y) ? ERANGE : 0;
    }
    return check_status(status, r);
}

// atan2 with the C99 special values spelled out (some libms get them wrong).
static double m_atan2(double y, double x) {
    if (isnan(x) || isnan(y)) {
        return NAN;
    }
    if (isinf(y)) {
        if (isinf(x)) {
            return copysign(copysign(1.0, x) == 1.0 ? 0.25 * PI : 0.75 * PI, y);
        }
        return copysign(0.5 * PI, y);
    }
    if (isinf(x) || y == 0.0) {
        return copysign(copysign(1.0, x) == 1.0 ? 0.0 : PI, y);
    }
    return atan2(y, x);
}

static TwValue math_atan2(int argc, TwValue *argv, TwValue kwnames) {
    return math_2(argv[0], argv[1], m_atan2);
}

static TwValue math_copysign(int argc, TwValue *argv, TwValue kwnames) {
    return math_2(argv[0], argv[1], copysign);
}

// IEEE remainder: exact, so the C library's agrees with CPython's own.
static TwValue math_remainder(int argc, TwValue *argv, TwValue kwnames) {
    return math_2(argv[0], argv[1], remainder);
}

static TwValue math_fmod(int argc, TwValue *argv, TwValue kwnames) {
    double x, y;
    if (as_double(argv[0], &x) < 0 || as_double(argv[1], &y) < 0) {
        return TW_NULL;
    }
    if (isinf(y) && isfinite(x)) {   // fmod(x, +-inf) is x
        return tw_from_float(x);
    }
    double r = fmod(x, y);
    return check_status(isnan(r) && !isnan(x) && !isnan(y) ? EDOM : 0, r);
}

static TwValue math_pow(int argc, TwValue *argv, TwValue kwnames) {
    double x, y, r;
    if (as_double(argv[0], &x) < 0 || as_double(argv[1], &y) < 0) {
        return TW_NULL;
    }
    int status = 0;
    if (!isfinite(x) || !isfinite(y)) {
        // IEEE special cases, done here for platforms whose pow() differs from C99
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) {
                r = odd_y ? x : fabs(x);
            } else if (y == 0.0) {
                r = 1.0;
            } else {
                r = odd_y ? copysign(0.0, x) : 0.0;
            }
        } else if (fabs(x) == 1.0) {   // y infinite
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) {
            status = EDOM;   // a negative number to a non-integer power
        } else if (isinf(r)) {
            status = x == 0.0 ? EDOM : ERANGE;   // 0 to a negative power, or overflow
        }
    }
    return check_status(status, r);
}

static TwValue math_nextafter(int argc, TwValue *argv, TwValue kwnames) {
    double x, y;
    if (as_double(argv[0], &x) < 0 || as_double(argv[1], &y) < 0) {
        return TW_NULL;
    }
    return tw_from_float(nextafter(x, y));
}

static TwValue math_ulp(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    if (as_double(argv[0], &x) < 0) {
        return TW_NULL;
    }
    if (isnan(x)) {
        return tw_from_float(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return tw_from_float(x);
    }
    double up = nextafter(x, INFINITY);
    if (isinf(up)) {   // x is the largest finite float
        return tw_from_float(x - nextafter(x, -INFINITY));
    }
    return tw_from_float(up - x);
}

// ---------------------------------------------------------------- logarithms

// A positive big int (too big for a double) as m * 2**e with m in [0.5, 1], rounded to
// 53 bits half to even, as CPython's _PyLong_Frexp; TW_NULL-free: *ok false on MemoryError.
static double big_frexp(TwValue i, int64_t *e, bool *ok) {
    uint64_t bits = tw_bigint_bit_length(i);
    uint64_t shift = bits - 64;   // i > 2**1024, so positive
    TwValue topv = tw_bigint_shift(i, shift, false);
    int64_t top_signed = 0;
    *ok = topv != TW_NULL;
    if (!*ok) {
        return 0.0;
    }
    uint64_t top;
    if (!tw_int_to_i64(topv, &top_signed)) {   // 64 bits: does not fit int64
        TwIntView tv;
        tw_bigint_view(topv, &tv);
        top = tv.d[0] | ((uint64_t)tv.d[1] << 32);
    } else {
        top = (uint64_t)top_signed;
    }
    // sticky: any bit of i below the 64 kept
    TwIntView w;
    tw_bigint_view(i, &w);
    bool sticky = false;
    for (uint64_t j = 0; j < shift / 32 && !sticky; j++) {
        sticky = w.d[j] != 0;
    }
    if (!sticky && shift % 32) {
        sticky = (w.d[shift / 32] & ((1u << (shift % 32)) - 1)) != 0;
    }
    uint64_t mant = top >> 11, rest = top & 0x7FF;
    if (rest > 0x400 || (rest == 0x400 && (sticky || (mant & 1)))) {
        mant++;
    }
    *e = (int64_t)bits;
    if (mant == ((uint64_t)1 << 53)) {   // rounded up to the next power of two
        mant >>= 1;
        ++*e;
    }
    return ldexp((double)mant, -53);
}

// Log of an int of any size: a positive big int that does not fit a double is m * 2**e with
// m in [0.5, 1), so log(v) = log(m) + e * log(2).
static TwValue log_of(TwValue v, double (*f)(double)) {
    if (tw_is_intlike(v)) {
        TwValue i = tw_int_value(v);
        if (tw_int_sign(i) <= 0) {
            return domain_error();
        }
        double d;
        if (tw_is_int(i)) {
            d = (double)tw_as_int(i);
        } else if (tw_bigint_to_double(i, &d) < 0) {
            int64_t e;
            bool ok;
            double m = big_frexp(i, &e, &ok);
            return ok ? tw_from_float(f(m) + f(2.0) * (double)e) : TW_NULL;
        }
        return tw_from_float(f(d));
    }
    return math_1(v, f, false);
}

static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log(x);
        }
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    return NAN;
}

static double m_log2(double x) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log2(x);
        }
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    return NAN;
}

static double m_log10(double x) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log10(x);
        }
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    return NAN;
}

static TwValue math_log(int argc, TwValue *argv, TwValue kwnames) {
    if (argc < 1 || argc > 2) {
        return tw_error(&tw_type_TypeError, "math.log requires 1 to 2 arguments");
    }
    TwValue num = log_of(argv[0], m_log);
    if (!num || argc == 1) {
        return num;
    }
    TwValue den = log_of(argv[1], m_log);
    return den ? tw_binop(TW_OP_TRUEDIV, num, den) : TW_NULL;
}

static TwValue math_log2(int argc, TwValue *argv, TwValue kwnames) {
    return log_of(argv[0], m_log2);
}

static TwValue math_log10(int argc, TwValue *argv, TwValue kwnames) {
    return log_of(argv[0], m_log10);
}

// ---------------------------------------------------------------- decomposition

static TwValue math_frexp(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    if (as_double(argv[0], &x) < 0) {
        return TW_NULL;
    }
    int e = 0;
    if (!isnan(x) && !isinf(x) && x != 0.0) {
        x = frexp(x, &e);
    }
    return tw_tuple_pack(2, tw_from_float(x), tw_from_small_int(e));
}

static TwValue math_ldexp(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    if (as_double(argv[0], &x) < 0) {
        return TW_NULL;
    }
    TwValue i = argv[1];
    if (!tw_is_intlike(i)) {
        return tw_error(&tw_type_TypeError, "Expected an int as second argument to ldexp.");
    }
    // exponents beyond a C long saturate, like CPython's LONG_MIN/LONG_MAX
    int64_t e;
    if (!tw_int_to_i64(i, &e)) {
        e = tw_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    double r;
    int status = 0;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (e > INT32_MAX) {
        r = copysign(HUGE_VAL, x);
        status = ERANGE;
    } else if (e < INT32_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) {
            status = ERANGE;
        }
    }
    return check_status(status, r);
}

static TwValue math_modf(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    if (as_double(argv[0], &x) < 0) {
        return TW_NULL;
    }
    if (isinf(x)) {
        return tw_tuple_pack(2, tw_from_float(copysign(0.0, x)), tw_from_float(x));
    }
    if (isnan(x)) {
        return tw_tuple_pack(2, tw_from_float(x), tw_from_float(x));
    }
    double ipart;
    double frac = modf(x, &ipart);
    return tw_tuple_pack(2, tw_from_float(frac), tw_from_float(ipart));
}

// ---------------------------------------------------------------- rounding

// floor/ceil: an exact float directly; anything else through its __floor__/__ceil__, else
// as a float.
static TwValue round_with(TwValue v, TwValue special, double (*f)(double)) {
    if (!tw_is_float(v)) {
        bool found = false;
        TwValue r = tw_call_special(v, special, 0, NULL, &found);
        if (found || r) {
            return r;
        }
    }
    double x;
    if (as_double(v, &x) < 0) {
        return TW_NULL;
    }
    return tw_int_from_double(f(x));
}

static TwValue math_floor(int argc, TwValue *argv, TwValue kwnames) {
    return round_with(argv[0], tw_str_intern_c("__floor__"), floor);
}

static TwValue math_ceil(int argc, TwValue *argv, TwValue kwnames) {
    return round_with(argv[0], tw_str_intern_c("__ceil__"), ceil);
}

static TwValue math_trunc(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = argv[0];
    if (tw_is_float(v)) {
        return tw_int_from_double(tw_as_float(v));
    }
    bool found = false;
    TwValue r = tw_call_special(v, tw_str_intern_c("__trunc__"), 0, NULL, &found);
    if (!found) {
        return tw_error(&tw_type_TypeError, "type %s doesn't define __trunc__ method", tw_type_cname(tw_type_of(v)));
    }
    return r;
}

// ---------------------------------------------------------------- classification

static TwValue math_isfinite(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    return as_double(argv[0], &x) < 0 ? TW_NULL : tw_bool(isfinite(x));
}

static TwValue math_isinf(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    return as_double(argv[0], &x) < 0 ? TW_NULL : tw_bool(isinf(x));
}

static TwValue math_isnan(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    return as_double(argv[0], &x) < 0 ? TW_NULL : tw_bool(isnan(x));
}

static TwValue math_isclose(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    TwValue a[4];
    if (tw_parse_args("isclose", argc, argv, kwnames, names, 4, 0, 2, 2, a) < 0) {
        return TW_NULL;
    }
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (as_double(a[0], &x) < 0 || as_double(a[1], &y) < 0 || (a[2] && as_double(a[2], &rel_tol) < 0) ||
        (a[3] && as_double(a[3], &abs_tol) < 0)) {
        return TW_NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return tw_error(&tw_type_ValueError, "tolerances must be non-negative");
    }
    if (x == y) {
        return TW_TRUE;
    }
    // an infinity is close only to itself (caught above)
    if (isinf(x) || isinf(y)) {
        return TW_FALSE;
    }
    double diff = fabs(y - x);
    return tw_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

// ---------------------------------------------------------------- angles

static TwValue math_degrees(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    return as_double(argv[0], &x) < 0 ? TW_NULL : tw_from_float(x * (180.0 / PI));
}

static TwValue math_radians(int argc, TwValue *argv, TwValue kwnames) {
    double x;
    return as_double(argv[0], &x) < 0 ? TW_NULL : tw_from_float(x * (PI / 180.0));
}

// ---------------------------------------------------------------- hypot, dist

// The Euclidean norm of the n non-negative finite values in v (max is the largest),
// correctly rounded in all but rare cases: scale by a power of two so the largest is in
// [0.5, 1), sum the squares exactly as hi+lo parts (each value split in halves of 26 bits)
// with running compensation, take the square root and correct it once by Newton's step
// against the exact remainder. Infinities win over NaNs.
static double vector_norm(size_t n, double *v, double max, bool found_nan) {
    const double split = 134217729.0;   // 2**27 + 1
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {   // subnormal: 2**-max_e would overflow; normalise first
        for (size_t i = 0; i < n; i++) {
            v[i] /= DBL_MIN;
        }
        return DBL_MIN * vector_norm(n, v, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, old, x, t, hi, lo;
    for (size_t i = 0; i < n; i++) {
        x = v[i] * scale;
        t = x * split;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = 2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        frac3 += lo * lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // subtract h*h exactly to get the residual
    x = h;
    t = x * split;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

static TwValue math_hypot(int argc, TwValue *argv, TwValue kwnames) {
    double buf[16];
    double *v = argc <= 16 ? buf : malloc((size_t)argc * sizeof(double));
    if (!v) {
        return tw_error_nomem();
    }
    double max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < argc; i++) {
        double x;
        if (as_double(argv[i], &x) < 0) {
            if (v != buf) {
                free(v);
            }
            return TW_NULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    double r = vector_norm((size_t)argc, v, max, found_nan);
    if (v != buf) {
        free(v);
    }
    return tw_from_float(r);
}

static TwValue math_dist(int argc, TwValue *argv, TwValue kwnames) {
    TwValue p = tw_tuple_from_iterable(argv[0]);
    TwValue q = p ? tw_tuple_from_iterable(argv[1]) : TW_NULL;
    if (!q) {
        return TW_NULL;
    }
    size_t n = tw_tuple_size(p);
    if (n != tw_tuple_size(q)) {
        return tw_error(&tw_type_ValueError, "both points must have the same number of dimensions");
    }
    double buf[16];
    double *v = n <= 16 ? buf : malloc(n * sizeof(double));
    if (!v) {
        return tw_error_nomem();
    }
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (as_double(tw_tuple_items(p)[i], &px) < 0 || as_double(tw_tuple_items(q)[i], &qx) < 0) {
            if (v != buf) {
                free(v);
            }
            return TW_NULL;
        }
        double x = fabs(px - qx);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    double r = vector_norm(n, v, max, found_nan);
    if (v != buf) {
        free(v);
    }
    return tw_from_float(r);
}

// ---------------------------------------------------------------- fsum

// Shewchuk's algorithm: keep the running sum as non-overlapping partials (exact), then add
// them from the top with round-half-even fixed up across partials. Infinities and NaNs
// are summed apart; an overflow of finite values is an error.
static TwValue math_fsum(int argc, TwValue *argv, TwValue kwnames) {
    TwValue it = tw_iter(argv[0]);
    if (!it) {
        return TW_NULL;
    }
    double small[32];
    double *p = small;
    size_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    TwValue result = TW_NULL;
    for (;;) {
        TwValue item = tw_next(it);
        if (!item) {
            if (tw_error_occurred()) {
                goto done;
            }
            break;
        }
        double x;
        if (as_double(item, &x) < 0) {
            goto done;
        }
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                // from an inf or nan summand, or an overflow of the partials
                if (isfinite(xsave)) {
                    tw_error(&tw_type_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    size_t ncap = cap * 2;
                    double *np = p == small ? malloc(ncap * sizeof *np) : realloc(p, ncap * sizeof *np);
                    if (!np) {
                        tw_error_nomem();
                        goto done;
                    }
                    if (p == small) {
                        memcpy(np, small, n * sizeof *np);
                    }
                    p = np;
                    cap = ncap;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            tw_error(&tw_type_ValueError, "-inf + inf in fsum");
        } else {
            result = tw_from_float(special_sum);
        }
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        // add the partials from the top while the sum stays exact
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // round half to even across the partials: if the next one pushes the same way as
        // the rounding error, the true sum is past the halfway point
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
    }
    result = tw_from_float(hi);
done:
    if (p != small) {
        free(p);
    }
    return result;
}

// ---------------------------------------------------------------- prod

static TwValue math_prod(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"iterable", "start"};
    TwValue a[2];
    if (tw_parse_args("prod", argc, argv, kwnames, names, 2, 1, 1, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue result = a[1] ? a[1] : tw_from_small_int(1);
    TwValue it = tw_iter(a[0]);
    if (!it) {
        return TW_NULL;
    }
    for (;;) {
        TwValue item = tw_next(it);
        if (!item) {
            return tw_error_occurred() ? TW_NULL : result;
        }
        result = tw_binop(TW_OP_MUL, result, item);
        if (!result) {
            return TW_NULL;
        }
    }
}

// ---------------------------------------------------------------- the module

static const TwMethodDef math_functions[] = {
    {"acos", math_acos, 1, 1, 0},
    {"acosh", math_acosh, 1, 1, 0},
    {"asin", math_asin, 1, 1, 0},
    {"asinh", math_asinh, 1, 1, 0},
    {"atan", math_atan, 1, 1, 0},
    {"atan2", math_atan2, 2, 2, 0},
    {"atanh", math_atanh, 1, 1, 0},
    {"cbrt", math_cbrt, 1, 1, 0},
    {"ceil", math_ceil, 1, 1, 0},
    {"copysign", math_copysign, 2, 2, 0},
    {"cos", math_cos, 1, 1, 0},
    {"cosh", math_cosh, 1, 1, 0},
    {"degrees", math_degrees, 1, 1, 0},
    {"dist", math_dist, 2, 2, 0},
    {"erf", math_erf, 1, 1, 0},
    {"erfc", math_erfc, 1, 1, 0},
    {"exp", math_exp, 1, 1, 0},
    {"exp2", math_exp2, 1, 1, 0},
    {"expm1", math_expm1, 1, 1, 0},
    {"fabs", math_fabs, 1, 1, 0},
    {"floor", math_floor, 1, 1, 0},
    {"fmod", math_fmod, 2, 2, 0},
    {"frexp", math_frexp, 1, 1, 0},
    {"fsum", math_fsum, 1, 1, 0},
    {"gamma", math_gamma, 1, 1, 0},
    {"hypot", math_hypot, 0, -1, 0},
    {"isclose", math_isclose, 0, -1, TW_BUILTIN_KEYWORDS},
    {"isfinite", math_isfinite, 1, 1, 0},
    {"isinf", math_isinf, 1, 1, 0},
    {"isnan", math_isnan, 1, 1, 0},
    {"ldexp", math_ldexp, 2, 2, 0},
    {"lgamma", math_lgamma, 1, 1, 0},
    {"log", math_log, 0, -1, 0},
    {"log10", math_log10, 1, 1, 0},
    {"log1p", math_log1p, 1, 1, 0},
    {"log2", math_log2, 1, 1, 0},
    {"modf", math_modf, 1, 1, 0},
    {"nextafter", math_nextafter, 2, 2, 0},
    {"pow", math_pow, 2, 2, 0},
    {"prod", math_prod, 0, -1, TW_BUILTIN_KEYWORDS},
    {"radians", math_radians, 1, 1, 0},
    {"remainder", math_remainder, 2, 2, 0},
    {"sin", math_sin, 1, 1, 0},
    {"sinh", math_sinh, 1, 1, 0},
    {"sqrt", math_sqrt, 1, 1, 0},
    {"tan", math_tan, 1, 1, 0},
    {"tanh", math_tanh, 1, 1, 0},
    {"trunc", math_trunc, 1, 1, 0},
    {"ulp", math_ulp, 1, 1, 0},
    {NULL},
};

static int math_module_init(TwValue module) {
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, math_functions) < 0 ||
        tw_module_add_functions(module, tw_math_int_functions) < 0) {
        return -1;
    }
    if (tw_dict_set_c(d, "pi", tw_from_float(PI)) < 0 || tw_dict_set_c(d, "e", tw_from_float(M_E)) < 0 ||
        tw_dict_set_c(d, "tau", tw_from_float(2.0 * PI)) < 0 || tw_dict_set_c(d, "inf", tw_from_float(INFINITY)) < 0 ||
        tw_dict_set_c(d, "nan", tw_from_float(NAN)) < 0) {
        return -1;
    }
    return 0;
}

void tw_math_init(void) {
    tw_module_register("math", math_module_init);
}
