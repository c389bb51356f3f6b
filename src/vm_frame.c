// Frame objects: the Python view of a VM frame (sys._getframe(), gi_frame, tracers'
// `frame` argument). They are made only on request. While the VM frame runs, the object
// reads through to it; when the VM frame goes away (tw_frame_detach) the object keeps a
// snapshot of what is still meaningful (code, globals, last line).
#include "gc.h"
#include "trace.h"
#include "vm.h"

TwType tw_type_frame = {.hdr = {&tw_type_type}};

typedef struct TwFrameObj {
    TwObject hdr;
    TwFrame *frame;            // the live VM frame, or NULL once it has finished
    TwCode *code;
    TwValue globals, builtins, locals;
    TwValue trace;             // f_trace, or TW_NULL
    TwValue locals_dict;       // the f_locals snapshot of an optimized frame
    int32_t lineno;
    int32_t lasti;
    bool trace_lines, trace_opcodes;
} TwFrameObj;

#define FO(v) TW_OBJ(v, TwFrameObj)

static void frame_trace(TwObject *o) {
    TwFrameObj *f = (TwFrameObj *)o;
    tw_gc_mark_obj(f->code);
    tw_gc_mark(f->globals);
    tw_gc_mark(f->builtins);
    tw_gc_mark(f->locals);
    tw_gc_mark(f->trace);
    tw_gc_mark(f->locals_dict);
    if (f->frame) {
        tw_gc_mark(f->frame->gen);   // a suspended generator's frame lives in the generator
    }
}

TwValue tw_frame_object(TwFrame *f) {
    if (f->frame_obj) {
        return f->frame_obj;
    }
    TwFrameObj *o = (TwFrameObj *)tw_gc_alloc(&tw_type_frame, sizeof(TwFrameObj));
    if (!o) {
        return TW_NULL;
    }
    o->frame = f;
    o->code = f->code;
    o->globals = f->globals;
    o->builtins = f->builtins;
    o->locals = f->locals;
    o->trace_lines = true;
    f->frame_obj = tw_from_obj(o);
    return f->frame_obj;
}

void tw_frame_detach(TwFrame *f) {
    tw_trace_frame_gone(f);
    TwFrameObj *o = FO(f->frame_obj);
    o->lineno = tw_frame_lineno(f);
    o->lasti = (int32_t)tw_frame_lasti(f);
    o->frame = NULL;
    f->frame_obj = TW_NULL;
}

static TwValue fo_code(TwValue s) { return tw_from_obj(FO(s)->code); }
static TwValue fo_globals(TwValue s) { return FO(s)->globals; }
static TwValue fo_builtins(TwValue s) { return FO(s)->builtins; }
static TwValue fo_lineno(TwValue s) {
    TwFrameObj *o = FO(s);
    int line = o->frame ? tw_frame_lineno(o->frame) : o->lineno;
    return line > 0 ? tw_from_small_int(line) : TW_NONE;
}
static TwValue fo_lasti(TwValue s) {
    TwFrameObj *o = FO(s);
    int64_t i = o->frame ? (int64_t)tw_frame_lasti(o->frame) : o->lasti;
    return tw_from_small_int(i * 2);
}
static TwValue fo_back(TwValue s) {
    TwFrameObj *o = FO(s);
    if (!o->frame || !o->frame->back) {
        return TW_NONE;
    }
    return tw_frame_object(o->frame->back);
}
// Fill o's snapshot dict from the fast locals, cells and free variables of its frame.
static int locals_fill(TwFrameObj *o) {
    TwFrame *f = o->frame;
    if (!o->locals_dict) {
        TwValue d = tw_dict_new();
        if (!d) {
            return -1;
        }
        o->locals_dict = d;
    }
    if (!f) {
        return 0;
    }
    TwCode *co = f->code;
    TwValue d = o->locals_dict;
    int n = co->nlocals + co->ncells + co->nfree;
    for (int i = 0; i < n; i++) {
        TwValue name, v = f->localsplus[i];
        if (i < co->nlocals) {
            name = tw_tuple_items(co->varnames)[i];
        } else if (i < co->nlocals + co->ncells) {
            name = tw_tuple_items(co->cellvars)[i - co->nlocals];
            v = v && tw_is_type(v, &tw_type_cell) ? TW_OBJ(v, TwCell)->value : TW_NULL;
        } else {
            name = tw_tuple_items(co->freevars)[i - co->nlocals - co->ncells];
            v = v && tw_is_type(v, &tw_type_cell) ? TW_OBJ(v, TwCell)->value : TW_NULL;
        }
        if (v) {
            if (tw_dict_set(d, name, v) < 0) {
                return -1;
            }
        } else if (tw_dict_del(d, name) < 0) {
            return -1;
        }
    }
    return 0;
}

static TwValue fo_locals(TwValue s) {
    TwFrameObj *o = FO(s);
    if (o->locals) {
        return o->locals;
    }
    return locals_fill(o) < 0 ? TW_NULL : o->locals_dict;
}

int tw_frame_locals_refresh(TwFrame *f) {
    TwFrameObj *o = f->frame_obj ? FO(f->frame_obj) : NULL;
    return o && !o->locals && o->locals_dict ? locals_fill(o) : 0;
}

int tw_frame_locals_writeback(TwFrame *f) {
    TwFrameObj *o = f->frame_obj ? FO(f->frame_obj) : NULL;
    if (!o || o->locals || !o->locals_dict) {
        return 0;
    }
    // What the dict holds goes back to the frame (names it lacks are left alone).
    TwCode *co = f->code;
    int n = co->nlocals + co->ncells + co->nfree;
    for (int i = 0; i < n; i++) {
        TwValue name;
        if (i < co->nlocals) {
            name = tw_tuple_items(co->varnames)[i];
        } else if (i < co->nlocals + co->ncells) {
            name = tw_tuple_items(co->cellvars)[i - co->nlocals];
        } else {
            name = tw_tuple_items(co->freevars)[i - co->nlocals - co->ncells];
        }
        TwValue v;
        int found = tw_dict_lookup(o->locals_dict, name, &v);
        if (found < 0) {
            return -1;
        }
        if (!found) {
            continue;
        }
        TwValue *slot = &f->localsplus[i];
        if (i >= co->nlocals && *slot && tw_is_type(*slot, &tw_type_cell)) {
            TW_OBJ(*slot, TwCell)->value = v;
        } else {
            *slot = v;
        }
    }
    return 0;
}

TwValue tw_frame_local_tracer(TwFrame *f) {
    return f->frame_obj ? FO(f->frame_obj)->trace : TW_NULL;
}

void tw_frame_set_local_tracer(TwFrame *f, TwValue fn) {
    if (f->frame_obj) {
        FO(f->frame_obj)->trace = fn;
        tw_trace_set_local(f, fn != TW_NULL);
    }
}

static TwValue fo_trace(TwValue s) { return FO(s)->trace ? FO(s)->trace : TW_NONE; }
static int fo_set_trace(TwValue s, TwValue v) {
    TwFrameObj *o = FO(s);
    o->trace = v == TW_NONE || !v ? TW_NULL : v;
    if (o->frame) {
        tw_trace_set_local(o->frame, o->trace != TW_NULL);
    }
    return 0;
}

// Mirror a frame object's f_trace_lines / f_trace_opcodes into its live frame.
static void sync_trace_flags(TwFrameObj *o) {
    if (o->frame) {
        uint8_t st = o->frame->trace_state & ~(TW_TRACE_NO_LINES | TW_TRACE_OPCODES);
        o->frame->trace_state = st | (o->trace_lines ? 0 : TW_TRACE_NO_LINES) | (o->trace_opcodes ? TW_TRACE_OPCODES : 0);
    }
}
static TwValue fo_trace_lines(TwValue s) { return tw_bool(FO(s)->trace_lines); }
static int fo_set_trace_lines(TwValue s, TwValue v) {
    int t = v ? tw_truthy(v) : 0;
    if (t < 0) {
        return -1;
    }
    FO(s)->trace_lines = t;
    sync_trace_flags(FO(s));
    return 0;
}
static TwValue fo_trace_opcodes(TwValue s) { return tw_bool(FO(s)->trace_opcodes); }
static int fo_set_trace_opcodes(TwValue s, TwValue v) {
    int t = v ? tw_truthy(v) : 0;
    if (t < 0) {
        return -1;
    }
    FO(s)->trace_opcodes = t;
    sync_trace_flags(FO(s));
    return 0;
}

static TwValue fo_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwFrameObj *o = FO(argv[0]);
    int line = o->frame ? tw_frame_lineno(o->frame) : o->lineno;
    return tw_str_fmt("<frame at %p, file %R, line %d, code %U>", (void *)o, o->code->filename, line, o->code->name);
}

static TwValue fo_clear(int argc, TwValue *argv, TwValue kwnames) {
    TwFrameObj *o = FO(argv[0]);
    if (o->frame) {
        if (o->frame->gen == TW_NULL || o->frame == tw_ts.frame) {
            return tw_error(&tw_type_RuntimeError, "cannot clear an executing frame");
        }
    }
    o->locals_dict = TW_NULL;
    return TW_NONE;
}

static const TwGetSetDef frame_getsets[] = {
    {"f_code", fo_code, NULL},
    {"f_globals", fo_globals, NULL},
    {"f_builtins", fo_builtins, NULL},
    {"f_lineno", fo_lineno, NULL},
    {"f_lasti", fo_lasti, NULL},
    {"f_back", fo_back, NULL},
    {"f_locals", fo_locals, NULL},
    {"f_trace", fo_trace, fo_set_trace},
    {"f_trace_lines", fo_trace_lines, fo_set_trace_lines},
    {"f_trace_opcodes", fo_trace_opcodes, fo_set_trace_opcodes},
    {NULL, NULL, NULL},
};

static const TwMethodDef frame_methods[] = {
    {"__repr__", fo_repr, 1, 1, TW_BUILTIN_METHOD},
    {"clear", fo_clear, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

void tw_frame_init(void) {
    tw_type_frame.basic_size = sizeof(TwFrameObj);
    tw_type_frame.trace = frame_trace;
    tw_type_init_builtin(&tw_type_frame, "frame", &tw_type_object);
    tw_type_add_getsets(&tw_type_frame, frame_getsets);
    tw_type_add_methods(&tw_type_frame, frame_methods);
}
