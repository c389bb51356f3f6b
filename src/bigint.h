// Internals shared by the number files (bigint.c, obj_int.c, obj_float.c, float_fmt.c,
// obj_complex.c). Not part of the public API: other areas use the tw_int_* / tw_float_*
// functions of obj.h.
//
// "Exact int" below means a small int or a TwBigInt of type int (never a bool or an
// instance of an int subclass): tw_int_value() turns any int-like value into one.
#ifndef TW_BIGINT_H
#define TW_BIGINT_H

#include "obj.h"

// A read-only sign+magnitude view of an exact int, without allocation for small ints.
// d points into the TwBigInt or into buf, so a view must not be copied by value.
typedef struct TwIntView {
    int sign;              // -1, 0 or 1
    int32_t n;             // digits in d (0 for zero)
    const uint32_t *d;     // least significant first
    uint32_t buf[2];
} TwIntView;

void tw_bigint_view(TwValue v, TwIntView *out);
// Make an int from a magnitude (copied) and a sign; normalised (small if it fits).
TwValue tw_bigint_from_mag(const uint32_t *d, int64_t n, int sign) TW_RAISES;

// Arithmetic on exact ints (the slow paths of tw_int_binop; small operands work too).
TwValue tw_bigint_add(TwValue a, TwValue b, bool subtract) TW_RAISES;
TwValue tw_bigint_mul(TwValue a, TwValue b) TW_RAISES;
// Floor division and modulo; b must be non-zero. q or r may be NULL.
int tw_bigint_divmod(TwValue a, TwValue b, TwValue *q, TwValue *r) TW_RAISES;
TwValue tw_bigint_truediv(TwValue a, TwValue b) TW_RAISES;   // b non-zero; a correctly rounded float
TwValue tw_bigint_pow(TwValue a, TwValue b) TW_RAISES;       // b >= 0
TwValue tw_bigint_powmod(TwValue a, TwValue b, TwValue m) TW_RAISES;   // b >= 0, m > 0
TwValue tw_bigint_shift(TwValue a, uint64_t n, bool left) TW_RAISES;
TwValue tw_bigint_bitop(int op, TwValue a, TwValue b) TW_RAISES;   // TW_OP_AND/OR/XOR
TwValue tw_bigint_neg(TwValue a) TW_RAISES;
TwValue tw_bigint_abs(TwValue a) TW_RAISES;
int tw_bigint_cmp(TwValue a, TwValue b);
uint64_t tw_bigint_bit_length(TwValue a);
uint64_t tw_bigint_bit_count(TwValue a);
// Correctly rounded conversion; returns -1 (no exception set) if the result overflows.
int tw_bigint_to_double(TwValue a, double *out);
TwValue tw_bigint_from_double(double d) TW_RAISES;            // d finite; truncates
int64_t tw_bigint_hash(TwValue a);
// Digits of |a| in base 2..36 (lowercase, no sign, no prefix), malloc'd and NUL-terminated.
char *tw_bigint_to_digits(TwValue a, int base, size_t *len) TW_RAISES;
// Parse n digit characters (validated, no underscores) in base 2..36: a non-negative int.
TwValue tw_bigint_parse_digits(const char *s, size_t n, int base) TW_RAISES;
// Modular inverse of a mod m (m > 1); TW_NULL with ValueError if not invertible.
TwValue tw_bigint_invmod(TwValue a, TwValue m) TW_RAISES;

// Int-level helpers from obj_int.c used by the other number files.
void tw_int_strip_space(const char **s, size_t *n);   // strip Python whitespace both ends
// Non-ASCII text with Unicode decimal digits and spaces mapped to ASCII (others to '?'):
// a malloc'd copy, or NULL when s is all ASCII (or on allocation failure).
char *tw_int_ascii_text(const char *s, size_t n, size_t *outn);

// ---- number formatting (float_fmt.c) ----
// A parsed format spec: [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
typedef struct TwNumSpec {
    uint32_t fill;         // code point
    char align;            // '<' '>' '^' '=' or 0
    char sign;             // '+' '-' ' ' or 0
    bool no_neg_zero;      // 'z'
    bool alternate;        // '#'
    bool zero_pad;         // the '0' flag before the width
    int64_t width;         // -1 if absent
    char grouping;         // ',' '_' or 0
    int64_t precision;     // -1 if absent
    char type;             // 0 if absent
} TwNumSpec;
// Parse spec (a str) for an object of type `tname`; raises ValueError like CPython.
int tw_float_fmt_parse_spec(TwValue spec, const char *tname, TwNumSpec *out) TW_RAISES;
// Pad/align a formatted number. sign: "" "-" "+" " "; prefix e.g. "0x"; body the digits
// (grouping not yet applied to its integer part when `group` is set).
TwValue tw_float_fmt_finish(const TwNumSpec *spec, const char *sign, const char *prefix,
                            const char *body, size_t body_len, int group_width) TW_RAISES;
// Shortest round-trip digits of |d| (finite, non-zero): digits into buf (no dot), returns
// their count and the decimal point position (value = 0.DIGITS * 10^decpt).
int tw_float_fmt_shortest(double d, char *buf, int *decpt);
// Format d as CPython's float formatting does for type e/f/g/r ('r' = repr), precision,
// with flags: alternate ('#'), add_dot_0 (ensure '.0' in fixed output), upper.
// Writes sign-less text for |d| into a malloc'd buffer; returns it (NULL + MemoryError).
char *tw_float_fmt_body(double d, char type, int precision, bool alternate, bool add_dot_0);
// Format a finite or special double with a full format spec (float.__format__ logic);
// tname is the type name for error messages.
TwValue tw_float_fmt_spec(double d, const TwNumSpec *spec, const char *tname) TW_RAISES;

// ---- floats (obj_float.c) ----
TwValue tw_float_pow(double a, double b) TW_RAISES;
TwValue tw_float_from_int_value(TwValue v) TW_RAISES;   // int-like -> float value

// ---- complex (obj_complex.c) ----
TwValue tw_complex_pow_values(double ar, double ai, double br, double bi) TW_RAISES;

#endif
