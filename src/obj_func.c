// Callable and code-related types: Python functions, code objects, cells, bound methods
// and functions written in C (TwBuiltin), with their Python-visible attributes, plus the
// argument-checking helpers C functions use (tw_check_args, tw_parse_args).
#include <string.h>
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "opcodes.h"
#include "runtime.h"
#include "vm.h"

TwType tw_type_function = {.hdr = {&tw_type_type}};
TwType tw_type_code = {.hdr = {&tw_type_type}};
TwType tw_type_cell = {.hdr = {&tw_type_type}};
TwType tw_type_method = {.hdr = {&tw_type_type}};
TwType tw_type_builtin = {.hdr = {&tw_type_type}};

#define FN(v) TW_OBJ(v, TwFunction)
#define CODE(v) TW_OBJ(v, TwCode)
#define CELL(v) TW_OBJ(v, TwCell)
#define METH(v) TW_OBJ(v, TwBoundMethod)
#define BI(v) TW_OBJ(v, TwBuiltin)

static TwValue or_none(TwValue v) {
    return v ? v : TW_NONE;
}

// ================================================================ functions

static void function_trace(TwObject *o) {
    TwFunction *f = (TwFunction *)o;
    tw_gc_mark_obj(f->code);
    tw_gc_mark(f->globals);
    tw_gc_mark(f->builtins);
    tw_gc_mark(f->name);
    tw_gc_mark(f->qualname);
    tw_gc_mark(f->module);
    tw_gc_mark(f->doc);
    tw_gc_mark(f->defaults);
    tw_gc_mark(f->kwdefaults);
    tw_gc_mark(f->closure);
    tw_gc_mark(f->annotations);
    tw_gc_mark(f->dict);
}

TwValue tw_function_new(TwValue code, TwValue globals) {
    TwFunction *f = (TwFunction *)tw_gc_alloc(&tw_type_function, sizeof(TwFunction));
    if (!f) {
        return TW_NULL;
    }
    TwCode *co = CODE(code);
    f->code = co;
    f->globals = globals;
    f->builtins = tw_interp.builtins;
    f->name = co->name;
    f->qualname = co->qualname ? co->qualname : co->name;
    TwValue mod = tw_dict_get_str(globals, TW_NAME(__name__));
    f->module = mod ? mod : TW_NONE;
    // The compiler puts the docstring (or None) first in co_consts of functions.
    TwValue doc = TW_NONE;
    if (co->consts && tw_tuple_size(co->consts) > 0 && tw_is_str(tw_tuple_items(co->consts)[0])) {
        doc = tw_tuple_items(co->consts)[0];
    }
    f->doc = doc;
    return tw_from_obj(f);
}

static TwValue fn_get_name(TwValue self) { return FN(self)->name; }
static int fn_set_name(TwValue self, TwValue v) {
    if (!v || !tw_isinstance_type(v, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    FN(self)->name = v;
    return 0;
}
static TwValue fn_get_qualname(TwValue self) { return FN(self)->qualname; }
static int fn_set_qualname(TwValue self, TwValue v) {
    if (!v || !tw_isinstance_type(v, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    FN(self)->qualname = v;
    return 0;
}
static TwValue fn_get_module(TwValue self) { return or_none(FN(self)->module); }
static int fn_set_module(TwValue self, TwValue v) {
    FN(self)->module = v ? v : TW_NONE;
    return 0;
}
static TwValue fn_get_doc(TwValue self) { return or_none(FN(self)->doc); }
static int fn_set_doc(TwValue self, TwValue v) {
    FN(self)->doc = v ? v : TW_NONE;
    return 0;
}
static TwValue fn_get_defaults(TwValue self) { return or_none(FN(self)->defaults); }
static int fn_set_defaults(TwValue self, TwValue v) {
    if (v == TW_NONE) {
        v = TW_NULL;
    }
    if (v && !tw_isinstance_type(v, &tw_type_tuple)) {
        tw_error(&tw_type_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    if (v && tw_tuple_size(v) == 0) {
        v = TW_NULL;
    }
    FN(self)->defaults = v;
    return 0;
}
static TwValue fn_get_kwdefaults(TwValue self) { return or_none(FN(self)->kwdefaults); }
static int fn_set_kwdefaults(TwValue self, TwValue v) {
    if (v == TW_NONE) {
        v = TW_NULL;
    }
    if (v && !tw_isinstance_type(v, &tw_type_dict)) {
        tw_error(&tw_type_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    FN(self)->kwdefaults = v;
    return 0;
}
static TwValue fn_get_code(TwValue self) { return tw_from_obj(FN(self)->code); }
static int fn_set_code(TwValue self, TwValue v) {
    if (!v || !tw_is_type(v, &tw_type_code)) {
        tw_error(&tw_type_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    TwCode *co = CODE(v);
    int nclosure = FN(self)->closure ? (int)tw_tuple_size(FN(self)->closure) : 0;
    if (co->nfree != nclosure) {
        tw_error(&tw_type_ValueError, "%U() requires a code object with %d free vars, not %d", FN(self)->name,
                 nclosure, co->nfree);
        return -1;
    }
    FN(self)->code = co;
    return 0;
}
static TwValue fn_get_globals(TwValue self) { return FN(self)->globals; }
static TwValue fn_get_builtins(TwValue self) { return FN(self)->builtins; }
static TwValue fn_get_closure(TwValue self) { return or_none(FN(self)->closure); }
static TwValue fn_get_annotations(TwValue self) {
    if (!FN(self)->annotations) {
        TwValue d = tw_dict_new();
        if (!d) {
            return TW_NULL;
        }
        FN(self)->annotations = d;
    }
    return FN(self)->annotations;
}
static int fn_set_annotations(TwValue self, TwValue v) {
    if (v == TW_NONE) {
        v = TW_NULL;
    }
    if (v && !tw_isinstance_type(v, &tw_type_dict)) {
        tw_error(&tw_type_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    FN(self)->annotations = v;
    return 0;
}
static TwValue fn_get_dict(TwValue self) {
    if (!FN(self)->dict) {
        TwValue d = tw_dict_new();
        if (!d) {
            return TW_NULL;
        }
        FN(self)->dict = d;
    }
    return FN(self)->dict;
}
static int fn_set_dict(TwValue self, TwValue v) {
    if (!v) {
        tw_error(&tw_type_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!tw_isinstance_type(v, &tw_type_dict)) {
        tw_error(&tw_type_TypeError, "__dict__ must be set to a dictionary, not a '%s'", tw_type_cname(tw_type_of(v)));
        return -1;
    }
    FN(self)->dict = v;
    return 0;
}

static TwValue fn_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_fmt("<function %U at %p>", FN(argv[0])->qualname, (void *)tw_as_obj(argv[0]));
}

static TwValue fn_descr_get(int argc, TwValue *argv, TwValue kwnames) {
    if (argv[1] == TW_NONE) {
        return argv[0];
    }
    return tw_method_new(argv[0], argv[1]);
}

static TwValue fn_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return tw_function_call(argv[0], argc - 1, argv + 1, kwnames);
}

static TwValue function_call_hook(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    return tw_function_call(self, argc, argv, kwnames);
}

static const TwGetSetDef function_getsets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__module__", fn_get_module, fn_set_module},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__code__", fn_get_code, fn_set_code},
    {"__globals__", fn_get_globals, NULL, true},
    {"__builtins__", fn_get_builtins, NULL, true},
    {"__closure__", fn_get_closure, NULL, true},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__dict__", fn_get_dict, fn_set_dict},
    {NULL, NULL, NULL},
};

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
static TwValue fn_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"cls", "code", "globals", "name", "argdefs", "closure"};
    TwValue a[6];
    if (tw_parse_args("function", argc, argv, kwnames, names, 6, 1, 6, 3, a) < 0) {
        return TW_NULL;
    }
    if (!tw_is_type(a[1], &tw_type_code)) {
        return tw_error(&tw_type_TypeError, "function() argument 'code' must be code, not %A", a[1]);
    }
    if (!tw_isinstance_type(a[2], &tw_type_dict)) {
        return tw_error(&tw_type_TypeError, "function() argument 'globals' must be dict, not %A", a[2]);
    }
    TwValue name = a[3] ? a[3] : TW_NONE, defs = a[4] ? a[4] : TW_NONE, clo = a[5] ? a[5] : TW_NONE;
    if (name != TW_NONE && !tw_isinstance_type(name, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "arg 3 (name) must be None or string");
    }
    if (defs != TW_NONE && !tw_isinstance_type(defs, &tw_type_tuple)) {
        return tw_error(&tw_type_TypeError, "arg 4 (defaults) must be None or tuple");
    }
    TwCode *co = CODE(a[1]);
    if (clo != TW_NONE && !tw_isinstance_type(clo, &tw_type_tuple)) {
        return tw_error(&tw_type_TypeError, "arg 5 (closure) must be None or tuple");
    }
    if (co->nfree > 0 && clo == TW_NONE) {
        return tw_error(&tw_type_TypeError, "arg 5 (closure) must be tuple");
    }
    int64_t nclo = clo == TW_NONE ? 0 : tw_tuple_size(clo);
    if (nclo != co->nfree) {
        return tw_error(&tw_type_ValueError, "%U requires closure of length %d, not %d", co->name, co->nfree,
                        (int)nclo);
    }
    for (int64_t i = 0; i < nclo; i++) {
        if (!tw_is_type(tw_tuple_items(clo)[i], &tw_type_cell)) {
            return tw_error(&tw_type_TypeError, "arg 5 (closure) expected cell, found %T", tw_tuple_items(clo)[i]);
        }
    }
    TwValue f = tw_function_new(a[1], a[2]);
    if (!f) {
        return TW_NULL;
    }
    if (name != TW_NONE) {
        FN(f)->name = name;
    }
    if (defs != TW_NONE) {
        FN(f)->defaults = defs;
    }
    if (nclo > 0) {
        FN(f)->closure = clo;
    }
    return f;
}

static const TwMethodDef function_methods[] = {
    {"__new__", fn_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__repr__", fn_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__get__", fn_descr_get, 2, 3, TW_BUILTIN_METHOD},
    {"__call__", fn_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

// ================================================================ code objects

static void code_trace(TwObject *o) {
    TwCode *c = (TwCode *)o;
    tw_gc_mark(c->consts);
    tw_gc_mark(c->names);
    tw_gc_mark(c->varnames);
    tw_gc_mark(c->cellvars);
    tw_gc_mark(c->freevars);
    tw_gc_mark(c->name);
    tw_gc_mark(c->qualname);
    tw_gc_mark(c->filename);
    tw_gc_mark(c->source);
}

static void code_finalize(TwObject *o) {
    TwCode *c = (TwCode *)o;
    free(c->code);
    free(c->positions);
    free(c->exc_table);
    free(c->cell2arg);
    free(c->vm_cache);
    c->code = NULL;
    c->positions = NULL;
    c->exc_table = NULL;
    c->cell2arg = NULL;
    c->vm_cache = NULL;
}

static TwValue int_value(int64_t i) { return tw_from_small_int(i); }
static TwValue co_name(TwValue s) { return CODE(s)->name; }
static TwValue co_qualname(TwValue s) { return or_none(CODE(s)->qualname); }
static TwValue co_filename(TwValue s) { return CODE(s)->filename; }
static TwValue co_firstlineno(TwValue s) { return int_value(CODE(s)->firstlineno); }
static TwValue co_flags(TwValue s) { return int_value(CODE(s)->flags); }
static TwValue co_argcount(TwValue s) { return int_value(CODE(s)->argcount); }
static TwValue co_posonlyargcount(TwValue s) { return int_value(CODE(s)->posonlyargcount); }
static TwValue co_kwonlyargcount(TwValue s) { return int_value(CODE(s)->kwonlyargcount); }
static TwValue co_nlocals(TwValue s) { return int_value(CODE(s)->nlocals); }
static TwValue co_stacksize(TwValue s) { return int_value(CODE(s)->stacksize); }
static TwValue co_varnames(TwValue s) { return CODE(s)->varnames; }
static TwValue co_cellvars(TwValue s) { return CODE(s)->cellvars; }
static TwValue co_freevars(TwValue s) { return CODE(s)->freevars; }
static TwValue co_consts(TwValue s) { return CODE(s)->consts; }
static TwValue co_names(TwValue s) { return CODE(s)->names; }
static TwValue co_code(TwValue s) {
    TwCode *c = CODE(s);
    return tw_bytes_new(c->code, (size_t)c->ncode * sizeof(uint32_t));
}

// Offsets in co_lines() and f_lasti count 2 bytes per instruction, as CPython's code units.
static TwValue code_lines(int argc, TwValue *argv, TwValue kwnames) {
    TwCode *c = CODE(argv[0]);
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    uint32_t start = 0;
    for (uint32_t i = 1; i <= c->ncode; i++) {
        int32_t line = c->positions ? c->positions[start].line : -1;
        if (i < c->ncode && c->positions && c->positions[i].line == line) {
            continue;
        }
        TwValue t = tw_tuple_pack(3, tw_from_small_int(start * 2), tw_from_small_int(i * 2),
                                  line >= 0 ? tw_from_small_int(line) : TW_NONE);
        if (!t || tw_list_append(list, t) < 0) {
            return TW_NULL;
        }
        start = i;
    }
    return tw_iter(list);
}

// One (line, end_line, col, end_col) per instruction, None where unknown: tb_lasti // 2
// indexes it, as CPython's code units do.
static TwValue code_positions(int argc, TwValue *argv, TwValue kwnames) {
    TwCode *c = CODE(argv[0]);
    TwValue list = tw_list_new(c->ncode);
    if (!list) {
        return TW_NULL;
    }
    for (uint32_t i = 0; i < c->ncode; i++) {
        TwPosition p = c->positions ? c->positions[i] : (TwPosition){-1, -1, -1, -1};
        TwValue t = tw_tuple_pack(4, p.line >= 0 ? tw_from_small_int(p.line) : TW_NONE,
                                  p.end_line >= 0 ? tw_from_small_int(p.end_line) : TW_NONE,
                                  p.col >= 0 ? tw_from_small_int(p.col) : TW_NONE,
                                  p.end_col >= 0 ? tw_from_small_int(p.end_col) : TW_NONE);
        if (!t || tw_list_append(list, t) < 0) {
            return TW_NULL;
        }
    }
    return tw_iter(list);
}

static TwValue code_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwCode *c = CODE(argv[0]);
    return tw_str_fmt("<code object %U at %p, file \"%U\", line %d>", c->name, (void *)c, c->filename,
                      (int)c->firstlineno);
}

static const TwGetSetDef code_getsets[] = {
    {"co_name", co_name, NULL, true},
    {"co_qualname", co_qualname, NULL, true},
    {"co_filename", co_filename, NULL, true},
    {"co_firstlineno", co_firstlineno, NULL, true},
    {"co_flags", co_flags, NULL, true},
    {"co_argcount", co_argcount, NULL, true},
    {"co_posonlyargcount", co_posonlyargcount, NULL, true},
    {"co_kwonlyargcount", co_kwonlyargcount, NULL, true},
    {"co_nlocals", co_nlocals, NULL, true},
    {"co_stacksize", co_stacksize, NULL, true},
    {"co_varnames", co_varnames, NULL},
    {"co_cellvars", co_cellvars, NULL},
    {"co_freevars", co_freevars, NULL},
    {"co_consts", co_consts, NULL, true},
    {"co_names", co_names, NULL, true},
    {"co_code", co_code, NULL},
    {NULL, NULL, NULL},
};

static const TwMethodDef code_methods[] = {
    {"co_lines", code_lines, 1, 1, TW_BUILTIN_METHOD},
    {"co_positions", code_positions, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", code_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

// ================================================================ cells

static void cell_trace(TwObject *o) {
    tw_gc_mark(((TwCell *)o)->value);
}

TwValue tw_cell_new(TwValue v) {
    TwCell *c = (TwCell *)tw_gc_alloc(&tw_type_cell, sizeof(TwCell));
    if (!c) {
        return TW_NULL;
    }
    c->value = v;
    return tw_from_obj(c);
}

static TwValue cell_get_contents(TwValue self) {
    if (!CELL(self)->value) {
        return tw_error(&tw_type_ValueError, "Cell is empty");
    }
    return CELL(self)->value;
}
static int cell_set_contents(TwValue self, TwValue v) {
    CELL(self)->value = v;
    return 0;
}

static TwValue cell_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwValue v = CELL(argv[0])->value;
    if (!v) {
        return tw_str_fmt("<cell at %p: empty>", (void *)tw_as_obj(argv[0]));
    }
    return tw_str_fmt("<cell at %p: %s object at %p>", (void *)tw_as_obj(argv[0]),
                      tw_type_cname(tw_type_of(v)), (void *)(uintptr_t)v);
}

static TwValue cell_new_m(int argc, TwValue *argv, TwValue kwnames) {
    return tw_cell_new(argc > 1 ? argv[1] : TW_NULL);
}

static const TwGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

static const TwMethodDef cell_methods[] = {
    {"__repr__", cell_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__new__", cell_new_m, 1, 2, TW_BUILTIN_STATIC},
    {NULL, NULL, 0, 0, 0},
};

// ================================================================ bound methods

static void method_trace(TwObject *o) {
    tw_gc_mark(((TwBoundMethod *)o)->func);
    tw_gc_mark(((TwBoundMethod *)o)->self);
}

TwValue tw_method_new(TwValue func, TwValue self) {
    TwBoundMethod *m = (TwBoundMethod *)tw_gc_alloc(&tw_type_method, sizeof(TwBoundMethod));
    if (!m) {
        return TW_NULL;
    }
    m->func = func;
    m->self = self;
    return tw_from_obj(m);
}

// Call fn with `first` prepended to the arguments.
static TwValue call_prepended(TwValue fn, TwValue first, int argc, TwValue *argv, TwValue kwnames) {
    TwValue buf[16];
    TwValue *args = argc < 16 ? buf : malloc(((size_t)argc + 1) * sizeof(TwValue));
    if (!args) {
        return tw_error_nomem();
    }
    args[0] = first;
    if (argc) {
        memcpy(args + 1, argv, (size_t)argc * sizeof(TwValue));
    }
    TwValue r = tw_call(fn, argc + 1, args, kwnames);
    if (args != buf) {
        free(args);
    }
    return r;
}

static TwValue method_call_hook(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    return call_prepended(METH(self)->func, METH(self)->self, argc, argv, kwnames);
}

static TwValue meth_get_func(TwValue s) { return METH(s)->func; }
static TwValue meth_get_self(TwValue s) { return METH(s)->self; }
static TwValue meth_get_name(TwValue s) { return tw_getattr(METH(s)->func, TW_NAME(__name__)); }
static TwValue meth_get_qualname(TwValue s) { return tw_getattr(METH(s)->func, TW_NAME(__qualname__)); }
static TwValue meth_get_module(TwValue s) { return tw_getattr(METH(s)->func, TW_NAME(__module__)); }
static TwValue meth_get_doc(TwValue s) { return tw_getattr(METH(s)->func, TW_NAME(__doc__)); }

static TwValue meth_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwBoundMethod *m = METH(argv[0]);
    if (tw_is_type(m->func, &tw_type_builtin)) {
        // A C method bound by attribute lookup reads as CPython's builtin method objects.
        return tw_str_fmt("<built-in method %s of %s object at %p>", BI(m->func)->name,
                          tw_type_cname(tw_type_of(m->self)), (void *)(uintptr_t)m->self);
    }
    TwValue name = tw_getattr_opt(m->func, TW_NAME(__qualname__));
    if (!name) {
        if (tw_error_occurred()) {
            return TW_NULL;
        }
        name = tw_getattr_opt(m->func, TW_NAME(__name__));
        if (!name && tw_error_occurred()) {
            return TW_NULL;
        }
    }
    if (!name || !tw_is_str(name)) {
        name = tw_str_intern_c("?");
    }
    return tw_str_fmt("<bound method %U of %R>", name, m->self);
}

static TwValue meth_eq(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_is_type(argv[1], &tw_type_method)) {
        return TW_NOTIMPL;
    }
    TwBoundMethod *a = METH(argv[0]), *b = METH(argv[1]);
    if (a->self != b->self) {
        return TW_FALSE;
    }
    int r = tw_eq(a->func, b->func);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue meth_ne(int argc, TwValue *argv, TwValue kwnames) {
    TwValue r = meth_eq(argc, argv, kwnames);
    if (!r || r == TW_NOTIMPL) {
        return r;
    }
    return tw_bool(r == TW_FALSE);
}

static TwValue meth_hash(int argc, TwValue *argv, TwValue kwnames) {
    int64_t h = tw_hash(METH(argv[0])->func);
    if (h == -1) {
        return TW_NULL;
    }
    uint64_t p = (uint64_t)METH(argv[0])->self;
    int64_t x = (int64_t)((p >> 4) | (p << 60));
    x ^= h;
    if (x == -1) {
        x = -2;
    }
    return tw_int_from_i64(x);
}

static TwValue meth_descr_get(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue meth_getattr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_getattr(METH(argv[0])->func, argv[1]);
}

// method(function, instance): types.MethodType.
static TwValue meth_new_m(int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "method() takes no keyword arguments");
    }
    if (argc != 3) {
        return tw_error(&tw_type_TypeError, "method expected 2 arguments, got %d", argc - 1);
    }
    if (!tw_callable(argv[1])) {
        return tw_error(&tw_type_TypeError, "first argument must be callable");
    }
    if (argv[2] == TW_NONE) {
        return tw_error(&tw_type_TypeError, "instance must not be None");
    }
    return tw_method_new(argv[1], argv[2]);
}

static TwValue meth_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return method_call_hook(argv[0], argc - 1, argv + 1, kwnames);
}

static const TwGetSetDef method_getsets[] = {
    {"__func__", meth_get_func, NULL, true},
    {"__self__", meth_get_self, NULL, true},
    {"__name__", meth_get_name, NULL},
    {"__qualname__", meth_get_qualname, NULL},
    {"__module__", meth_get_module, NULL},
    {"__doc__", meth_get_doc, NULL},
    {NULL, NULL, NULL},
};

static const TwMethodDef method_methods[] = {
    {"__new__", meth_new_m, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__repr__", meth_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__eq__", meth_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", meth_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__hash__", meth_hash, 1, 1, TW_BUILTIN_METHOD},
    {"__get__", meth_descr_get, 2, 3, TW_BUILTIN_METHOD},
    {"__getattr__", meth_getattr, 2, 2, TW_BUILTIN_METHOD},
    {"__call__", meth_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

// ================================================================ builtin functions

static void builtin_trace(TwObject *o) {
    TwBuiltin *b = (TwBuiltin *)o;
    tw_gc_mark_obj(b->owner);
    tw_gc_mark(b->self);
    tw_gc_mark(b->module);
}

TwValue tw_builtin_new(const char *name, TwCFunc fn, int min_args, int max_args, int flags) {
    TwBuiltin *b = (TwBuiltin *)tw_gc_alloc(&tw_type_builtin, sizeof(TwBuiltin));
    if (!b) {
        return TW_NULL;
    }
    b->name = name;
    b->fn = fn;
    b->min_args = (int16_t)min_args;
    b->max_args = (int16_t)max_args;
    b->flags = (uint16_t)flags;
    return tw_from_obj(b);
}

// "list.append" for methods, "len" for functions; a type of a module (posix.DirEntry)
// contributes its own name only ("DirEntry.inode"), as its __qualname__.
static TwValue builtin_qualname(TwBuiltin *b) {
    if (b->owner && (b->flags & (TW_BUILTIN_METHOD | TW_BUILTIN_CLASSMETHOD | TW_BUILTIN_STATIC))) {
        const char *owner = tw_type_cname(b->owner);
        const char *dot = strrchr(owner, '.');
        return tw_str_fmt("%s.%s", dot ? dot + 1 : owner, b->name);
    }
    return tw_str_from_c(b->name);
}

// The name argument-count errors show: CPython's _PyObject_FunctionStr, "math.sqrt" for a
// function of a module other than builtins.
static TwValue builtin_funcstr(TwBuiltin *b) {
    if (!b->owner && b->module && tw_is_str(b->module) && !tw_str_eq_c(b->module, "builtins")) {
        return tw_str_fmt("%U.%s", b->module, b->name);
    }
    return builtin_qualname(b);
}

// The argument-count messages of CPython's METH_NOARGS / METH_O / _PyArg_CheckPositional.
// `qual` names the function in the first two forms, `name` in the last.
static int count_error(const char *qual, const char *name, int n, int min, int max) {
    if (min == max && min == 0) {
        tw_error(&tw_type_TypeError, "%s() takes no arguments (%d given)", qual, n);
    } else if (min == max && min == 1) {
        tw_error(&tw_type_TypeError, "%s() takes exactly one argument (%d given)", qual, n);
    } else if (n < min) {
        tw_error(&tw_type_TypeError, "%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min,
                 min == 1 ? "" : "s", n);
    } else {
        tw_error(&tw_type_TypeError, "%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max,
                 max == 1 ? "" : "s", n);
    }
    return -1;
}

int tw_check_args(const char *fname, int argc, int min, int max) {
    if (argc >= min && (max < 0 || argc <= max)) {
        return 0;
    }
    return count_error(fname, fname, argc, min, max);
}

int tw_check_no_kwargs(const char *fname, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        tw_error(&tw_type_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int tw_check_args_varargs(const char *fname, int argc, TwValue kwnames, int min, int max) {
    if (tw_check_no_kwargs(fname, kwnames) < 0) {
        return -1;
    }
    if (argc >= min && argc <= max) {
        return 0;
    }
    int n = argc < min ? min : max;
    const char *how = min == max ? "exactly" : argc < min ? "at least" : "at most";
    tw_error(&tw_type_TypeError, "%s() takes %s %d argument%s (%d given)", fname, how, n, n == 1 ? "" : "s", argc);
    return -1;
}

// CPython calls type slots through wrapper descriptors, whose wrong-self message differs
// from that of method descriptors; dict/list/set define a few of these dunders as methods.
static bool is_slot_wrapper(const char *name, TwType *owner) {
    static const char *const slots[] = {
        "__repr__", "__str__", "__hash__", "__call__", "__getattribute__", "__setattr__",
        "__delattr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__",
        "__next__", "__get__", "__set__", "__delete__", "__init__", "__del__", "__len__",
        "__getitem__", "__setitem__", "__delitem__", "__contains__", "__bool__", "__int__",
        "__float__", "__index__", "__neg__", "__pos__", "__abs__", "__invert__", "__divmod__",
        "__rdivmod__", "__pow__", "__rpow__", "__ipow__", NULL,
    };
    static const char *const binops[] = {
        "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "lshift", "rshift",
        "and", "or", "xor", NULL,
    };
    if ((strcmp(name, "__getitem__") == 0 && (owner == &tw_type_dict || owner == &tw_type_list)) ||
        (strcmp(name, "__contains__") == 0 &&
         (owner == &tw_type_dict || owner == &tw_type_set || owner == &tw_type_frozenset))) {
        return false;
    }
    for (int i = 0; slots[i]; i++) {
        if (strcmp(name, slots[i]) == 0) {
            return true;
        }
    }
    size_t n = strlen(name);
    if (n < 6 || strncmp(name, "__", 2) != 0 || strcmp(name + n - 2, "__") != 0) {
        return false;
    }
    const char *op = name + 2;
    size_t len = n - 4;
    if (len > 1 && (op[0] == 'r' || op[0] == 'i')) {
        for (int i = 0; binops[i]; i++) {
            if (strlen(binops[i]) == len - 1 && strncmp(op + 1, binops[i], len - 1) == 0) {
                return true;
            }
        }
    }
    for (int i = 0; binops[i]; i++) {
        if (strlen(binops[i]) == len && strncmp(op, binops[i], len) == 0) {
            return true;
        }
    }
    return false;
}

static TwValue builtin_invoke(TwBuiltin *b, int argc, TwValue *argv, TwValue kwnames);

static TwValue builtin_call_hook(TwValue self, int argc, TwValue *argv, TwValue kwnames) {
    TwBuiltin *b = BI(self);
    if (!b->self) {
        return builtin_invoke(b, argc, argv, kwnames);
    }
    TwValue buf[16];
    TwValue *args = argc < 16 ? buf : malloc(((size_t)argc + 1) * sizeof(TwValue));
    if (!args) {
        return tw_error_nomem();
    }
    args[0] = b->self;
    if (argc) {
        memcpy(args + 1, argv, (size_t)argc * sizeof(TwValue));
    }
    TwValue r = builtin_invoke(b, argc + 1, args, kwnames);
    if (args != buf) {
        free(args);
    }
    return r;
}

static TwValue builtin_invoke(TwBuiltin *b, int argc, TwValue *argv, TwValue kwnames) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int npos = argc - nkw;
    bool is_method = (b->flags & TW_BUILTIN_METHOD) && b->owner;
    if (is_method) {
        if (npos < 1) {
            TwValue q = builtin_qualname(b);
            return q ? tw_error(&tw_type_TypeError, "unbound method %U() needs an argument", q) : TW_NULL;
        }
        if (!tw_isinstance_type(argv[0], b->owner)) {
            if (is_slot_wrapper(b->name, b->owner)) {
                return tw_error(&tw_type_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                                b->name, tw_type_cname(b->owner), tw_type_cname(tw_type_of(argv[0])));
            }
            return tw_error(&tw_type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                            b->name, tw_type_cname(b->owner), tw_type_cname(tw_type_of(argv[0])));
        }
    }
    if (nkw && !(b->flags & TW_BUILTIN_KEYWORDS)) {
        TwValue q = builtin_funcstr(b);
        return q ? tw_error(&tw_type_TypeError, "%U() takes no keyword arguments", q) : TW_NULL;
    }
    int skip = is_method || (b->flags & (TW_BUILTIN_CLASSMETHOD | TW_BUILTIN_STATIC)) ? 1 : 0;
    int min = b->min_args, max = b->max_args;
    bool bad = (max >= 0 && npos > max) || (!(b->flags & TW_BUILTIN_KEYWORDS) && npos < min);
    if (bad) {
        TwValue q = builtin_funcstr(b);
        if (!q) {
            return TW_NULL;
        }
        count_error(tw_str_data(q), b->name, npos - skip, min - skip, max < 0 ? -1 : max - skip);
        return TW_NULL;
    }
    return b->fn(argc, argv, kwnames);
}

static TwValue bi_get_name(TwValue s) { return tw_str_from_c(BI(s)->name); }
static TwValue bi_get_qualname(TwValue s) { return builtin_qualname(BI(s)); }
static TwValue bi_get_self(TwValue s) {
    TwBuiltin *b = BI(s);
    if (b->self) {
        return b->self;
    }
    if (b->flags & TW_BUILTIN_STATIC && b->owner) {
        return tw_from_obj(b->owner);
    }
    if (!b->owner) {
        TwValue m = tw_interp.modules ? tw_dict_get_str(tw_interp.modules, b->module ? b->module : TW_NAME(builtins)) : TW_NULL;
        return m ? m : TW_NONE;
    }
    return TW_NONE;
}
static TwValue bi_get_module(TwValue s) {
    TwBuiltin *b = BI(s);
    if (b->module) {
        return b->module;
    }
    return b->owner ? TW_NONE : TW_NAME(builtins);
}
static TwValue bi_get_none(TwValue s) { return TW_NONE; }
static TwValue bi_get_objclass(TwValue s) {
    return BI(s)->owner ? tw_from_obj(BI(s)->owner) : tw_error(&tw_type_AttributeError, "__objclass__");
}

static TwValue bi_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwBuiltin *b = BI(argv[0]);
    if (b->self) {
        TwValue who = b->self;
        return tw_str_fmt("<built-in method %s of %s object at %p>", b->name, tw_type_cname(tw_type_of(who)),
                          (void *)(uintptr_t)who);
    }
    if (b->owner && (b->flags & TW_BUILTIN_STATIC)) {
        return tw_str_fmt("<built-in method %s of type object at %p>", b->name, (void *)b->owner);
    }
    if (b->owner && (b->flags & (TW_BUILTIN_METHOD | TW_BUILTIN_CLASSMETHOD))) {
        return tw_str_fmt("<method '%s' of '%s' objects>", b->name, tw_type_cname(b->owner));
    }
    return tw_str_fmt("<built-in function %s>", b->name);
}

static TwValue bind_builtin(TwBuiltin *b, TwValue self) {
    TwBuiltin *nb = (TwBuiltin *)tw_gc_alloc(&tw_type_builtin, sizeof(TwBuiltin));
    if (!nb) {
        return TW_NULL;
    }
    *nb = *b;
    nb->self = self;
    return tw_from_obj(nb);
}

// builtin.__get__(obj, type): methods bind to obj, classmethods to the class.
static TwValue bi_descr_get(int argc, TwValue *argv, TwValue kwnames) {
    TwBuiltin *b = BI(argv[0]);
    TwValue obj = argv[1];
    TwValue type = argc > 2 ? argv[2] : TW_NONE;
    if (b->self || !b->owner) {
        return argv[0];
    }
    if (b->flags & TW_BUILTIN_CLASSMETHOD) {
        TwValue cls = type != TW_NONE ? type : tw_from_obj(tw_type_of(obj));
        return bind_builtin(b, cls);
    }
    if (!(b->flags & TW_BUILTIN_METHOD) || obj == TW_NONE) {
        return argv[0];
    }
    if (!tw_isinstance_type(obj, b->owner)) {
        return tw_error(&tw_type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        b->name, tw_type_cname(b->owner), tw_type_cname(tw_type_of(obj)));
    }
    return bind_builtin(b, obj);
}

static TwValue bi_eq(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_is_type(argv[1], &tw_type_builtin)) {
        return TW_NOTIMPL;
    }
    TwBuiltin *a = BI(argv[0]), *b = BI(argv[1]);
    if (argv[0] == argv[1]) {
        return TW_TRUE;
    }
    return tw_bool(a->fn == b->fn && a->self == b->self && a->self && a->owner == b->owner);
}

static TwValue bi_hash(int argc, TwValue *argv, TwValue kwnames) {
    TwBuiltin *b = BI(argv[0]);
    uint64_t x = b->self ? ((uint64_t)(uintptr_t)b->fn >> 4) ^ (uint64_t)b->self : (uint64_t)argv[0] >> 4;
    int64_t h = (int64_t)(x & 0x3FFFFFFFFFFFFFFFull);
    return tw_int_from_i64(h);
}

static TwValue bi_call_m(int argc, TwValue *argv, TwValue kwnames) {
    return builtin_call_hook(argv[0], argc - 1, argv + 1, kwnames);
}

static const TwGetSetDef builtin_getsets[] = {
    {"__name__", bi_get_name, NULL},
    {"__qualname__", bi_get_qualname, NULL},
    {"__self__", bi_get_self, NULL},
    {"__module__", bi_get_module, NULL},
    {"__doc__", bi_get_none, NULL},
    {"__text_signature__", bi_get_none, NULL},
    {"__objclass__", bi_get_objclass, NULL},
    {NULL, NULL, NULL},
};

static const TwMethodDef builtin_methods[] = {
    {"__repr__", bi_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__get__", bi_descr_get, 2, 3, TW_BUILTIN_METHOD},
    {"__eq__", bi_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__hash__", bi_hash, 1, 1, TW_BUILTIN_METHOD},
    {"__call__", bi_call_m, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

// ================================================================ tw_parse_args

int tw_parse_args(const char *fname, int argc, TwValue *argv, TwValue kwnames, const char *const *names,
                  int nnames, int npos_only, int nkw_only_from, int nrequired, TwValue *out) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int npos = argc - nkw;
    int maxpos = nkw_only_from < nnames ? nkw_only_from : nnames;
    for (int i = 0; i < nnames; i++) {
        out[i] = TW_NULL;
    }
    if (argc > nnames) {
        tw_error(&tw_type_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, nnames,
                 npos == 0 ? "keyword " : "", nnames == 1 ? "" : "s", argc);
        return -1;
    }
    if (npos > maxpos) {
        if (maxpos == 0) {
            tw_error(&tw_type_TypeError, "%s() takes no positional arguments", fname);
        } else {
            tw_error(&tw_type_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                     nrequired < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", npos);
        }
        return -1;
    }
    for (int i = 0; i < npos; i++) {
        out[i] = argv[i];
    }
    // As CPython's argument clinic: a missing argument is reported before an unknown or
    // duplicate keyword, so the first bad keyword is only remembered here.
    int bad_kw = -1, bad_dup = -1;
    for (int k = 0; k < nkw; k++) {
        TwValue kw = tw_tuple_items(kwnames)[k];
        int j;
        for (j = npos_only; j < nnames; j++) {
            if (tw_is_str(kw) && tw_str_eq_c(kw, names[j])) {
                break;
            }
        }
        if (j == nnames || out[j]) {
            if (bad_kw < 0) {
                bad_kw = k;
                bad_dup = j;
            }
            continue;
        }
        out[j] = argv[npos + k];
    }
    for (int i = 0; i < nrequired && i < nnames; i++) {
        if (!out[i]) {
            if (i < npos_only) {
                int minpos = nrequired < npos_only ? nrequired : npos_only;
                tw_error(&tw_type_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                         minpos < maxpos ? "at least" : "exactly", minpos, minpos == 1 ? "" : "s", npos);
            } else {
                tw_error(&tw_type_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            }
            return -1;
        }
    }
    if (bad_kw >= 0) {
        if (bad_dup == nnames) {
            tw_error(&tw_type_TypeError, "'%S' is an invalid keyword argument for %s()", tw_tuple_items(kwnames)[bad_kw],
                     fname);
        } else {
            tw_error(&tw_type_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                     names[bad_dup], bad_dup + 1);
        }
        return -1;
    }
    return 0;
}

// ================================================================ start-up

void tw_func_init(void) {
    tw_type_function.basic_size = sizeof(TwFunction);
    tw_type_function.dict_offset = offsetof(TwFunction, dict);
    tw_type_function.trace = function_trace;
    tw_type_function.call = function_call_hook;
    tw_type_init_builtin(&tw_type_function, "function", &tw_type_object);
    tw_type_add_getsets(&tw_type_function, function_getsets);
    tw_type_add_methods(&tw_type_function, function_methods);

    tw_type_code.basic_size = sizeof(TwCode);
    tw_type_code.trace = code_trace;
    tw_type_code.finalize = code_finalize;
    tw_type_init_builtin(&tw_type_code, "code", &tw_type_object);
    tw_type_add_getsets(&tw_type_code, code_getsets);
    tw_type_add_methods(&tw_type_code, code_methods);

    tw_type_cell.basic_size = sizeof(TwCell);
    tw_type_cell.trace = cell_trace;
    tw_type_init_builtin(&tw_type_cell, "cell", &tw_type_object);
    tw_type_add_getsets(&tw_type_cell, cell_getsets);
    tw_type_add_methods(&tw_type_cell, cell_methods);

    tw_type_method.basic_size = sizeof(TwBoundMethod);
    tw_type_method.trace = method_trace;
    tw_type_method.call = method_call_hook;
    tw_type_init_builtin(&tw_type_method, "method", &tw_type_object);
    tw_type_method.flags |= TW_TYPE_HAS_GETATTR;
    tw_type_add_getsets(&tw_type_method, method_getsets);
    tw_type_add_methods(&tw_type_method, method_methods);

    tw_type_builtin.basic_size = sizeof(TwBuiltin);
    tw_type_builtin.trace = builtin_trace;
    tw_type_builtin.call = builtin_call_hook;
    tw_type_init_builtin(&tw_type_builtin, "builtin_function_or_method", &tw_type_object);
    tw_type_add_getsets(&tw_type_builtin, builtin_getsets);
    tw_type_add_methods(&tw_type_builtin, builtin_methods);
}
