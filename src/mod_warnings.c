// The `warnings` module, written in C with the behaviour of CPython 3.11's warnings.py on
// top of the core in warnings.c: warn/warn_explicit, the filter functions, showwarning and
// formatwarning (user-replaceable: the core calls _showwarnmsg, which honours a replaced
// showwarning or formatwarning), WarningMessage, catch_warnings, and the -W options in
// sys.warnoptions, applied when the module is created.
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "re.h"
#include "vm.h"
#include "warnings.h"

// The module's dict: its functions look their peers up here, as warnings.py's functions
// use their globals (so a replaced showwarning or _showwarnmsg_impl is seen).
static TwValue mod_dict;

static TwValue global(const char *name) {
    return mod_dict ? tw_dict_get_c(mod_dict, name) : TW_NULL;
}

static TwValue attr(TwValue o, const char *name) {
    return tw_getattr(o, tw_str_intern_c(name));
}

static int set_attr(TwValue o, const char *name, TwValue v) {
    return tw_setattr(o, tw_str_intern_c(name), v);
}

// The functions warnings.py defines in Python check their arguments as Python functions
// do, with those messages: map argv/kwnames onto `names` (the first `npos` positional or
// keyword, the rest keyword-only); the first `nrequired` must be given. For methods
// names[0] is "self" (argv[0], counted as a positional argument, as in the messages).
static int py_args(const char *fname, int argc, TwValue *argv, TwValue kwnames, const char *const *names,
                   int nnames, int npos, int nrequired, TwValue *out) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int given = argc - nkw;
    for (int i = 0; i < nnames; i++) {
        out[i] = i < given && i < npos ? argv[i] : TW_NULL;
    }
    for (int k = 0; k < nkw; k++) {
        TwValue kw = tw_tuple_items(kwnames)[k];
        int j = 0;
        while (j < nnames && !(tw_is_str(kw) && tw_str_eq_c(kw, names[j]))) {
            j++;
        }
        if (j == nnames || (j == 0 && strcmp(names[0], "self") == 0)) {
            tw_error(&tw_type_TypeError, "%s() got an unexpected keyword argument '%S'", fname, kw);
            return -1;
        }
        if (out[j]) {
            tw_error(&tw_type_TypeError, "%s() got multiple values for argument '%s'", fname, names[j]);
            return -1;
        }
        out[j] = argv[given + k];
    }
    if (given > npos) {
        if (nrequired < npos) {
            tw_error(&tw_type_TypeError, "%s() takes from %d to %d positional arguments but %d %s given", fname,
                     nrequired, npos, given, given == 1 ? "was" : "were");
        } else {
            tw_error(&tw_type_TypeError, "%s() takes %d positional argument%s but %d %s given", fname, npos,
                     npos == 1 ? "" : "s", given, given == 1 ? "was" : "were");
        }
        return -1;
    }
    int missing = 0;
    for (int i = 0; i < nrequired; i++) {
        missing += !out[i];
    }
    if (missing) {
        TwBuf b;
        tw_buf_init(&b);
        int seen = 0;
        for (int i = 0; i < nrequired; i++) {
            if (out[i]) {
                continue;
            }
            seen++;
            const char *sep = seen == 1 ? "" : missing == 2 ? " and " : seen == missing ? ", and " : ", ";
            if (tw_buf_printf(&b, "%s'%s'", sep, names[i]) < 0) {
                tw_buf_free(&b);
                return -1;
            }
        }
        TwValue list = tw_buf_to_str(&b);
        if (list) {
            tw_error(&tw_type_TypeError, "%s() missing %d required positional argument%s: %U", fname, missing,
                     missing == 1 ? "" : "s", list);
        }
        return -1;
    }
    return 0;
}

// ---------------------------------------------------------------- WarningMessage, catch_warnings

// Both are plain objects with an instance dict, as the Python classes are.
typedef struct PyLikeObject {
    TwObject hdr;
    TwValue dict;
} PyLikeObject;

static void pylike_trace(TwObject *self) {
    tw_gc_mark(((PyLikeObject *)self)->dict);
}

static TwType warnmsg_type = {
    .hdr.type = &tw_type_type,
    .c_name = "WarningMessage",
    .basic_size = sizeof(PyLikeObject),
    .dict_offset = offsetof(PyLikeObject, dict),
    .flags = TW_TYPE_BASETYPE,
    .trace = pylike_trace,
};
static TwType catch_type = {
    .hdr.type = &tw_type_type,
    .c_name = "catch_warnings",
    .basic_size = sizeof(PyLikeObject),
    .dict_offset = offsetof(PyLikeObject, dict),
    .flags = TW_TYPE_BASETYPE,
    .trace = pylike_trace,
};

static TwValue pylike_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    TwObject *o = tw_gc_alloc(cls, cls->basic_size);
    return o ? tw_from_obj(o) : TW_NULL;
}

static TwValue warnmsg_init(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"self", "message", "category", "filename", "lineno", "file", "line", "source"};
    TwValue a[8];
    if (py_args("WarningMessage.__init__", argc, argv, kwnames, names, 8, 8, 5, a) < 0) {
        return TW_NULL;
    }
    TwValue self = a[0];
    for (int i = 5; i < 8; i++) {
        if (!a[i]) {
            a[i] = TW_NONE;
        }
    }
    for (int i = 1; i < 8; i++) {
        if (set_attr(self, names[i], a[i]) < 0) {
            return TW_NULL;
        }
    }
    TwValue cname = TW_NONE;
    int t = tw_truthy(a[2]);
    if (t < 0) {
        return TW_NULL;
    }
    if (t) {
        cname = attr(a[2], "__name__");
        if (!cname) {
            return TW_NULL;
        }
    }
    return set_attr(self, "_category_name", cname) < 0 ? TW_NULL : TW_NONE;
}

static TwValue warnmsg_str(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwValue m = attr(self, "message"), c = m ? attr(self, "_category_name") : TW_NULL;
    TwValue f = c ? attr(self, "filename") : TW_NULL, l = f ? attr(self, "lineno") : TW_NULL;
    TwValue line = l ? attr(self, "line") : TW_NULL;
    if (!line) {
        return TW_NULL;
    }
    return tw_str_fmt("{message : %R, category : %R, filename : %R, lineno : %S, line : %R}", m, c, f, l, line);
}

static TwValue catch_init(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"self", "record", "module", "action", "category", "lineno", "append"};
    TwValue a[7];
    if (py_args("catch_warnings.__init__", argc, argv, kwnames, names, 7, 1, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue self = a[0];
    TwValue module = a[2] && a[2] != TW_NONE ? a[2] : tw_dict_get_c(tw_interp.modules, "warnings");
    if (!module) {
        return tw_error_value(&tw_type_KeyError, tw_str_intern_c("warnings"));
    }
    TwValue filter = TW_NONE;
    if (a[3] && a[3] != TW_NONE) {
        filter = tw_tuple_pack(4, a[3], a[4] ? a[4] : tw_from_obj(&tw_type_Warning),
                               a[5] ? a[5] : tw_from_small_int(0), a[6] ? a[6] : TW_FALSE);
        if (!filter) {
            return TW_NULL;
        }
    }
    if (set_attr(self, "_record", a[1] ? a[1] : TW_FALSE) < 0 || set_attr(self, "_module", module) < 0 ||
        set_attr(self, "_entered", TW_FALSE) < 0 || set_attr(self, "_filter", filter) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue catch_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwValue record = attr(self, "_record"), module = record ? attr(self, "_module") : TW_NULL;
    if (!module) {
        return TW_NULL;
    }
    int rec = tw_truthy(record);
    if (rec < 0) {
        return TW_NULL;
    }
    TwBuf b;
    tw_buf_init(&b);
    TwValue name = tw_type_name(tw_type_of(self));
    if (tw_buf_append_str(&b, name) < 0 || tw_buf_append_c(&b, "(") < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    if (rec && tw_buf_append_c(&b, "record=True") < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    if (module != tw_dict_get_c(tw_interp.modules, "warnings")) {
        TwValue r = tw_repr(module);
        if (!r || (rec && tw_buf_append_c(&b, ", ") < 0) || tw_buf_append_c(&b, "module=") < 0 ||
            tw_buf_append_str(&b, r) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    if (tw_buf_append_c(&b, ")") < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
}

static TwValue w_simplefilter(int argc, TwValue *argv, TwValue kwnames);

static TwValue catch_enter(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwValue entered = attr(self, "_entered");
    if (!entered) {
        return TW_NULL;
    }
    int t = tw_truthy(entered);
    if (t) {
        if (t > 0) {
            TwValue r = tw_repr(self);
            if (r) {
                tw_error(&tw_type_RuntimeError, "Cannot enter %U twice", r);
            }
        }
        return TW_NULL;
    }
    if (set_attr(self, "_entered", TW_TRUE) < 0) {
        return TW_NULL;
    }
    TwValue module = attr(self, "_module");
    TwValue filters = module ? attr(module, "filters") : TW_NULL;
    if (!filters || set_attr(self, "_filters", filters) < 0) {
        return TW_NULL;
    }
    TwValue all = tw_slice_new(TW_NONE, TW_NONE, TW_NONE);
    TwValue copy = all ? tw_getitem(filters, all) : TW_NULL;
    if (!copy || set_attr(module, "filters", copy) < 0) {
        return TW_NULL;
    }
    TwValue mutated = attr(module, "_filters_mutated");
    if (!mutated || !tw_call0(mutated)) {
        return TW_NULL;
    }
    TwValue sw = attr(module, "showwarning");
    if (!sw || set_attr(self, "_showwarning", sw) < 0) {
        return TW_NULL;
    }
    TwValue impl = attr(module, "_showwarnmsg_impl");
    if (!impl || set_attr(self, "_showwarnmsg_impl", impl) < 0) {
        return TW_NULL;
    }
    TwValue filter = attr(self, "_filter");
    if (!filter) {
        return TW_NULL;
    }
    if (filter != TW_NONE) {
        size_t n;
        TwValue *items;
        TwValue keep = tw_sequence_fast(filter, &n, &items);
        if (!keep || !w_simplefilter((int)n, items, TW_NULL)) {
            return TW_NULL;
        }
    }
    TwValue record = attr(self, "_record");
    t = record ? tw_truthy(record) : -1;
    if (t < 0) {
        return TW_NULL;
    }
    if (!t) {
        return TW_NONE;
    }
    TwValue log = tw_list_new(0);
    TwValue append = log ? tw_getattr(log, TW_NAME(append)) : TW_NULL;
    TwValue orig = append ? attr(module, "_showwarning_orig") : TW_NULL;
    if (!orig || set_attr(module, "_showwarnmsg_impl", append) < 0 || set_attr(module, "showwarning", orig) < 0) {
        return TW_NULL;
    }
    return log;
}

static TwValue catch_exit(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwValue entered = attr(self, "_entered");
    if (!entered) {
        return TW_NULL;
    }
    int t = tw_truthy(entered);
    if (t <= 0) {
        if (t == 0) {
            TwValue r = tw_repr(self);
            if (r) {
                tw_error(&tw_type_RuntimeError, "Cannot exit %U without entering first", r);
            }
        }
        return TW_NULL;
    }
    TwValue module = attr(self, "_module");
    TwValue filters = module ? attr(self, "_filters") : TW_NULL;
    if (!filters || set_attr(module, "filters", filters) < 0) {
        return TW_NULL;
    }
    TwValue mutated = attr(module, "_filters_mutated");
    if (!mutated || !tw_call0(mutated)) {
        return TW_NULL;
    }
    TwValue sw = attr(self, "_showwarning");
    if (!sw || set_attr(module, "showwarning", sw) < 0) {
        return TW_NULL;
    }
    TwValue impl = attr(self, "_showwarnmsg_impl");
    if (!impl || set_attr(module, "_showwarnmsg_impl", impl) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static const TwMethodDef warnmsg_methods[] = {
    {"__new__", pylike_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", warnmsg_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__str__", warnmsg_str, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwMethodDef catch_methods[] = {
    {"__new__", pylike_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", catch_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", catch_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__enter__", catch_enter, 1, 1, TW_BUILTIN_METHOD},
    {"__exit__", catch_exit, 1, -1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---------------------------------------------------------------- showing and formatting

static TwValue w_formatwarnmsg_impl(int argc, TwValue *argv, TwValue kwnames) {
    TwValue msg = argv[0];
    TwValue message = attr(msg, "message"), category = message ? attr(msg, "category") : TW_NULL;
    TwValue filename = category ? attr(msg, "filename") : TW_NULL, lineno = filename ? attr(msg, "lineno") : TW_NULL;
    TwValue line = lineno ? attr(msg, "line") : TW_NULL, source = line ? attr(msg, "source") : TW_NULL;
    if (!source) {
        return TW_NULL;
    }
    TwValue s = tw_warn_format_message(message, category, filename, lineno, line);
    if (s && source != TW_NONE) {
        // CPython's tracemalloc is never tracing here: it suggests enabling it
        TwValue name = attr(category, "__name__");
        TwValue tail = name ? tw_str_fmt("%S: Enable tracemalloc to get the object allocation traceback\n", name)
                            : TW_NULL;
        s = tail ? tw_str_concat(s, tail) : TW_NULL;
    }
    return s;
}

static TwValue w_formatwarnmsg(int argc, TwValue *argv, TwValue kwnames) {
    TwValue msg = argv[0];
    TwValue fw = global("formatwarning");
    if (fw && fw != global("_formatwarning_orig")) {
        TwValue args[5];
        const char *names[] = {"message", "category", "filename", "lineno", "line"};
        for (int i = 0; i < 5; i++) {
            args[i] = attr(msg, names[i]);
            if (!args[i]) {
                return TW_NULL;
            }
        }
        return tw_call(fw, 5, args, TW_NULL);
    }
    return w_formatwarnmsg_impl(1, &msg, TW_NULL);
}

static TwValue w_showwarnmsg_impl(int argc, TwValue *argv, TwValue kwnames) {
    TwValue msg = argv[0];
    TwValue file = attr(msg, "file");
    if (!file) {
        return TW_NULL;
    }
    if (file == TW_NONE) {
        file = tw_getattr(tw_interp.sys, TW_NAME(stderr));
        if (!file) {
            return TW_NULL;
        }
        if (file == TW_NONE) {
            return TW_NONE;
        }
    }
    TwValue text = w_formatwarnmsg(1, &msg, TW_NULL);
    if (!text) {
        return TW_NULL;
    }
    if (!tw_call_method(file, TW_NAME(write), 1, &text)) {
        if (!tw_error_matches(&tw_type_OSError)) {
            return TW_NULL;
        }
        tw_error_clear();   // the file (probably stderr) is invalid: the warning is lost
    }
    return TW_NONE;
}

static TwValue w_showwarnmsg(int argc, TwValue *argv, TwValue kwnames) {
    TwValue msg = argv[0];
    TwValue sw = global("showwarning");
    if (sw && sw != global("_showwarning_orig")) {
        if (!tw_callable(sw)) {
            return tw_error(&tw_type_TypeError, "warnings.showwarning() must be set to a function or method");
        }
        TwValue args[6];
        const char *names[] = {"message", "category", "filename", "lineno", "file", "line"};
        for (int i = 0; i < 6; i++) {
            args[i] = attr(msg, names[i]);
            if (!args[i]) {
                return TW_NULL;
            }
        }
        return tw_call(sw, 6, args, TW_NULL) ? TW_NONE : TW_NULL;
    }
    TwValue impl = global("_showwarnmsg_impl");
    if (!impl) {
        return tw_error(&tw_type_NameError, "name '_showwarnmsg_impl' is not defined");
    }
    return tw_call1(impl, msg) ? TW_NONE : TW_NULL;
}

static TwValue new_warning_message(TwValue message, TwValue category, TwValue filename, TwValue lineno,
                                   TwValue file, TwValue line) {
    TwValue cls = global("WarningMessage");
    if (!cls) {
        return tw_error(&tw_type_NameError, "name 'WarningMessage' is not defined");
    }
    TwValue args[6] = {message, category, filename, lineno, file, line};
    return tw_call(cls, 6, args, TW_NULL);
}

static TwValue w_showwarning(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"message", "category", "filename", "lineno", "file", "line"};
    TwValue a[6];
    if (py_args("showwarning", argc, argv, kwnames, names, 6, 6, 4, a) < 0) {
        return TW_NULL;
    }
    TwValue msg = new_warning_message(a[0], a[1], a[2], a[3], a[4] ? a[4] : TW_NONE, a[5] ? a[5] : TW_NONE);
    if (!msg) {
        return TW_NULL;
    }
    TwValue impl = global("_showwarnmsg_impl");
    if (!impl) {
        return tw_error(&tw_type_NameError, "name '_showwarnmsg_impl' is not defined");
    }
    return tw_call1(impl, msg) ? TW_NONE : TW_NULL;
}

static TwValue w_formatwarning(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"message", "category", "filename", "lineno", "line"};
    TwValue a[5];
    if (py_args("formatwarning", argc, argv, kwnames, names, 5, 5, 4, a) < 0) {
        return TW_NULL;
    }
    TwValue msg = new_warning_message(a[0], a[1], a[2], a[3], TW_NONE, a[4] ? a[4] : TW_NONE);
    return msg ? w_formatwarnmsg_impl(1, &msg, TW_NULL) : TW_NULL;
}

// ---------------------------------------------------------------- warn, filters

static TwValue w_warn(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"message", "category", "stacklevel", "source"};
    TwValue a[4];
    if (tw_parse_args("warn", argc, argv, kwnames, names, 4, 0, 4, 1, a) < 0) {
        return TW_NULL;
    }
    int64_t level = 1;
    if (a[2] && tw_index_as_ssize(a[2], &level) < 0) {
        return TW_NULL;
    }
    TwValue source = a[3] && a[3] != TW_NONE ? a[3] : TW_NULL;
    return tw_warn_value(a[0], a[1], level, source) < 0 ? TW_NULL : TW_NONE;
}

static TwValue w_warn_explicit(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"message", "category", "filename", "lineno",
                                        "module", "registry", "module_globals", "source"};
    TwValue a[8];
    if (tw_parse_args("warn_explicit", argc, argv, kwnames, names, 8, 0, 8, 4, a) < 0) {
        return TW_NULL;
    }
    if (!tw_isinstance_type(a[2], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "warn_explicit() argument 3 must be str, not %T", a[2]);
    }
    int64_t lineno;
    if (tw_int_as_i64(a[3], &lineno) < 0) {
        return TW_NULL;
    }
    if (lineno < INT32_MIN || lineno > INT32_MAX) {
        return tw_error(&tw_type_OverflowError, "signed integer is %s than %s", lineno < 0 ? "less" : "greater",
                        lineno < 0 ? "minimum" : "maximum");
    }
    TwValue source = a[7] && a[7] != TW_NONE ? a[7] : TW_NULL;
    return tw_warn_explicit_source(a[1], a[0], a[2], (int)lineno, a[4], a[5], source) < 0 ? TW_NULL : TW_NONE;
}

static bool valid_action(TwValue action) {
    static const char *const actions[] = {"error", "ignore", "always", "default", "module", "once"};
    if (!tw_is_str(action)) {
        return false;
    }
    for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++) {
        if (tw_str_eq_c(action, actions[i])) {
            return true;
        }
    }
    return false;
}

// warnings.py checks its arguments with assert statements.
static TwValue assertion(const char *fmt, TwValue arg) {
    return tw_error(&tw_type_AssertionError, fmt, arg);
}

static bool valid_lineno(TwValue lineno) {
    return tw_is_intlike(lineno) && tw_int_sign(tw_int_value(lineno)) >= 0;
}

static TwValue w_filterwarnings(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"action", "message", "category", "module", "lineno", "append"};
    TwValue a[6];
    if (py_args("filterwarnings", argc, argv, kwnames, names, 6, 6, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue action = a[0], message = a[1] ? a[1] : tw_str_intern_c("");
    TwValue category = a[2] ? a[2] : tw_from_obj(&tw_type_Warning), module = a[3] ? a[3] : tw_str_intern_c("");
    TwValue lineno = a[4] ? a[4] : tw_from_small_int(0);
    if (!valid_action(action)) {
        TwValue r = tw_repr(action);
        return r ? assertion("invalid action: %U", r) : TW_NULL;
    }
    if (!tw_isinstance_type(message, &tw_type_str)) {
        return assertion("message must be a string", TW_NULL);
    }
    if (!tw_isinstance_type(category, &tw_type_type)) {
        return assertion("category must be a class", TW_NULL);
    }
    int r = tw_issubclass(category, tw_from_obj(&tw_type_Warning));
    if (r <= 0) {
        return r < 0 ? TW_NULL : assertion("category must be a Warning subclass", TW_NULL);
    }
    if (!tw_isinstance_type(module, &tw_type_str)) {
        return assertion("module must be a string", TW_NULL);
    }
    if (!valid_lineno(lineno)) {
        return assertion("lineno must be an int >= 0", TW_NULL);
    }
    TwValue msg_re = TW_NONE, mod_re = TW_NONE;
    if (tw_str_size(message) > 0) {
        msg_re = tw_re_compile(message, TW_RE_IGNORECASE);
        if (!msg_re) {
            return TW_NULL;
        }
    }
    if (tw_str_size(module) > 0) {
        mod_re = tw_re_compile(module, 0);
        if (!mod_re) {
            return TW_NULL;
        }
    }
    int app = a[5] ? tw_truthy(a[5]) : 0;
    if (app < 0 || tw_warn_add_filter(action, msg_re, category, mod_re, lineno, app) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue w_simplefilter(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"action", "category", "lineno", "append"};
    TwValue a[4];
    if (py_args("simplefilter", argc, argv, kwnames, names, 4, 4, 1, a) < 0) {
        return TW_NULL;
    }
    TwValue category = a[1] ? a[1] : tw_from_obj(&tw_type_Warning);
    TwValue lineno = a[2] ? a[2] : tw_from_small_int(0);
    if (!valid_action(a[0])) {
        TwValue r = tw_repr(a[0]);
        return r ? assertion("invalid action: %U", r) : TW_NULL;
    }
    if (!valid_lineno(lineno)) {
        return assertion("lineno must be an int >= 0", TW_NULL);
    }
    int app = a[3] ? tw_truthy(a[3]) : 0;
    if (app < 0 || tw_warn_add_filter(a[0], TW_NONE, category, TW_NONE, lineno, app) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue w_resetwarnings(int argc, TwValue *argv, TwValue kwnames) {
    if (py_args("resetwarnings", argc, argv, kwnames, NULL, 0, 0, 0, NULL) < 0) {
        return TW_NULL;
    }
    TwValue filters = global("filters");
    if (!filters) {
        return tw_error(&tw_type_NameError, "name 'filters' is not defined");
    }
    TwValue all = tw_slice_new(TW_NONE, TW_NONE, TW_NONE);
    TwValue empty = all ? tw_list_new(0) : TW_NULL;
    if (!empty || tw_setitem(filters, all, empty) < 0) {
        return TW_NULL;
    }
    tw_warn_filters_mutated();
    return TW_NONE;
}

static TwValue w_filters_mutated(int argc, TwValue *argv, TwValue kwnames) {
    tw_warn_filters_mutated();
    return TW_NONE;
}

// ---------------------------------------------------------------- -W options

// An option the module refuses: its message, printed as "Invalid -W option ignored: ...".
static TwValue option_error(const char *fmt, TwValue arg) {
    TwValue r = tw_repr(arg);
    return r ? tw_str_fmt(fmt, r) : TW_NULL;
}

static TwValue get_action(TwValue action, TwValue *err) {
    static const char *const actions[] = {"default", "always", "ignore", "module", "once", "error"};
    if (tw_str_size(action) == 0) {
        return tw_str_intern_c("default");
    }
    if (tw_str_eq_c(action, "all")) {
        return tw_str_intern_c("always");
    }
    for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++) {
        if (strncmp(actions[i], tw_str_data(action), tw_str_size(action)) == 0 &&
            strlen(actions[i]) >= tw_str_size(action)) {
            return tw_str_intern_c(actions[i]);
        }
    }
    *err = option_error("invalid action: %U", action);
    return TW_NULL;
}

static TwValue get_category(TwValue name, TwValue *err) {
    if (tw_str_size(name) == 0) {
        return tw_from_obj(&tw_type_Warning);
    }
    const char *s = tw_str_data(name);
    const char *dot = strrchr(s, '.');
    TwValue holder, klass;
    if (!dot) {
        holder = tw_interp.builtins_module;
        klass = name;
    } else {
        TwValue modname = tw_str_new(s, (size_t)(dot - s));
        klass = modname ? tw_str_from_c(dot + 1) : TW_NULL;
        if (!klass) {
            return TW_NULL;
        }
        holder = tw_import(modname, TW_NULL, TW_NULL, 0);
        if (!holder) {
            if (!tw_error_matches(&tw_type_ImportError)) {
                return TW_NULL;
            }
            tw_error_clear();
            *err = option_error("invalid module name: %U", modname);
            return TW_NULL;
        }
    }
    TwValue cat = tw_getattr_opt(holder, klass);
    if (!cat) {
        if (!tw_error_occurred()) {
            *err = option_error("unknown warning category: %U", name);
        }
        return TW_NULL;
    }
    int r = tw_isinstance_type(cat, &tw_type_type) ? tw_issubclass(cat, tw_from_obj(&tw_type_Warning)) : 0;
    if (r <= 0) {
        if (r == 0) {
            *err = option_error("invalid warning category: %U", name);
        }
        return TW_NULL;
    }
    return cat;
}

// warnings._setoption: returns 0, or -1 with an error set or (*err) the option's problem.
static int set_option(TwValue arg, TwValue *err) {
    TwValue parts[5];
    int n = 0;
    const char *s = tw_str_data(arg), *end = s + tw_str_size(arg);
    for (;;) {
        const char *colon = memchr(s, ':', (size_t)(end - s));
        if (n == 5) {
            *err = option_error("too many fields (max 5): %U", arg);
            return -1;
        }
        TwValue part = tw_str_new(s, colon ? (size_t)(colon - s) : (size_t)(end - s));
        parts[n] = part ? tw_call_method(part, tw_str_intern_c("strip"), 0, NULL) : TW_NULL;
        if (!parts[n]) {
            return -1;
        }
        n++;
        if (!colon) {
            break;
        }
        s = colon + 1;
    }
    for (; n < 5; n++) {
        parts[n] = tw_str_intern_c("");
    }
    TwValue action = get_action(parts[0], err);
    TwValue category = action ? get_category(parts[2], err) : TW_NULL;
    if (!category) {
        return -1;
    }
    TwValue message = parts[1], module = parts[3];
    if (tw_str_size(message) > 0) {
        message = tw_re_escape_str(message);
        if (!message) {
            return -1;
        }
    }
    if (tw_str_size(module) > 0) {
        TwValue esc = tw_re_escape_str(module);
        module = esc ? tw_str_concat(esc, tw_str_intern_c("\\Z")) : TW_NULL;
        if (!module) {
            return -1;
        }
    }
    TwValue lineno = tw_from_small_int(0);
    if (tw_str_size(parts[4]) > 0) {
        TwValue ln = tw_call1(tw_from_obj(&tw_type_int), parts[4]);
        if (!ln || tw_int_sign(ln) < 0) {
            if (ln || tw_error_matches(&tw_type_ValueError) || tw_error_matches(&tw_type_OverflowError)) {
                tw_error_clear();
                *err = option_error("invalid lineno %U", ln ? ln : parts[4]);
            }
            return -1;
        }
        lineno = ln;
    }
    TwValue args[5] = {action, message, category, module, lineno};
    return w_filterwarnings(5, args, TW_NULL) ? 0 : -1;
}

static int process_options(void) {
    TwValue opts = tw_getattr_opt(tw_interp.sys, tw_str_intern_c("warnoptions"));
    if (!opts) {
        return tw_error_occurred() ? -1 : 0;
    }
    size_t n;
    TwValue *items;
    TwValue keep = tw_sequence_fast(opts, &n, &items);
    if (!keep) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (!tw_is_str(items[i])) {
            continue;
        }
        TwValue err = TW_NULL;
        if (set_option(items[i], &err) < 0) {
            if (!err) {
                return -1;
            }
            TwValue out = tw_getattr(tw_interp.sys, TW_NAME(stderr));
            TwValue text = out ? tw_str_fmt("Invalid -W option ignored: %U\n", err) : TW_NULL;
            if (!text || !tw_call_method(out, TW_NAME(write), 1, &text)) {
                return -1;
            }
        }
    }
    return 0;
}

// ---------------------------------------------------------------- the module

static const TwMethodDef warnings_functions[] = {
    {"warn", w_warn, 0, -1, TW_BUILTIN_KEYWORDS},
    {"warn_explicit", w_warn_explicit, 0, -1, TW_BUILTIN_KEYWORDS},
    {"showwarning", w_showwarning, 0, -1, TW_BUILTIN_KEYWORDS},
    {"formatwarning", w_formatwarning, 0, -1, TW_BUILTIN_KEYWORDS},
    {"filterwarnings", w_filterwarnings, 0, -1, TW_BUILTIN_KEYWORDS},
    {"simplefilter", w_simplefilter, 0, -1, TW_BUILTIN_KEYWORDS},
    {"resetwarnings", w_resetwarnings, 0, -1, TW_BUILTIN_KEYWORDS},
    {"_filters_mutated", w_filters_mutated, 0, 0, 0},
    {"_showwarnmsg", w_showwarnmsg, 1, 1, 0},
    {"_showwarnmsg_impl", w_showwarnmsg_impl, 1, 1, 0},
    {"_formatwarnmsg", w_formatwarnmsg, 1, 1, 0},
    {"_formatwarnmsg_impl", w_formatwarnmsg_impl, 1, 1, 0},
    {NULL, NULL, 0, 0, 0},
};

static int warnings_module_init(TwValue module) {
    TwValue d = TW_OBJ(module, TwModule)->dict;
    if (tw_module_add_functions(module, warnings_functions) < 0) {
        return -1;
    }
    static const char *const all[] = {"warn", "warn_explicit", "showwarning", "formatwarning",
                                      "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"};
    TwValue all_list = tw_list_new(8);
    for (size_t i = 0; all_list && i < sizeof all / sizeof all[0]; i++) {
        if (tw_list_append(all_list, tw_str_intern_c(all[i])) < 0) {
            return -1;
        }
    }
    TwValue filters = tw_warn_filters();
    if (!all_list || !filters || tw_dict_set(d, TW_NAME(__all__), all_list) < 0 ||
        tw_dict_set_c(d, "filters", filters) < 0 ||
        tw_dict_set_c(d, "defaultaction", tw_warn_default_action()) < 0 ||
        tw_dict_set_c(d, "_defaultaction", tw_warn_default_action()) < 0 ||
        tw_dict_set_c(d, "onceregistry", tw_warn_once_registry()) < 0 ||
        tw_dict_set_c(d, "_onceregistry", tw_warn_once_registry()) < 0 ||
        tw_dict_set_c(d, "_warnings_defaults", TW_TRUE) < 0 ||
        tw_dict_set_c(d, "_showwarning_orig", tw_dict_get_c(d, "showwarning")) < 0 ||
        tw_dict_set_c(d, "_formatwarning_orig", tw_dict_get_c(d, "formatwarning")) < 0 ||
        tw_dict_set_c(d, "WarningMessage", tw_from_obj(&warnmsg_type)) < 0 ||
        tw_dict_set_c(d, "catch_warnings", tw_from_obj(&catch_type)) < 0) {
        return -1;
    }
    mod_dict = d;
    return process_options();
}

void tw_warnings_module_register(void) {
    tw_gc_add_root(&mod_dict);
    TwType *types[] = {&warnmsg_type, &catch_type};
    const TwMethodDef *methods[] = {warnmsg_methods, catch_methods};
    for (int i = 0; i < 2; i++) {
        tw_type_init_builtin(types[i], types[i]->c_name, &tw_type_object);
        tw_type_add_methods(types[i], methods[i]);
        if (tw_dict_set_c(tw_from_obj(types[i]->dict), "__module__", tw_str_intern_c("warnings")) < 0) {
            tw_error_clear();
        }
    }
    TwValue details = tw_tuple_pack(7, tw_str_intern_c("message"), tw_str_intern_c("category"),
                                    tw_str_intern_c("filename"), tw_str_intern_c("lineno"), tw_str_intern_c("file"),
                                    tw_str_intern_c("line"), tw_str_intern_c("source"));
    if (!details || tw_dict_set_c(tw_from_obj(warnmsg_type.dict), "_WARNING_DETAILS", details) < 0) {
        tw_error_clear();
    }
    tw_module_register("warnings", warnings_module_init);
}
