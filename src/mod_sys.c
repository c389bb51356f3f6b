// The sys module: interpreter state visible to Python (argv, path, modules, the standard
// streams, recursion limit, version information, the exception being handled).
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "gc.h"
#include "runtime.h"
#include "vm.h"

#define TW_VERSION "0.1.0"

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

static TwValue sys_getsizeof(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = argv[0];
    if (!tw_is_ptr(v)) {
        return tw_from_small_int(tw_is_int(v) ? 28 : 24);
    }
    TwType *t = tw_type_of(v);
    size_t size = t->basic_size ? t->basic_size : sizeof(TwObject);
    if (t == &tw_type_str) {
        size = 49 + tw_str_size(v);
    } else if (t == &tw_type_list) {
        size = 56 + 8 * TW_OBJ(v, TwList)->cap;
    } else if (t == &tw_type_tuple) {
        size = 40 + 8 * tw_tuple_size(v);
    }
    return tw_int_from_i64((int64_t)size);
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

static TwValue sys_excepthook(int argc, TwValue *argv, TwValue kwnames) {
    tw_exc_print(argv[1]);
    return TW_NONE;
}

static const TwMethodDef sys_functions[] = {
    {"exit", sys_exit, 0, 1, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1, 0},
    {"exc_info", sys_exc_info, 0, 0, 0},
    {"exception", sys_exception, 0, 0, 0},
    {"intern", sys_intern, 1, 1, 0},
    {"getsizeof", sys_getsizeof, 1, 2, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0, 0, 0},
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

void tw_sys_init(int argc, char **argv) {
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
    set(d, "version_info", tw_tuple_pack(5, tw_from_small_int(3), tw_from_small_int(11),
                                         tw_from_small_int(7), tw_str_from_c("final"),
                                         tw_from_small_int(0)));
    set(d, "hexversion", tw_from_small_int(0x030B07F0));
    set(d, "maxsize", tw_int_from_i64(INT64_MAX));
    set(d, "maxunicode", tw_from_small_int(0x10FFFF));
    set(d, "byteorder", tw_str_from_c("little"));
    set(d, "platform", tw_str_from_c("linux"));
    set(d, "executable", tw_str_from_c(""));
    set(d, "prefix", tw_str_from_c(""));
    set(d, "copyright", tw_str_from_c("twinpy: MIT License"));
    set(d, "dont_write_bytecode", TW_TRUE);
    set(d, "builtin_module_names", tw_tuple_pack(2, tw_str_from_c("builtins"), tw_str_from_c("sys")));
}
