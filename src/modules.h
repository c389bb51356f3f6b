// The built-in modules written in C (math, cmath, time, gc, errno, posix, _random, ...; sys and the others have
// their own headers) and the record types they share: struct sequences (CPython's
// structseq: sys.version_info, time.struct_time) and simple namespaces (sys.implementation).
#ifndef TW_MODULES_H
#define TW_MODULES_H

#include "obj.h"

// ---- registration: each adds its module to the C module registry (import.c) ----
void tw_math_init(void);      // mod_math.c (+ mod_math_int.c)
extern const TwMethodDef tw_math_int_functions[];   // mod_math_int.c: factorial, comb, gcd, ...
void tw_cmath_init(void);     // mod_cmath.c
void tw_time_init(void);      // mod_time.c (+ mod_time_strptime.c)
// mod_time_strptime.c: parse `string` (str) by `format` (str) as CPython's _strptime, with
// the time zone names `tzname` (a 2-tuple of str) and `daylight`; the 11 struct_time fields
// (tm_zone and tm_gmtoff None unless %Z / %z matched) go to out.
int tw_time_strptime(TwValue string, TwValue format, TwValue tzname, bool daylight, TwValue out[11]) TW_RAISES;
void tw_gcmod_init(void);     // mod_gc.c
void tw_errno_init(void);     // mod_errno.c
void tw_posix_init(void);     // mod_posix.c (+ mod_posix_dir.c; private header mod_posix.h)
void tw_pwd_init(void);       // mod_pwd.c
void tw_random_init(void);    // mod_random.c: _random (the Mersenne Twister)
void tw_sha512_init(void);    // mod_sha512.c: _sha512
void tw_operator_init(void);  // mod_operator.c: _operator (lib/operator.py adds the dunder names)
void tw_functools_init(void); // mod_functools.c: _functools (lib/functools.py builds on it)
void tw_itertools_init(void); // mod_itertools.c (+ mod_itertools2.c)
void tw_struct_init(void);    // mod_struct.c: _struct (lib/struct.py re-exports it)
void tw_array_init(void);     // mod_array.c
void tw_bisect_init(void);    // mod_bisect.c: _bisect and _heapq
// The bytes of a bytes-like object (bytes, bytearray, array.array) for struct and array:
// 0 with data/size/writable set, or -1 (no exception set) for other objects (mod_struct.c).
int tw_buffer_view(TwValue v, uint8_t **data, size_t *size, bool *writable);
// The item buffer of an array.array (mod_array.c); false if v is not one.
bool tw_array_buffer(TwValue v, uint8_t **data, size_t *size);
// SHA-512 of n bytes at data into out (mod_sha512.c).
void tw_sha512(const void *data, size_t n, uint8_t out[64]);
void tw_json_init(void);      // mod_json.c: _json, behind lib/json
void tw_re_init(void);        // mod_re.c (+ re_parse.c, re_compile.c, re_exec.c): _re, behind lib/re.py
void tw_io_init(void);        // mod_io.c: _io, behind lib/io.py

// ---- _io (mod_io.c) ----
// The abstract bases of the io hierarchy (_io._IOBase, _RawIOBase, _BufferedIOBase,
// _TextIOBase) that the file types of obj_file.c derive from; tw_io_init_bases sets them up
// (idempotent; tw_file_init calls it first).
extern TwType tw_type_io_base, tw_type_io_rawbase, tw_type_io_bufferedbase, tw_type_io_textbase;
extern TwType tw_type_stringio, tw_type_bytesio;
void tw_io_init_bases(void);
void tw_stringio_setup(void);   // StringIO and BytesIO (idempotent)
// Write the str `str` to the StringIO `self` (print's fast path); -1 on error.
int tw_stringio_write(TwValue self, TwValue str) TW_RAISES;
// obj_file.c: its file types, 0 TextIOWrapper, 1 BufferedReader, 2 BufferedWriter, 3 BufferedRandom.
TwType *tw_file_type(int i);

// ---- struct sequences (structseq.c) ----
// A tuple subclass with named fields: the first n_in_sequence are the tuple's items
// (len, indexing, iteration, repr "name(field=value, ...)"), the rest are reachable only as
// attributes (struct_time's tm_zone and tm_gmtoff). Every named field is a read-only
// attribute; a NULL name makes a visible field unnamed (os.stat_result's integer times).
typedef struct TwStructSeqType {
    TwType type;
    const char *const *fields;   // n_fields names
    int n_in_sequence, n_fields;
    bool constructible;          // type(seq[, dict]) allowed (time.struct_time), else TypeError
    // Called by type(seq[, dict]) on the n_fields values before the instance is made:
    // fills the fields left None (os.stat_result's float times from the int ones). NULL: none.
    void (*fill_defaults)(TwValue *values);
} TwStructSeqType;
// Set up a static struct sequence type once at startup. name is the dotted CPython name
// ("sys.version_info"), which the repr shows and which sets __module__.
void tw_structseq_init_type(TwStructSeqType *t, const char *name, const char *const *fields, int n_in_sequence,
                            int n_fields, bool constructible);
// A new instance holding the t->n_fields values of `values` (copied).
TwValue tw_structseq_new(TwStructSeqType *t, const TwValue *values) TW_RAISES;
// Field i of the struct sequence v (i < n_fields, attribute-only fields included).
TwValue tw_structseq_get(TwValue v, int i);

// ---- simple namespaces (structseq.c): types.SimpleNamespace ----
extern TwType tw_type_namespace;
// A namespace whose attributes are the str keys of the dict `attrs` (copied), or empty.
TwValue tw_namespace_new(TwValue attrs) TW_RAISES;
void tw_structseq_setup(void);   // the namespace type; call before any module init

#endif
