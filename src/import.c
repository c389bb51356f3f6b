// Modules and the import system.
//
// The module type, the registry of modules written in C, and `import`: resolve a
// (possibly relative) dotted name, then for each component look in sys.modules, the C
// registry, and finally the directories of sys.path (or the parent package's __path__) for
// `name.py` or `name/__init__.py`. Modules enter sys.modules before their code runs, so
// circular imports see the partial module, and leave it again if their code fails.
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile.h"
#include "gc.h"
#include "runtime.h"
#include "vm.h"

typedef struct CModule {
    const char *name;
    TwModuleInit init;
} CModule;

static CModule c_modules[64];
static int n_c_modules;

// ---- the module type ----

static void module_trace(TwObject *self) {
    TwModule *m = (TwModule *)self;
    tw_gc_mark(m->dict);
    tw_gc_mark(m->name);
}

TwType tw_type_module = {
    .hdr.type = &tw_type_type,
    .c_name = "module",
    .basic_size = sizeof(TwModule),
    .dict_offset = offsetof(TwModule, dict),
    .flags = TW_TYPE_BASETYPE,
    .trace = module_trace,
};

TwValue tw_module_new(TwValue name) {
    TwModule *m = (TwModule *)tw_gc_alloc(&tw_type_module, sizeof(TwModule));
    if (!m) {
        return TW_NULL;
    }
    m->name = name;
    m->dict = tw_dict_new();
    if (!m->dict) {
        return TW_NULL;
    }
    if (tw_dict_set(m->dict, TW_NAME(__name__), name) < 0 ||
        tw_dict_set(m->dict, TW_NAME(__doc__), TW_NONE) < 0 ||
        tw_dict_set(m->dict, TW_NAME(__package__), TW_NONE) < 0 ||
        tw_dict_set(m->dict, TW_NAME(__loader__), TW_NONE) < 0 ||
        tw_dict_set(m->dict, TW_NAME(__spec__), TW_NONE) < 0) {
        return TW_NULL;
    }
    return tw_from_obj(m);
}

static TwValue module_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"cls", "name", "doc"};
    TwValue a[3];
    if (tw_parse_args("module", argc, argv, kwnames, names, 3, 1, 3, 2, a) < 0) {
        return TW_NULL;
    }
    if (!tw_is_str(a[1])) {
        return tw_error(&tw_type_TypeError, "module() argument 'name' must be str, not %A", a[1]);
    }
    TwValue m = tw_module_new(a[1]);
    if (m && a[2] && tw_dict_set(TW_OBJ(m, TwModule)->dict, TW_NAME(__doc__), a[2]) < 0) {
        return TW_NULL;
    }
    if (m && a[0] != tw_from_obj(&tw_type_module)) {
        tw_as_obj(m)->type = TW_OBJ(a[0], TwType);   // subclasses share the layout
    }
    return m;
}

static TwValue module_init(int argc, TwValue *argv, TwValue kwnames) {
    return TW_NONE;
}

static const CModule *find_c_module(TwValue name);
static TwValue sys_modules(void);

static TwValue module_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwModule *m = TW_OBJ(argv[0], TwModule);
    TwValue name = tw_dict_get_str(m->dict, TW_NAME(__name__));
    if (!name) {
        name = tw_str_from_c("?");
    }
    TwValue file = tw_dict_get_str(m->dict, TW_NAME(__file__));
    if (file && tw_is_str(file)) {
        return tw_str_fmt("<module %R from %R>", name, file);
    }
    // Only the C modules are built-in; ModuleType('x') has neither file nor origin.
    if (tw_is_str(name) && (find_c_module(name) || tw_str_eq_c(name, "sys") || tw_str_eq_c(name, "builtins"))) {
        TwValue loaded = tw_dict_get_str(sys_modules(), name);
        if (loaded == argv[0]) {
            return tw_str_fmt("<module %R (built-in)>", name);
        }
    }
    return tw_str_fmt("<module %R>", name);
}

static TwValue module_getattribute(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0], name = argv[1];
    TwValue v = tw_object_getattr(self, name, true);
    if (v || tw_error_occurred()) {
        return v;
    }
    TwModule *m = TW_OBJ(self, TwModule);
    TwValue getattr = tw_dict_get_str(m->dict, TW_NAME(__getattr__));
    if (getattr) {
        return tw_call1(getattr, name);
    }
    TwValue mname = tw_dict_get_str(m->dict, TW_NAME(__name__));
    if (mname && tw_is_str(mname)) {
        return tw_error(&tw_type_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    }
    return tw_error(&tw_type_AttributeError, "module has no attribute '%U'", name);
}

static TwValue module_dir(int argc, TwValue *argv, TwValue kwnames) {
    TwValue list = tw_list_new(0);
    size_t pos = 0;
    TwValue k, v;
    TwValue d = TW_OBJ(argv[0], TwModule)->dict;
    while (list && tw_dict_next(d, &pos, &k, &v)) {
        if (tw_list_append(list, k) < 0) {
            return TW_NULL;
        }
    }
    return list;
}

static const TwMethodDef module_methods[] = {
    {"__new__", module_new, 1, 3, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", module_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", module_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__getattribute__", module_getattribute, 2, 2, TW_BUILTIN_METHOD},
    {"__dir__", module_dir, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---- the C module registry ----

void tw_module_register(const char *name, TwModuleInit init) {
    if (n_c_modules < (int)(sizeof c_modules / sizeof c_modules[0])) {
        c_modules[n_c_modules].name = name;
        c_modules[n_c_modules].init = init;
        n_c_modules++;
    }
}

TwValue tw_module_builtin_names(void) {
    TwValue list = tw_list_new(0);
    if (!list || tw_list_append(list, tw_str_intern_c("builtins")) < 0 ||
        tw_list_append(list, tw_str_intern_c("sys")) < 0) {
        return TW_NULL;
    }
    for (int i = 0; i < n_c_modules; i++) {
        if (tw_list_append(list, tw_str_intern_c(c_modules[i].name)) < 0) {
            return TW_NULL;
        }
    }
    if (tw_list_sort(list, TW_NULL, false) < 0) {
        return TW_NULL;
    }
    return tw_list_to_tuple(list);
}

int tw_module_add_functions(TwValue module, const TwMethodDef *defs) {
    TwModule *m = TW_OBJ(module, TwModule);
    for (; defs->name; defs++) {
        TwValue f = tw_builtin_new(defs->name, defs->fn, defs->min_args, defs->max_args, defs->flags);
        if (!f) {
            return -1;
        }
        TW_OBJ(f, TwBuiltin)->module = m->name;
        if (tw_dict_set_c(m->dict, defs->name, f) < 0) {
            return -1;
        }
    }
    return 0;
}

static const CModule *find_c_module(TwValue name) {
    for (int i = 0; i < n_c_modules; i++) {
        if (tw_str_eq_c(name, c_modules[i].name)) {
            return &c_modules[i];
        }
    }
    return NULL;
}

// ---- finding and loading modules ----

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

// Read a whole file into a malloc'd buffer; NULL (no exception) if it can't be read.
static char *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    char *buf = tw_read_stream(f, size);
    fclose(f);
    return buf;
}

// Execute the source file at `path` as the body of `module`.
static int exec_file(TwValue module, const char *path) {
    size_t size;
    char *src = read_file(path, &size);
    if (!src) {
        tw_error(&tw_type_ImportError, "can't read %s", path);
        return -1;
    }
    TwValue filename = tw_str_from_c(path);
    TwValue code = filename ? tw_compile_source(src, size, filename, TW_MODE_EXEC) : TW_NULL;
    free(src);
    if (!code) {
        return -1;
    }
    TwValue dict = TW_OBJ(module, TwModule)->dict;
    TwValue r = tw_vm_run(TW_OBJ(code, TwCode), dict, TW_NULL);
    return r ? 0 : -1;
}

static TwValue sys_modules(void) {
    return tw_interp.modules;
}

// dir/name with dir made absolute as CPython's path finder does: "" and "." are the
// current directory, other relative entries are joined to it without normalising.
static TwValue path_entry_join(const char *dir, TwValue name) {
    char cwd[PATH_MAX], base[2 * PATH_MAX];
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/') {
        n--;
    }
    if (dir[0] == '/') {
        snprintf(base, sizeof base, "%.*s", (int)n, dir);
    } else if (!getcwd(cwd, sizeof cwd)) {
        snprintf(base, sizeof base, "%.*s", n ? (int)n : 1, n ? dir : ".");
    } else if (n == 0 || (n == 1 && dir[0] == '.')) {
        snprintf(base, sizeof base, "%s", cwd);
    } else {
        snprintf(base, sizeof base, "%s/%.*s", cwd, (int)n, dir);
    }
    return tw_str_fmt("%s%s%U", base, strcmp(base, "/") ? "/" : "", name);
}

// Load `fullname` (whose last component is `name`) from one of the directories in
// `search` (a list of str). TW_NULL with no error if not found there.
static TwValue load_from_path(TwValue fullname, TwValue name, TwValue search) {
    if (!search || !tw_is_type(search, &tw_type_list)) {
        return TW_NULL;
    }
    for (size_t i = 0; i < tw_list_size(search); i++) {
        TwValue dir = tw_list_items(search)[i];
        if (!tw_is_str(dir)) {
            continue;
        }
        TwValue pkg_dir = path_entry_join(tw_str_data(dir), name);
        if (!pkg_dir) {
            return TW_NULL;
        }
        TwValue init = tw_str_fmt("%U/__init__.py", pkg_dir);
        TwValue file = tw_str_fmt("%U.py", pkg_dir);
        if (!init || !file) {
            return TW_NULL;
        }
        bool package = is_dir(tw_str_data(pkg_dir)) && is_file(tw_str_data(init));
        if (!package && !is_file(tw_str_data(file))) {
            continue;
        }
        TwValue m = tw_module_new(fullname);
        if (!m) {
            return TW_NULL;
        }
        TwValue dict = TW_OBJ(m, TwModule)->dict;
        TwValue path = package ? init : file;
        if (tw_dict_set(dict, TW_NAME(__file__), path) < 0 ||
            tw_dict_set(dict, TW_NAME(__builtins__), tw_interp.builtins_module) < 0) {
            return TW_NULL;
        }
        if (package) {
            TwValue p = tw_list_from(1, &pkg_dir);
            if (!p || tw_dict_set(dict, TW_NAME(__path__), p) < 0 ||
                tw_dict_set(dict, TW_NAME(__package__), fullname) < 0) {
                return TW_NULL;
            }
        } else {
            // the package is everything before the last dot
            const char *full = tw_str_data(fullname);
            const char *dot = strrchr(full, '.');
            TwValue pkg = dot ? tw_str_new(full, (size_t)(dot - full)) : tw_str_from_c("");
            if (!pkg || tw_dict_set(dict, TW_NAME(__package__), pkg) < 0) {
                return TW_NULL;
            }
        }
        if (tw_dict_set(sys_modules(), fullname, m) < 0) {
            return TW_NULL;
        }
        if (exec_file(m, tw_str_data(path)) < 0) {
            TwValue exc = tw_error_fetch();
            tw_dict_del(sys_modules(), fullname);
            tw_error_restore(exc);
            return TW_NULL;
        }
        // the module may have replaced itself in sys.modules
        TwValue final;
        if (tw_dict_lookup(sys_modules(), fullname, &final) == 1) {
            return final;
        }
        return m;
    }
    return TW_NULL;
}

static TwValue load_c_module(const CModule *cm, TwValue fullname) {
    TwValue m = tw_module_new(fullname);
    if (!m || tw_dict_set(sys_modules(), fullname, m) < 0) {
        return TW_NULL;
    }
    if (cm->init(m) < 0) {
        TwValue exc = tw_error_fetch();
        tw_dict_del(sys_modules(), fullname);
        tw_error_restore(exc);
        return TW_NULL;
    }
    return m;
}

static TwValue module_not_found(TwValue fullname) {
    TwValue msg = tw_str_fmt("No module named %R", fullname);
    if (!msg) {
        return TW_NULL;
    }
    TwValue exc = tw_exc_new(&tw_type_ModuleNotFoundError, tw_tuple_pack(1, msg));
    if (!exc) {
        return TW_NULL;
    }
    tw_setattr(exc, TW_NAME(name), fullname);
    return tw_raise(exc);
}

// Import one fully qualified module whose parent (if any) is already imported.
static TwValue import_one(TwValue fullname, TwValue parent, TwValue last) {
    TwValue m;
    int r = tw_dict_lookup(sys_modules(), fullname, &m);
    if (r) {
        if (r > 0 && m == TW_NONE) {
            return tw_error(&tw_type_ModuleNotFoundError, "import of %U halted; None in sys.modules", fullname);
        }
        return r > 0 ? m : TW_NULL;
    }
    TwValue search;
    if (parent) {
        search = tw_getattr_opt(parent, TW_NAME(__path__));
        if (!search) {
            if (tw_error_occurred()) {
                return TW_NULL;
            }
            TwValue msg = tw_str_fmt("No module named %R; %R is not a package", fullname,
                                     TW_OBJ(parent, TwModule)->name);
            TwValue exc = msg ? tw_exc_new(&tw_type_ModuleNotFoundError, tw_tuple_pack(1, msg)) : TW_NULL;
            if (exc) {
                tw_setattr(exc, TW_NAME(name), fullname);
                tw_raise(exc);
            }
            return TW_NULL;
        }
    } else {
        const CModule *cm = find_c_module(fullname);
        if (cm) {
            return load_c_module(cm, fullname);
        }
        search = tw_getattr_opt(tw_interp.sys, TW_NAME(path));
        if (!search && tw_error_occurred()) {
            return TW_NULL;
        }
    }
    m = load_from_path(fullname, last, search);
    if (!m) {
        return tw_error_occurred() ? TW_NULL : module_not_found(fullname);
    }
    if (parent && tw_setattr(parent, last, m) < 0) {
        return TW_NULL;
    }
    return m;
}

// Resolve a relative import against the importing module's globals.
static TwValue resolve_name(TwValue name, TwValue globals, int level) {
    if (level == 0) {
        if (tw_str_size(name) == 0) {
            return tw_error(&tw_type_ValueError, "Empty module name");
        }
        return name;
    }
    TwValue package = TW_NULL;
    if (globals && tw_is_type(globals, &tw_type_dict)) {
        package = tw_dict_get_str(globals, TW_NAME(__package__));
        if (!package || package == TW_NONE) {
            TwValue modname = tw_dict_get_str(globals, TW_NAME(__name__));
            if (modname && tw_is_str(modname)) {
                if (tw_dict_get_str(globals, TW_NAME(__path__))) {
                    package = modname;
                } else {
                    const char *s = tw_str_data(modname);
                    const char *dot = strrchr(s, '.');
                    package = tw_str_new(s, dot ? (size_t)(dot - s) : 0);
                }
            }
        }
    }
    if (!package || !tw_is_str(package) || tw_str_size(package) == 0) {
        return tw_error(&tw_type_ImportError, "attempted relative import with no known parent package");
    }
    const char *base = tw_str_data(package);
    size_t len = tw_str_size(package);
    for (int i = 1; i < level; i++) {
        while (len > 0 && base[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            return tw_error(&tw_type_ImportError, "attempted relative import beyond top-level package");
        }
        len--;
    }
    if (tw_str_size(name) == 0) {
        return tw_str_new(base, len);
    }
    TwValue prefix = tw_str_new(base, len);
    return prefix ? tw_str_fmt("%U.%U", prefix, name) : TW_NULL;
}

// Import every component of a dotted name; returns the last module.
static TwValue import_dotted(TwValue fullname) {
    const char *s = tw_str_data(fullname);
    size_t n = tw_str_size(fullname);
    TwValue parent = TW_NULL, m = TW_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            TwValue prefix = tw_str_new(s, i);
            TwValue last = tw_str_new(s + start, i - start);
            if (!prefix || !last) {
                return TW_NULL;
            }
            m = import_one(prefix, parent, last);
            if (!m) {
                return TW_NULL;
            }
            parent = m;
            start = i + 1;
        }
    }
    return m;
}

TwValue tw_import(TwValue name, TwValue globals, TwValue fromlist, int level) {
    if (!tw_is_str(name)) {
        return tw_error(&tw_type_TypeError, "module name must be str, not %T", name);
    }
    TwValue fullname = resolve_name(name, globals, level);
    if (!fullname) {
        return TW_NULL;
    }
    TwValue m = import_dotted(fullname);
    if (!m) {
        return TW_NULL;
    }
    bool has_fromlist = fromlist && fromlist != TW_NONE;
    if (has_fromlist) {
        int t = tw_truthy(fromlist);
        if (t < 0) {
            return TW_NULL;
        }
        has_fromlist = t;
    }
    if (!has_fromlist) {
        if (level == 0) {
            // `import a.b.c` binds the top-level package `a`
            const char *s = tw_str_data(fullname);
            const char *dot = strchr(s, '.');
            if (dot) {
                TwValue top = tw_str_new(s, (size_t)(dot - s));
                TwValue t;
                if (!top || tw_dict_lookup(sys_modules(), top, &t) <= 0) {
                    return tw_error_occurred() ? TW_NULL : module_not_found(top);
                }
                return t;
            }
            return m;
        }
        // `from . import x` style imports with no fromlist return the package itself;
        // with level > 0 and an empty fromlist CPython returns the top of the relative name
        const char *s = tw_str_data(name);
        const char *dot = strchr(s, '.');
        if (!*s || !dot) {
            return m;
        }
        size_t cut = tw_str_size(fullname) - (tw_str_size(name) - (size_t)(dot - s));
        TwValue top = tw_str_new(tw_str_data(fullname), cut);
        TwValue t;
        if (!top || tw_dict_lookup(sys_modules(), top, &t) <= 0) {
            return tw_error_occurred() ? TW_NULL : module_not_found(top);
        }
        return t;
    }
    // `from pkg import sub`: import submodules named in the fromlist that aren't attributes
    if (tw_getattr_opt(m, TW_NAME(__path__))) {
        size_t n;
        TwValue *items;
        TwValue seq = tw_sequence_fast(fromlist, &n, &items);
        if (!seq) {
            return TW_NULL;
        }
        for (size_t i = 0; i < n; i++) {
            TwValue item = items[i];
            if (!tw_is_str(item) || tw_str_eq_c(item, "*")) {
                continue;
            }
            TwValue have = tw_getattr_opt(m, item);
            if (have) {
                continue;
            }
            if (tw_error_occurred()) {
                return TW_NULL;
            }
            TwValue sub = tw_str_fmt("%U.%U", fullname, item);
            if (!sub) {
                return TW_NULL;
            }
            if (!import_one(sub, m, item)) {
                // a missing name is reported later by IMPORT_FROM, as CPython does
                if (tw_error_matches(&tw_type_ModuleNotFoundError)) {
                    tw_error_clear();
                } else {
                    return TW_NULL;
                }
            }
        }
    } else if (tw_error_occurred()) {
        return TW_NULL;
    }
    return m;
}

TwValue tw_import_c(const char *name) {
    TwValue n = tw_str_from_c(name);
    return n ? tw_import(n, TW_NULL, TW_NULL, 0) : TW_NULL;
}

TwValue tw_import_from(TwValue module, TwValue name) {
    TwValue v = tw_getattr_opt(module, name);
    if (v || tw_error_occurred()) {
        return v;
    }
    TwValue modname = tw_getattr_opt(module, TW_NAME(__name__));
    if (modname && tw_is_str(modname)) {
        TwValue full = tw_str_fmt("%U.%U", modname, name);
        TwValue m;
        if (full && tw_dict_lookup(sys_modules(), full, &m) == 1) {
            return m;
        }
    }
    tw_error_clear();
    TwValue file = tw_getattr_opt(module, TW_NAME(__file__));
    tw_error_clear();
    TwValue msg;
    if (!modname || !tw_is_str(modname)) {
        msg = tw_str_fmt("cannot import name %R from <unknown module name> (unknown location)", name);
    } else if (file && tw_is_str(file)) {
        msg = tw_str_fmt("cannot import name %R from %R (%U)", name, modname, file);
    } else {
        msg = tw_str_fmt("cannot import name %R from %R (unknown location)", name, modname);
    }
    TwValue exc = msg ? tw_exc_new(&tw_type_ImportError, tw_tuple_pack(1, msg)) : TW_NULL;
    if (!exc) {
        return TW_NULL;
    }
    if (modname) {
        tw_setattr(exc, TW_NAME(name), modname);
    }
    return tw_raise(exc);
}

int tw_import_star(TwValue module, TwValue locals) {
    TwValue all = tw_getattr_opt(module, TW_NAME(__all__));
    if (!all && tw_error_occurred()) {
        return -1;
    }
    if (all) {
        TwValue it = tw_iter(all);
        if (!it) {
            return -1;
        }
        TwValue name;
        while ((name = tw_next(it))) {
            TwValue v = tw_getattr(module, name);
            if (!v || tw_setitem(locals, name, v) < 0) {
                return -1;
            }
        }
        return tw_error_occurred() ? -1 : 0;
    }
    TwValue dict = tw_getattr(module, TW_NAME(__dict__));
    if (!dict) {
        return -1;
    }
    size_t pos = 0;
    TwValue k, v;
    while (tw_dict_next(dict, &pos, &k, &v)) {
        if (tw_is_str(k) && tw_str_data(k)[0] == '_') {
            continue;
        }
        if (tw_setitem(locals, k, v) < 0) {
            return -1;
        }
    }
    return 0;
}

void tw_import_init(void) {
    tw_type_init_builtin(&tw_type_module, "module", &tw_type_object);
    tw_type_add_methods(&tw_type_module, module_methods);
}
