// The built-in modules written in C (math, cmath, time, gc, errno; sys and the others have
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
void tw_json_init(void);      // mod_json.c: _json, behind lib/json
void tw_re_init(void);        // mod_re.c (+ re_parse.c, re_compile.c, re_exec.c): _re, behind lib/re.py

// ---- struct sequences (structseq.c) ----
// A tuple subclass with named fields: the first n_in_sequence are the tuple's items
// (len, indexing, iteration, repr "name(field=value, ...)"), the rest are reachable only as
// attributes (struct_time's tm_zone and tm_gmtoff). Every field is a read-only attribute.
typedef struct TwStructSeqType {
    TwType type;
    const char *const *fields;   // n_fields names
    int n_in_sequence, n_fields;
    bool constructible;          // type(seq[, dict]) allowed (time.struct_time), else TypeError
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
