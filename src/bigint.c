// Arbitrary-precision integer arithmetic: the slow paths behind obj_int.c.
//
// Magnitudes are arrays of base-2^32 digits, least significant first. The mag_* helpers
// work on plain arrays (scratch space comes from malloc and is freed before returning);
// the tw_bigint_* functions take exact int values (small or TwBigInt), work through a
// TwIntView and return normalised results, so a value that fits 48 bits always comes
// back as a small int. Multiplication switches to Karatsuba above KARATSUBA_CUTOFF
// digits; division is Knuth's algorithm D; base-10 conversion works in chunks of 10^9.
#include "bigint.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "gc.h"

#define KARATSUBA_CUTOFF 48
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

// ---------------------------------------------------------------- allocation and views

static TwBigInt *big_new(int64_t n) {
    if (n <= 0) {
        n = 1;
    }
    if (n > INT32_MAX / 2) {
        tw_error(&tw_type_OverflowError, "too many digits in integer");
        return NULL;
    }
    return (TwBigInt *)tw_gc_alloc(&tw_type_int, sizeof(TwBigInt) + (size_t)n * sizeof(uint32_t));
}

static void *scratch(size_t n_digits) {
    void *p = malloc((n_digits ? n_digits : 1) * sizeof(uint32_t));
    if (!p) {
        tw_error_nomem();
    }
    return p;
}

// Trim leading zero digits and make a small int when the value fits.
static TwValue big_finish(TwBigInt *b, int64_t n, int sign) {
    while (n > 0 && b->digits[n - 1] == 0) {
        n--;
    }
    if (n == 0) {
        return tw_from_small_int(0);
    }
    if (n <= 2) {
        uint64_t m = b->digits[0] | (n == 2 ? (uint64_t)b->digits[1] << 32 : 0);
        if (m <= (uint64_t)TW_SMALL_INT_MAX) {
            return tw_from_small_int(sign < 0 ? -(int64_t)m : (int64_t)m);
        }
        if (sign < 0 && m == (uint64_t)TW_SMALL_INT_MAX + 1) {
            return tw_from_small_int(TW_SMALL_INT_MIN);
        }
    }
    b->size = (int32_t)(sign < 0 ? -n : n);
    return tw_from_obj(b);
}

void tw_bigint_view(TwValue v, TwIntView *out) {
    if (tw_is_int(v)) {
        int64_t i = tw_as_int(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        out->sign = i < 0 ? -1 : i > 0;
        out->buf[0] = (uint32_t)m;
        out->buf[1] = (uint32_t)(m >> 32);
        out->n = m == 0 ? 0 : out->buf[1] ? 2 : 1;
        out->d = out->buf;
        return;
    }
    TwBigInt *b = TW_OBJ(v, TwBigInt);
    out->sign = b->size < 0 ? -1 : 1;
    out->n = b->size < 0 ? -b->size : b->size;
    out->d = b->digits;
}

TwValue tw_bigint_from_mag(const uint32_t *d, int64_t n, int sign) {
    while (n > 0 && d[n - 1] == 0) {
        n--;
    }
    TwBigInt *b = big_new(n);
    if (!b) {
        return TW_NULL;
    }
    memcpy(b->digits, d, (size_t)n * sizeof(uint32_t));
    return big_finish(b, n, sign);
}

// ---------------------------------------------------------------- magnitude helpers

static int64_t mag_len(const uint32_t *d, int64_t n) {
    while (n > 0 && d[n - 1] == 0) {
        n--;
    }
    return n;
}

static int mag_cmp(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    if (na != nb) {
        return na < nb ? -1 : 1;
    }
    for (int64_t i = na - 1; i >= 0; i--) {
        if (a[i] != b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

// r = a + b with na >= nb; r has room for na + 1 digits (may alias a). Returns na + 1.
static int64_t mag_add(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    uint64_t carry = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[na] = (uint32_t)carry;
    return na + 1;
}

// r = a - b with a >= b (na >= nb); r has na digits (may alias a).
static void mag_sub(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    int64_t borrow = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        int64_t t = (int64_t)a[i] - b[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = t < 0;
    }
    for (; i < na; i++) {
        int64_t t = (int64_t)a[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = t < 0;
    }
}

// r[0..nr) += t[0..nt), carrying within r (the caller knows the sum fits).
static void mag_add_into(uint32_t *r, int64_t nr, const uint32_t *t, int64_t nt) {
    uint64_t carry = 0;
    int64_t i = 0;
    for (; i < nt; i++) {
        carry += (uint64_t)r[i] + t[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry && i < nr; i++) {
        carry += r[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

// r[0..nr) -= t[0..nt) (the caller knows r >= t).
static void mag_sub_into(uint32_t *r, int64_t nr, const uint32_t *t, int64_t nt) {
    int64_t borrow = 0;
    int64_t i = 0;
    for (; i < nt; i++) {
        int64_t x = (int64_t)r[i] - t[i] - borrow;
        r[i] = (uint32_t)x;
        borrow = x < 0;
    }
    for (; borrow && i < nr; i++) {
        int64_t x = (int64_t)r[i] - borrow;
        r[i] = (uint32_t)x;
        borrow = x < 0;
    }
}

// r[0..na+nb) = a * b, schoolbook. r must not alias a or b.
static void mag_mul_school(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    // The first row stores instead of accumulating, so r needs no clearing.
    uint64_t carry0 = 0;
    uint64_t b0 = b[0];
    for (int64_t j = 0; j < na; j++) {
        carry0 += (uint64_t)a[j] * b0;
        r[j] = (uint32_t)carry0;
        carry0 >>= 32;
    }
    r[na] = (uint32_t)carry0;
    for (int64_t j = na + 1; j < na + nb; j++) {
        r[j] = 0;
    }
    for (int64_t i = 1; i < nb; i++) {
        uint64_t carry = 0;
        uint64_t bi = b[i];
        if (bi == 0) {
            continue;
        }
        for (int64_t j = 0; j < na; j++) {
            carry += (uint64_t)a[j] * bi + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + na] = (uint32_t)carry;
    }
}

static void mag_square_school(uint32_t *r, const uint32_t *a, int64_t n) {
    // Off-diagonal products once, doubled, plus the squares on the diagonal.
    memset(r, 0, (size_t)(2 * n) * sizeof(uint32_t));
    for (int64_t i = 0; i < n; i++) {
        uint64_t carry = 0;
        uint64_t ai = a[i];
        for (int64_t j = i + 1; j < n; j++) {
            carry += ai * a[j] + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + n] = (uint32_t)carry;
    }
    uint32_t top = 0;
    for (int64_t i = 0; i < 2 * n; i++) {
        uint32_t x = r[i];
        r[i] = (x << 1) | top;
        top = x >> 31;
    }
    uint64_t carry = 0;
    for (int64_t i = 0; i < n; i++) {
        uint64_t sq = (uint64_t)a[i] * a[i];
        carry += (uint64_t)r[2 * i] + (uint32_t)sq;
        r[2 * i] = (uint32_t)carry;
        carry >>= 32;
        carry += (uint64_t)r[2 * i + 1] + (sq >> 32);
        r[2 * i + 1] = (uint32_t)carry;
        carry >>= 32;
    }
}

static int mag_mul(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb);

// Karatsuba for na >= nb >= KARATSUBA_CUTOFF, 2 * nb > na. r has na + nb digits.
static int mag_mul_karatsuba(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    int64_t m = na / 2;
    const uint32_t *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
    int64_t na0 = mag_len(a0, m), na1 = na - m, nb0 = mag_len(b0, m), nb1 = nb - m;
    // Scratch: sa (na1+1), sb (max(m, nb1)+1), t (their product).
    int64_t nsa_cap = na1 + 1, nsb_cap = (m > nb1 ? m : nb1) + 1;
    uint32_t *buf = scratch((size_t)(2 * (nsa_cap + nsb_cap)));
    if (!buf) {
        return -1;
    }
    uint32_t *sa = buf, *sb = buf + nsa_cap, *t = sb + nsb_cap;
    int64_t nsa = na0 > na1 ? mag_add(sa, a0, na0, a1, na1) : mag_add(sa, a1, na1, a0, na0);
    int64_t nsb = nb0 > nb1 ? mag_add(sb, b0, nb0, b1, nb1) : mag_add(sb, b1, nb1, b0, nb0);
    nsa = mag_len(sa, nsa);
    nsb = mag_len(sb, nsb);
    memset(r, 0, (size_t)(na + nb) * sizeof(uint32_t));
    // z0 into r[0..2m), z2 into r[2m..)
    if (mag_mul(r, a0, na0, b0, nb0) < 0 || mag_mul(r + 2 * m, a1, na1, b1, nb1) < 0 ||
        mag_mul(t, sa, nsa, sb, nsb) < 0) {
        free(buf);
        return -1;
    }
    int64_t nt = nsa + nsb;
    mag_sub_into(t, nt, r, mag_len(r, 2 * m));
    mag_sub_into(t, nt, r + 2 * m, mag_len(r + 2 * m, na1 + nb1));
    mag_add_into(r + m, na + nb - m, t, mag_len(t, nt));
    free(buf);
    return 0;
}

// r[0..na+nb) = a * b. r must not alias a or b. Returns -1 (MemoryError) on failure.
static int mag_mul(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    if (na < nb) {
        const uint32_t *tp = a;
        a = b;
        b = tp;
        int64_t tn = na;
        na = nb;
        nb = tn;
    }
    if (nb == 0) {
        memset(r, 0, (size_t)na * sizeof(uint32_t));
        return 0;
    }
    if (nb < KARATSUBA_CUTOFF) {
        if (a == b && na == nb) {
            mag_square_school(r, a, na);
        } else {
            mag_mul_school(r, a, na, b, nb);
        }
        return 0;
    }
    if (2 * nb <= na) {
        // Unbalanced: multiply b by slices of a as long as b, and add the partial products.
        memset(r, 0, (size_t)(na + nb) * sizeof(uint32_t));
        uint32_t *t = scratch((size_t)(2 * nb));
        if (!t) {
            return -1;
        }
        for (int64_t i = 0; i < na; i += nb) {
            int64_t len = na - i < nb ? na - i : nb;
            if (mag_mul(t, a + i, len, b, nb) < 0) {
                free(t);
                return -1;
            }
            mag_add_into(r + i, na + nb - i, t, mag_len(t, len + nb));
        }
        free(t);
        return 0;
    }
    return mag_mul_karatsuba(r, a, na, b, nb);
}

// q = a / d, returns a % d. q may alias a.
static uint32_t mag_divrem1(uint32_t *q, const uint32_t *a, int64_t n, uint32_t d) {
    uint64_t rem = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

// Knuth's algorithm D: q (na-nb+1 digits) = a / b, r (nb digits) = a % b, for nb >= 2,
// b[nb-1] != 0, na >= nb. Either q or r may be NULL.
static int mag_divrem(uint32_t *q, uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b,
                      int64_t nb) {
    int s = __builtin_clz(b[nb - 1]);
    uint32_t *buf = scratch((size_t)(na + 1 + nb));
    if (!buf) {
        return -1;
    }
    uint32_t *un = buf, *vn = buf + na + 1;
    for (int64_t i = nb - 1; i > 0; i--) {
        vn[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
    }
    vn[0] = b[0] << s;
    un[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (int64_t i = na - 1; i > 0; i--) {
        un[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    }
    un[0] = a[0] << s;
    const uint64_t base = (uint64_t)1 << 32;
    uint64_t vtop = vn[nb - 1], vnext = vn[nb - 2];
    for (int64_t j = na - nb; j >= 0; j--) {
        uint64_t num = ((uint64_t)un[j + nb] << 32) | un[j + nb - 1];
        uint64_t qhat = num / vtop;
        uint64_t rhat = num % vtop;
        while (qhat >= base || qhat * vnext > ((rhat << 32) | un[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= base) {
                break;
            }
        }
        // Multiply and subtract.
        int64_t k = 0, t;
        for (int64_t i = 0; i < nb; i++) {
            uint64_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
            un[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + nb] - k;
        un[j + nb] = (uint32_t)t;
        if (t < 0) {
            // qhat was one too large: add the divisor back.
            qhat--;
            uint64_t c = 0;
            for (int64_t i = 0; i < nb; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + nb] += (uint32_t)c;
        }
        if (q) {
            q[j] = (uint32_t)qhat;
        }
    }
    if (r) {
        for (int64_t i = 0; i < nb; i++) {
            r[i] = s ? (un[i] >> s) | (un[i + 1] << (32 - s)) : un[i];
        }
    }
    free(buf);
    return 0;
}

// ---------------------------------------------------------------- add, sub, mul

TwValue tw_bigint_add(TwValue av, TwValue bv, bool subtract) {
    TwIntView a, b;
    tw_bigint_view(av, &a);
    tw_bigint_view(bv, &b);
    int bsign = subtract ? -b.sign : b.sign;
    if (b.sign == 0) {
        return av;
    }
    if (a.sign == 0) {
        return subtract ? tw_bigint_neg(bv) : bv;
    }
    const TwIntView *x = &a, *y = &b;
    int xs = a.sign, ys = bsign;
    if (mag_cmp(a.d, a.n, b.d, b.n) < 0) {
        x = &b;
        y = &a;
        xs = bsign;
        ys = a.sign;
    }
    TwBigInt *r = big_new(x->n + 1);
    if (!r) {
        return TW_NULL;
    }
    // Views may point into objects; r is fresh so no aliasing.
    if (xs == ys) {
        mag_add(r->digits, x->d, x->n, y->d, y->n);
        return big_finish(r, x->n + 1, xs);
    }
    mag_sub(r->digits, x->d, x->n, y->d, y->n);
    return big_finish(r, x->n, xs);
}

TwValue tw_bigint_mul(TwValue av, TwValue bv) {
    TwIntView a, b;
    tw_bigint_view(av, &a);
    tw_bigint_view(bv, &b);
    if (a.sign == 0 || b.sign == 0) {
        return tw_from_small_int(0);
    }
    TwBigInt *r = big_new((int64_t)a.n + b.n);
    if (!r) {
        return TW_NULL;
    }
    if (mag_mul(r->digits, a.d, a.n, b.d, b.n) < 0) {
        return TW_NULL;
    }
    return big_finish(r, (int64_t)a.n + b.n, a.sign * b.sign);
}

TwValue tw_bigint_neg(TwValue a) {
    if (tw_is_int(a)) {
        return tw_int_from_i64(-tw_as_int(a));
    }
    TwIntView v;
    tw_bigint_view(a, &v);
    return tw_bigint_from_mag(v.d, v.n, -v.sign);
}

TwValue tw_bigint_abs(TwValue a) {
    TwIntView v;
    tw_bigint_view(a, &v);
    return v.sign < 0 ? tw_bigint_neg(a) : a;
}

int tw_bigint_cmp(TwValue av, TwValue bv) {
    TwIntView a, b;
    tw_bigint_view(av, &a);
    tw_bigint_view(bv, &b);
    if (a.sign != b.sign) {
        return a.sign < b.sign ? -1 : 1;
    }
    int c = mag_cmp(a.d, a.n, b.d, b.n);
    return a.sign < 0 ? -c : c;
}

// ---------------------------------------------------------------- division

// Truncating magnitude division: |a| / |b| and |a| % |b| as non-negative ints.
static int mag_divmod_values(const TwIntView *a, const TwIntView *b, TwValue *q, TwValue *r) {
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        *q = tw_from_small_int(0);
        *r = tw_bigint_from_mag(a->d, a->n, 1);
        return *r ? 0 : -1;
    }
    TwBigInt *qb = big_new(a->n - b->n + 1);
    if (!qb) {
        return -1;
    }
    if (b->n == 1) {
        uint32_t rem = mag_divrem1(qb->digits, a->d, a->n, b->d[0]);
        *q = big_finish(qb, a->n, 1);
        *r = tw_from_small_int(rem);
        return 0;
    }
    TwBigInt *rb = big_new(b->n);
    if (!rb) {
        return -1;
    }
    if (mag_divrem(qb->digits, rb->digits, a->d, a->n, b->d, b->n) < 0) {
        return -1;
    }
    *q = big_finish(qb, a->n - b->n + 1, 1);
    *r = big_finish(rb, b->n, 1);
    return 0;
}

int tw_bigint_divmod(TwValue av, TwValue bv, TwValue *qout, TwValue *rout) {
    TwIntView a, b;
    tw_bigint_view(av, &a);
    tw_bigint_view(bv, &b);
    TwValue q, r;
    if (mag_divmod_values(&a, &b, &q, &r) < 0) {
        return -1;
    }
    // Truncated -> floored: signs differ and remainder non-zero => q = -q - 1, r = |b| - r.
    if (a.sign * b.sign < 0) {
        if (r != tw_from_small_int(0)) {
            q = tw_bigint_add(q, tw_from_small_int(1), false);
            if (!q) {
                return -1;
            }
            r = tw_bigint_add(tw_bigint_abs(bv), r, true);
            if (!r) {
                return -1;
            }
        }
        q = tw_bigint_neg(q);
        if (!q) {
            return -1;
        }
    }
    // The remainder takes the sign of the divisor.
    if (b.sign < 0) {
        r = tw_bigint_neg(r);
        if (!r) {
            return -1;
        }
    }
    if (qout) {
        *qout = q;
    }
    if (rout) {
        *rout = r;
    }
    return 0;
}

uint64_t tw_bigint_bit_length(TwValue av) {
    TwIntView a;
    tw_bigint_view(av, &a);
    if (a.n == 0) {
        return 0;
    }
    return (uint64_t)(a.n - 1) * 32 + (32 - (uint64_t)__builtin_clz(a.d[a.n - 1]));
}

uint64_t tw_bigint_bit_count(TwValue av) {
    TwIntView a;
    tw_bigint_view(av, &a);
    uint64_t c = 0;
    for (int32_t i = 0; i < a.n; i++) {
        c += (uint64_t)__builtin_popcount(a.d[i]);
    }
    return c;
}

// Bits [pos, pos+64) of magnitude v (bits past the top are zero).
static uint64_t mag_bits64(const TwIntView *v, uint64_t pos) {
    uint64_t w = pos / 32, s = pos % 32, out = 0;
    for (int k = 0; k < 3; k++) {
        uint64_t idx = w + (uint64_t)k;
        uint64_t digit = idx < (uint64_t)v->n ? v->d[idx] : 0;
        int shift = 32 * k - (int)s;
        if (shift >= 64) {
            break;
        }
        out |= shift >= 0 ? digit << shift : digit >> -shift;
    }
    return out;
}

// Are any of the low `nbits` bits of v set?
static bool mag_low_bits_set(const TwIntView *v, uint64_t nbits) {
    uint64_t w = nbits / 32;
    for (uint64_t i = 0; i < w && i < (uint64_t)v->n; i++) {
        if (v->d[i]) {
            return true;
        }
    }
    if (nbits % 32 && w < (uint64_t)v->n) {
        return (v->d[w] & ((1u << (nbits % 32)) - 1)) != 0;
    }
    return false;
}

int tw_bigint_to_double(TwValue av, double *out) {
    if (tw_is_int(av)) {
        *out = (double)tw_as_int(av);
        return 0;
    }
    TwIntView a;
    tw_bigint_view(av, &a);
    uint64_t bl = tw_bigint_bit_length(av);
    if (bl > DBL_MAX_EXP) {
        return -1;
    }
    // Keep DBL_MANT_DIG + 2 bits with a sticky bit, so the hardware conversion rounds
    // half-to-even exactly as rounding the full value would.
    uint64_t shift = bl > DBL_MANT_DIG + 2 ? bl - (DBL_MANT_DIG + 2) : 0;
    uint64_t top = mag_bits64(&a, shift);
    if (shift && mag_low_bits_set(&a, shift)) {
        top |= 1;
    }
    double d = ldexp((double)top, (int)shift);
    if (isinf(d)) {
        return -1;
    }
    *out = a.sign < 0 ? -d : d;
    return 0;
}

TwValue tw_bigint_from_double(double d) {
    double m = fabs(trunc(d));
    if (m < 9007199254740992.0) {
        return tw_int_from_i64((int64_t)trunc(d));
    }
    int e;
    double frac = frexp(m, &e);   // m = frac * 2^e, e > 53
    uint64_t mant = (uint64_t)ldexp(frac, 64);   // exact: frac has 53 significant bits
    uint32_t digits[2] = {(uint32_t)mant, (uint32_t)(mant >> 32)};
    TwValue v = tw_bigint_from_mag(digits, 2, d < 0 ? -1 : 1);
    if (!v) {
        return TW_NULL;
    }
    return e >= 64 ? tw_bigint_shift(v, (uint64_t)(e - 64), true) : tw_bigint_shift(v, (uint64_t)(64 - e), false);
}

TwValue tw_bigint_truediv(TwValue av, TwValue bv) {
    TwIntView a, b;
    tw_bigint_view(av, &a);
    tw_bigint_view(bv, &b);
    bool negate = a.sign * b.sign < 0;
    if (a.sign == 0) {
        return tw_from_float(negate ? -0.0 : 0.0);
    }
    uint64_t la = tw_bigint_bit_length(av), lb = tw_bigint_bit_length(bv);
    if (la <= DBL_MANT_DIG && lb <= DBL_MANT_DIG) {
        double x, y;
        tw_bigint_to_double(av, &x);
        tw_bigint_to_double(bv, &y);
        return tw_from_float(x / y);
    }
    int64_t diff = (int64_t)la - (int64_t)lb;
    if (diff > DBL_MAX_EXP) {
        return tw_error(&tw_type_OverflowError, "integer division result too large for a float");
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        return tw_from_float(negate ? -0.0 : 0.0);
    }
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    TwValue x = tw_bigint_abs(av);
    if (!x) {
        return TW_NULL;
    }
    if (shift <= 0) {
        x = tw_bigint_shift(x, (uint64_t)-shift, true);
    } else {
        inexact = mag_low_bits_set(&a, (uint64_t)shift);
        x = tw_bigint_shift(x, (uint64_t)shift, false);
    }
    if (!x) {
        return TW_NULL;
    }
    TwValue bab = tw_bigint_abs(bv);
    TwValue q, r;
    if (!bab || tw_bigint_divmod(x, bab, &q, &r) < 0) {
        return TW_NULL;
    }
    if (r != tw_from_small_int(0)) {
        inexact = true;
    }
    // q < 2^(DBL_MANT_DIG + 3): fits in 64 bits.
    TwIntView qv;
    tw_bigint_view(q, &qv);
    uint64_t qm = qv.d[0] | (qv.n > 1 ? (uint64_t)qv.d[1] << 32 : 0);
    int qbits = 64 - __builtin_clzll(qm);
    int extra = (qbits > DBL_MIN_EXP - shift ? qbits : (int)(DBL_MIN_EXP - shift)) - DBL_MANT_DIG;
    if (extra > 0) {
        uint64_t mask = (uint64_t)1 << (extra - 1);
        uint64_t low = qm | inexact;
        if ((low & mask) && (low & (3 * mask - 1))) {
            qm += mask;
        }
        qm &= ~(2 * mask - 1);
    }
    double d = ldexp((double)qm, (int)shift);
    if (isinf(d)) {
        return tw_error(&tw_type_OverflowError, "integer division result too large for a float");
    }
    return tw_from_float(negate ? -d : d);
}

// ---------------------------------------------------------------- powers

TwValue tw_bigint_pow(TwValue a, TwValue b) {
    // Left-to-right binary exponentiation over the exponent's bits.
    uint64_t nbits = tw_bigint_bit_length(b);
    TwIntView e;
    tw_bigint_view(b, &e);
    TwValue r = tw_from_small_int(1);
    for (int64_t i = (int64_t)nbits - 1; i >= 0; i--) {
        r = tw_bigint_mul(r, r);
        if (!r) {
            return TW_NULL;
        }
        if ((e.d[i / 32] >> (i % 32)) & 1) {
            r = tw_bigint_mul(r, a);
            if (!r) {
                return TW_NULL;
            }
        }
    }
    return r;
}

static TwValue mulmod(TwValue x, TwValue y, TwValue m) {
    TwValue p = tw_bigint_mul(x, y);
    TwValue r;
    if (!p || tw_bigint_divmod(p, m, NULL, &r) < 0) {
        return TW_NULL;
    }
    return r;
}

TwValue tw_bigint_powmod(TwValue a, TwValue b, TwValue m) {
    TwValue base;
    if (tw_bigint_divmod(a, m, NULL, &base) < 0) {
        return TW_NULL;
    }
    uint64_t nbits = tw_bigint_bit_length(b);
    TwIntView e;
    tw_bigint_view(b, &e);
    TwValue r = tw_from_small_int(1);
    if (tw_bigint_cmp(m, tw_from_small_int(1)) == 0) {
        return tw_from_small_int(0);
    }
    for (int64_t i = (int64_t)nbits - 1; i >= 0; i--) {
        r = mulmod(r, r, m);
        if (!r) {
            return TW_NULL;
        }
        if ((e.d[i / 32] >> (i % 32)) & 1) {
            r = mulmod(r, base, m);
            if (!r) {
                return TW_NULL;
            }
        }
    }
    return r;
}

TwValue tw_bigint_invmod(TwValue a, TwValue m) {
    // Extended Euclid on (a mod m, m), tracking only the coefficient of a.
    TwValue r0, r1 = m, s0 = tw_from_small_int(1), s1 = tw_from_small_int(0);
    if (tw_bigint_divmod(a, m, NULL, &r0) < 0) {
        return TW_NULL;
    }
    while (r1 != tw_from_small_int(0)) {
        TwValue q, r;
        if (tw_bigint_divmod(r0, r1, &q, &r) < 0) {
            return TW_NULL;
        }
        TwValue qs = tw_bigint_mul(q, s1);
        if (!qs) {
            return TW_NULL;
        }
        TwValue s = tw_bigint_add(s0, qs, true);
        if (!s) {
            return TW_NULL;
        }
        r0 = r1;
        r1 = r;
        s0 = s1;
        s1 = s;
    }
    if (r0 != tw_from_small_int(1)) {
        return tw_error(&tw_type_ValueError, "base is not invertible for the given modulus");
    }
    TwValue out;
    if (tw_bigint_divmod(s0, m, NULL, &out) < 0) {
        return TW_NULL;
    }
    return out;
}

// ---------------------------------------------------------------- shifts and bit operations

// |a| shifted, as a magnitude with the sign of a.
static TwValue mag_shift(const TwIntView *a, uint64_t n, bool left) {
    if (left) {
        uint64_t w = n / 32, s = n % 32;
        if (w + (uint64_t)a->n + 1 > (uint64_t)INT32_MAX / 2) {
            return tw_error(&tw_type_OverflowError, "too many digits in integer");
        }
        int64_t nr = a->n + (int64_t)w + 1;
        TwBigInt *r = big_new(nr);
        if (!r) {
            return TW_NULL;
        }
        uint32_t carry = 0;
        for (int32_t i = 0; i < a->n; i++) {
            r->digits[w + (uint64_t)i] = s ? (a->d[i] << s) | carry : a->d[i];
            carry = s ? a->d[i] >> (32 - s) : 0;
        }
        r->digits[w + (uint64_t)a->n] = carry;
        return big_finish(r, nr, a->sign);
    }
    uint64_t w = n / 32, s = n % 32;
    if (w >= (uint64_t)a->n) {
        return tw_from_small_int(0);
    }
    int64_t nr = a->n - (int64_t)w;
    TwBigInt *r = big_new(nr);
    if (!r) {
        return TW_NULL;
    }
    for (int64_t i = 0; i < nr; i++) {
        uint32_t lo = a->d[i + (int64_t)w];
        uint32_t hi = i + (int64_t)w + 1 < a->n ? a->d[i + (int64_t)w + 1] : 0;
        r->digits[i] = s ? (lo >> s) | (hi << (32 - s)) : lo;
    }
    return big_finish(r, nr, a->sign);
}

TwValue tw_bigint_shift(TwValue av, uint64_t n, bool left) {
    TwIntView a;
    tw_bigint_view(av, &a);
    if (a.sign == 0) {
        return av;
    }
    if (left || a.sign > 0) {
        return mag_shift(&a, n, left);
    }
    // Negative right shift floors: -((|a| - 1) >> n) - 1.
    TwValue m = tw_bigint_add(tw_bigint_abs(av), tw_from_small_int(1), true);
    if (!m) {
        return TW_NULL;
    }
    TwIntView mv;
    tw_bigint_view(m, &mv);
    TwValue s = mag_shift(&mv, n, false);
    if (!s) {
        return TW_NULL;
    }
    s = tw_bigint_add(s, tw_from_small_int(1), false);
    return s ? tw_bigint_neg(s) : TW_NULL;
}

// Two's complement of view v in n digits into out.
static void to_twos(const TwIntView *v, uint32_t *out, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        out[i] = i < v->n ? v->d[i] : 0;
    }
    if (v->sign < 0) {
        uint64_t carry = 1;
        for (int64_t i = 0; i < n; i++) {
            carry += (uint32_t)~out[i];
            out[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
}

TwValue tw_bigint_bitop(int op, TwValue av, TwValue bv) {
    TwIntView a, b;
    tw_bigint_view(av, &a);
    tw_bigint_view(bv, &b);
    int64_t n = (a.n > b.n ? a.n : b.n) + 1;
    TwBigInt *r = big_new(n);
    if (!r) {
        return TW_NULL;
    }
    uint32_t *tb = scratch((size_t)n);
    if (!tb) {
        return TW_NULL;
    }
    to_twos(&a, r->digits, n);
    to_twos(&b, tb, n);
    for (int64_t i = 0; i < n; i++) {
        switch (op) {
        case TW_OP_AND: r->digits[i] &= tb[i]; break;
        case TW_OP_OR: r->digits[i] |= tb[i]; break;
        default: r->digits[i] ^= tb[i]; break;
        }
    }
    free(tb);
    int sign = 1;
    if (r->digits[n - 1] >> 31) {
        // Negative: take the two's complement back to a magnitude.
        sign = -1;
        uint64_t carry = 1;
        for (int64_t i = 0; i < n; i++) {
            carry += (uint32_t)~r->digits[i];
            r->digits[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    return big_finish(r, n, sign);
}

// ---------------------------------------------------------------- hashing

int64_t tw_bigint_hash(TwValue av) {
    TwIntView a;
    tw_bigint_view(av, &a);
    uint64_t acc = 0;
    for (int64_t i = a.n - 1; i >= 0; i--) {
        // acc * 2^32 mod P as a rotation in 61 bits, then add the digit.
        acc = ((acc << 32) & HASH_MODULUS) | (acc >> (61 - 32));
        acc += a.d[i];
        if (acc >= HASH_MODULUS) {
            acc -= HASH_MODULUS;
        }
    }
    int64_t h = a.sign < 0 ? -(int64_t)acc : (int64_t)acc;
    return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------- string conversion

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

char *tw_bigint_to_digits(TwValue av, int base, size_t *len) {
    TwIntView a;
    tw_bigint_view(av, &a);
    if (a.n == 0) {
        char *s = malloc(2);
        if (!s) {
            tw_error_nomem();
            return NULL;
        }
        s[0] = '0';
        s[1] = 0;
        *len = 1;
        return s;
    }
    uint64_t bits = tw_bigint_bit_length(av);
    if ((base & (base - 1)) == 0) {
        int bpd = __builtin_ctz((unsigned)base);
        size_t nd = (size_t)((bits + (uint64_t)bpd - 1) / (uint64_t)bpd);
        char *s = malloc(nd + 1);
        if (!s) {
            tw_error_nomem();
            return NULL;
        }
        for (size_t i = 0; i < nd; i++) {
            uint64_t chunk = mag_bits64(&a, (uint64_t)i * (uint64_t)bpd);
            s[nd - 1 - i] = DIGIT_CHARS[chunk & (uint64_t)(base - 1)];
        }
        s[nd] = 0;
        *len = nd;
        return s;
    }
    // General base: peel off chunks of base^k that fit a digit, least significant first.
    uint32_t chunk_base = (uint32_t)base;
    int chunk_digits = 1;
    while ((uint64_t)chunk_base * (uint64_t)base <= 0xFFFFFFFFu) {
        chunk_base *= (uint32_t)base;
        chunk_digits++;
    }
    double per_bit = log(2.0) / log((double)base);
    size_t cap = (size_t)((double)bits * per_bit) + (size_t)chunk_digits + 2;
    char *s = malloc(cap + 1);
    uint32_t *work = scratch((size_t)a.n);
    if (!s || !work) {
        free(s);
        free(work);
        if (!tw_error_occurred()) {
            tw_error_nomem();
        }
        return NULL;
    }
    memcpy(work, a.d, (size_t)a.n * sizeof(uint32_t));
    int64_t n = a.n;
    size_t pos = cap;
    while (n > 0) {
        uint32_t rem = mag_divrem1(work, work, n, chunk_base);
        n = mag_len(work, n);
        for (int k = 0; k < chunk_digits; k++) {
            if (n == 0 && rem == 0) {
                break;
            }
            s[--pos] = DIGIT_CHARS[rem % (uint32_t)base];
            rem /= (uint32_t)base;
        }
    }
    free(work);
    size_t nd = cap - pos;
    memmove(s, s + pos, nd);
    s[nd] = 0;
    *len = nd;
    return s;
}

static int digit_value(char c) {
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

TwValue tw_bigint_parse_digits(const char *s, size_t n, int base) {
    if (n <= 12 || (base <= 16 && n <= 11)) {
        int64_t v = 0;
        for (size_t i = 0; i < n; i++) {
            v = v * base + digit_value(s[i]);
        }
        return tw_int_from_i64(v);
    }
    if ((base & (base - 1)) == 0) {
        int bpd = __builtin_ctz((unsigned)base);
        int64_t nd = (int64_t)(((uint64_t)n * (uint64_t)bpd + 31) / 32) + 1;
        TwBigInt *r = big_new(nd);
        if (!r) {
            return TW_NULL;
        }
        uint64_t bitpos = 0;
        for (size_t i = n; i-- > 0;) {
            uint64_t v = (uint64_t)digit_value(s[i]);
            r->digits[bitpos / 32] |= (uint32_t)(v << (bitpos % 32));
            if (bitpos % 32 + (uint64_t)bpd > 32) {
                r->digits[bitpos / 32 + 1] |= (uint32_t)(v >> (32 - bitpos % 32));
            }
            bitpos += (uint64_t)bpd;
        }
        return big_finish(r, nd, 1);
    }
    uint32_t chunk_base = (uint32_t)base;
    int chunk_digits = 1;
    while ((uint64_t)chunk_base * (uint64_t)base <= 0xFFFFFFFFu) {
        chunk_base *= (uint32_t)base;
        chunk_digits++;
    }
    double bits_per_digit = log((double)base) / log(2.0);
    int64_t cap = (int64_t)((double)n * bits_per_digit / 32.0) + 2;
    TwBigInt *r = big_new(cap);
    if (!r) {
        return TW_NULL;
    }
    int64_t used = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t chunk = 0, mult = 1;
        for (int k = 0; k < chunk_digits && i < n; k++, i++) {
            chunk = chunk * (uint32_t)base + (uint32_t)digit_value(s[i]);
            mult *= (uint32_t)base;
        }
        // r = r * mult + chunk
        uint64_t carry = chunk;
        for (int64_t j = 0; j < used; j++) {
            carry += (uint64_t)r->digits[j] * mult;
            r->digits[j] = (uint32_t)carry;
            carry >>= 32;
        }
        if (carry) {
            r->digits[used++] = (uint32_t)carry;
        }
    }
    return big_finish(r, used, 1);
}
