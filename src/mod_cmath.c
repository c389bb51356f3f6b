// The cmath module: complex versions of the elementary functions with CPython 3.11's
// results. Finite arguments use CPython's formulas (rescaling near overflow and for
// subnormals, log1p near |z| = 1, inverse functions through square roots) so results
// agree to the bit; arguments with an infinite or NaN part take their result from a 7x7
// table indexed by the classes of the two parts (C99 Annex G values), except where the
// signs depend on the finite part (exp, cosh, sinh, tanh, rect of an infinity). Errors
// follow CPython's errno convention: EDOM is "math domain error" (ValueError), ERANGE
// "math range error" (OverflowError).
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "gc.h"
#include "modules.h"
#include "warnings.h"

#define PI 3.141592653589793238462643383279502884197
#define LARGE_DOUBLE (DBL_MAX / 4.)      // beyond it, intermediate results may overflow
#define SQRT_LARGE_DOUBLE (sqrt(LARGE_DOUBLE))
#define LOG_LARGE_DOUBLE (log(LARGE_DOUBLE))
#define SQRT_DBL_MIN (sqrt(DBL_MIN))
#define SCALE_UP 53                      // 2 * (DBL_MANT_DIG / 2) + 1
#define SCALE_DOWN (-27)                 // -(SCALE_UP + 1) / 2

typedef struct Cx {
    double re, im;
} Cx;

// ---------------------------------------------------------------- special values

enum { NINF, NEG, NZERO, PZERO, POS, PINF, NAN_ };

static int special_type(double d) {
    if (isfinite(d)) {
        if (d != 0) {
            return copysign(1., d) == 1. ? POS : NEG;
        }
        return copysign(1., d) == 1. ? PZERO : NZERO;
    }
    if (isnan(d)) {
        return NAN_;
    }
    return copysign(1., d) == 1. ? PINF : NINF;
}

#define P PI
#define P12 (PI / 2)
#define P14 (PI / 4)
#define P34 (3 * PI / 4)
#define I INFINITY
#define N NAN

// Results for arguments with a non-finite part, [class of real][class of imag] (rows and
// columns NINF NEG NZERO PZERO POS PINF NAN). Entries of two finite classes are unused.
static const Cx acos_special[7][7] = {
    {{P34, I}, {P, I}, {P, I}, {P, -I}, {P, -I}, {P34, -I}, {N, I}},
    {{P12, I}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {P12, -I}, {N, N}},
    {{P12, I}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {P12, -I}, {P12, N}},
    {{P12, I}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {P12, -I}, {P12, N}},
    {{P12, I}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {P12, -I}, {N, N}},
    {{P14, I}, {0.0, I}, {0.0, I}, {0.0, -I}, {0.0, -I}, {P14, -I}, {N, I}},
    {{N, I}, {N, N}, {N, N}, {N, N}, {N, N}, {N, -I}, {N, N}},
};
static const Cx acosh_special[7][7] = {
    {{I, -P34}, {I, -P}, {I, -P}, {I, P}, {I, P}, {I, P34}, {I, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P14}, {I, -0.0}, {I, -0.0}, {I, 0.0}, {I, 0.0}, {I, P14}, {I, N}},
    {{I, N}, {N, N}, {N, N}, {N, N}, {N, N}, {I, N}, {N, N}},
};
static const Cx asinh_special[7][7] = {
    {{-I, -P14}, {-I, -0.0}, {-I, -0.0}, {-I, 0.0}, {-I, 0.0}, {-I, P14}, {-I, N}},
    {{-I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {-I, P12}, {N, N}},
    {{-I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {-I, P12}, {N, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P14}, {I, -0.0}, {I, -0.0}, {I, 0.0}, {I, 0.0}, {I, P14}, {I, N}},
    {{I, N}, {N, N}, {N, -0.0}, {N, 0.0}, {N, N}, {I, N}, {N, N}},
};
static const Cx atanh_special[7][7] = {
    {{-0.0, -P12}, {-0.0, -P12}, {-0.0, -P12}, {-0.0, P12}, {-0.0, P12}, {-0.0, P12}, {-0.0, N}},
    {{-0.0, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {-0.0, P12}, {N, N}},
    {{-0.0, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {-0.0, P12}, {-0.0, N}},
    {{0.0, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, P12}, {0.0, N}},
    {{0.0, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, P12}, {N, N}},
    {{0.0, -P12}, {0.0, -P12}, {0.0, -P12}, {0.0, P12}, {0.0, P12}, {0.0, P12}, {0.0, N}},
    {{0.0, -P12}, {N, N}, {N, N}, {N, N}, {N, N}, {0.0, P12}, {N, N}},
};
static const Cx cosh_special[7][7] = {
    {{N, N}, {-I, I}, {I, 0.0}, {I, -0.0}, {-I, -I}, {N, N}, {I, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, 0.0}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, 0.0}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {-I, -I}, {I, -0.0}, {I, 0.0}, {-I, I}, {N, N}, {I, N}},
    {{N, N}, {N, N}, {N, 0.0}, {N, 0.0}, {N, N}, {N, N}, {N, N}},
};
static const Cx exp_special[7][7] = {
    {{0.0, 0.0}, {-0.0, -0.0}, {0.0, -0.0}, {0.0, 0.0}, {-0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {-I, -I}, {I, -0.0}, {I, 0.0}, {-I, I}, {N, N}, {I, N}},
    {{N, N}, {N, N}, {N, -0.0}, {N, 0.0}, {N, N}, {N, N}, {N, N}},
};
static const Cx log_special[7][7] = {
    {{I, -P34}, {I, -P}, {I, -P}, {I, P}, {I, P}, {I, P34}, {I, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P12}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, P12}, {N, N}},
    {{I, -P14}, {I, -0.0}, {I, -0.0}, {I, 0.0}, {I, 0.0}, {I, P14}, {I, N}},
    {{I, N}, {N, N}, {N, N}, {N, N}, {N, N}, {I, N}, {N, N}},
};
static const Cx sinh_special[7][7] = {
    {{N, N}, {I, -I}, {-I, -0.0}, {-I, 0.0}, {I, I}, {N, N}, {I, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {0.0, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {0.0, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {-I, -I}, {I, -0.0}, {I, 0.0}, {-I, I}, {N, N}, {I, N}},
    {{N, N}, {N, N}, {N, -0.0}, {N, 0.0}, {N, N}, {N, N}, {N, N}},
};
static const Cx sqrt_special[7][7] = {
    {{I, -I}, {0.0, -I}, {0.0, -I}, {0.0, I}, {0.0, I}, {I, I}, {N, I}},
    {{I, -I}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, I}, {N, N}},
    {{I, -I}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, I}, {N, N}},
    {{I, -I}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, I}, {N, N}},
    {{I, -I}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {I, I}, {N, N}},
    {{I, -I}, {I, -0.0}, {I, -0.0}, {I, 0.0}, {I, 0.0}, {I, I}, {I, N}},
    {{I, -I}, {N, N}, {N, N}, {N, N}, {N, N}, {I, I}, {N, N}},
};
static const Cx tanh_special[7][7] = {
    {{-1.0, 0.0}, {-1.0, 0.0}, {-1.0, -0.0}, {-1.0, 0.0}, {-1.0, -0.0}, {-1.0, 0.0}, {-1.0, 0.0}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{1.0, 0.0}, {1.0, 0.0}, {1.0, -0.0}, {1.0, 0.0}, {1.0, -0.0}, {1.0, 0.0}, {1.0, 0.0}},
    {{N, N}, {N, N}, {N, -0.0}, {N, 0.0}, {N, N}, {N, N}, {N, N}},
};
static const Cx rect_special[7][7] = {
    {{N, N}, {I, I}, {-I, 0.0}, {-I, -0.0}, {I, -I}, {N, N}, {I, N}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}},
    {{0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}},
    {{N, N}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {N, N}, {N, N}},
    {{N, N}, {-I, -I}, {I, -0.0}, {I, 0.0}, {-I, I}, {N, N}, {I, N}},
    {{N, N}, {N, N}, {N, 0.0}, {N, 0.0}, {N, N}, {N, N}, {N, N}},
};

#undef P
#undef P12
#undef P14
#undef P34
#undef I
#undef N

static Cx special(const Cx table[7][7], Cx z) {
    return table[special_type(z.re)][special_type(z.im)];
}

static bool finite_cx(Cx z) {
    return isfinite(z.re) && isfinite(z.im);
}

static Cx cx(double re, double im) {
    return (Cx){re, im};
}

// ---------------------------------------------------------------- square root, log

static Cx c_sqrt(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        return special(sqrt_special, z);
    }
    if (z.re == 0. && z.im == 0.) {
        return cx(0., z.im);
    }
    // with x, y >= 0: s = sqrt((x + hypot(x, y)) / 2), d = (y / 2) / s, computed from x/8
    // and y/8 against overflow, or rescaled when both are subnormal
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    if (z.re >= 0.) {
        return cx(s, copysign(d, z.im));
    }
    return cx(d, copysign(s, z.im));
}

static Cx c_log(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        return special(log_special, z);
    }
    double ax = fabs(z.re), ay = fabs(z.im), re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2., ay / 2.)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {   // hypot would be subnormal: rescale
            re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
        } else {
            *err = EDOM;   // log(0)
            return cx(-INFINITY, atan2(z.im, z.re));
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {   // near |z| = 1: log1p keeps the precision
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            re = log(h);
        }
    }
    return cx(re, atan2(z.im, z.re));
}

// Complex division as CPython's complex type does it (Smith's method); EDOM for 0.
static Cx c_quot(Cx a, Cx b, int *err) {
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *err = EDOM;
            return cx(0.0, 0.0);
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return cx((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return cx((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
    }
    return cx(NAN, NAN);   // a NaN in b
}

// atan2(z.imag, z.real) with C99's special values.
static double c_atan2(Cx z) {
    if (isnan(z.re) || isnan(z.im)) {
        return NAN;
    }
    if (isinf(z.im)) {
        if (isinf(z.re)) {
            return copysign(copysign(1., z.re) == 1. ? 0.25 * PI : 0.75 * PI, z.im);
        }
        return copysign(0.5 * PI, z.im);
    }
    if (isinf(z.re) || z.im == 0.) {
        return copysign(copysign(1., z.re) == 1. ? 0. : PI, z.im);
    }
    return atan2(z.im, z.re);
}

// |z|: infinite if either part is, even with a NaN; ERANGE on overflow.
static double c_abs(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        if (isinf(z.re)) {
            return fabs(z.re);
        }
        if (isinf(z.im)) {
            return fabs(z.im);
        }
        return NAN;
    }
    double r = hypot(z.re, z.im);
    if (!isfinite(r)) {
        *err = ERANGE;
    }
    return r;
}

// ---------------------------------------------------------------- inverse functions

static Cx c_asinh(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        return special(asinh_special, z);
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {   // avoid overflow
        double l = log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2.;
        double re = z.im >= 0. ? copysign(l, z.re) : -copysign(l, -z.re);
        return cx(re, atan2(z.im, fabs(z.re)));
    }
    int e;
    Cx s1 = c_sqrt(cx(1. + z.im, -z.re), &e);
    Cx s2 = c_sqrt(cx(1. - z.im, z.re), &e);
    return cx(asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

static Cx c_acos(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        return special(acos_special, z);
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double re = atan2(fabs(z.im), z.re);
        double l = log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2.;
        // two forms so the branch cut keeps its continuity on either side
        return cx(re, z.re < 0. ? -copysign(l, z.im) : copysign(l, -z.im));
    }
    int e;
    Cx s1 = c_sqrt(cx(1. - z.re, -z.im), &e);
    Cx s2 = c_sqrt(cx(1. + z.re, z.im), &e);
    return cx(2. * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
}

static Cx c_acosh(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        return special(acosh_special, z);
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        return cx(log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2., atan2(z.im, z.re));
    }
    int e;
    Cx s1 = c_sqrt(cx(z.re - 1., z.im), &e);
    Cx s2 = c_sqrt(cx(z.re + 1., z.im), &e);
    return cx(asinh(s1.re * s2.re + s1.im * s2.im), 2. * atan2(s1.im, s2.re));
}

static Cx c_atanh(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        return special(atanh_special, z);
    }
    if (z.re < 0.) {   // atanh(z) = -atanh(-z)
        Cx r = c_atanh(cx(-z.re, -z.im), err);
        return cx(-r.re, -r.im);
    }
    double ay = fabs(z.im);
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        // large |z|: atanh(z) ~ 1/z +- i*pi/2
        double h = hypot(z.re / 2., z.im / 2.);
        return cx(z.re / 4. / h / h, -copysign(PI / 2., -z.im));
    }
    if (z.re == 1. && ay < SQRT_DBL_MIN) {
        if (ay == 0.) {   // a pole: C99 says inf +- 0i
            *err = EDOM;
            return cx(INFINITY, z.im);
        }
        return cx(-log(sqrt(ay) / sqrt(hypot(ay, 2.))), copysign(atan2(2., -ay) / 2, z.im));
    }
    return cx(log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.,
              -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.);
}

// f(z) = -i g(iz), for asin, atan, sin and tan from their hyperbolic twins.
static Cx rotated(Cx (*g)(Cx, int *), Cx z, int *err) {
    Cx s = g(cx(-z.im, z.re), err);
    return cx(s.im, -s.re);
}

static Cx c_asin(Cx z, int *err) {
    return rotated(c_asinh, z, err);
}

static Cx c_atan(Cx z, int *err) {
    return rotated(c_atanh, z, err);
}

// ---------------------------------------------------------------- exp and hyperbolic functions

static Cx c_exp(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        Cx r;
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            r = z.re > 0 ? cx(copysign(INFINITY, cos(z.im)), copysign(INFINITY, sin(z.im)))
                         : cx(copysign(0., cos(z.im)), copysign(0., sin(z.im)));
        } else {
            r = special(exp_special, z);
        }
        // an infinite imaginary part is invalid unless the real part is NaN or -inf
        if (isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0))) {
            *err = EDOM;
        }
        return r;
    }
    Cx r;
    if (z.re > LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.);
        r = cx(l * cos(z.im) * M_E, l * sin(z.im) * M_E);
    } else {
        double l = exp(z.re);
        r = cx(l * cos(z.im), l * sin(z.im));
    }
    if (isinf(r.re) || isinf(r.im)) {
        *err = ERANGE;
    }
    return r;
}

static Cx c_cosh(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        Cx r;
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            double im = copysign(INFINITY, sin(z.im));
            r = cx(copysign(INFINITY, cos(z.im)), z.re > 0 ? im : -im);
        } else {
            r = special(cosh_special, z);
        }
        if (isinf(z.im) && !isnan(z.re)) {
            *err = EDOM;
        }
        return r;
    }
    Cx r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {   // cosh(x) overflows, cosh(z) may not
        double x1 = z.re - copysign(1., z.re);
        r = cx(cos(z.im) * cosh(x1) * M_E, sin(z.im) * sinh(x1) * M_E);
    } else {
        r = cx(cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re));
    }
    if (isinf(r.re) || isinf(r.im)) {
        *err = ERANGE;
    }
    return r;
}

static Cx c_sinh(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        Cx r;
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            double re = copysign(INFINITY, cos(z.im));
            r = cx(z.re > 0 ? re : -re, copysign(INFINITY, sin(z.im)));
        } else {
            r = special(sinh_special, z);
        }
        if (isinf(z.im) && !isnan(z.re)) {
            *err = EDOM;
        }
        return r;
    }
    Cx r;
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x1 = z.re - copysign(1., z.re);
        r = cx(cos(z.im) * sinh(x1) * M_E, sin(z.im) * cosh(x1) * M_E);
    } else {
        r = cx(cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re));
    }
    if (isinf(r.re) || isinf(r.im)) {
        *err = ERANGE;
    }
    return r;
}

static Cx c_tanh(Cx z, int *err) {
    *err = 0;
    if (!finite_cx(z)) {
        Cx r;
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            r = cx(z.re > 0 ? 1.0 : -1.0, copysign(0., 2. * sin(z.im) * cos(z.im)));
        } else {
            r = special(tanh_special, z);
        }
        if (isinf(z.im) && isfinite(z.re)) {
            *err = EDOM;
        }
        return r;
    }
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {   // 2 * z.re would overflow below
        return cx(copysign(1., z.re), 4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re)));
    }
    double tx = tanh(z.re), ty = tan(z.im), cx1 = 1. / cosh(z.re);
    double txty = tx * ty, denom = 1. + txty * txty;
    return cx(tx * (1. + ty * ty) / denom, ((ty / denom) * cx1) * cx1);
}

static Cx c_cos(Cx z, int *err) {
    return c_cosh(cx(-z.im, z.re), err);   // cos(z) = cosh(iz)
}

static Cx c_sin(Cx z, int *err) {
    return rotated(c_sinh, z, err);
}

static Cx c_tan(Cx z, int *err) {
    return rotated(c_tanh, z, err);
}

static Cx c_log10(Cx z, int *err) {
    Cx r = c_log(z, err);
    return cx(r.re / M_LN10, r.im / M_LN10);
}

// ---------------------------------------------------------------- Python level

static TwValue math_error(int err) {
    if (err == EDOM) {
        return tw_error(&tw_type_ValueError, "math domain error");
    }
    if (err == ERANGE) {
        return tw_error(&tw_type_OverflowError, "math range error");
    }
    TwValue args = tw_tuple_pack(2, tw_from_small_int(err), tw_str_from_c(strerror(err)));
    TwValue exc = args ? tw_exc_new(&tw_type_ValueError, args) : TW_NULL;
    return exc ? tw_raise(exc) : TW_NULL;
}

// An argument as a complex: complex, __complex__, else a real number (float(), __index__).
static int as_complex(TwValue v, Cx *out) {
    if (tw_is_ptr(v) && v && tw_isinstance_type(v, &tw_type_complex)) {
        *out = cx(TW_OBJ(v, TwComplex)->real, TW_OBJ(v, TwComplex)->imag);
        return 0;
    }
    bool found = false;
    TwValue r = tw_call_special(v, TW_NAME(__complex__), 0, NULL, &found);
    if (found) {
        if (!r) {
            return -1;
        }
        if (!tw_is_ptr(r) || !tw_isinstance_type(r, &tw_type_complex)) {
            tw_error(&tw_type_TypeError, "__complex__ returned non-complex (type %s)", tw_type_cname(tw_type_of(r)));
            return -1;
        }
        if (!tw_is_type(r, &tw_type_complex) && tw_warn_subclass_result("__complex__", "complex", r) < 0) {
            return -1;
        }
        *out = cx(TW_OBJ(r, TwComplex)->real, TW_OBJ(r, TwComplex)->imag);
        return 0;
    }
    double d;
    if (tw_number_as_double(v, &d) < 0) {
        return -1;
    }
    *out = cx(d, 0.0);
    return 0;
}

static TwValue cx_result(Cx r, int err) {
    return err ? math_error(err) : tw_complex_new(r.re, r.im);
}

#define CFUNC(name)                                                         \
    static TwValue cmath_##name(int argc, TwValue *argv, TwValue kwnames) { \
        Cx z;                                                               \
        if (as_complex(argv[0], &z) < 0) {                                  \
            return TW_NULL;                                                 \
        }                                                                   \
        int err;                                                            \
        Cx r = c_##name(z, &err);                                           \
        return cx_result(r, err);                                           \
    }

CFUNC(acos)
CFUNC(acosh)
CFUNC(asin)
CFUNC(asinh)
CFUNC(atan)
CFUNC(atanh)
CFUNC(cos)
CFUNC(cosh)
CFUNC(exp)
CFUNC(log10)
CFUNC(sin)
CFUNC(sinh)
CFUNC(sqrt)
CFUNC(tan)
CFUNC(tanh)

static TwValue cmath_log(int argc, TwValue *argv, TwValue kwnames) {
    Cx x;
    if (as_complex(argv[0], &x) < 0) {
        return TW_NULL;
    }
    int err;
    x = c_log(x, &err);
    if (argc > 1) {
        Cx y;
        if (as_complex(argv[1], &y) < 0) {
            return TW_NULL;
        }
        y = c_log(y, &err);   // as errno: the base's log decides, then the division
        x = c_quot(x, y, &err);
    }
    return cx_result(x, err);
}

static TwValue cmath_phase(int argc, TwValue *argv, TwValue kwnames) {
    Cx z;
    if (as_complex(argv[0], &z) < 0) {
        return TW_NULL;
    }
    // CPython reports what the C library's atan2 leaves in errno: ERANGE for an underflow
    // (a tiny imaginary part over a huge real one) makes phase() raise OverflowError
    errno = 0;
    double phi = c_atan2(z);
    if (errno) {
        return math_error(errno);
    }
    return tw_from_float(phi);
}

static TwValue cmath_polar(int argc, TwValue *argv, TwValue kwnames) {
    Cx z;
    if (as_complex(argv[0], &z) < 0) {
        return TW_NULL;
    }
    double phi = c_atan2(z);
    int err;
    double r = c_abs(z, &err);
    if (err) {
        return math_error(err);
    }
    return tw_tuple_pack(2, tw_from_float(r), tw_from_float(phi));
}

static TwValue cmath_rect(int argc, TwValue *argv, TwValue kwnames) {
    double r, phi;
    if (tw_number_as_double(argv[0], &r) < 0 || tw_number_as_double(argv[1], &phi) < 0) {
        return TW_NULL;
    }
    Cx z;
    int err = 0;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.) {
            // +-inf in the direction of phi: the signs of cos and sin decide
            double re = copysign(INFINITY, cos(phi)), im = copysign(INFINITY, sin(phi));
            z = r > 0 ? cx(re, im) : cx(-re, -im);
        } else {
            z = special(rect_special, cx(r, phi));
        }
        if (r != 0. && !isnan(r) && isinf(phi)) {
            err = EDOM;
        }
    } else if (phi == 0.0) {
        z = cx(r, r * phi);   // keeps the sign of a zero phi
    } else {
        z = cx(r * cos(phi), r * sin(phi));
    }
    return cx_result(z, err);
}

static TwValue cmath_isfinite(int argc, TwValue *argv, TwValue kwnames) {
    Cx z;
    return as_complex(argv[0], &z) < 0 ? TW_NULL : tw_bool(finite_cx(z));
}

static TwValue cmath_isnan(int argc, TwValue *argv, TwValue kwnames) {
    Cx z;
    return as_complex(argv[0], &z) < 0 ? TW_NULL : tw_bool(isnan(z.re) || isnan(z.im));
}

static TwValue cmath_isinf(int argc, TwValue *argv, TwValue kwnames) {
    Cx z;
    return as_complex(argv[0], &z) < 0 ? TW_NULL : tw_bool(isinf(z.re) || isinf(z.im));
}

static TwValue cmath_isclose(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    TwValue a[4];
    if (tw_parse_args("isclose", argc, argv, kwnames, names, 4, 0, 2, 2, a) < 0) {
        return TW_NULL;
    }
    Cx x, y;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (as_complex(a[0], &x) < 0 || as_complex(a[1], &y) < 0 ||
        (a[2] && tw_number_as_double(a[2], &rel_tol) < 0) || (a[3] && tw_number_as_double(a[3], &abs_tol) < 0)) {
        return TW_NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return tw_error(&tw_type_ValueError, "tolerances must be non-negative");
    }
    if (x.re == y.re && x.im == y.im) {
        return TW_TRUE;
    }
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im)) {
        return TW_FALSE;
    }
    int err;
    double diff = c_abs(cx(x.re - y.re, x.im - y.im), &err);
    return tw_bool(diff <= rel_tol * c_abs(y, &err) || diff <= rel_tol * c_abs(x, &err) || diff <= abs_tol);
}

static const TwMethodDef cmath_functions[] = {
    {"acos", cmath_acos, 1, 1, 0},
    {"acosh", cmath_acosh, 1, 1, 0},
    {"asin", cmath_asin, 1, 1, 0},
    {"asinh", cmath_asinh, 1, 1, 0},
    {"atan", cmath_atan, 1, 1, 0},
    {"atanh", cmath_atanh, 1, 1, 0},
    {"cos", cmath_cos, 1, 1, 0},
    {"cosh", cmath_cosh, 1, 1, 0},
    {"exp", cmath_exp, 1, 1, 0},
    {"isclose", cmath_isclose, 0, -1, TW_BUILTIN_KEYWORDS},
    {"isfinite", cmath_isfinite, 1, 1, 0},
    {"isinf", cmath_isinf, 1, 1, 0},
    {"isnan", cmath_isnan, 1, 1, 0},
    {"log", cmath_log, 1, 2, 0},
    {"log10", cmath_log10, 1, 1, 0},
    {"phase", cmath_phase, 1, 1, 0},
    {"polar", cmath_polar, 1, 1, 0},
    {"rect", cmath_rect, 2, 2, 0},
    {"sin", cmath_sin, 1, 1, 0},
    {"sinh", cmath_sinh, 1, 1, 0},
    {"sqrt", cmath_sqrt, 1, 1, 0},
    {"tan", cmath_tan, 1, 1, 0},
    {"tanh", cmath_tanh, 1, 1, 0},
    {NULL},
};

static int cmath_module_init(TwValue module) {
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, cmath_functions) < 0) {
        return -1;
    }
    if (tw_dict_set_c(d, "pi", tw_from_float(PI)) < 0 || tw_dict_set_c(d, "e", tw_from_float(M_E)) < 0 ||
        tw_dict_set_c(d, "tau", tw_from_float(2.0 * PI)) < 0 || tw_dict_set_c(d, "inf", tw_from_float(INFINITY)) < 0 ||
        tw_dict_set_c(d, "infj", tw_complex_new(0.0, INFINITY)) < 0 || tw_dict_set_c(d, "nan", tw_from_float(NAN)) < 0 ||
        tw_dict_set_c(d, "nanj", tw_complex_new(0.0, NAN)) < 0) {
        return -1;
    }
    return 0;
}

void tw_cmath_init(void) {
    tw_module_register("cmath", cmath_module_init);
}
