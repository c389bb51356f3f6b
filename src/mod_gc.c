// The gc module on twinpy's mark-sweep collector (gc.c). collect() runs a full collection
// and returns the number of objects it freed; enable/disable switch automatic collections
// (which still happen, rarely, when memory grows far: nothing else frees memory);
// freeze() keeps every current object alive. The thresholds and debug flags are recorded
// for get_threshold/get_debug but do not steer the collector, which counts bytes, not
// objects. There is one generation in fact; the API shows CPython's three.
#include <stdio.h>

#include "gc.h"
#include "modules.h"
#include "vm.h"

static TwValue callbacks, garbage;
static int64_t thresholds[3] = {700, 10, 10};
static int64_t debug_flags;

// A C int argument. PyArg_ParseTuple's "i" and Argument Clinic's int word overflow
// differently; `clinic` picks the second.
static int as_c_int(TwValue v, int64_t *out, bool clinic) {
    if (tw_is_float(v) || tw_is_floatlike(v)) {
        tw_error(&tw_type_TypeError, "'%s' object cannot be interpreted as an integer", tw_type_cname(tw_type_of(v)));
        return -1;
    }
    if (tw_int_as_i64(v, out) < 0) {
        return -1;
    }
    if (*out < INT32_MIN || *out > INT32_MAX) {
        if (clinic) {
            tw_error(&tw_type_OverflowError, "Python int too large to convert to C int");
        } else {
            tw_error(&tw_type_OverflowError, *out > 0 ? "signed integer is greater than maximum"
                                                      : "signed integer is less than minimum");
        }
        return -1;
    }
    return 0;
}

// Call each of gc.callbacks with (phase, info), as CPython does around a collection.
static int run_callbacks(const char *phase, int64_t generation, size_t collected) {
    if (!callbacks || !tw_is_type(callbacks, &tw_type_list) || tw_list_size(callbacks) == 0) {
        return 0;
    }
    TwValue info = tw_dict_new();
    TwValue ph = info ? tw_str_from_c(phase) : TW_NULL;
    if (!ph || tw_dict_set_c(info, "generation", tw_from_small_int(generation)) < 0 ||
        tw_dict_set_c(info, "collected", tw_int_from_u64(collected)) < 0 ||
        tw_dict_set_c(info, "uncollectable", tw_from_small_int(0)) < 0) {
        return -1;
    }
    // A copy: a callback may change the list.
    TwValue list = tw_list_from(tw_list_size(callbacks), tw_list_items(callbacks));
    if (!list) {
        return -1;
    }
    for (size_t i = 0; i < tw_list_size(list); i++) {
        TwValue cb = tw_list_items(list)[i];
        if (!tw_call2(cb, ph, info)) {
            // as CPython's unraisable hook: report and go on
            TwValue exc = tw_error_fetch();
            TwValue err = tw_getattr_opt(tw_interp.sys, TW_NAME(stderr));
            TwValue r = tw_repr(cb);
            TwValue msg = r ? tw_str_fmt("Exception ignored in: %U\n", r) : TW_NULL;
            if (err && err != TW_NONE && msg) {
                tw_call_method(err, TW_NAME(write), 1, &msg);
            }
            tw_error_clear();
            tw_exc_print(exc);
        }
    }
    return 0;
}

static TwValue gc_collect(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"generation"};
    TwValue a[1];
    if (tw_parse_args("collect", argc, argv, kwnames, names, 1, 0, 1, 0, a) < 0) {
        return TW_NULL;
    }
    int64_t generation = 2;
    if (a[0] && as_c_int(a[0], &generation, true) < 0) {
        return TW_NULL;
    }
    if (generation < 0 || generation > 2) {
        return tw_error(&tw_type_ValueError, "invalid generation");
    }
    if (run_callbacks("start", generation, 0) < 0) {
        return TW_NULL;
    }
    size_t n = tw_gc_collect_count();
    if (run_callbacks("stop", generation, n) < 0) {
        return TW_NULL;
    }
    return tw_int_from_u64(n);
}

static TwValue gc_enable(int argc, TwValue *argv, TwValue kwnames) {
    tw_gc_set_automatic(true);
    return TW_NONE;
}

static TwValue gc_disable(int argc, TwValue *argv, TwValue kwnames) {
    tw_gc_set_automatic(false);
    return TW_NONE;
}

static TwValue gc_isenabled(int argc, TwValue *argv, TwValue kwnames) {
    return tw_bool(tw_gc_automatic());
}

static TwValue gc_get_threshold(int argc, TwValue *argv, TwValue kwnames) {
    return tw_tuple_pack(3, tw_from_small_int(thresholds[0]), tw_from_small_int(thresholds[1]),
                         tw_from_small_int(thresholds[2]));
}

static TwValue gc_set_threshold(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_check_args_varargs("set_threshold", argc, kwnames, 1, 3) < 0) {
        return TW_NULL;
    }
    int64_t t[3] = {thresholds[0], thresholds[1], thresholds[2]};
    for (int i = 0; i < argc; i++) {
        if (as_c_int(argv[i], &t[i], false) < 0) {
            return TW_NULL;
        }
    }
    memcpy(thresholds, t, sizeof t);
    return TW_NONE;
}

static TwValue gc_get_count(int argc, TwValue *argv, TwValue kwnames) {
    TwGcStats st;
    tw_gc_get_stats(&st);
    return tw_tuple_pack(3, tw_int_from_u64(st.objects_since), tw_from_small_int(0), tw_from_small_int(0));
}

static TwValue gc_get_debug(int argc, TwValue *argv, TwValue kwnames) {
    return tw_from_small_int(debug_flags);
}

static TwValue gc_set_debug(int argc, TwValue *argv, TwValue kwnames) {
    int64_t flags;
    if (as_c_int(argv[0], &flags, true) < 0) {
        return TW_NULL;
    }
    debug_flags = flags;
    return TW_NONE;
}

static TwValue stats_dict(size_t collections, size_t collected) {
    TwValue d = tw_dict_new();
    if (!d || tw_dict_set_c(d, "collections", tw_int_from_u64(collections)) < 0 ||
        tw_dict_set_c(d, "collected", tw_int_from_u64(collected)) < 0 ||
        tw_dict_set_c(d, "uncollectable", tw_from_small_int(0)) < 0) {
        return TW_NULL;
    }
    return d;
}

static TwValue gc_get_stats(int argc, TwValue *argv, TwValue kwnames) {
    TwGcStats st;
    tw_gc_get_stats(&st);
    TwValue young = stats_dict(0, 0), middle = young ? stats_dict(0, 0) : TW_NULL;
    TwValue old = middle ? stats_dict(st.collections, st.total_freed) : TW_NULL;
    if (!old) {
        return TW_NULL;
    }
    TwValue list = tw_list_new(3);
    if (!list || tw_list_append(list, young) < 0 || tw_list_append(list, middle) < 0 ||
        tw_list_append(list, old) < 0) {
        return TW_NULL;
    }
    return list;
}

static TwValue gc_freeze(int argc, TwValue *argv, TwValue kwnames) {
    tw_gc_freeze();
    return TW_NONE;
}

static TwValue gc_unfreeze(int argc, TwValue *argv, TwValue kwnames) {
    tw_gc_unfreeze();
    return TW_NONE;
}

static TwValue gc_get_freeze_count(int argc, TwValue *argv, TwValue kwnames) {
    TwGcStats st;
    tw_gc_get_stats(&st);
    return tw_int_from_u64(st.frozen);
}

// Would CPython's collector track v? Atomic values and builtin types never; non-empty
// tuples (CPython untracks those of atomic values only during a collection) and dicts
// holding something tracked; anything else that holds references.
static bool is_tracked(TwValue v, int depth) {
    if (!tw_is_ptr(v) || v == TW_NONE || v == TW_TRUE || v == TW_FALSE) {
        return false;
    }
    TwType *t = tw_type_of(v);
    if (t == &tw_type_int || t == &tw_type_str || t == &tw_type_bytes || t == &tw_type_complex ||
        t == &tw_type_float) {
        return false;
    }
    if (t == &tw_type_tuple) {
        return tw_tuple_size(v) > 0;
    }
    if (t == &tw_type_dict) {
        if (depth > 50) {
            return true;
        }
        size_t pos = 0;
        TwValue key, value;
        while (tw_dict_next(v, &pos, &key, &value)) {
            if (is_tracked(key, depth + 1) || is_tracked(value, depth + 1)) {
                return true;
            }
        }
        return false;
    }
    if (t->flags & TW_TYPE_TYPE_SUB) {   // a class: only those made by class statements
        return (TW_OBJ(v, TwType)->flags & TW_TYPE_HEAP) != 0;
    }
    return t->trace != NULL || (t->flags & TW_TYPE_HEAP);
}

static TwValue gc_is_tracked(int argc, TwValue *argv, TwValue kwnames) {
    return tw_bool(is_tracked(argv[0], 0));
}

static TwValue gc_is_finalized(int argc, TwValue *argv, TwValue kwnames) {
    return TW_FALSE;
}

static const TwMethodDef gc_functions[] = {
    {"collect", gc_collect, 0, -1, TW_BUILTIN_KEYWORDS},
    {"enable", gc_enable, 0, 0, 0},
    {"disable", gc_disable, 0, 0, 0},
    {"isenabled", gc_isenabled, 0, 0, 0},
    {"get_threshold", gc_get_threshold, 0, 0, 0},
    {"set_threshold", gc_set_threshold, 0, -1, TW_BUILTIN_KEYWORDS},
    {"get_count", gc_get_count, 0, 0, 0},
    {"get_debug", gc_get_debug, 0, 0, 0},
    {"set_debug", gc_set_debug, 1, 1, 0},
    {"get_stats", gc_get_stats, 0, 0, 0},
    {"freeze", gc_freeze, 0, 0, 0},
    {"unfreeze", gc_unfreeze, 0, 0, 0},
    {"get_freeze_count", gc_get_freeze_count, 0, 0, 0},
    {"is_tracked", gc_is_tracked, 1, 1, 0},
    {"is_finalized", gc_is_finalized, 1, 1, 0},
    {NULL},
};

static int gc_module_init(TwValue module) {
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, gc_functions) < 0) {
        return -1;
    }
    if (!callbacks) {
        callbacks = tw_list_new(0);
        garbage = tw_list_new(0);
        if (!callbacks || !garbage) {
            return -1;
        }
    }
    static const struct {
        const char *name;
        int value;
    } consts[] = {
        {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32},
        {"DEBUG_LEAK", 38},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        if (tw_dict_set_c(d, consts[i].name, tw_from_small_int(consts[i].value)) < 0) {
            return -1;
        }
    }
    if (tw_dict_set_c(d, "callbacks", callbacks) < 0 || tw_dict_set_c(d, "garbage", garbage) < 0) {
        return -1;
    }
    return 0;
}

void tw_gcmod_init(void) {
    tw_gc_add_root(&callbacks);
    tw_gc_add_root(&garbage);
    tw_module_register("gc", gc_module_init);
}
