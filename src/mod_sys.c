// The sys module: interpreter state visible to Python (argv, path, modules, the standard
// streams, recursion limit, version information as struct sequences, the exception being
// handled, the display and except hooks), and the reporting of uncaught exceptions through
// sys.excepthook.
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "gc.h"
#include "modules.h"
#include "runtime.h"
#include "vm.h"

#define TW_VERSION "0.1.0"

TwSysOptions tw_sys_options;
static double switch_interval = 0.005;

static TwValue sys_exit(int argc, TwValue *argv, TwValue kwnames) {
    TwValue args = argc ? tw_tuple_pack(1, argv[0]) : tw_empty_tuple;
    if (!args) {
        return TW_NULL;
    }
    TwValue exc = tw_exc_new(&tw_type_SystemExit, args);
    return exc ? tw_raise(exc) : TW_NULL;
}

static TwValue sys_getrecursionlimit(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int(tw_ts.recursion_limit);
}

static TwValue sys_setrecursionlimit(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_is_float(argv[0])) {
        return tw_error(&tw_type_TypeError, "'float' object cannot be interpreted as an integer");
    }
    int64_t n;
    if (tw_int_as_i64(argv[0], &n) < 0) {
        return TW_NULL;
    }
    if (n < 1) {
        return tw_error(&tw_type_ValueError, "recursion limit must be greater or equal than 1");
    }
    if (n > 0x7fffffff) {
        return tw_error(&tw_type_OverflowError, "Python int too large to convert to C int");
    }
    if (n <= tw_ts.depth) {
        return tw_error(&tw_type_RecursionError,
                        "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                        (int)n, tw_ts.depth);
    }
    tw_ts.recursion_limit = (int)n;
    return TW_NONE;
}

static TwValue exc_triple(TwValue exc) {
    if (!exc) {
        return tw_tuple_pack(3, TW_NONE, TW_NONE, TW_NONE);
    }
    TwValue tb = TW_OBJ(exc, TwException)->traceback;
    return tw_tuple_pack(3, tw_from_obj(tw_type_of(exc)), exc, tb ? tb : TW_NONE);
}

static TwValue sys_exc_info(int argc, TwValue *argv, TwValue kwnames) {
    return exc_triple(tw_ts.handled);
}

static TwValue sys_exception(int argc, TwValue *argv, TwValue kwnames) {
    return tw_ts.handled ? tw_ts.handled : TW_NONE;
}

static TwValue sys_intern(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_is_str(argv[0])) {
        return tw_error(&tw_type_TypeError, "intern() argument must be str, not %A", argv[0]);
    }
    return tw_str_intern(argv[0]);
}

// Plausible sizes in CPython's terms (its object headers, 8-byte pointers); twinpy's own
// layout differs, so the numbers are estimates and not CPython's exact ones. Classes
// answer through __sizeof__, plus CPython's 16-byte GC header.
static TwValue sys_getsizeof(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"object", "default"};
    TwValue a[2];
    if (tw_parse_args("getsizeof", argc, argv, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue v = a[0];
    TwType *t = tw_type_of(v);
    int64_t size = -1;
    if (tw_is_float(v) || t == &tw_type_float) {
        size = 24;
    } else if (tw_is_int(v) || t == &tw_type_int || t == &tw_type_bool) {
        bool found;
        TwValue r = tw_call_special(v, tw_str_intern_c("__sizeof__"), 0, NULL, &found);
        if (!r || !tw_int_to_i64(r, &size)) {
            return TW_NULL;
        }
    } else if (t == &tw_type_str) {
        size = 49 + (int64_t)tw_str_size(v);
    } else if (t == &tw_type_bytes) {
        size = 33 + (int64_t)TW_OBJ(v, TwBytes)->size;
    } else if (t == &tw_type_list) {
        size = 56 + 8 * (int64_t)TW_OBJ(v, TwList)->cap;
    } else if (t == &tw_type_tuple) {
        size = 40 + 8 * (int64_t)tw_tuple_size(v);
    } else if (t == &tw_type_dict) {
        size_t n = TW_OBJ(v, TwDict)->entries_cap;
        size = n ? 88 + 24 * (int64_t)n : 64;
    } else if (t == &tw_type_set || t == &tw_type_frozenset) {
        size = 216 + (TW_OBJ(v, TwSet)->mask > 7 ? 16 * ((int64_t)TW_OBJ(v, TwSet)->mask + 1) : 0);
    } else if (v == TW_NONE) {
        size = 16;
    }
    if (size >= 0) {
        return tw_int_from_i64(size);
    }
    bool found = false;
    TwValue r = tw_call_special(v, tw_str_intern_c("__sizeof__"), 0, NULL, &found);
    if (!found || !r) {
        if (a[1] && (!found || tw_error_matches(&tw_type_TypeError))) {
            tw_error_clear();
            return a[1];
        }
        return found ? TW_NULL : tw_error(&tw_type_TypeError, "Type %s doesn't define __sizeof__", tw_type_cname(t));
    }
    if (!tw_is_intlike(r)) {
        return tw_error(&tw_type_TypeError, "an integer is required");
    }
    if (tw_int_sign(r) < 0) {
        return tw_error(&tw_type_ValueError, "__sizeof__() should return >= 0");
    }
    return (t->flags & TW_TYPE_HEAP) ? tw_binop(TW_OP_ADD, tw_int_value(r), tw_from_small_int(16)) : tw_int_value(r);
}

static TwValue sys_getfilesystemencoding(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_from_c("utf-8");
}

static TwValue sys_getfilesystemencodeerrors(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_from_c("surrogateescape");
}

static TwValue sys_get_int_max_str_digits(int argc, TwValue *argv, TwValue kwnames) {
    return tw_int_from_i64(tw_int_max_str_digits);
}

static TwValue sys_set_int_max_str_digits(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"maxdigits"};
    TwValue a[1];
    if (tw_parse_args("set_int_max_str_digits", argc, argv, kwnames, names, 1, 0, 1, 1, a) < 0) {
        return TW_NULL;
    }
    int64_t n;
    if (tw_is_floatlike(a[0])) {
        return tw_error(&tw_type_TypeError, "'%s' object cannot be interpreted as an integer", tw_type_cname(tw_type_of(a[0])));
    }
    if (tw_int_as_i64(a[0], &n) < 0) {
        return TW_NULL;
    }
    if (n != 0 && n < 640) {
        return tw_error(&tw_type_ValueError, "maxdigits must be 0 or larger than 640");
    }
    tw_int_max_str_digits = n;
    return TW_NONE;
}

static TwValue sys_getswitchinterval(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_float(switch_interval);
}

static TwValue sys_setswitchinterval(int argc, TwValue *argv, TwValue kwnames) {
    double d;
    if (tw_number_as_double(argv[0], &d) < 0) {
        return TW_NULL;
    }
    if (!(d > 0.0)) {
        return tw_error(&tw_type_ValueError, "switch interval must be strictly positive");
    }
    switch_interval = d;
    return TW_NONE;
}

static TwValue sys_is_finalizing(int argc, TwValue *argv, TwValue kwnames) {
    return TW_FALSE;
}

static TwValue sys_getdefaultencoding(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_from_c("utf-8");
}

static TwValue sys_displayhook(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = argv[0];
    if (v == TW_NONE) {
        return TW_NONE;
    }
    if (tw_dict_set(tw_interp.builtins, tw_str_intern_c("_"), TW_NONE) < 0) {
        return TW_NULL;
    }
    TwValue r = tw_repr(v);
    TwValue out = r ? tw_getattr(tw_interp.sys, TW_NAME(stdout)) : TW_NULL;
    if (!out) {
        return TW_NULL;
    }
    TwValue nl = tw_str_from_c("\n");
    if (!nl || !tw_call_method(out, TW_NAME(write), 1, &r) || !tw_call_method(out, TW_NAME(write), 1, &nl)) {
        return TW_NULL;
    }
    if (tw_dict_set(tw_interp.builtins, tw_str_intern_c("_"), v) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

// sys.excepthook(type, value, traceback): print the exception and its traceback to stderr.
static TwValue sys_excepthook(int argc, TwValue *argv, TwValue kwnames) {
    TwValue value = argv[1], tb = argv[2];
    if (!tw_isinstance_type(value, &tw_type_BaseException)) {
        TwValue err = tw_getattr_opt(tw_interp.sys, TW_NAME(stderr));
        TwValue msg = tw_str_fmt("TypeError: print_exception(): Exception expected for value, %s found\n",
                                 tw_type_cname(tw_type_of(value)));
        if (err && err != TW_NONE && msg) {
            return tw_call_method(err, TW_NAME(write), 1, &msg) ? TW_NONE : TW_NULL;
        }
        return tw_error_occurred() ? TW_NULL : TW_NONE;
    }
    TwException *e = TW_OBJ(value, TwException);
    if (!e->traceback && tw_is_type(tb, &tw_type_traceback)) {
        e->traceback = tb;
    }
    tw_exc_print(value);
    return TW_NONE;
}

static void write_stderr(const char *text) {
    TwValue err = tw_getattr_opt(tw_interp.sys, TW_NAME(stderr));
    TwValue s = tw_str_from_c(text);
    if (err && err != TW_NONE && s && tw_call_method(err, TW_NAME(write), 1, &s)) {
        tw_call_method(err, TW_NAME(flush), 0, NULL);
    }
    tw_error_clear();
}

int tw_sys_report_exception(TwValue exc) {
    TwValue hook = tw_dict_get_c(TW_OBJ(tw_interp.sys, TwModule)->dict, "excepthook");
    if (!hook) {
        write_stderr("sys.excepthook is missing\n");
        tw_exc_print(exc);
        return 0;
    }
    TwException *e = TW_OBJ(exc, TwException);
    TwValue args[3] = {tw_from_obj(tw_type_of(exc)), exc, e->traceback ? e->traceback : TW_NONE};
    if (tw_call(hook, 3, args, TW_NULL)) {
        return 0;
    }
    if (tw_error_matches(&tw_type_SystemExit)) {
        return -1;
    }
    TwValue hook_exc = tw_error_fetch();
    write_stderr("Error in sys.excepthook:\n");
    tw_exc_print(hook_exc);
    write_stderr("\nOriginal exception was:\n");
    tw_exc_print(exc);
    return 0;
}

static const TwMethodDef sys_functions[] = {
    {"exit", sys_exit, 0, 1, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1, 0},
    {"exc_info", sys_exc_info, 0, 0, 0},
    {"exception", sys_exception, 0, 0, 0},
    {"intern", sys_intern, 1, 1, 0},
    {"getsizeof", sys_getsizeof, 0, -1, TW_BUILTIN_KEYWORDS},
    {"getdefaultencoding", sys_getdefaultencoding, 0, 0, 0},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, 0, 0},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, 0, 0},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, 0, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, -1, TW_BUILTIN_KEYWORDS},
    {"getswitchinterval", sys_getswitchinterval, 0, 0, 0},
    {"setswitchinterval", sys_setswitchinterval, 1, 1, 0},
    {"is_finalizing", sys_is_finalizing, 0, 0, 0},
    {"displayhook", sys_displayhook, 1, 1, 0},
    {"excepthook", sys_excepthook, 3, 3, 0},
    {NULL},
};

static void set(TwValue dict, const char *name, TwValue v) {
    if (!v || tw_dict_set_c(dict, name, v) < 0) {
        fprintf(stderr, "twinpy: cannot initialise sys.%s\n", name);
        exit(1);
    }
}

// The directory of twinpy's own Python modules: <dir of the executable>/../lib.
static TwValue lib_dir(void) {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) {
        return TW_NULL;
    }
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash) {
        return TW_NULL;
    }
    *slash = 0;
    slash = strrchr(exe, '/');
    if (!slash) {
        return TW_NULL;
    }
    *slash = 0;
    return tw_str_fmt("%s/lib", exe);
}

// ---------------------------------------------------------------- version and limits

static TwStructSeqType version_info_type, flags_type, float_info_type, int_info_type, hash_info_type;

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
    "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
    "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
static const char *const float_info_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                                "dig", "mant_dig", "epsilon", "radix", "rounds"};
static const char *const int_info_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                              "str_digits_check_threshold"};
static const char *const hash_info_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                               "hash_bits", "seed_bits", "cutoff"};

#define NFIELDS(a) ((int)(sizeof a / sizeof a[0]))

static void init_types(void) {
    if (version_info_type.type.version) {
        return;
    }
    tw_structseq_init_type(&version_info_type, "sys.version_info", version_info_fields, NFIELDS(version_info_fields),
                           NFIELDS(version_info_fields), false);
    tw_structseq_init_type(&flags_type, "sys.flags", flags_fields, NFIELDS(flags_fields), NFIELDS(flags_fields),
                           false);
    tw_structseq_init_type(&float_info_type, "sys.float_info", float_info_fields, NFIELDS(float_info_fields),
                           NFIELDS(float_info_fields), true);
    tw_structseq_init_type(&int_info_type, "sys.int_info", int_info_fields, NFIELDS(int_info_fields),
                           NFIELDS(int_info_fields), true);
    tw_structseq_init_type(&hash_info_type, "sys.hash_info", hash_info_fields, NFIELDS(hash_info_fields),
                           NFIELDS(hash_info_fields), true);
}

static TwValue small(int64_t i) {
    return tw_from_small_int(i);
}

static TwValue make_version_info(int major, int minor, int micro, const char *level, int serial) {
    TwValue v[5] = {small(major), small(minor), small(micro), tw_str_intern_c(level), small(serial)};
    return tw_structseq_new(&version_info_type, v);
}

static TwValue make_flags(void) {
    const TwSysOptions *o = &tw_sys_options;
    TwValue v[18] = {
        small(0),                        // debug
        small(o->inspect),               // inspect
        small(o->inspect),               // interactive
        small(0),                        // optimize: __debug__ stays True, asserts run
        small(1),                        // dont_write_bytecode: twinpy writes none
        small(o->no_user_site || o->isolated),
        small(o->no_site),
        small(o->ignore_environment || o->isolated),
        small(0),                        // verbose
        small(0),                        // bytes_warning
        small(o->quiet),
        small(0),                        // hash_randomization: hashes are fixed (PYTHONHASHSEED=0)
        small(o->isolated),
        TW_FALSE,                        // dev_mode
        small(0),                        // utf8_mode
        small(0),                        // warn_default_encoding
        tw_bool(o->isolated),            // safe_path
        small(-1),                       // int_max_str_digits: not set on the command line
    };
    return tw_structseq_new(&flags_type, v);
}

static TwValue make_float_info(void) {
    TwValue v[11] = {tw_from_float(DBL_MAX), small(DBL_MAX_EXP), small(DBL_MAX_10_EXP), tw_from_float(DBL_MIN),
                     small(DBL_MIN_EXP), small(DBL_MIN_10_EXP), small(DBL_DIG), small(DBL_MANT_DIG),
                     tw_from_float(DBL_EPSILON), small(FLT_RADIX), small(FLT_ROUNDS)};
    return tw_structseq_new(&float_info_type, v);
}

static TwValue make_int_info(void) {
    // twinpy's big ints have 32-bit digits (bigint.c)
    TwValue v[4] = {small(32), small(4), small(4300), small(640)};
    return tw_structseq_new(&int_info_type, v);
}

static TwValue make_hash_info(void) {
    TwValue v[9] = {small(64), tw_int_from_i64(((int64_t)1 << 61) - 1), small(314159), small(0), small(1000003),
                    tw_str_intern_c("siphash13"), small(64), small(128), small(0)};
    return tw_structseq_new(&hash_info_type, v);
}

static TwValue make_implementation(void) {
    TwValue d = tw_dict_new();
    if (!d || tw_dict_set_c(d, "name", tw_str_intern_c("twinpy")) < 0 ||
        tw_dict_set_c(d, "cache_tag", TW_NONE) < 0 ||
        tw_dict_set_c(d, "version", make_version_info(0, 1, 0, "alpha", 0)) < 0 ||
        tw_dict_set_c(d, "hexversion", small(0x000100A0)) < 0) {
        return TW_NULL;
    }
    return tw_namespace_new(d);
}

// The real path of the running binary.
static TwValue executable_path(void) {
    char exe[PATH_MAX];
    if (!realpath("/proc/self/exe", exe)) {
        return tw_str_from_c("");
    }
    return tw_str_from_c(exe);
}

void tw_sys_init_late(void) {
    TwValue names = tw_module_builtin_names();
    if (!names || tw_dict_set_c(TW_OBJ(tw_interp.sys, TwModule)->dict, "builtin_module_names", names) < 0) {
        fprintf(stderr, "twinpy: cannot initialise sys.builtin_module_names\n");
        exit(1);
    }
}

void tw_sys_init(int argc, char **argv) {
    init_types();
    TwValue sys = tw_module_new(tw_str_intern_c("sys"));
    if (!sys) {
        fprintf(stderr, "twinpy: cannot create the sys module\n");
        exit(1);
    }
    tw_interp.sys = sys;
    TwValue d = TW_OBJ(sys, TwModule)->dict;
    if (!tw_interp.modules) {
        tw_interp.modules = tw_dict_new();
    }
    set(d, "modules", tw_interp.modules);
    set(tw_interp.modules, "sys", sys);
    if (tw_interp.builtins_module) {
        set(tw_interp.modules, "builtins", tw_interp.builtins_module);
    }
    for (const TwMethodDef *def = sys_functions; def->name; def++) {
        TwValue f = tw_builtin_new(def->name, def->fn, def->min_args, def->max_args, def->flags);
        if (f) {
            TW_OBJ(f, TwBuiltin)->module = tw_str_intern_c("sys");
        }
        set(d, def->name, f);
    }
    set(d, "__displayhook__", tw_dict_get_c(d, "displayhook"));
    set(d, "__excepthook__", tw_dict_get_c(d, "excepthook"));

    TwValue av = tw_list_new(0);
    for (int i = 0; av && i < argc; i++) {
        TwValue s = tw_str_from_c(argv[i]);
        if (!s || tw_list_append(av, s) < 0) {
            av = TW_NULL;
        }
    }
    set(d, "argv", av);
    set(d, "warnoptions", tw_list_new(0));   // -W options and PYTHONWARNINGS (main.c)
    set(d, "orig_argv", av ? tw_list_from(tw_list_size(av), tw_list_items(av)) : TW_NULL);

    TwValue path = tw_list_new(0);
    set(d, "path", path);
    const char *pp = getenv("PYTHONPATH");
    while (pp && *pp) {
        const char *colon = strchr(pp, ':');
        size_t len = colon ? (size_t)(colon - pp) : strlen(pp);
        if (len) {
            TwValue s = tw_str_new(pp, len);
            if (s) {
                tw_list_append(path, s);
            }
        }
        pp = colon ? colon + 1 : NULL;
    }
    TwValue lib = lib_dir();
    if (lib) {
        tw_list_append(path, lib);
    }

    set(d, "stdin", tw_file_new_std(0, "r", "<stdin>"));
    set(d, "stdout", tw_file_new_std(1, "w", "<stdout>"));
    set(d, "stderr", tw_file_new_std(2, "w", "<stderr>"));
    set(d, "__stdin__", tw_dict_get_c(d, "stdin"));
    set(d, "__stdout__", tw_dict_get_c(d, "stdout"));
    set(d, "__stderr__", tw_dict_get_c(d, "stderr"));

    set(d, "version", tw_str_from_c("3.11.7 (twinpy " TW_VERSION ")"));
    set(d, "version_info", make_version_info(3, 11, 7, "final", 0));
    set(d, "hexversion", tw_from_small_int(0x030B07F0));
    set(d, "api_version", tw_from_small_int(1013));
    set(d, "implementation", make_implementation());
    set(d, "flags", make_flags());
    set(d, "float_info", make_float_info());
    set(d, "int_info", make_int_info());
    set(d, "hash_info", make_hash_info());
    set(d, "float_repr_style", tw_str_intern_c("short"));
    set(d, "maxsize", tw_int_from_i64(INT64_MAX));
    set(d, "maxunicode", tw_from_small_int(0x10FFFF));
    uint16_t probe = 1;
    set(d, "byteorder", tw_str_from_c(*(uint8_t *)&probe ? "little" : "big"));
    set(d, "platform", tw_str_from_c("linux"));
    set(d, "executable", executable_path());
    set(d, "_base_executable", tw_dict_get_c(d, "executable"));
    set(d, "prefix", tw_str_from_c(""));
    set(d, "exec_prefix", tw_str_from_c(""));
    set(d, "base_prefix", tw_str_from_c(""));
    set(d, "base_exec_prefix", tw_str_from_c(""));
    set(d, "platlibdir", tw_str_from_c("lib"));
    set(d, "abiflags", tw_str_from_c(""));
    set(d, "copyright", tw_str_from_c("twinpy: MIT License"));
    set(d, "dont_write_bytecode", TW_TRUE);
    set(d, "builtin_module_names", tw_tuple_pack(2, tw_str_from_c("builtins"), tw_str_from_c("sys")));
}
