// The builtins CPython's site module adds (its _sitebuiltins): exit and quit (Quitter),
// copyright, credits and license (_Printer), help (_Helper). They are objects whose repr
// is the message an interactive user sees; help(x) imports lib/pydoc.py, as CPython's
// _Helper imports pydoc. license() cannot print CPython's full license file (twinpy has
// none), so it names where the text is, as site.py does when the file is missing.
#include "gc.h"
#include "mod_builtins.h"
#include "runtime.h"
#include "vm.h"

typedef struct TwSiteObj {
    TwObject hdr;
    TwValue name;        // "exit", "license", ...
    TwValue text;        // Quitter: the EOF key; _Printer: the text
    bool elsewhere;      // _Printer: the full text is not `text` (license)
} TwSiteObj;

#define SO(v) TW_OBJ(v, TwSiteObj)
enum { MAXLINES = 23 };   // _Printer.MAXLINES: a screenful

static void site_trace(TwObject *self) {
    tw_gc_mark(((TwSiteObj *)self)->name);
    tw_gc_mark(((TwSiteObj *)self)->text);
}

static TwType tw_type_quitter = {
    .hdr = {&tw_type_type}, .c_name = "Quitter", .basic_size = sizeof(TwSiteObj), .trace = site_trace,
};
static TwType tw_type_printer = {
    .hdr = {&tw_type_type}, .c_name = "_Printer", .basic_size = sizeof(TwSiteObj), .trace = site_trace,
};
static TwType tw_type_helper = {
    .hdr = {&tw_type_type}, .c_name = "_Helper", .basic_size = sizeof(TwSiteObj), .trace = site_trace,
};

static TwValue call_builtin(const char *name, TwValue arg) {
    TwValue f = tw_dict_get_c(tw_interp.builtins, name);
    if (!f) {
        return tw_error(&tw_type_NameError, "name '%s' is not defined", name);
    }
    return arg ? tw_call1(f, arg) : tw_call0(f);
}

// ---- Quitter

static TwValue quitter_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_fmt("Use %U() or %U to exit", SO(argv[0])->name, SO(argv[0])->text);
}

static TwValue quitter_call(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"code"};
    TwValue code[1];
    if (tw_parse_args("__call__", argc - 1, argv + 1, kwnames, names, 1, 0, 1, 0, code) < 0) {
        return TW_NULL;
    }
    // As CPython: close stdin (shells notice that), ignore any error, then SystemExit(code).
    TwValue sys = tw_import_c("sys");
    TwValue in = sys ? tw_getattr_c(sys, "stdin") : TW_NULL;
    if (!in || !tw_call_method(in, tw_str_intern_c("close"), 0, NULL)) {
        tw_error_clear();
    }
    TwValue args = tw_tuple_pack(1, code[0] ? code[0] : TW_NONE);
    TwValue exc = args ? tw_exc_new(&tw_type_SystemExit, args) : TW_NULL;
    return exc ? tw_raise(exc) : TW_NULL;
}

static TwValue get_name(TwValue self) { return SO(self)->name; }
static TwValue get_eof(TwValue self) { return SO(self)->text; }

// ---- _Printer

static TwValue printer_lines(TwValue self) {
    TwValue nl = tw_str_from_c("\n");
    return nl ? tw_call_method(SO(self)->text, tw_str_intern_c("split"), 1, &nl) : TW_NULL;
}

static TwValue printer_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwSiteObj *p = SO(argv[0]);
    TwValue lines = printer_lines(argv[0]);
    if (!lines) {
        return TW_NULL;
    }
    if (!p->elsewhere && tw_list_size(lines) <= MAXLINES) {
        return p->text;
    }
    return tw_str_fmt("Type %U() to see the full %U text", p->name, p->name);
}

static TwValue printer_call(int argc, TwValue *argv, TwValue kwnames) {
    TwValue lines = printer_lines(argv[0]);
    if (!lines) {
        return TW_NULL;
    }
    TwValue prompt = tw_str_from_c("Hit Return for more, or q (and Return) to quit: ");
    for (size_t i = 0; prompt && i < tw_list_size(lines); i++) {
        if (!call_builtin("print", tw_list_items(lines)[i])) {
            return TW_NULL;
        }
        if ((i + 1) % MAXLINES == 0 && i + 1 < tw_list_size(lines)) {
            for (;;) {
                TwValue key = call_builtin("input", prompt);
                if (!key) {
                    return TW_NULL;
                }
                if (tw_str_eq_c(key, "q")) {
                    return TW_NONE;
                }
                if (tw_str_eq_c(key, "")) {
                    break;
                }
            }
        }
    }
    return prompt ? TW_NONE : TW_NULL;
}

// ---- _Helper

static TwValue helper_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_from_c("Type help() for interactive help, or help(object) for help about object.");
}

static TwValue helper_call(int argc, TwValue *argv, TwValue kwnames) {
    TwValue pydoc = tw_import(tw_str_intern_c("pydoc"), TW_NULL, TW_NULL, 0);
    TwValue help = pydoc ? tw_getattr_c(pydoc, "help") : TW_NULL;
    return help ? tw_call(help, argc - 1, argv + 1, kwnames) : TW_NULL;
}

static const TwMethodDef quitter_methods[] = {
    {"__repr__", quitter_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__call__", quitter_call, 1, 2, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};
static const TwGetSetDef quitter_getsets[] = {
    {"name", get_name, NULL, false},
    {"eof", get_eof, NULL, false},
    {NULL, NULL, NULL, false},
};
static const TwMethodDef printer_methods[] = {
    {"__repr__", printer_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__call__", printer_call, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};
static const TwMethodDef helper_methods[] = {
    {"__repr__", helper_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__call__", helper_call, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static void add(TwValue d, TwType *t, const char *name, const char *text, bool elsewhere) {
    TwSiteObj *o = (TwSiteObj *)tw_gc_alloc(t, sizeof(TwSiteObj));
    if (!o) {
        return;
    }
    o->name = tw_str_intern_c(name);
    o->text = text ? tw_str_from_c(text) : TW_NONE;
    o->elsewhere = elsewhere;
    if (o->text) {
        tw_dict_set_c(d, name, tw_from_obj(o));
    }
}

void tw_sitebuiltins_init(TwValue d) {
    tw_type_init_builtin(&tw_type_quitter, "_sitebuiltins.Quitter", &tw_type_object);
    tw_type_add_methods(&tw_type_quitter, quitter_methods);
    tw_type_add_getsets(&tw_type_quitter, quitter_getsets);
    tw_type_init_builtin(&tw_type_printer, "_sitebuiltins._Printer", &tw_type_object);
    tw_type_add_methods(&tw_type_printer, printer_methods);
    tw_dict_set_c(tw_from_obj(tw_type_printer.dict), "MAXLINES", tw_from_small_int(MAXLINES));
    tw_type_init_builtin(&tw_type_helper, "_sitebuiltins._Helper", &tw_type_object);
    tw_type_add_methods(&tw_type_helper, helper_methods);

    add(d, &tw_type_quitter, "exit", "Ctrl-D (i.e. EOF)", false);
    add(d, &tw_type_quitter, "quit", "Ctrl-D (i.e. EOF)", false);
    // CPython's text (its sys.copyright), which is what users of copyright expect to see
    add(d, &tw_type_printer, "copyright",
        "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
        "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
        "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
        "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.",
        false);
    add(d, &tw_type_printer, "credits",
        "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
        "    for supporting Python development.  See www.python.org for more information.",
        false);
    add(d, &tw_type_printer, "license", "See https://www.python.org/psf/license/", true);
    add(d, &tw_type_helper, "help", NULL, false);
}
