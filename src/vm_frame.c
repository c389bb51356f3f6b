// Frame objects: the Python view of a VM frame (sys._getframe(), gi_frame, tracers'
// `frame` argument). They are made only on request. While the VM frame runs, the object
// reads through to it; when the VM frame goes away (tw_frame_detach) the object keeps a
// snapshot of what is still meaningful (code, globals, last line).
#include <limits.h>
#include <stdlib.h>

#include "compile.h"
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
    TwValue back;              // once finished: the caller's frame object (f_back), or TW_NULL
    TwValue locals_dict;       // the f_locals snapshot of an optimized frame
    TwValue *saved;            // once finished: its locals, cells and free vars (tw_gc_malloc'd)
    int nsaved;
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
    tw_gc_mark(f->back);
    tw_gc_mark(f->locals_dict);
    for (int i = 0; i < f->nsaved; i++) {
        tw_gc_mark(f->saved[i]);
    }
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
    if (f->trace_state & TW_TRACE_TRAPPED) {
        tw_trace_frame_gone(f);
    }
    TwFrameObj *o = FO(f->frame_obj);
    o->lasti = (int32_t)tw_frame_lasti(f);
    if (f->back) {
        // As CPython: a finished frame keeps its caller as f_back.
        o->back = tw_frame_object(f->back);
        if (!o->back) {
            tw_error_clear();
        }
    }
    // f_locals of a finished frame (a traceback's, for capture_locals) still shows them
    TwCode *co = f->code;
    int n = co->nlocals + co->ncells + co->nfree;
    if (!o->locals && n > 0 && !o->saved) {
        o->saved = tw_gc_malloc((size_t)n * sizeof(TwValue));
        if (o->saved) {
            memcpy(o->saved, f->localsplus, (size_t)n * sizeof(TwValue));
            o->nsaved = n;
        } else {
            tw_error_clear();
        }
    }
    o->frame = NULL;
    f->frame_obj = TW_NULL;
}

static void frame_finalize(TwObject *o) {
    TwFrameObj *f = (TwFrameObj *)o;
    tw_gc_free(f->saved, (size_t)f->nsaved * sizeof(TwValue));
    f->saved = NULL;
    f->nsaved = 0;
}

// The line of instruction lasti of a frame of co that has finished.
static int detached_line(TwFrameObj *o) {
    TwCode *co = o->code;
    return co->positions && (uint32_t)o->lasti < co->ncode ? co->positions[o->lasti].line : co->firstlineno;
}

static TwValue fo_code(TwValue s) { return tw_from_obj(FO(s)->code); }
static TwValue fo_globals(TwValue s) { return FO(s)->globals; }
static TwValue fo_builtins(TwValue s) { return FO(s)->builtins; }
static TwValue fo_lineno(TwValue s) {
    TwFrameObj *o = FO(s);
    int line = o->frame ? tw_frame_lineno(o->frame) : detached_line(o);
    return line >= 0 ? tw_from_small_int(line) : TW_NONE;
}
static TwValue fo_lasti(TwValue s) {
    TwFrameObj *o = FO(s);
    int64_t i = o->frame ? (int64_t)tw_frame_lasti(o->frame) : o->lasti;
    return tw_from_small_int(i * 2);
}
static TwValue fo_back(TwValue s) {
    TwFrameObj *o = FO(s);
    if (!o->frame) {
        return o->back ? o->back : TW_NONE;
    }
    return o->frame->back ? tw_frame_object(o->frame->back) : TW_NONE;
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
    if (f) {
        f->trace_state |= TW_TRACE_SNAPSHOT;   // tracers' calls keep it in step now
    }
    if (!f && !o->saved) {
        return 0;
    }
    TwCode *co = o->code;
    TwValue d = o->locals_dict;
    int n = co->nlocals + co->ncells + co->nfree;
    TwValue *values = f ? f->localsplus : o->saved;
    for (int i = 0; i < n; i++) {
        TwValue name, v = values[i];
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
    TwFrameObj *o = FO(f->frame_obj);
    return !o->locals && o->locals_dict ? locals_fill(o) : 0;
}

int tw_frame_locals_writeback(TwFrame *f) {
    TwFrameObj *o = FO(f->frame_obj);
    if (o->locals || !o->locals_dict) {
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
        if (fn) {
            f->trace_state |= TW_TRACE_LOCAL;
        } else {
            f->trace_state &= ~TW_TRACE_LOCAL;
        }
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

// ---------------------------------------------------------------- f_lineno = n

// A tracer may move a frame to another line from a 'line' event. As CPython 3.11, the
// jump is allowed when the value stack at the target
// is a prefix of the current one (what is above it is popped): an abstract
// interpretation gives each instruction the kinds of its stack entries, 3 bits each.
typedef enum { K_ITERATOR = 1, K_EXCEPT, K_OBJECT, K_NULL, K_LASTI } Kind;
enum { KBITS = 3, MAX_ENTRIES = 63 / KBITS };
#define UNINITIALIZED ((int64_t)-2)
#define OVERFLOWED ((int64_t)-1)

static int64_t push_kind(int64_t stack, Kind k) {
    if (stack < 0 || (uint64_t)stack >= (1ULL << ((MAX_ENTRIES - 1) * KBITS))) {
        return OVERFLOWED;
    }
    return (stack << KBITS) | k;
}
static int64_t pop_kind(int64_t stack) { return stack < 0 ? stack : stack >> KBITS; }
static Kind top_kind(int64_t stack) { return (Kind)(stack & 7); }
static Kind peek_kind(int64_t stack, int n) { return (Kind)((stack >> (KBITS * (n - 1))) & 7); }
static int64_t swap_kinds(int64_t stack, int n) {
    if (stack < 0 || n < 2 || n > MAX_ENTRIES) {
        return stack;
    }
    Kind other = peek_kind(stack, n), top = top_kind(stack);
    int shift = KBITS * (n - 1);
    int64_t low = (stack & ~((int64_t)7 << shift)) | ((int64_t)top << shift);
    return (low & ~(int64_t)7) | other;
}
static int64_t pop_to_level(int64_t stack, int level) {
    if (level == 0) {
        return 0;
    }
    int64_t level_max = (int64_t)7 << ((level - 1) * KBITS);
    while (stack > level_max) {
        stack = pop_kind(stack);
    }
    return stack;
}

// Record `stack` as the stack at instruction j (set *todo when a backward edge is new).
static void flow_to(int64_t *stacks, uint32_t j, uint32_t from, int64_t stack, bool *todo) {
    if (stacks[j] == UNINITIALIZED && j < from) {
        *todo = true;
    }
    stacks[j] = stack;
}

// The stack kinds before each instruction of co (stacks has ncode + 1 entries).
static void mark_stacks(TwCode *co, int64_t *stacks) {
    uint32_t n = co->ncode;
    for (uint32_t i = 0; i <= n; i++) {
        stacks[i] = UNINITIALIZED;
    }
    stacks[0] = 0;
    bool todo = true;
    while (todo) {
        todo = false;
        for (uint32_t i = 0; i < n; i++) {
            int64_t st = stacks[i];
            if (st == UNINITIALIZED) {
                continue;
            }
            uint32_t instr = tw_trace_original(co, i);
            int op = tw_instr_op(instr);
            uint32_t arg = tw_instr_arg(instr);
            switch (op) {
            case OP_POP_JUMP_IF_FALSE:
            case OP_POP_JUMP_IF_TRUE:
            case OP_POP_JUMP_IF_NONE:
            case OP_POP_JUMP_IF_NOT_NONE:
                st = pop_kind(st);
                flow_to(stacks, arg, i, st, &todo);
                stacks[i + 1] = st;
                break;
            case OP_JUMP_IF_FALSE_OR_POP:
            case OP_JUMP_IF_TRUE_OR_POP:
                flow_to(stacks, arg, i, st, &todo);
                stacks[i + 1] = pop_kind(st);
                break;
            case OP_JUMP_FORWARD:
            case OP_JUMP_BACKWARD:
                flow_to(stacks, arg, i, st, &todo);
                break;
            case OP_GET_ITER:
                stacks[i + 1] = push_kind(pop_kind(st), K_ITERATOR);
                break;
            case OP_FOR_ITER:
                flow_to(stacks, arg, i, pop_kind(st), &todo);
                stacks[i + 1] = push_kind(st, K_OBJECT);
                break;
            case OP_SEND:
                flow_to(stacks, arg, i, push_kind(pop_kind(pop_kind(st)), K_OBJECT), &todo);
                stacks[i + 1] = st;
                break;
            case OP_PUSH_EXC_INFO:
                stacks[i + 1] = push_kind(st, K_EXCEPT);
                break;
            case OP_POP_EXCEPT:
                stacks[i + 1] = pop_kind(st);
                break;
            case OP_RETURN_VALUE:
            case OP_RAISE_VARARGS:
            case OP_RERAISE:
                break;   // the end of a block
            case OP_PUSH_NULL:
                stacks[i + 1] = push_kind(st, K_NULL);
                break;
            case OP_LOAD_METHOD:
                stacks[i + 1] = push_kind(push_kind(pop_kind(st), K_NULL), K_OBJECT);
                break;
            case OP_CALL:
            case OP_CALL_KW:
                for (uint32_t k = 0; k < arg + 2 + (op == OP_CALL_KW); k++) {
                    st = pop_kind(st);
                }
                stacks[i + 1] = push_kind(st, K_OBJECT);
                break;
            case OP_SWAP:
                stacks[i + 1] = swap_kinds(st, (int)arg);
                break;
            case OP_COPY:
                stacks[i + 1] = push_kind(st, peek_kind(st, (int)arg));
                break;
            default: {
                int delta = tw_compile_stack_effect(op, (int)arg, false);
                for (; delta < 0; delta++) {
                    st = pop_kind(st);
                }
                for (; delta > 0; delta--) {
                    st = push_kind(st, K_OBJECT);
                }
                stacks[i + 1] = st;
            }
            }
        }
        for (uint32_t e = 0; e < co->nexc; e++) {
            const TwExcEntry *x = &co->exc_table[e];
            if (stacks[x->start] != UNINITIALIZED && stacks[x->handler] == UNINITIALIZED) {
                todo = true;
                int64_t st = pop_to_level(stacks[x->start], x->depth);
                if (x->push_lasti) {
                    st = push_kind(st, K_LASTI);
                }
                stacks[x->handler] = push_kind(st, K_EXCEPT);
            }
        }
    }
}

static bool compatible_kind(Kind from, Kind to) {
    if (to == 0) {
        return false;
    }
    if (to == K_OBJECT) {
        return from != K_NULL;
    }
    return to == K_NULL || from == to;
}

static bool compatible_stack(int64_t from, int64_t to) {
    if (from < 0 || to < 0) {
        return false;
    }
    while (from > to) {
        from = pop_kind(from);
    }
    while (from) {
        if (!compatible_kind(top_kind(from), top_kind(to))) {
            return false;
        }
        from = pop_kind(from);
        to = pop_kind(to);
    }
    return to == 0;
}

static const char *explain_incompatible(int64_t to) {
    if (to == OVERFLOWED) {
        return "stack to deep to analyze";
    }
    if (to == UNINITIALIZED) {
        return "can't jump into an exception handler, or code may be unreachable";
    }
    switch (top_kind(to)) {
    case K_EXCEPT:
        return "can't jump into an 'except' block as there's no exception";
    case K_LASTI:
        return "can't jump into a re-raising block as there's no location";
    case K_ITERATOR:
        return "can't jump into the body of a for loop";
    default:
        return "incompatible stacks";
    }
}

// Move frame f (whose line event is being delivered) to the first instruction of `line`
// that the stack allows.
static int jump_to_line(TwFrame *f, int64_t line) {
    TwCode *co = f->code;
    if (line < co->firstlineno) {
        tw_error(&tw_type_ValueError, "line %d comes before the current code block", (int)line);
        return -1;
    }
    uint32_t n = co->ncode;
    // The first instruction of each run of one line; the nearest line at or after `line`.
    int *starts = malloc((n + 1) * sizeof(int));
    int64_t *stacks = malloc((n + 1) * sizeof(int64_t));
    if (!starts || !stacks) {
        free(starts);
        free(stacks);
        tw_error_nomem();
        return -1;
    }
    int last = -1, target = INT_MAX;
    for (uint32_t i = 0; i < n; i++) {
        int l = co->positions[i].line;
        starts[i] = -1;
        if (l != last && l != -1) {
            starts[i] = l;
            last = l;
            if (l >= line && l < target) {
                target = l;
            }
        }
    }
    if (target == INT_MAX) {
        free(starts);
        free(stacks);
        tw_error(&tw_type_ValueError, "line %d comes after the current code block", (int)line);
        return -1;
    }
    mark_stacks(co, stacks);
    uint32_t lasti = tw_frame_lasti(f);
    int64_t start = stacks[lasti], best = OVERFLOWED;
    int best_at = -1, err = -1;
    const char *msg = "cannot find bytecode for specified line";
    for (uint32_t i = 0; i < n; i++) {
        if (starts[i] != target) {
            continue;
        }
        if (compatible_stack(start, stacks[i])) {
            err = 0;
            if (stacks[i] > best) {
                best = stacks[i];
                best_at = (int)i;
            }
        } else if (err < 0) {
            if (start == OVERFLOWED) {
                msg = "stack to deep to analyze";
            } else if (start == UNINITIALIZED) {
                msg = "can't jump from unreachable code";
            } else {
                msg = explain_incompatible(stacks[i]);
                err = 1;
            }
        }
    }
    free(starts);
    free(stacks);
    if (err) {
        tw_error(&tw_type_ValueError, "%s", msg);
        return -1;
    }
    while (start > best) {
        TwValue v = *--f->sp;
        if (top_kind(start) == K_EXCEPT) {
            tw_ts.handled = v == TW_NONE ? TW_NULL : v;   // leaving a handler
        }
        start = pop_kind(start);
    }
    f->ip = co->code + best_at + 1;   // the line event's instruction is now the target
    f->trace_prev = best_at;
    return 0;
}

static int fo_set_lineno(TwValue s, TwValue v) {
    TwFrameObj *o = FO(s);
    if (!v) {
        tw_error(&tw_type_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (!tw_is_int(v) && !tw_is_type(v, &tw_type_int)) {
        tw_error(&tw_type_ValueError, "lineno must be an integer");
        return -1;
    }
    int64_t line;
    if (!tw_int_to_i64(v, &line) || line < INT_MIN || line > INT_MAX) {
        tw_error(&tw_type_ValueError, "lineno out of range");
        return -1;
    }
    // CPython 3.11 refuses 'return' events, a yield's too (checked against python3 3.11.7).
    TwFrame *f = o->frame;
    bool during = f && f == tw_trace_event_frame;
    int kind = tw_trace_event_frame ? tw_trace_event_kind : TW_EV_CALL;
    if (kind == TW_EV_CALL) {
        tw_error(&tw_type_ValueError, "can't jump from the 'call' trace event of a new frame");
        return -1;
    }
    if (kind != TW_EV_LINE) {
        tw_error(&tw_type_ValueError, "can only jump from a 'line' trace event");
        return -1;
    }
    if (!o->trace || !during) {
        tw_error(&tw_type_ValueError, "f_lineno can only be set by a trace function");
        return -1;
    }
    return jump_to_line(f, line);
}

static TwValue fo_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwFrameObj *o = FO(argv[0]);
    int line = o->frame ? tw_frame_lineno(o->frame) : detached_line(o);
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
    frame_finalize(&o->hdr);   // a finished frame lets its locals go
    return TW_NONE;
}

static const TwGetSetDef frame_getsets[] = {
    {"f_code", fo_code, NULL},
    {"f_globals", fo_globals, NULL},
    {"f_builtins", fo_builtins, NULL},
    {"f_lineno", fo_lineno, fo_set_lineno},
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
    tw_type_frame.finalize = frame_finalize;
    tw_type_init_builtin(&tw_type_frame, "frame", &tw_type_object);
    tw_type_add_getsets(&tw_type_frame, frame_getsets);
    tw_type_add_methods(&tw_type_frame, frame_methods);
}
