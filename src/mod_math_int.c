// The math module, integer half: factorial, perm, comb, gcd, lcm and isqrt on ints of any
// size, with CPython 3.11's argument rules (__index__, no floats) and messages. Products of
// long runs of factors are split in halves so the big-int multiplications stay balanced.
#include <math.h>
#include <stdlib.h>

#include "bigint.h"
#include "gc.h"
#include "modules.h"
#include "warnings.h"

static TwValue one(void) {
    return tw_from_small_int(1);
}

static TwValue mul(TwValue a, TwValue b) {
    return a && b ? tw_int_binop(TW_OP_MUL, a, b) : TW_NULL;
}

// The product lo * (lo+1) * ... * hi of machine-sized integers (1 <= lo <= hi < 2**63).
static TwValue range_prod(uint64_t lo, uint64_t hi) {
    if (hi - lo < 32) {
        TwValue acc = one();
        uint64_t run = 1;
        for (uint64_t x = lo; x <= hi; x++) {
            uint64_t t;
            if (__builtin_mul_overflow(run, x, &t)) {
                acc = mul(acc, tw_int_from_u64(run));
                run = x;
            } else {
                run = t;
            }
        }
        return mul(acc, tw_int_from_u64(run));
    }
    uint64_t mid = lo + (hi - lo) / 2;
    TwValue left = range_prod(lo, mid);
    return left ? mul(left, range_prod(mid + 1, hi)) : TW_NULL;
}

// The product of the `count` integers start, start+1, ... (start any int, count >= 1).
static TwValue big_range_prod(TwValue start, uint64_t count) {
    if (count == 1) {
        return start;
    }
    int64_t s;
    if (tw_int_to_i64(start, &s) && s >= 1 && (uint64_t)s + count - 1 < ((uint64_t)1 << 63) &&
        (uint64_t)s + count - 1 >= (uint64_t)s) {
        return range_prod((uint64_t)s, (uint64_t)s + count - 1);
    }
    uint64_t half = count / 2;
    TwValue left = big_range_prod(start, half);
    TwValue next = left ? tw_int_binop(TW_OP_ADD, start, tw_int_from_u64(half)) : TW_NULL;
    return next ? mul(left, big_range_prod(next, count - half)) : TW_NULL;
}

static TwValue factorial_of(uint64_t n) {
    return n < 2 ? one() : range_prod(2, n);
}

// factorial's argument as a C long (CPython's PyLong_AsLongAndOverflow rules).
static TwValue math_factorial(int argc, TwValue *argv, TwValue kwnames) {
    TwValue n = tw_index(argv[0]);
    if (!n) {
        return TW_NULL;
    }
    int64_t x;
    if (!tw_int_to_i64(n, &x)) {
        if (tw_int_sign(n) > 0) {
            return tw_error(&tw_type_OverflowError, "factorial() argument should not exceed %lld",
                            (long long)INT64_MAX);
        }
        x = -1;
    }
    if (x < 0) {
        return tw_error(&tw_type_ValueError, "factorial() not defined for negative values");
    }
    return factorial_of((uint64_t)x);
}

// The non-negative n and k of perm and comb.
static int perm_comb_args(TwValue *n, TwValue *k) {
    *n = tw_index(*n);
    if (!*n) {
        return -1;
    }
    *k = tw_index(*k);
    if (!*k) {
        return -1;
    }
    if (tw_int_sign(*n) < 0) {
        tw_error(&tw_type_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (tw_int_sign(*k) < 0) {
        tw_error(&tw_type_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

// n * (n-1) * ... * (n-k+1) for 0 < k <= n.
static TwValue falling(TwValue n, uint64_t k) {
    TwValue start = tw_int_binop(TW_OP_SUB, n, tw_int_from_u64(k - 1));
    return start ? big_range_prod(start, k) : TW_NULL;
}

static TwValue math_perm(int argc, TwValue *argv, TwValue kwnames) {
    if (argc < 2 || argv[1] == TW_NONE) {
        return math_factorial(1, argv, TW_NULL);
    }
    TwValue n = argv[0], k = argv[1];
    if (perm_comb_args(&n, &k) < 0) {
        return TW_NULL;
    }
    if (tw_int_compare(n, k) < 0) {
        return tw_from_small_int(0);
    }
    int64_t factors;
    if (!tw_int_to_i64(k, &factors)) {
        return tw_error(&tw_type_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    }
    return factors == 0 ? one() : falling(n, (uint64_t)factors);
}

static TwValue math_comb(int argc, TwValue *argv, TwValue kwnames) {
    TwValue n = argv[0], k = argv[1];
    if (perm_comb_args(&n, &k) < 0) {
        return TW_NULL;
    }
    // k = min(k, n - k)
    TwValue rest = tw_int_binop(TW_OP_SUB, n, k);
    if (!rest) {
        return TW_NULL;
    }
    if (tw_int_sign(rest) < 0) {
        return tw_from_small_int(0);
    }
    if (tw_int_compare(rest, k) < 0) {
        k = rest;
    }
    int64_t factors;
    if (!tw_int_to_i64(k, &factors)) {
        return tw_error(&tw_type_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    }
    if (factors == 0) {
        return one();
    }
    TwValue top = falling(n, (uint64_t)factors);
    TwValue bottom = top ? factorial_of((uint64_t)factors) : TW_NULL;
    return bottom ? tw_int_binop(TW_OP_FLOORDIV, top, bottom) : TW_NULL;
}

// ---------------------------------------------------------------- gcd, lcm

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    if (a == 0) {
        return b;
    }
    if (b == 0) {
        return a;
    }
    int shift = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    while (b) {
        b >>= __builtin_ctzll(b);
        if (a > b) {
            uint64_t t = a;
            a = b;
            b = t;
        }
        b -= a;
    }
    return a << shift;
}

static bool as_u64_abs(TwValue v, uint64_t *out) {
    int64_t i;
    if (tw_int_to_i64(v, &i)) {
        *out = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return true;
    }
    return false;
}

// gcd of two exact ints (non-negative result): Euclid on big ints, binary gcd once both fit.
static TwValue gcd2(TwValue a, TwValue b) {
    a = tw_int_sign(a) < 0 ? tw_int_neg(a) : a;
    b = a && tw_int_sign(b) < 0 ? tw_int_neg(b) : b;
    while (a && b) {
        uint64_t x, y;
        if (as_u64_abs(a, &x) && as_u64_abs(b, &y)) {
            return tw_int_from_u64(gcd_u64(x, y));
        }
        if (tw_int_is_zero(b)) {
            return a;
        }
        TwValue r = tw_int_binop(TW_OP_MOD, a, b);
        a = b;
        b = r;
    }
    return TW_NULL;
}

static TwValue math_gcd(int argc, TwValue *argv, TwValue kwnames) {
    if (argc == 0) {
        return tw_from_small_int(0);
    }
    TwValue res = tw_index(argv[0]);
    if (!res) {
        return TW_NULL;
    }
    if (argc == 1) {
        return tw_int_sign(res) < 0 ? tw_int_neg(res) : res;
    }
    for (int i = 1; i < argc; i++) {
        TwValue x = tw_index(argv[i]);
        if (!x) {
            return TW_NULL;
        }
        if (res == one()) {   // the rest only needs checking
            continue;
        }
        res = gcd2(res, x);
        if (!res) {
            return TW_NULL;
        }
    }
    return res;
}

static TwValue math_lcm(int argc, TwValue *argv, TwValue kwnames) {
    if (argc == 0) {
        return one();
    }
    TwValue res = tw_index(argv[0]);
    if (!res) {
        return TW_NULL;
    }
    if (argc == 1) {
        return tw_int_sign(res) < 0 ? tw_int_neg(res) : res;
    }
    for (int i = 1; i < argc; i++) {
        TwValue x = tw_index(argv[i]);
        if (!x) {
            return TW_NULL;
        }
        if (tw_int_is_zero(res)) {
            continue;
        }
        if (tw_int_is_zero(x)) {
            res = tw_from_small_int(0);
            continue;
        }
        TwValue g = gcd2(res, x);
        TwValue q = g ? tw_int_binop(TW_OP_FLOORDIV, res, g) : TW_NULL;
        res = q ? mul(q, x) : TW_NULL;
        if (res && tw_int_sign(res) < 0) {
            res = tw_int_neg(res);
        }
        if (!res) {
            return TW_NULL;
        }
    }
    return res;
}

// ---------------------------------------------------------------- isqrt

static uint64_t isqrt_u64(uint64_t n) {
    uint64_t r = (uint64_t)sqrt((double)n);
    while ((unsigned __int128)r * r > n) {
        r--;
    }
    while ((unsigned __int128)(r + 1) * (r + 1) <= n) {
        r++;
    }
    return r;
}

static TwValue math_isqrt(int argc, TwValue *argv, TwValue kwnames) {
    TwValue n = tw_index(argv[0]);
    if (!n) {
        return TW_NULL;
    }
    if (tw_int_sign(n) < 0) {
        return tw_error(&tw_type_ValueError, "isqrt() argument must be nonnegative");
    }
    uint64_t small;
    if (as_u64_abs(n, &small)) {
        return tw_int_from_u64(isqrt_u64(small));
    }
    // Newton's iteration from above: x0 = 2**ceil(bits/2) >= sqrt(n); decreases to the floor
    uint64_t bits = tw_bigint_bit_length(n);
    TwValue x = tw_bigint_shift(one(), (bits + 1) / 2, true);
    while (x) {
        TwValue q = tw_int_binop(TW_OP_FLOORDIV, n, x);
        TwValue s = q ? tw_int_binop(TW_OP_ADD, x, q) : TW_NULL;
        TwValue y = s ? tw_bigint_shift(s, 1, false) : TW_NULL;
        if (!y) {
            return TW_NULL;
        }
        if (tw_int_compare(y, x) >= 0) {
            return x;
        }
        x = y;
    }
    return TW_NULL;
}

const TwMethodDef tw_math_int_functions[] = {
    {"comb", math_comb, 2, 2, 0},
    {"factorial", math_factorial, 1, 1, 0},
    {"gcd", math_gcd, 0, -1, 0},
    {"isqrt", math_isqrt, 1, 1, 0},
    {"lcm", math_lcm, 0, -1, 0},
    {"perm", math_perm, 1, 2, 0},
    {NULL},
};
