// The warnings core: filters, registries and showing a warning, as CPython 3.11's
// _warnings module does them. warnings.warn() (mod_warnings.c), the compiler, the parser
// and the runtime all end in tw_warn_explicit. See warnings.h for the model.
#include "warnings.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "compile.h"
#include "gc.h"
#include "re.h"
#include "vm.h"

// Used until the warnings module exists; then refreshed from its attributes at each use.
static TwValue st_filters;          // list of (action, message, category, module, lineno)
static TwValue st_once_registry;    // dict
static TwValue st_default_action;   // str
static int64_t st_version;          // bumped by tw_warn_filters_mutated

// sys.modules["warnings"], or TW_NULL when it has not been imported.
static TwValue warnings_module(void) {
    if (!tw_interp.modules) {
        return TW_NULL;
    }
    TwValue m = tw_dict_get_c(tw_interp.modules, "warnings");
    return m && m != TW_NONE ? m : TW_NULL;
}

// An attribute of the warnings module; TW_NULL with no error when the module or the
// attribute is missing.
static TwValue module_attr(const char *name) {
    TwValue m = warnings_module();
    return m ? tw_getattr_opt(m, tw_str_intern_c(name)) : TW_NULL;
}

TwValue tw_warn_filters(void) {
    TwValue f = module_attr("filters");
    if (f) {
        st_filters = f;
    } else if (tw_error_occurred()) {
        return TW_NULL;
    }
    if (!st_filters || !tw_isinstance_type(st_filters, &tw_type_list)) {
        return tw_error(&tw_type_ValueError, "_warnings.filters must be a list");
    }
    return st_filters;
}

TwValue tw_warn_once_registry(void) {
    return st_once_registry;
}

TwValue tw_warn_default_action(void) {
    return st_default_action;
}

void tw_warn_filters_mutated(void) {
    st_version++;
}

static TwValue get_default_action(void) {
    TwValue a = module_attr("defaultaction");
    if (a) {
        if (!tw_isinstance_type(a, &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "_warnings.defaultaction must be a string, not '%T'", a);
        }
        st_default_action = a;
    } else if (tw_error_occurred()) {
        return TW_NULL;
    }
    return st_default_action;
}

static TwValue get_once_registry(void) {
    TwValue r = module_attr("onceregistry");
    if (r) {
        if (!tw_isinstance_type(r, &tw_type_dict)) {
            return tw_error(&tw_type_TypeError, "_warnings.onceregistry must be a dict, not '%T'", r);
        }
        st_once_registry = r;
    } else if (tw_error_occurred()) {
        return TW_NULL;
    }
    return st_once_registry;
}

// ---------------------------------------------------------------- filters

static int tuple_in_list_index(TwValue list, TwValue item, size_t *at) {
    for (size_t i = 0; i < tw_list_size(list); i++) {
        int r = tw_eq(tw_list_items(list)[i], item);
        if (r != 0) {
            *at = i;
            return r;
        }
    }
    return 0;
}

int tw_warn_add_filter(TwValue action, TwValue message, TwValue category, TwValue module, TwValue lineno,
                       bool append) {
    TwValue filters = tw_warn_filters();
    if (!filters) {
        return -1;
    }
    TwValue item = tw_tuple_pack(5, action, message, category, module, lineno);
    if (!item) {
        return -1;
    }
    size_t at;
    int found = tuple_in_list_index(filters, item, &at);
    if (found < 0) {
        return -1;
    }
    if (append) {
        if (!found && tw_list_append(filters, item) < 0) {
            return -1;
        }
    } else {
        TwValue *items;
        if (found) {
            items = tw_list_items(filters);
            memmove(items + at, items + at + 1, (tw_list_size(filters) - at - 1) * sizeof *items);
            TW_OBJ(filters, TwList)->size--;
        }
        if (tw_list_append(filters, item) < 0) {
            return -1;
        }
        items = tw_list_items(filters);
        memmove(items + 1, items, (tw_list_size(filters) - 1) * sizeof *items);
        items[0] = item;
    }
    tw_warn_filters_mutated();
    return 0;
}

// Does a filter's message or module field match `arg`? None matches anything, a plain
// str must be equal (the built-in default filters), anything else is a compiled pattern.
static int check_matched(TwValue pattern, TwValue arg) {
    if (pattern == TW_NONE) {
        return 1;
    }
    if (tw_is_str(pattern)) {
        return tw_is_str(arg) && tw_str_eq(pattern, arg);
    }
    if (tw_re_is_pattern(pattern)) {
        return tw_re_match_bool(pattern, arg);
    }
    TwValue r = tw_call_method(pattern, tw_str_intern_c("match"), 1, &arg);
    return r ? tw_truthy(r) : -1;
}

// The action of the first filter matching the warning (or the default action).
static TwValue get_filter(TwValue category, TwValue text, int lineno, TwValue module, TwValue *item_out) {
    TwValue filters = tw_warn_filters();
    if (!filters) {
        return TW_NULL;
    }
    for (size_t i = 0; i < tw_list_size(filters); i++) {
        TwValue item = tw_list_items(filters)[i];
        if (!tw_isinstance_type(item, &tw_type_tuple) || tw_tuple_size(item) != 5) {
            return tw_error(&tw_type_ValueError, "_warnings.filters item %zd isn't a 5-tuple", (size_t)i);
        }
        TwValue *f = tw_tuple_items(item);
        TwValue action = f[0];
        if (!tw_isinstance_type(action, &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "action must be a string, not '%T'", action);
        }
        int good_msg = check_matched(f[1], text);
        if (good_msg < 0) {
            return TW_NULL;
        }
        int good_mod = check_matched(f[3], module);
        if (good_mod < 0) {
            return TW_NULL;
        }
        int is_sub = tw_issubclass(category, f[2]);
        if (is_sub < 0) {
            return TW_NULL;
        }
        int64_t ln;
        if (tw_int_as_i64(f[4], &ln) < 0) {
            return TW_NULL;
        }
        if (good_msg && is_sub && good_mod && (ln == 0 || ln == lineno)) {
            *item_out = item;
            return action;
        }
    }
    *item_out = TW_NONE;
    return get_default_action();
}

// Has this warning been shown for `registry` already? A registry made under other filters
// is cleared first. With should_set, records the key as shown.
static int already_warned(TwValue registry, TwValue key, bool should_set) {
    TwValue vname = tw_str_intern_c("version");
    TwValue ver;
    int r = tw_dict_lookup(registry, vname, &ver);
    if (r < 0) {
        return -1;
    }
    int64_t v;
    if (r == 0 || tw_type_of(ver) != &tw_type_int || !tw_int_to_i64(ver, &v) || v != st_version) {
        TwValue res = tw_call_method(registry, tw_str_intern_c("clear"), 0, NULL);
        if (!res) {
            return -1;
        }
        TwValue nv = tw_int_from_i64(st_version);
        if (!nv || tw_dict_set(registry, vname, nv) < 0) {
            return -1;
        }
    } else {
        TwValue seen;
        r = tw_dict_lookup(registry, key, &seen);
        if (r < 0) {
            return -1;
        }
        if (r > 0) {
            int t = tw_truthy(seen);
            if (t != 0) {
                return t;
            }
        }
    }
    if (should_set && tw_dict_set(registry, key, TW_TRUE) < 0) {
        return -1;
    }
    return 0;
}

// registry[(text, category)] or registry[(text, category, 0)]: 1 if already there.
static int update_registry(TwValue registry, TwValue text, TwValue category, bool add_zero) {
    TwValue key = add_zero ? tw_tuple_pack(3, text, category, tw_from_small_int(0))
                           : tw_tuple_pack(2, text, category);
    return key ? already_warned(registry, key, true) : -1;
}

// ---------------------------------------------------------------- showing

TwValue tw_warn_source_line(TwValue filename, int64_t lineno) {
    if (!tw_is_str(filename) || lineno < 1) {
        return TW_NULL;
    }
    const char *name = tw_str_data(filename);
    size_t n = tw_str_size(filename);
    if (n == 0 || (name[0] == '<' && name[n - 1] == '>')) {
        return TW_NULL;   // "<string>", "<stdin>": no file to read
    }
    TwValue source = tw_read_source_file(name);
    if (!source && name[0] != '/') {
        TwValue path = tw_interp.sys ? tw_getattr_opt(tw_interp.sys, TW_NAME(path)) : TW_NULL;
        tw_error_clear();
        for (size_t i = 0; !source && path && tw_isinstance_type(path, &tw_type_list) && i < tw_list_size(path); i++) {
            TwValue dir = tw_list_items(path)[i];
            if (tw_is_str(dir)) {
                TwValue full = *tw_str_data(dir) ? tw_str_fmt("%U/%U", dir, filename) : filename;
                if (!full) {
                    tw_error_clear();
                    return TW_NULL;
                }
                source = tw_read_source_file(tw_str_data(full));
            }
        }
    }
    return lineno <= INT32_MAX ? tw_source_line(source, (int)lineno) : TW_NULL;
}

TwValue tw_warn_format_message(TwValue message, TwValue category, TwValue filename, TwValue lineno, TwValue line) {
    TwValue name = tw_getattr(category, TW_NAME(__name__));
    if (!name) {
        return TW_NULL;
    }
    TwValue fs = tw_str(filename), ls = fs ? tw_str(lineno) : TW_NULL;
    TwValue ns = ls ? tw_str(name) : TW_NULL, ms = ns ? tw_str(message) : TW_NULL;
    if (!ms) {
        return TW_NULL;
    }
    TwValue s = tw_str_fmt("%U:%U: %U: %U\n", fs, ls, ns, ms);
    if (!s) {
        return TW_NULL;
    }
    bool show = false;
    if (!line || line == TW_NONE) {
        int64_t ln;
        line = tw_is_int(lineno) && tw_int_to_i64(lineno, &ln) ? tw_warn_source_line(filename, ln) : TW_NULL;
        show = line != TW_NULL;
    } else {
        int t = tw_truthy(line);
        if (t < 0) {
            return TW_NULL;
        }
        show = t;
    }
    if (show) {
        TwValue stripped = tw_call_method(line, tw_str_intern_c("strip"), 0, NULL);
        if (!stripped) {
            return TW_NULL;
        }
        TwValue tail = tw_str_fmt("  %S\n", stripped);
        if (!tail) {
            return TW_NULL;
        }
        s = tw_str_concat(s, tail);
    }
    return s;
}

// Write a warning to sys.stderr directly (no warnings module): errors are dropped.
static void show_warning_c(TwValue filename, int lineno, TwValue text, TwValue category) {
    TwValue err = tw_interp.sys ? tw_getattr_opt(tw_interp.sys, TW_NAME(stderr)) : TW_NULL;
    if (!err || err == TW_NONE) {
        if (!err) {
            tw_error_clear();
            fprintf(stderr, "lost sys.stderr\n");
        }
        return;
    }
    TwValue s = tw_warn_format_message(text, category, filename, tw_from_small_int(lineno), TW_NULL);
    if (!s || !tw_call_method(err, TW_NAME(write), 1, &s)) {
        tw_error_clear();
    }
}

static int call_show_warning(TwValue category, TwValue text, TwValue message, TwValue filename, int lineno,
                             TwValue source) {
    TwValue show = module_attr("_showwarnmsg");
    if (!show) {
        if (tw_error_occurred()) {
            return -1;
        }
        show_warning_c(filename, lineno, text, category);
        return 0;
    }
    if (!tw_callable(show)) {
        tw_error(&tw_type_TypeError, "warnings._showwarnmsg() must be set to a callable");
        return -1;
    }
    TwValue cls = module_attr("WarningMessage");
    if (!cls) {
        if (!tw_error_occurred()) {
            tw_error(&tw_type_RuntimeError, "unable to get warnings.WarningMessage");
        }
        return -1;
    }
    TwValue args[7] = {message, category, filename, tw_from_small_int(lineno), TW_NONE, TW_NONE, source};
    TwValue msg = tw_call(cls, source ? 7 : 6, args, TW_NULL);
    if (!msg) {
        return -1;
    }
    return tw_call1(show, msg) ? 0 : -1;
}

// ---------------------------------------------------------------- warning

// The module name of a warning without one: the filename without ".py".
static TwValue normalize_module(TwValue filename) {
    size_t n = tw_str_size(filename);
    if (n == 0) {
        return tw_str_from_c("<unknown>");
    }
    if (n >= 3 && memcmp(tw_str_data(filename) + n - 3, ".py", 3) == 0) {
        return tw_str_new(tw_str_data(filename), n - 3);
    }
    return filename;
}

int tw_warn_explicit(TwValue category, TwValue message, TwValue filename, int lineno, TwValue module,
                     TwValue registry) {
    return tw_warn_explicit_source(category, message, filename, lineno, module, registry, TW_NULL);
}

int tw_warn_explicit_source(TwValue category, TwValue message, TwValue filename, int lineno, TwValue module,
                            TwValue registry, TwValue source) {
    if (module == TW_NONE) {
        return 0;   // CPython: a warning with no module (late at shutdown) is dropped
    }
    if (registry == TW_NONE) {
        registry = TW_NULL;
    }
    if (registry && !tw_isinstance_type(registry, &tw_type_dict)) {
        tw_error(&tw_type_TypeError, "'registry' must be a dict or None");
        return -1;
    }
    if (!module) {
        module = normalize_module(filename);
        if (!module) {
            return -1;
        }
    }
    TwValue text;
    int r = tw_isinstance(message, tw_from_obj(&tw_type_Warning));
    if (r < 0) {
        return -1;
    }
    if (r) {
        text = tw_str(message);
        if (!text) {
            return -1;
        }
        category = tw_from_obj(tw_type_of(message));
    } else {
        text = message;
        message = tw_call1(category, message);
        if (!message) {
            return -1;
        }
    }
    TwValue lineno_obj = tw_from_small_int(lineno);
    TwValue key = tw_tuple_pack(3, text, category, lineno_obj);
    if (!key) {
        return -1;
    }
    if (registry) {
        r = already_warned(registry, key, false);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    TwValue item = TW_NONE;
    TwValue action = get_filter(category, text, lineno, module, &item);
    if (!action) {
        return -1;
    }
    if (tw_str_eq_c(action, "error")) {
        tw_raise(message);
        return -1;
    }
    if (tw_str_eq_c(action, "ignore")) {
        return 0;
    }
    r = 0;
    if (!tw_str_eq_c(action, "always")) {
        if (registry && tw_dict_set(registry, key, TW_TRUE) < 0) {
            return -1;
        }
        if (tw_str_eq_c(action, "once")) {
            TwValue reg = registry ? registry : get_once_registry();
            if (!reg) {
                return -1;
            }
            r = update_registry(reg, text, category, false);
        } else if (tw_str_eq_c(action, "module")) {
            if (registry) {
                r = update_registry(registry, text, category, true);
            }
        } else if (!tw_str_eq_c(action, "default")) {
            tw_error(&tw_type_RuntimeError, "Unrecognized action (%R) in warnings.filters:\n %R", action, item);
            return -1;
        }
    }
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    return call_show_warning(category, text, message, filename, lineno, source);
}

// Where a warning raised `stacklevel` frames up is attributed: filename, line, module
// name and the registry (created in the frame's globals if missing).
static int setup_context(int64_t stacklevel, TwValue *filename, int *lineno, TwValue *module, TwValue *registry) {
    TwFrame *f = tw_ts.frame;
    while (--stacklevel > 0 && f) {
        f = f->back;
    }
    TwValue globals;
    if (!f) {
        globals = TW_OBJ(tw_interp.sys, TwModule)->dict;
        *filename = tw_str_intern_c("sys");
        *lineno = 1;
    } else {
        globals = f->globals;
        *filename = f->code->filename;
        *lineno = tw_frame_lineno(f);
    }
    TwValue rname = tw_str_intern_c("__warningregistry__");
    int r = tw_dict_lookup(globals, rname, registry);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        *registry = tw_dict_new();
        if (!*registry || tw_dict_set(globals, rname, *registry) < 0) {
            return -1;
        }
    }
    TwValue name;
    r = tw_dict_lookup(globals, TW_NAME(__name__), &name);
    if (r < 0) {
        return -1;
    }
    if (r > 0 && (name == TW_NONE || tw_isinstance_type(name, &tw_type_str))) {
        *module = name;
    } else {
        *module = tw_str_intern_c("<string>");
    }
    return 0;
}

int tw_warn_value(TwValue message, TwValue category, int64_t stacklevel, TwValue source) {
    int r = tw_isinstance(message, tw_from_obj(&tw_type_Warning));
    if (r < 0) {
        return -1;
    }
    if (r) {
        category = tw_from_obj(tw_type_of(message));
    } else if (!category || category == TW_NONE) {
        category = tw_from_obj(&tw_type_UserWarning);
    }
    r = tw_isinstance_type(category, &tw_type_type) ? tw_issubclass(category, tw_from_obj(&tw_type_Warning)) : 0;
    if (r <= 0) {
        tw_error_clear();
        tw_error(&tw_type_TypeError, "category must be a Warning subclass, not '%T'", category);
        return -1;
    }
    TwValue filename, module, registry;
    int lineno;
    if (setup_context(stacklevel, &filename, &lineno, &module, &registry) < 0) {
        return -1;
    }
    return tw_warn_explicit_source(category, message, filename, lineno, module, registry, source);
}

int tw_warn(TwType *category, const char *message, int stacklevel) {
    TwValue m = tw_str_from_c(message);
    return m ? tw_warn_value(m, tw_from_obj(category), stacklevel, TW_NULL) : -1;
}

int tw_warn_format(TwType *category, int stacklevel, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TwValue m = tw_str_vfmt(fmt, ap);
    va_end(ap);
    return m ? tw_warn_value(m, tw_from_obj(category), stacklevel, TW_NULL) : -1;
}

int tw_warn_subclass_result(const char *what, const char *type, TwValue result) {
    return tw_warn_format(&tw_type_DeprecationWarning, 1,
                          "%s returned non-%s (type %s).  The ability to return an instance of a strict "
                          "subclass of %s is deprecated, and may be removed in a future version of Python.",
                          what, type, tw_type_cname(tw_type_of(result)), type);
}

// ---------------------------------------------------------------- start-up

void tw_warn_init(void) {
    tw_gc_add_root(&st_filters);
    tw_gc_add_root(&st_once_registry);
    tw_gc_add_root(&st_default_action);
    st_once_registry = tw_dict_new();
    st_default_action = tw_str_intern_c("default");
    st_filters = tw_list_new(5);
    if (!st_filters || !st_once_registry) {
        fprintf(stderr, "twinpy: cannot initialise warnings\n");
        exit(1);
    }
    // CPython 3.11's defaults for a release build (the C module's init_filters).
    struct { const char *action; TwType *category; const char *module; } defaults[] = {
        {"default", &tw_type_DeprecationWarning, "__main__"},
        {"ignore", &tw_type_DeprecationWarning, NULL},
        {"ignore", &tw_type_PendingDeprecationWarning, NULL},
        {"ignore", &tw_type_ImportWarning, NULL},
        {"ignore", &tw_type_ResourceWarning, NULL},
    };
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
        TwValue mod = defaults[i].module ? tw_str_intern_c(defaults[i].module) : TW_NONE;
        TwValue item = tw_tuple_pack(5, tw_str_intern_c(defaults[i].action), TW_NONE,
                                     tw_from_obj(defaults[i].category), mod, tw_from_small_int(0));
        if (!item || tw_list_append(st_filters, item) < 0) {
            fprintf(stderr, "twinpy: cannot initialise warnings\n");
            exit(1);
        }
    }
    tw_warnings_module_register();
}
