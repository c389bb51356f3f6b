// Private interface of the text area: str (obj_str*.c), bytes/bytearray (obj_bytes.c),
// formatting (format.c) and the Unicode character database (unicode_db.c). Other parts of
// the interpreter use the public API in obj.h; this header is for the files above, which
// share UTF-8 helpers, allocation of strings of known size, and character classification.
#ifndef TW_TEXT_H
#define TW_TEXT_H

#include "obj.h"

// ---- UTF-8 ----

// Bytes in the UTF-8 sequence that starts with lead byte b (1 for continuation bytes too,
// so a walk always advances).
static inline int tw_utf8_seqlen(uint8_t b) {
    if (b < 0xC0) {
        return 1;
    }
    if (b < 0xE0) {
        return 2;
    }
    return b < 0xF0 ? 3 : 4;
}

// Decode the code point at p (valid UTF-8, as every str holds); *n gets its byte length.
static inline uint32_t tw_utf8_decode(const char *s, int *n) {
    const uint8_t *p = (const uint8_t *)s;
    uint8_t b = p[0];
    if (b < 0x80) {
        *n = 1;
        return b;
    }
    if (b < 0xE0) {
        *n = 2;
        return ((uint32_t)(b & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (b < 0xF0) {
        *n = 3;
        return ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

// Encode cp (surrogates allowed, as Python strs may hold them) into out; returns bytes.
static inline int tw_utf8_encode(uint32_t cp, char *out) {
    uint8_t *o = (uint8_t *)out;
    if (cp < 0x80) {
        o[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (uint8_t)(0xC0 | (cp >> 6));
        o[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (cp >> 12));
        o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (cp >> 18));
    o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

static inline int tw_utf8_cplen(uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Number of code points in n bytes of valid UTF-8.
size_t tw_utf8_count(const char *s, size_t n);
// Check that s[0..n) is UTF-8 as Python strs hold it (surrogates allowed when
// allow_surrogates); returns the byte offset of the first bad byte, or n if all good.
size_t tw_utf8_check(const char *s, size_t n, bool allow_surrogates);

// ---- str internals (obj_str.c) ----

// A new str with room for `size` bytes (NUL added) and the given code point count; the
// caller fills data. Returns NULL with MemoryError set on failure.
TwStr *tw_str_alloc(size_t size, size_t length) TW_RAISES;
// Like tw_str_new when the length in code points is already known.
TwValue tw_str_new_len(const char *utf8, size_t size, size_t length) TW_RAISES;
// A str object is being created at address p: drop the indexing cursor cached for it.
void tw_str_forget_cursor(const void *p);
// Byte offset of code point index i (0 <= i <= length) in s.
size_t tw_str_offset(TwValue s, size_t i);
// The one-character str for code point cp < 256 (cached, never fails after init).
TwValue tw_str_char(uint32_t cp);
extern TwValue tw_str_empty;
// A str value (exact or subclass): does it hold a TwStr layout?
static inline bool tw_is_strlike(TwValue v) {
    return tw_is_ptr(v) && v && (tw_as_obj(v)->type->flags & TW_TYPE_STR_SUB);
}
// siphash-1-3 with a zero key, as CPython with PYTHONHASHSEED=0, over a byte string.
uint64_t tw_siphash13(const void *data, size_t n);
int64_t tw_bytes_hash_raw(const void *data, size_t n);
// Buffer a TwValue str in a TwBuf as is; buffer reserve.
int tw_buf_reserve(TwBuf *b, size_t extra) TW_RAISES;
// Make a str from a TwBuf whose code point count is known (frees the buffer).
TwValue tw_buf_to_str_len(TwBuf *b, size_t length) TW_RAISES;
// repr() of a str into a buffer; ascii_only escapes every non-ASCII code point (ascii()).
int tw_str_repr_buf(TwBuf *b, TwValue s, bool ascii_only) TW_RAISES;
// ascii() of any value's repr text.
TwValue tw_str_ascii_escape(TwValue repr) TW_RAISES;

// Byte-level search used by str and bytes: first/last occurrence offset or -1; count of
// non-overlapping occurrences (at most maxcount, -1 for all).
int64_t tw_text_find(const char *hay, size_t n, const char *needle, size_t m);
int64_t tw_text_rfind(const char *hay, size_t n, const char *needle, size_t m);
int64_t tw_text_count(const char *hay, size_t n, const char *needle, size_t m, int64_t maxcount);
// Let other's reflected dunder (rname) handle `self OP other`; TW_NOTIMPL if it has none
// or it returned NotImplemented (the caller then raises its own TypeError).
TwValue tw_text_try_reflected(TwValue self, TwValue other, TwValue rname) TW_RAISES;
// A str subclass instance of cls with the text of s (s itself when cls is str).
TwValue tw_str_new_subclass(TwType *cls, TwValue s) TW_RAISES;
// sep.join(iterable).
TwValue tw_str_join(TwValue sep, TwValue iterable) TW_RAISES;
extern TwType tw_type_str_iterator, tw_type_str_ascii_iterator;
// str.isidentifier(): XID_Start (or _) then XID_Continue code points.
bool tw_str_isidentifier(TwValue s);

// Method tables and init pieces spread over the str files.
void tw_str_methods_init(void);    // obj_str_methods.c
void tw_str_methods2_init(void);   // obj_str_methods2.c

// ---- codecs (obj_str_codec.c) ----
// str.encode(encoding, errors) / bytes.decode(encoding, errors); NULL names mean defaults.
TwValue tw_str_encode(TwValue s, const char *encoding, const char *errors) TW_RAISES;
TwValue tw_bytes_decode(const uint8_t *data, size_t n, const char *encoding, const char *errors) TW_RAISES;

// ---- bytes internals (obj_bytes.c) ----
// Data pointer and size of a bytes or bytearray (or subclass); false if neither.
bool tw_bytes_view(TwValue v, const uint8_t **data, size_t *size);
// bytes % args and bytearray % args.
TwValue tw_bytes_percent_format(TwValue fmt, TwValue args) TW_RAISES;
// bytes(x) conversion of an object with the buffer or iterable protocol.
TwValue tw_bytes_from_object(TwValue v) TW_RAISES;
// A new bytes, or bytearray when self is a bytearray, holding data[0..n).
TwValue tw_bytes_like(TwValue self, const void *data, size_t n) TW_RAISES;
// b'...' repr of raw bytes into a buffer.
int tw_bytes_repr_buf(TwBuf *b, const uint8_t *d, size_t n) TW_RAISES;
void tw_bytes_methods_init(void);   // obj_bytes_methods.c

// ---- format.c ----
// Format a str (already converted) with a spec: align, fill, width, precision.
TwValue tw_format_str_with_spec(TwValue s, const TwFormatSpec *spec) TW_RAISES;
// str.format(*args, **kwargs): fmt is the format string.
TwValue tw_format_str_format(TwValue fmt, int argc, TwValue *args, TwValue kwnames,
                             TwValue mapping) TW_RAISES;

// ---- the Unicode database (unicode_db.c, generated by tools/gen_unicode_db.py) ----
enum {
    TW_UC_ALPHA = 1 << 0,
    TW_UC_DECIMAL = 1 << 1,
    TW_UC_DIGIT = 1 << 2,
    TW_UC_NUMERIC = 1 << 3,
    TW_UC_SPACE = 1 << 4,
    TW_UC_PRINTABLE = 1 << 5,
    TW_UC_LOWER = 1 << 6,
    TW_UC_UPPER = 1 << 7,
    TW_UC_TITLE = 1 << 8,
    TW_UC_CASED = 1 << 9,
    TW_UC_CASE_IGNORABLE = 1 << 10,
    TW_UC_XID_START = 1 << 11,
    TW_UC_XID_CONTINUE = 1 << 12,
    TW_UC_LINEBREAK = 1 << 13,
    TW_UC_EXTENDED_CASE = 1 << 14,
};
unsigned tw_unicode_flags(uint32_t cp);
static inline bool tw_unicode_is(uint32_t cp, unsigned flag) { return (tw_unicode_flags(cp) & flag) != 0; }
// Decimal digit value (0-9) or -1; digit value or -1.
int tw_unicode_decimal(uint32_t cp);
int tw_unicode_digit(uint32_t cp);
// Full case mappings: write up to 3 code points to out, return the count.
enum { TW_CASE_LOWER, TW_CASE_UPPER, TW_CASE_TITLE, TW_CASE_FOLD };
int tw_unicode_case(uint32_t cp, int which, uint32_t out[3]);
// The code point named `name` (n bytes, any case) as in "\N{...}", or -1 (unicode_names.c).
int tw_unicode_lookup_name(const char *name, size_t n);
// Simple one-to-one mapping (the first code point of the full mapping for 1:1 cases).
uint32_t tw_unicode_simple_case(uint32_t cp, int which);

#endif
