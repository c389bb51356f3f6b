// Values and objects: the representation every part of twinpy shares.
//
// A TwValue is one 64-bit word. Its top 16 bits say what it holds:
//
//   0x0000 xxxx xxxx xxxx   pointer to a heap object (TwObject *); the word 0 is "no value"
//                           (TW_NULL), used for "not found", "unbound" and "an error is set".
//   0x0002 .. 0xFFFA        a double, stored as its IEEE bits plus 2^49 (TW_FLOAT_OFFSET).
//                           All NaNs are folded into one canonical NaN first, so no double
//                           lands in the pointer or int ranges.
//   0xFFFF xxxx xxxx xxxx   a small int: 48-bit two's complement in the low bits.
//
// Pointers cost nothing to box (the word is the pointer), floats cost an add, small ints a
// shift. Ints that do not fit 48 bits are heap TwBigInt objects; every int operation
// produces whichever form fits, so Python code never sees the difference.
// None, True, False, NotImplemented and Ellipsis are static heap objects, compared by
// identity (TW_NONE, TW_TRUE, ...).
//
// Errors: a function that can fail returns TW_NULL (or -1 for int results) with the
// exception stored in the thread state (see "Errors" below). Declarations marked TW_RAISES
// follow that rule; the others cannot fail.
#ifndef TW_OBJ_H
#define TW_OBJ_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "config.h"

#define TW_RAISES   // marks a function that returns TW_NULL / -1 with an exception set

typedef uint64_t TwValue;
typedef struct TwType TwType;
typedef struct TwObject TwObject;

#define TW_NULL ((TwValue)0)
#define TW_FLOAT_OFFSET ((uint64_t)1 << 49)
#define TW_INT_TAG ((uint64_t)0xFFFF000000000000ull)
#define TW_SMALL_INT_MAX (((int64_t)1 << 47) - 1)
#define TW_SMALL_INT_MIN (-((int64_t)1 << 47))

// ---- value accessors: the only sanctioned way to look inside a TwValue ----

static inline bool tw_is_ptr(TwValue v) { return (v >> 48) == 0; }
static inline bool tw_is_int(TwValue v) { return v >= TW_INT_TAG; }   // small int only
static inline bool tw_is_float(TwValue v) { return (v >> 48) != 0 && v < TW_INT_TAG; }

static inline TwObject *tw_as_obj(TwValue v) { return (TwObject *)(uintptr_t)v; }
static inline TwValue tw_from_obj(const void *p) { return (TwValue)(uintptr_t)p; }
#define TW_OBJ(v, T) ((T *)(uintptr_t)(v))   // cast a pointer value to a struct type

static inline int64_t tw_as_int(TwValue v) { return (int64_t)(v << 16) >> 16; }
static inline bool tw_int_fits_small(int64_t i) { return i >= TW_SMALL_INT_MIN && i <= TW_SMALL_INT_MAX; }
// Box an int64 known to fit in 48 bits (use tw_int_from_i64 for any int64).
static inline TwValue tw_from_small_int(int64_t i) { return TW_INT_TAG | ((uint64_t)i & 0x0000FFFFFFFFFFFFull); }

static inline double tw_as_float(TwValue v) {
    uint64_t bits = v - TW_FLOAT_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
static inline TwValue tw_from_float(double d) {
    uint64_t bits;
    if (d != d) {
        bits = 0x7FF8000000000000ull;   // canonical NaN
    } else {
        memcpy(&bits, &d, sizeof bits);
    }
    return bits + TW_FLOAT_OFFSET;
}

// ---- heap objects ----

// Every heap object starts with this header. GC mark bits live in the allocator's page
// metadata, so the header is one word.
struct TwObject {
    TwType *type;
};

typedef TwValue (*TwCFunc)(int argc, TwValue *argv, TwValue kwnames);

// A type's C hooks. Builtin types may set them; heap types (classes made by `class`)
// inherit only trace/finalize and layout, and reach everything else through their dict,
// so an override in a subclass always wins. The operator protocol (__add__, __len__, ...)
// is looked up by name in the MRO, for builtins and classes alike (see abstract.c).
struct TwType {
    TwObject hdr;
    const char *c_name;        // name for builtin types ("int"); heap types use `name`
    TwValue name;              // str: __name__
    TwValue qualname;          // str: __qualname__
    struct TwDict *dict;       // __dict__: methods, descriptors, class attributes
    TwValue bases;             // tuple of types
    TwValue mro;               // tuple of types, self first
    TwType *base;              // the first base: the one whose layout we extend
    uint32_t basic_size;       // bytes of an instance, header included
    uint32_t dict_offset;      // offset of the instance's TwDict * field, or 0 if none
    uint32_t flags;            // TW_TYPE_* below
    uint32_t version;          // bumped when this type's dict or MRO changes (caches)
    TwValue slot_names;        // tuple of names from __slots__, or TW_NULL
    // GC: mark every TwValue / TwObject * the object holds (tw_gc_mark_*). NULL: nothing.
    void (*trace)(TwObject *self);
    // Called once when the object is freed: release malloc'd buffers, close files.
    void (*finalize)(TwObject *self);
    // Fast call of instances (functions, builtins, bound methods, types). NULL: __call__.
    TwValue (*call)(TwValue self, int argc, TwValue *argv, TwValue kwnames);
    // Fast iteration: next item, or TW_NULL with no error set when exhausted.
    TwValue (*iternext)(TwValue self);
    // The buffer interface (buffer.h) of exporters of raw bytes (bytes, bytearray,
    // memoryview); NULL otherwise. Heap subclasses reach their builtin base's.
    const struct TwBufferProcs *as_buffer;
};

enum {
    TW_TYPE_HEAP = 1 << 0,          // created by a class statement or type(...)
    TW_TYPE_BASETYPE = 1 << 1,      // may be subclassed
    TW_TYPE_EXCEPTION = 1 << 2,     // BaseException or a subclass
    TW_TYPE_INT_SUB = 1 << 3,       // int or subclass (bool)
    TW_TYPE_STR_SUB = 1 << 4,
    TW_TYPE_TUPLE_SUB = 1 << 5,
    TW_TYPE_LIST_SUB = 1 << 6,
    TW_TYPE_DICT_SUB = 1 << 7,
    TW_TYPE_TYPE_SUB = 1 << 8,      // a metaclass
    TW_TYPE_HAS_GETATTR = 1 << 9,   // defines __getattr__ somewhere in the MRO
    TW_TYPE_CUSTOM_GETATTRIBUTE = 1 << 10,  // __getattribute__ is not object's
    TW_TYPE_CUSTOM_SETATTR = 1 << 11,       // __setattr__/__delattr__ is not object's
    TW_TYPE_ABSTRACT = 1 << 12,     // has __abstractmethods__
    // For the match statement (CPython's Py_TPFLAGS_SEQUENCE / _MAPPING / _Py_TPFLAGS_MATCH_SELF),
    // inherited by subclasses: instances match sequence patterns (list, tuple, range) or
    // mapping patterns (dict, mappingproxy); a class pattern C(x) of a MATCH_SELF type
    // without __match_args__ (int, str, list, ...) matches x against the subject itself.
    TW_TYPE_SEQUENCE = 1 << 13,
    TW_TYPE_MAPPING = 1 << 14,
    TW_TYPE_MATCH_SELF = 1 << 15,
    TW_TYPE_SEQ_REPEAT = 1 << 16,   // a builtin sequence that `*` repeats (list, str, ...)
};
// The flags a type takes from its bases.
#define TW_TYPE_INHERITED_FLAGS                                                              \
    (TW_TYPE_EXCEPTION | TW_TYPE_INT_SUB | TW_TYPE_STR_SUB | TW_TYPE_TUPLE_SUB | TW_TYPE_LIST_SUB | \
     TW_TYPE_DICT_SUB | TW_TYPE_TYPE_SUB | TW_TYPE_SEQUENCE | TW_TYPE_MAPPING | TW_TYPE_MATCH_SELF | \
     TW_TYPE_SEQ_REPEAT)

// The type of any value: floats and small ints have no header.
extern TwType tw_type_int, tw_type_float;
static inline TwType *tw_type_of(TwValue v) {
    if (tw_is_ptr(v)) {
        return tw_as_obj(v)->type;
    }
    return tw_is_int(v) ? &tw_type_int : &tw_type_float;
}
static inline bool tw_is_type(TwValue v, const TwType *t) { return tw_is_ptr(v) && v && tw_as_obj(v)->type == t; }
// isinstance against a builtin type (walks the MRO).
bool tw_isinstance_type(TwValue v, const TwType *t);
bool tw_type_is_subtype(const TwType *sub, const TwType *t);

// ---- singletons ----
extern TwObject tw_none_obj, tw_true_obj, tw_false_obj, tw_notimpl_obj, tw_ellipsis_obj;
#define TW_NONE tw_from_obj(&tw_none_obj)
#define TW_TRUE tw_from_obj(&tw_true_obj)
#define TW_FALSE tw_from_obj(&tw_false_obj)
#define TW_NOTIMPL tw_from_obj(&tw_notimpl_obj)
#define TW_ELLIPSIS tw_from_obj(&tw_ellipsis_obj)
static inline TwValue tw_bool(bool b) { return b ? TW_TRUE : TW_FALSE; }

// ---- builtin types (defined in the obj_*.c file that implements each) ----
extern TwType tw_type_type, tw_type_object, tw_type_none, tw_type_bool, tw_type_notimpl,
    tw_type_ellipsis, tw_type_complex, tw_type_str, tw_type_bytes,
    tw_type_bytearray, tw_type_tuple, tw_type_list, tw_type_dict, tw_type_set,
    tw_type_frozenset, tw_type_range, tw_type_slice, tw_type_function, tw_type_builtin,
    tw_type_method, tw_type_code, tw_type_cell, tw_type_module, tw_type_generator,
    tw_type_property, tw_type_classmethod, tw_type_staticmethod, tw_type_super,
    tw_type_traceback, tw_type_frame, tw_type_member_descr, tw_type_getset_descr;

// ================================================================ ints (obj_int.c)
// Small ints are unboxed; bigger ones are TwBigInt (type tw_type_int too, so
// tw_type_of() is int for both). bool is a subclass whose two instances are
// tw_true_obj/tw_false_obj; tw_int_* functions accept bools as 0/1.

typedef struct TwBigInt {
    TwObject hdr;
    int32_t size;        // number of digits, negative for negative numbers; never 0
    uint32_t digits[];   // magnitude, least significant first, base 2^32
} TwBigInt;

bool tw_is_intlike(TwValue v);                 // int, bigint, bool, or an int subclass instance
TwValue tw_int_from_i64(int64_t i) TW_RAISES;  // small or big as needed
TwValue tw_int_from_u64(uint64_t u) TW_RAISES;
TwValue tw_int_from_double(double d) TW_RAISES;   // truncates; OverflowError for inf, ValueError for nan
// Convert to int64; returns false (no exception) if the value does not fit or is not an int.
bool tw_int_to_i64(TwValue v, int64_t *out);
// Like tw_int_to_i64 but raises OverflowError/TypeError ("... cannot be interpreted as an integer").
int tw_int_as_i64(TwValue v, int64_t *out) TW_RAISES;
// Value as a Py_ssize_t index: accepts __index__; raises IndexError-style OverflowError.
// operator.index(v): an exact int, via __index__ for other types (CPython's TypeErrors).
TwValue tw_index(TwValue v) TW_RAISES;
int tw_index_as_ssize(TwValue v, int64_t *out) TW_RAISES;
double tw_int_to_double(TwValue v) TW_RAISES;  // OverflowError "int too large to convert to float"
TwValue tw_int_parse(const char *s, size_t len, int base) TW_RAISES;  // int(str, base) rules
TwValue tw_int_to_str(TwValue v, int base) TW_RAISES;                   // base 2,8,10,16 no prefix
// Arithmetic on two int values (small, big or bool); op is a TwBinOp.
TwValue tw_int_binop(int op, TwValue a, TwValue b) TW_RAISES;
int tw_int_compare(TwValue a, TwValue b);     // -1, 0, 1
TwValue tw_int_neg(TwValue v) TW_RAISES;
TwValue tw_int_invert(TwValue v) TW_RAISES;
bool tw_int_is_zero(TwValue v);
int tw_int_sign(TwValue v);
int64_t tw_int_hash(TwValue v);
TwValue tw_int_format(TwValue v, TwValue spec) TW_RAISES;   // int.__format__
// Instances of int subclasses (class X(int)) hold their value as a plain int;
// tw_type_int.basic_size is sizeof(TwIntSub), so a subclass's own fields follow it.
typedef struct TwIntSub { TwObject hdr; TwValue value; } TwIntSub;
TwValue tw_int_value(TwValue v);      // any int-like value (bool, subclass) -> plain int value
extern int64_t tw_int_max_str_digits; // sys.set_int_max_str_digits(); 0 = unlimited
// Exact comparison of an int-like value with a double (big ints too): -1, 0, 1, or 2 when
// d is NaN (unordered). For int/float fast paths of comparisons.
int tw_int_compare_double(TwValue i, double d);

// ================================================================ floats (obj_float.c)
TwValue tw_float_repr(double d) TW_RAISES;                   // shortest round-trip, as CPython
TwValue tw_float_format(double d, TwValue spec) TW_RAISES;   // float.__format__
TwValue tw_float_binop(int op, double a, double b) TW_RAISES;
int64_t tw_float_hash(double d);
TwValue tw_float_parse(const char *s, size_t len) TW_RAISES; // float(str) rules
// Convert a number (int or float, or object with __float__/__index__) to a C double.
int tw_number_as_double(TwValue v, double *out) TW_RAISES;
// Instances of float subclasses; tw_type_float.basic_size is sizeof(TwFloatSub).
typedef struct TwFloatSub { TwObject hdr; double value; } TwFloatSub;
bool tw_is_floatlike(TwValue v);      // float or float subclass instance
double tw_float_value(TwValue v);     // the double of a float-like value

// ================================================================ complex (obj_complex.c)
typedef struct TwComplex {
    TwObject hdr;
    double real, imag;
} TwComplex;
TwValue tw_complex_new(double real, double imag) TW_RAISES;

// ================================================================ str (obj_str.c)
// UTF-8 internally, NUL-terminated; `length` counts code points, `size` bytes.
// ASCII strings (size == length) index in O(1); others walk (with a cached cursor).
typedef struct TwStr {
    TwObject hdr;
    int64_t hash;        // -1 until computed
    size_t size;         // bytes, excluding the NUL
    size_t length;       // code points
    uint8_t interned;
    char *data;          // the text: inline_data, or after a subclass instance's own fields
    char inline_data[];
} TwStr;

static inline const char *tw_str_data(TwValue s) { return TW_OBJ(s, TwStr)->data; }
static inline size_t tw_str_size(TwValue s) { return TW_OBJ(s, TwStr)->size; }
static inline size_t tw_str_length(TwValue s) { return TW_OBJ(s, TwStr)->length; }
static inline bool tw_is_str(TwValue v) { return tw_is_ptr(v) && v && (tw_as_obj(v)->type == &tw_type_str); }

TwValue tw_str_new(const char *utf8, size_t size) TW_RAISES;   // copies; input must be valid UTF-8
TwValue tw_str_from_c(const char *cstr) TW_RAISES;
TwValue tw_str_intern(TwValue s);            // the canonical copy of an equal string
TwValue tw_str_intern_c(const char *cstr);   // interned str from a C string (aborts on OOM)
TwValue tw_str_find_interned(TwValue s);     // the interned string equal to s, or TW_NULL
// printf-like formatting into a new str. Extensions: %R repr(value), %S str(value),
// %T type name of value, %A the same but "None" for None (CPython's bad-argument messages:
// "f() argument must be str, not None"), %U a str value as is, %V a TwValue int; plus %s %d
// %i %u %ld %lld %zd %zu %c (code point) %x %p %%.
TwValue tw_str_fmt(const char *fmt, ...) TW_RAISES;
TwValue tw_str_vfmt(const char *fmt, va_list ap) TW_RAISES;
TwValue tw_str_concat(TwValue a, TwValue b) TW_RAISES;
bool tw_str_eq(TwValue a, TwValue b);        // both str
bool tw_str_eq_c(TwValue s, const char *cstr);
int64_t tw_str_hash(TwValue s);
TwValue tw_str_repr(TwValue s) TW_RAISES;    // repr() with CPython's quote choice and escapes
TwValue tw_str_format_spec(TwValue s, TwValue spec) TW_RAISES;   // str.__format__
TwValue tw_str_percent_format(TwValue fmt, TwValue args) TW_RAISES;  // fmt % args
TwValue tw_str_from_codepoint(uint32_t cp) TW_RAISES;

// The format-spec mini-language (format.c): [[fill]align][sign][z][#][0][width][grouping]
// [.precision][type]. Absent fields: align/sign/grouping/type 0, width/precision -1.
typedef struct TwFormatSpec {
    uint32_t fill;       // code point; ' ' by default ('0' when the 0 flag set it)
    char align;          // '<' '>' '=' '^' or 0
    char sign;           // '+' '-' ' ' or 0
    bool no_neg_zero;    // 'z'
    bool alternate;      // '#'
    bool zero_pad;       // '0' before the width (fill '0', align '=' unless given)
    char grouping;       // ',' '_' or 0
    int64_t width;       // -1 when absent
    int64_t precision;   // -1 when absent
    uint32_t type;       // presentation type code point, or 0
} TwFormatSpec;
// Parse `spec` (a str) for formatting `obj` (named in the error messages, e.g. "Invalid
// format specifier 'x' for object of type 'int'"). Returns 0, or -1 with ValueError set.
int tw_format_spec_parse(TwValue spec, TwFormatSpec *out, TwValue obj) TW_RAISES;
// Pad a formatted body (str) to spec->width with spec's fill and alignment
// (default_align when the spec gives none).
TwValue tw_format_pad(TwValue body, const TwFormatSpec *spec, char default_align) TW_RAISES;
// For numbers: prefix (sign and "0x"-style prefix, C string) then digits (ASCII C string,
// grouping already applied); '=' alignment pads between them. Default alignment '>'.
TwValue tw_format_pad_number(const char *prefix, const char *digits, const TwFormatSpec *spec) TW_RAISES;
// Insert `sep` every 3 digits (every 4 for bases 2/8/16 with '_') into the ASCII digit run
// `digits` (no sign); min_width counts for the '0' flag's zero padding. Returns malloc'd C string.
char *tw_format_group_digits(const char *digits, size_t n, char sep, int every, int64_t min_width);

// Growable UTF-8 buffer for building strings in C (malloc'd, not GC'd).
typedef struct TwBuf {
    char *data;
    size_t size, cap;
} TwBuf;
void tw_buf_init(TwBuf *b);
int tw_buf_append(TwBuf *b, const char *s, size_t n) TW_RAISES;   // MemoryError on failure
int tw_buf_append_c(TwBuf *b, const char *s) TW_RAISES;
int tw_buf_append_str(TwBuf *b, TwValue s) TW_RAISES;            // a str value
int tw_buf_append_codepoint(TwBuf *b, uint32_t cp) TW_RAISES;
int tw_buf_printf(TwBuf *b, const char *fmt, ...) TW_RAISES;     // C printf semantics
TwValue tw_buf_to_str(TwBuf *b) TW_RAISES;   // makes a str and frees the buffer
void tw_buf_free(TwBuf *b);

// ================================================================ bytes, bytearray (obj_bytes.c)
typedef struct TwBytes {
    TwObject hdr;
    int64_t hash;
    size_t size;
    uint8_t *data;       // NUL-terminated; inline_data, or after a subclass's own fields
    uint8_t inline_data[];
} TwBytes;
typedef struct TwByteArray {
    TwObject hdr;
    size_t size, cap;
    uint8_t *data;       // malloc'd
    size_t exports;      // memoryviews (and other holders) of data: no resizing while > 0
} TwByteArray;
TwValue tw_bytes_new(const void *data, size_t size) TW_RAISES;
TwValue tw_bytearray_new(const void *data, size_t size) TW_RAISES;

// ================================================================ tuple (obj_tuple.c)
typedef struct TwTuple {
    TwObject hdr;
    int64_t hash;        // -1 until computed (only cached when all items are hashable)
    size_t size;
    // Points at inline_items for exact tuples; instances of tuple subclasses keep their
    // __dict__/__slots__ fields at the usual fixed offsets and the items after them.
    TwValue *items;
    TwValue inline_items[];
} TwTuple;
static inline size_t tw_tuple_size(TwValue t) { return TW_OBJ(t, TwTuple)->size; }
static inline TwValue *tw_tuple_items(TwValue t) { return TW_OBJ(t, TwTuple)->items; }
TwValue tw_tuple_new(size_t n) TW_RAISES;                     // items start as None
TwValue tw_tuple_from(size_t n, const TwValue *items) TW_RAISES;
TwValue tw_tuple_pack(int n, ...) TW_RAISES;                  // n TwValue arguments
extern TwValue tw_empty_tuple;
TwValue tw_tuple_from_iterable(TwValue iterable) TW_RAISES;   // tuple(iterable); a tuple as is
int64_t tw_tuple_hash(TwValue t) TW_RAISES;                   // hash(t), as CPython 3.11
TwValue tw_tuple_getitem(TwValue t, TwValue key) TW_RAISES;   // t[key]: int, __index__ or slice
// For reprs of containers that may contain themselves: 1 if v's repr is already in
// progress (print "[...]"), 0 after registering v (call tw_repr_leave(v) when done), -1 error.
int tw_repr_enter(TwValue v) TW_RAISES;
void tw_repr_leave(TwValue v);

// ================================================================ list (obj_list.c)
typedef struct TwList {
    TwObject hdr;
    size_t size, cap;
    TwValue *items;      // malloc'd
} TwList;
static inline size_t tw_list_size(TwValue l) { return TW_OBJ(l, TwList)->size; }
static inline TwValue *tw_list_items(TwValue l) { return TW_OBJ(l, TwList)->items; }
TwValue tw_list_new(size_t cap) TW_RAISES;                    // empty, with capacity
TwValue tw_list_from(size_t n, const TwValue *items) TW_RAISES;
TwValue tw_list_to_tuple(TwValue list) TW_RAISES;   // tuple(list)
int tw_list_append(TwValue list, TwValue v) TW_RAISES;
int tw_list_extend(TwValue list, TwValue iterable) TW_RAISES;
TwValue tw_list_from_iterable(TwValue iterable) TW_RAISES;    // list(iterable)
int tw_list_sort(TwValue list, TwValue key, bool reverse) TW_RAISES;   // stable; key may be TW_NULL

// ================================================================ dict (obj_dict.c)
// Insertion-ordered hash table (compact entries + index table, like CPython 3.6+).
typedef struct TwDictEntry {
    int64_t hash;
    TwValue key;         // TW_NULL: deleted entry
    TwValue value;
} TwDictEntry;
typedef struct TwDict {
    TwObject hdr;
    size_t used;         // live entries
    size_t nentries;     // entries slots used, including deleted
    size_t entries_cap;
    size_t index_cap;    // power of 2
    TwDictEntry *entries;
    int32_t *index;      // -1 empty, -2 deleted, else entry number
    uint32_t version;    // bumped on every mutation (iteration checks, caches)
} TwDict;
TwValue tw_dict_new(void) TW_RAISES;
// Lookup: 1 found (*out set), 0 missing, -1 error (from __hash__/__eq__).
int tw_dict_lookup(TwValue d, TwValue key, TwValue *out) TW_RAISES;
// Lookup with a str key: never raises; TW_NULL when missing.
TwValue tw_dict_get_str(TwValue d, TwValue str_key);
TwValue tw_dict_get_c(TwValue d, const char *key);            // convenience, str key from C
int tw_dict_set(TwValue d, TwValue key, TwValue value) TW_RAISES;
int tw_dict_set_c(TwValue d, const char *key, TwValue value) TW_RAISES;
// Delete: 1 deleted, 0 missing (no error set), -1 error.
int tw_dict_del(TwValue d, TwValue key) TW_RAISES;
// Iterate: start *pos at 0; returns false at the end.
bool tw_dict_next(TwValue d, size_t *pos, TwValue *key, TwValue *value);
int tw_dict_update(TwValue d, TwValue other) TW_RAISES;       // dict.update(mapping or pairs)
int tw_dict_update_mapping(TwValue d, TwValue other) TW_RAISES;   // {**other}: keys() and []
TwValue tw_dict_copy(TwValue d) TW_RAISES;
static inline size_t tw_dict_size(TwValue d) { return TW_OBJ(d, TwDict)->used; }

// ================================================================ set, frozenset (obj_set.c)
// Open addressing laid out as CPython's setobject.c, so that iteration order matches it.
typedef struct TwSetEntry {
    int64_t hash;
    TwValue key;         // TW_NULL empty; a private marker for a deleted slot (dummy)
} TwSetEntry;
typedef struct TwSet {
    TwObject hdr;
    int64_t hash;        // frozenset only, -1 until computed
    size_t used;         // live keys
    size_t fill;         // live keys + dummies
    size_t mask;         // slots - 1 (8 slots at least); the table is allocated on first add
    TwSetEntry *table;
    size_t finger;       // where set.pop() resumes its scan
} TwSet;
TwValue tw_set_new(TwType *type) TW_RAISES;                   // &tw_type_set or &tw_type_frozenset
int tw_set_add(TwValue s, TwValue key) TW_RAISES;
int tw_set_contains(TwValue s, TwValue key) TW_RAISES;        // 1, 0, -1
int tw_set_update(TwValue s, TwValue iterable) TW_RAISES;
int tw_set_discard(TwValue s, TwValue key) TW_RAISES;        // 1 removed, 0 absent, -1 error
bool tw_set_next(TwValue s, size_t *pos, TwValue *key);
// The key stored in set s that equals key (hash known to work), or TW_NULL when absent or
// on an error (cleared): for the compiler's comparison of constant frozensets.
TwValue tw_set_find(TwValue s, TwValue key);
static inline size_t tw_set_size(TwValue s) { return TW_OBJ(s, TwSet)->used; }

// ================================================================ iterators (obj_iter.c)
// Iterator over anything with __getitem__ (index 0, 1, ... until IndexError/StopIteration).
TwValue tw_seqiter_new(TwValue seq) TW_RAISES;
// iter(callable, sentinel): TypeError "iter(v, w): v must be callable" if it is not.
TwValue tw_calliter_new(TwValue callable, TwValue sentinel) TW_RAISES;
// The iterator builtins (classes in builtins).
extern TwType tw_type_enumerate, tw_type_zip, tw_type_map, tw_type_filter, tw_type_reversed;

// ================================================================ range, slice (obj_range.c)
typedef struct TwRange {
    TwObject hdr;
    TwValue start, stop, step;   // ints (small or big)
    TwValue length;
} TwRange;
typedef struct TwSlice {
    TwObject hdr;
    TwValue start, stop, step;   // any values; None when omitted
} TwSlice;
TwValue tw_slice_new(TwValue start, TwValue stop, TwValue step) TW_RAISES;
// Resolve a slice against a sequence length, as PySlice_GetIndicesEx; returns the slice
// length or -1 on error.
int64_t tw_slice_indices(TwValue slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step) TW_RAISES;

// ================================================================ functions and code (obj_func.c)
// The compiler's output. Instructions are 32-bit words: opcode in the low 8 bits,
// argument in the high 24 (see opcodes.def).
typedef struct TwPosition {
    int32_t line, end_line;      // 1-based (0: a module's RESUME); -1 = none (artificial)
    int32_t col, end_col;        // 0-based UTF-8 byte offsets, as CPython; -1 = unknown
} TwPosition;
typedef struct TwExcEntry {
    uint32_t start, end;         // instruction range [start, end)
    uint32_t handler;            // instruction index of the handler
    uint16_t depth;              // stack depth to unwind to
    uint16_t push_lasti;         // push the raising instruction's index before the exception
} TwExcEntry;
enum {
    TW_CO_OPTIMIZED = 0x1, TW_CO_NEWLOCALS = 0x2, TW_CO_VARARGS = 0x4, TW_CO_VARKEYWORDS = 0x8,
    TW_CO_NESTED = 0x10, TW_CO_GENERATOR = 0x20, TW_CO_NOFREE = 0x40, TW_CO_COROUTINE = 0x80,
    TW_CO_ITERABLE_COROUTINE = 0x100, TW_CO_ASYNC_GENERATOR = 0x200,
};
typedef struct TwCode {
    TwObject hdr;
    uint32_t *code;              // malloc'd instructions
    TwPosition *positions;       // malloc'd, one per instruction
    TwExcEntry *exc_table;       // malloc'd, sorted by start; innermost entries first
    uint32_t ncode, nexc;
    uint32_t first_traceable;    // index of the first RESUME: tracing starts there
    uint32_t frame_words;        // a frame's size in TwValue words (tw_frame_size)
    bool plain_args;             // positional parameters only, no free variables: a call
                                 // with exactly argcount positional arguments just copies them
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t nlocals;             // len(varnames): arguments first
    int32_t ncells, nfree;       // len(cellvars), len(freevars)
    int32_t stacksize;
    int32_t flags;               // TW_CO_*
    int32_t firstlineno;
    int32_t *cell2arg;           // per cellvar: index of the argument it starts from, or -1 (or NULL)
    TwValue consts;              // tuple
    TwValue names;               // tuple of str: globals, attributes, imports
    TwValue varnames;            // tuple of str: arguments then locals
    TwValue cellvars;            // tuple of str
    TwValue freevars;            // tuple of str
    TwValue name, qualname, filename;   // str
    TwValue source;              // bytes: the source text, for tracebacks (tw_source_line), or TW_NULL
    void *vm_cache;              // owned by the VM (inline caches); freed by finalize
    uint32_t call_filter_epoch;  // trace.c: the call filter's verdict on this code is valid
    bool call_filter_selected;   //   while this equals its epoch
} TwCode;

typedef struct TwFunction {
    TwObject hdr;
    TwCode *code;
    TwValue globals;             // dict
    TwValue builtins;            // dict
    TwValue name, qualname;      // str
    TwValue module;              // __module__ (usually str)
    TwValue doc;
    TwValue defaults;            // tuple or TW_NULL
    TwValue kwdefaults;          // dict or TW_NULL
    TwValue closure;             // tuple of cells or TW_NULL
    TwValue annotations;         // dict or TW_NULL
    TwValue dict;                // function attributes (dict) or TW_NULL
} TwFunction;

typedef struct TwCell {
    TwObject hdr;
    TwValue value;               // TW_NULL when empty
} TwCell;

typedef struct TwBoundMethod {
    TwObject hdr;
    TwValue func;
    TwValue self;
} TwBoundMethod;

// A function written in C. With TW_BUILTIN_METHOD it is a method of `owner`: argv[0] is
// self, checked against owner before the call.
enum { TW_BUILTIN_METHOD = 1, TW_BUILTIN_KEYWORDS = 2, TW_BUILTIN_CLASSMETHOD = 4, TW_BUILTIN_STATIC = 8 };
typedef struct TwBuiltin {
    TwObject hdr;
    const char *name;
    TwCFunc fn;
    int16_t min_args, max_args;  // counting self for methods; max -1 = unlimited
    uint16_t flags;              // TW_BUILTIN_*; without KEYWORDS, keyword arguments are refused
    TwType *owner;               // for methods
    TwValue self;                // bound self (module functions: TW_NULL)
    TwValue module;              // __module__ name or TW_NULL
} TwBuiltin;

// A table entry for defining builtin functions and methods.
typedef struct TwMethodDef {
    const char *name;
    TwCFunc fn;
    int16_t min_args, max_args;
    uint16_t flags;
} TwMethodDef;
// A computed attribute written in C (property-like): get may not be NULL; set NULL = read-only.
typedef struct TwGetSetDef {
    const char *name;
    TwValue (*get)(TwValue self);
    int (*set)(TwValue self, TwValue value);   // value TW_NULL: delete
    bool member;   // a read-only member in CPython: assigning says "readonly attribute"
} TwGetSetDef;

TwValue tw_builtin_new(const char *name, TwCFunc fn, int min_args, int max_args, int flags) TW_RAISES;
// Add methods / getsets to a builtin type's dict (at startup).
void tw_type_add_methods(TwType *t, const TwMethodDef *defs);
void tw_type_add_getsets(TwType *t, const TwGetSetDef *defs);
TwValue tw_method_new(TwValue func, TwValue self) TW_RAISES;
TwValue tw_cell_new(TwValue v) TW_RAISES;

// Argument helpers for C functions. Raise TypeError with CPython's wording when argc is
// outside [min, max] ("f() takes exactly one argument (2 given)" etc.).
int tw_check_args(const char *fname, int argc, int min, int max) TW_RAISES;
int tw_check_no_kwargs(const char *fname, TwValue kwnames) TW_RAISES;
// The checks of a CPython METH_VARARGS function parsing with PyArg_ParseTuple, for builtins
// registered with TW_BUILTIN_KEYWORDS and max -1: "gmtime() takes no keyword arguments",
// "gmtime() takes at most 1 argument (2 given)", "... exactly 1 argument", "... at least".
int tw_check_args_varargs(const char *fname, int argc, TwValue kwnames, int min, int max) TW_RAISES;
// Map positional and keyword arguments onto `names` (nnames of them): out[i] is the value
// or TW_NULL when absent. The first `npos_only` names cannot be passed by keyword; names
// from index `nkw_only_from` on cannot be passed positionally. Raises TypeError for
// unknown, duplicate or too many arguments, and for missing ones among the first
// `nrequired`.
int tw_parse_args(const char *fname, int argc, TwValue *argv, TwValue kwnames,
                  const char *const *names, int nnames, int npos_only, int nkw_only_from,
                  int nrequired, TwValue *out) TW_RAISES;

// ================================================================ files (obj_file.c)
// A text file object on an open file descriptor (sys.stdin/stdout/stderr); mode "r"/"w".
TwValue tw_file_new_std(int fd, const char *mode, const char *name) TW_RAISES;
// Write a str to a file object (fast path of print); -1 on error.
int tw_file_write_str(TwValue file, TwValue str) TW_RAISES;
// Flush a file object if it has buffered output; -1 on error.
int tw_file_flush(TwValue file) TW_RAISES;
// The builtin open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
// closefd=True, opener=None).
TwValue tw_file_open(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
// Set up the file types (idempotent; tw_builtins_init and tw_file_new_std call it).
void tw_file_init(void);
// Is v one of the builtin file objects (open() results, the std streams)?
bool tw_file_is_builtin(TwValue v);

// ================================================================ modules (import.c)
typedef struct TwModule {
    TwObject hdr;
    TwValue dict;
    TwValue name;
} TwModule;
TwValue tw_module_new(TwValue name) TW_RAISES;
// Register a module implemented in C: `init` fills the module dict.
typedef int (*TwModuleInit)(TwValue module);
void tw_module_register(const char *name, TwModuleInit init);
// sys.builtin_module_names: a sorted tuple of builtins, sys and every registered C module.
TwValue tw_module_builtin_names(void) TW_RAISES;
// Add builtin functions (module functions: no TW_BUILTIN_METHOD) to a module's dict, with
// __module__ set to the module's name (so errors say "math.sqrt() takes ...").
int tw_module_add_functions(TwValue module, const TwMethodDef *defs) TW_RAISES;
TwValue tw_import(TwValue name, TwValue globals, TwValue fromlist, int level) TW_RAISES;
TwValue tw_import_c(const char *name) TW_RAISES;

// Generic aliases and unions (obj_generic.c; the objects live in lib/_generic_alias.py).
// tw_generic_alias(list, int) is list[int]; tw_generic_class_getitem is the body of the
// builtin types' __class_getitem__ classmethods (argv: cls, item); tw_generic_type_or/ror
// are type.__or__/__ror__ (argv: self, other), making int | None.
TwValue tw_generic_alias(TwValue origin, TwValue item) TW_RAISES;
TwValue tw_generic_class_getitem(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
TwValue tw_generic_type_or(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
TwValue tw_generic_type_ror(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
// `from module import name` (IMPORT_FROM): the attribute, else the submodule
// sys.modules["<module>.<name>"], else ImportError "cannot import name ...".
TwValue tw_import_from(TwValue module, TwValue name) TW_RAISES;
// `from module import *` into the dict `locals` (honours __all__, skips _names).
int tw_import_star(TwValue module, TwValue locals) TW_RAISES;

// ================================================================ classes (obj_type.c)
typedef struct TwInstance {      // instance of a heap type extending object
    TwObject hdr;
    TwValue dict;                // TW_NULL until first attribute set, or when __slots__ has no __dict__
    TwValue slots[];             // __slots__ values, TW_NULL = unset
} TwInstance;
typedef struct TwProperty { TwObject hdr; TwValue fget, fset, fdel, doc; } TwProperty;
typedef struct TwWrapped { TwObject hdr; TwValue func; TwValue dict; } TwWrapped;  // classmethod, staticmethod
typedef struct TwSuper { TwObject hdr; TwType *type; TwValue obj; TwType *obj_type; } TwSuper;
typedef struct TwMemberDescr { TwObject hdr; TwType *owner; TwValue name; uint32_t offset; } TwMemberDescr;
typedef struct TwGetSetDescr { TwObject hdr; TwType *owner; const TwGetSetDef *def; } TwGetSetDescr;

// Look a name up along t's MRO (no descriptors applied); TW_NULL when absent. Never raises.
TwValue tw_type_lookup(TwType *t, TwValue name);
// type(name, bases, dict) with metaclass `meta`: the class statement's end.
TwValue tw_type_new_class(TwType *meta, TwValue name, TwValue bases, TwValue dict, TwValue kwnames_kwargs) TW_RAISES;
// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds): the class statement.
TwValue tw_build_class(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
// Finish a builtin type at startup: name, bases (base or object), MRO, dict. A dotted name
// ("_io.TextIOWrapper", CPython's tp_name) sets __module__; messages show the whole name.
void tw_type_init_builtin(TwType *t, const char *name, TwType *base);
TwValue tw_type_name(TwType *t);     // __name__ as str
const char *tw_type_cname(TwType *t);   // __name__ as C string

// ================================================================ exceptions (obj_exc.c)
typedef struct TwException {
    TwObject hdr;
    TwValue dict;                // attributes (also errno, filename, value, code, ...)
    TwValue args;                // tuple
    TwValue traceback;           // TwTraceback or TW_NULL (None to Python)
    TwValue cause, context;      // or TW_NULL
    bool suppress_context;
} TwException;
typedef struct TwTraceback {
    TwObject hdr;
    TwValue next;                // TwTraceback or TW_NULL
    TwValue frame;               // frame object if one was materialised, else TW_NULL
    TwCode *code;
    uint32_t instr;              // index of the instruction that raised
    int32_t lineno;
} TwTraceback;

// The exception hierarchy, one row each: exceptions.def.
#define TW_EXC(name, base) extern TwType tw_type_##name;
#include "exceptions.def"
#undef TW_EXC
extern TwType tw_type_UnsupportedOperation;   // io.UnsupportedOperation(OSError, ValueError)

// Raising: set the thread's current exception and return TW_NULL, so C code can write
// `return tw_error(&tw_type_ValueError, "bad %s", what);`. fmt follows tw_str_fmt.
TwValue tw_error(TwType *type, const char *fmt, ...) TW_RAISES;
TwValue tw_error_value(TwType *type, TwValue arg) TW_RAISES;   // exception with one arg (any value)
TwValue tw_error_nomem(void) TW_RAISES;                        // MemoryError (preallocated)
TwValue tw_raise(TwValue exc) TW_RAISES;       // exc: instance (or class, instantiated)
bool tw_error_occurred(void);
bool tw_error_matches(TwType *type);           // current exception isinstance of type
TwValue tw_error_fetch(void);                  // take the current exception (TW_NULL if none)
void tw_error_restore(TwValue exc);            // make exc current again
void tw_error_clear(void);
// New exception instance of `type` with args tuple (does not raise).
TwValue tw_exc_new(TwType *type, TwValue args) TW_RAISES;
// Print "Traceback (most recent call last): ..." and the exception, as CPython 3.11,
// to stderr (chained exceptions included).
void tw_exc_print(TwValue exc);
// Add a traceback entry for (code, instr) at the HEAD of exc's traceback chain (the VM
// calls it for each frame an exception leaves or is raised in, innermost first, so the
// chain reads outermost -> innermost, as CPython's tb_next does).
int tw_exc_add_traceback(TwValue exc, TwCode *code, uint32_t instr, TwValue frame) TW_RAISES;
// BaseExceptionGroup(msg, excs) (an ExceptionGroup when every item is an Exception);
// msg a str, excs a sequence of exceptions.
TwValue tw_exc_group_new(TwValue msg, TwValue excs) TW_RAISES;
// The part of group eg whose leaves are leaves of the exceptions in the list `keep` (by
// identity), with eg's structure and metadata (derive() at each level, as split() does),
// or None when nothing is kept. For except*'s re-raise.
TwValue tw_exc_group_project(TwValue eg, TwValue keep) TW_RAISES;
// The SyntaxError / IndentationError raised by the front end. line/end_line 1-based;
// col/end_col are 1-based *character* offsets as in SyntaxError.offset/end_offset (0 if
// unknown); source_line is the text of the offending line (str) or TW_NULL.
TwValue tw_syntax_error(TwType *type, TwValue filename, int line, int col, int end_line,
                        int end_col, TwValue source_line, const char *fmt, ...) TW_RAISES;
// Give the pending AttributeError its .name and .obj (obj may be TW_NULL), or the pending
// NameError its .name, as CPython does for failed lookups: call right after raising it.
void tw_error_set_name_obj(TwValue name, TwValue obj);

// ================================================================ the object protocol (abstract.c)
// The generic operations the VM and C code use on any value. Each has fast paths for the
// builtin types and otherwise calls the dunder found on the type.
typedef enum TwBinOp {
    TW_OP_ADD, TW_OP_AND, TW_OP_FLOORDIV, TW_OP_LSHIFT, TW_OP_MATMUL, TW_OP_MUL,
    TW_OP_MOD, TW_OP_OR, TW_OP_POW, TW_OP_RSHIFT, TW_OP_SUB, TW_OP_TRUEDIV, TW_OP_XOR,
    TW_OP_INPLACE = 13,          // TW_OP_INPLACE + op: the augmented form (+= ...)
    TW_OP_COUNT = 26
} TwBinOp;
typedef enum TwCmpOp { TW_CMP_LT, TW_CMP_LE, TW_CMP_EQ, TW_CMP_NE, TW_CMP_GT, TW_CMP_GE } TwCmpOp;

TwValue tw_binop(int op, TwValue a, TwValue b) TW_RAISES;       // op: TwBinOp (inplace too)
TwValue tw_compare(int op, TwValue a, TwValue b) TW_RAISES;     // rich comparison result
int tw_compare_bool(int op, TwValue a, TwValue b) TW_RAISES;    // 1, 0, -1
int tw_eq(TwValue a, TwValue b) TW_RAISES;                      // identity first; 1, 0, -1
TwValue tw_neg(TwValue v) TW_RAISES;
TwValue tw_pos(TwValue v) TW_RAISES;
TwValue tw_invert(TwValue v) TW_RAISES;
int tw_truthy(TwValue v) TW_RAISES;                             // 1, 0, -1
int64_t tw_hash(TwValue v) TW_RAISES;                           // -1 on error (never a real hash)
TwValue tw_repr(TwValue v) TW_RAISES;                           // str; guards recursion
TwValue tw_str(TwValue v) TW_RAISES;
TwValue tw_format(TwValue v, TwValue spec) TW_RAISES;           // format(v, spec)
TwValue tw_ascii(TwValue v) TW_RAISES;
int64_t tw_len(TwValue v) TW_RAISES;                            // -1 on error
TwValue tw_getitem(TwValue o, TwValue key) TW_RAISES;
int tw_setitem(TwValue o, TwValue key, TwValue v) TW_RAISES;
int tw_delitem(TwValue o, TwValue key) TW_RAISES;
int tw_contains(TwValue container, TwValue item) TW_RAISES;     // 1, 0, -1
TwValue tw_iter(TwValue o) TW_RAISES;
// Next item of an iterator; TW_NULL at the end with no error set, or with an error.
TwValue tw_next(TwValue it) TW_RAISES;
TwValue tw_getattr(TwValue o, TwValue name) TW_RAISES;          // name: str
TwValue tw_getattr_c(TwValue o, const char *name) TW_RAISES;
// Like getattr but TW_NULL with no error set when the attribute is missing (AttributeError).
TwValue tw_getattr_opt(TwValue o, TwValue name) TW_RAISES;
int tw_setattr(TwValue o, TwValue name, TwValue v) TW_RAISES;   // v TW_NULL: delete
// For calls of obj.name(...): *self_out is obj when the result is an unbound function to be
// called with obj prepended, else TW_NULL and the result is the bound attribute.
TwValue tw_getmethod(TwValue o, TwValue name, TwValue *self_out) TW_RAISES;
// The generic attribute algorithm of object (descriptors, instance dict, __getattr__ not
// included): what object.__getattribute__ does.
TwValue tw_object_getattr(TwValue o, TwValue name, bool suppress) TW_RAISES;
int tw_object_setattr(TwValue o, TwValue name, TwValue v) TW_RAISES;
// Call anything: argv holds positional then keyword values; kwnames a tuple of str or TW_NULL.
TwValue tw_call(TwValue f, int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
TwValue tw_call0(TwValue f) TW_RAISES;
TwValue tw_call1(TwValue f, TwValue a) TW_RAISES;
TwValue tw_call2(TwValue f, TwValue a, TwValue b) TW_RAISES;
// Call obj.name(args...) with argc args (not counting obj).
TwValue tw_call_method(TwValue o, TwValue name, int argc, TwValue *argv) TW_RAISES;
// Look up a special method on type(o) (not the instance) and call it; *found=false
// (no error) when the type has no such method.
TwValue tw_call_special(TwValue o, TwValue name, int argc, TwValue *argv, bool *found) TW_RAISES;
TwValue tw_call_args_tuple(TwValue f, TwValue args, TwValue kwargs) TW_RAISES;   // f(*args, **kwargs)
bool tw_callable(TwValue v);
int tw_isinstance(TwValue o, TwValue cls) TW_RAISES;            // cls may be a tuple; __instancecheck__
int tw_issubclass(TwValue c, TwValue cls) TW_RAISES;
// Materialise an iterable into a C array view: a tuple or list is used as is, anything else
// is converted to a new tuple. *items valid while the returned value is alive.
TwValue tw_sequence_fast(TwValue iterable, size_t *n, TwValue **items) TW_RAISES;

// ================================================================ names (names.c)
// Interned strings for identifiers the C code uses: TW_NAME(__init__).
enum {
#define NAME(id) TW_NAME_##id,
#include "names.def"
#undef NAME
    TW_NAME_COUNT_
};
extern TwValue tw_names[TW_NAME_COUNT_];
#define TW_NAME(id) (tw_names[TW_NAME_##id])

#endif
