// Generators. Calling a generator function makes a TwGen that owns a heap copy of the
// function's frame (in the same allocation, after the object). Resuming links that frame
// into the thread's frame chain as an entry frame and runs the loop until YIELD_VALUE or
// RETURN_VALUE returns to us; frame->yielded tells which. send/throw/close follow
// CPython 3.11, including forwarding throw()/close() to a `yield from` subiterator.
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "opcodes.h"
#include "runtime.h"
#include "trace.h"
#include "vm.h"

TwType tw_type_generator = {.hdr = {&tw_type_type}};

typedef struct TwGen {
    TwObject hdr;
    TwValue name, qualname;
    TwValue exc_state;         // the exception the suspended generator was handling
    TwValue result;            // what it returned, once finished (TW_NULL if it raised)
    uint8_t running;
    uint8_t finished;          // returned or raised: the frame is dead
    TwFrame *frame;            // points just past this struct, in the same allocation
} TwGen;

#define GEN(v) TW_OBJ(v, TwGen)

bool tw_is_gen(TwValue v) {
    return tw_is_type(v, &tw_type_generator);
}

TwValue tw_gen_result(TwValue v) {
    return tw_is_gen(v) && GEN(v)->finished ? GEN(v)->result : TW_NULL;
}

static void gen_trace(TwObject *o) {
    TwGen *g = (TwGen *)o;
    tw_gc_mark(g->name);
    tw_gc_mark(g->qualname);
    tw_gc_mark(g->exc_state);
    tw_gc_mark(g->result);
    TwFrame *f = g->frame;
    if (!f || !f->code) {
        return;
    }
    tw_gc_mark_obj(f->code);
    tw_gc_mark(f->func);
    tw_gc_mark(f->globals);
    tw_gc_mark(f->builtins);
    tw_gc_mark(f->locals);
    tw_gc_mark(f->frame_obj);
    if (!g->finished && f->sp > f->localsplus) {
        tw_gc_mark_array(f->localsplus, (size_t)(f->sp - f->localsplus));
    }
}

TwValue tw_gen_new_call(TwFunction *fn, int argc, TwValue *argv, TwValue kwnames) {
    TwCode *co = fn->code;
    size_t head = (sizeof(TwGen) + 15) & ~(size_t)15;
    TwGen *g = (TwGen *)tw_gc_alloc(&tw_type_generator, head + tw_frame_size(co));
    if (!g) {
        return TW_NULL;
    }
    TwFrame *f = (TwFrame *)((char *)g + head);
    g->frame = f;
    g->name = fn->name;
    g->qualname = fn->qualname;
    f->code = co;
    f->func = tw_from_obj(fn);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->ip = co->code;
    f->sp = tw_frame_stack_base(f);
    f->gen = tw_from_obj(g);
    f->on_heap = 1;
    f->is_entry = 1;
    if (tw_vm_bind_args(f, fn, argc, argv, kwnames) < 0) {
        g->finished = 1;
        return TW_NULL;
    }
    return tw_from_obj(g);
}

static bool gen_started(TwGen *g) {
    return g->frame->ip != g->frame->code->code;
}

// Turn a StopIteration escaping the generator's frame into RuntimeError, as PEP 479 says.
static void convert_stop_iteration(void) {
    if (!tw_error_matches(&tw_type_StopIteration)) {
        return;
    }
    TwValue old = tw_error_fetch();
    tw_error(&tw_type_RuntimeError, "generator raised StopIteration");
    TwValue exc = tw_ts.curexc;
    if (exc && tw_isinstance_type(exc, &tw_type_BaseException)) {
        TW_OBJ(exc, TwException)->cause = old;
        TW_OBJ(exc, TwException)->context = old;
        TW_OBJ(exc, TwException)->suppress_context = true;
    }
}

static void gen_finish(TwGen *g) {
    g->finished = 1;
    g->exc_state = TW_NULL;
    TwFrame *f = g->frame;
    if (f->frame_obj) {
        tw_frame_detach(f);
    }
    f->sp = f->localsplus;   // drop references to locals and the stack
}

// Resume g: push `arg` (unless it is the first start), or raise the current exception in
// it when `throwflag`. Returns 1 with *out yielded, 0 with *out returned, -1 on error.
static int gen_resume(TwGen *g, TwValue arg, bool throwflag, TwValue *out) {
    if (g->running) {
        tw_error(&tw_type_ValueError, "generator already executing");
        return -1;
    }
    if (g->finished) {
        if (throwflag) {
            return -1;   // the thrown exception propagates as is
        }
        *out = TW_NONE;
        return 0;
    }
    TwFrame *f = g->frame;
    if (!gen_started(g)) {
        if (!throwflag && arg != TW_NONE) {
            tw_error(&tw_type_TypeError, "can't send non-None value to a just-started generator");
            return -1;
        }
    } else if (!throwflag) {
        *f->sp++ = arg;
    }
    if (tw_ts.depth >= tw_ts.recursion_limit) {
        if (!throwflag && gen_started(g)) {
            f->sp--;
        }
        tw_error(&tw_type_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    f->back = tw_ts.frame;
    tw_ts.frame = f;
    tw_ts.depth++;
    TwValue outer = tw_ts.handled;
    if (g->exc_state) {
        tw_ts.handled = g->exc_state;
    }
    g->running = 1;
    TwValue r = tw_vm_run_frame(f, throwflag ? 1 : 0);
    g->running = 0;
    tw_ts.frame = f->back;
    f->back = NULL;
    tw_ts.depth--;
    if (r && f->yielded) {
        g->exc_state = tw_ts.handled != outer ? tw_ts.handled : TW_NULL;
        tw_ts.handled = outer;
        *out = r;
        return 1;
    }
    tw_ts.handled = outer;
    gen_finish(g);
    if (r) {
        g->result = r;
        *out = r;
        return 0;
    }
    convert_stop_iteration();
    return -1;
}

int tw_gen_send_ex(TwValue gen, TwValue arg, TwValue *out) {
    return gen_resume(GEN(gen), arg, false, out);
}

static TwValue stop_iteration(TwValue value) {
    if (value == TW_NONE) {
        TwValue exc = tw_exc_new(&tw_type_StopIteration, tw_empty_tuple);
        if (exc) {
            tw_raise(exc);
        }
        return TW_NULL;
    }
    return tw_error_value(&tw_type_StopIteration, value);
}

// Exhaustion returns TW_NULL without an exception, so a returned value is dropped: next()
// calls __next__ instead, which raises StopIteration(value).
static TwValue gen_iternext(TwValue self) {
    TwValue r;
    int st = gen_resume(GEN(self), TW_NONE, false, &r);
    return st == 1 ? r : TW_NULL;
}

static TwValue gen_next_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue r;
    int st = gen_resume(GEN(argv[0]), TW_NONE, false, &r);
    if (st == 1) {
        return r;
    }
    return st == 0 ? stop_iteration(r) : TW_NULL;
}

static TwValue gen_send_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue r;
    int st = gen_resume(GEN(argv[0]), argv[1], false, &r);
    if (st == 1) {
        return r;
    }
    return st == 0 ? stop_iteration(r) : TW_NULL;
}

// The subiterator of a `yield from` the generator is suspended in, or TW_NULL.
static TwValue gen_yieldfrom(TwGen *g) {
    if (g->finished || !gen_started(g) || g->running) {
        return TW_NULL;
    }
    TwFrame *f = g->frame;
    uint32_t instr = tw_trace_original(f->code, (uint32_t)(f->ip - f->code->code));   // a trap may be there
    if (tw_instr_op((int)instr) == OP_RESUME && tw_instr_arg(instr) >= 2 && f->sp > tw_frame_stack_base(f)) {
        return f->sp[-1];
    }
    return TW_NULL;
}

// The subiterator finished with `value`: drop it from the stack and continue after the
// SEND that drives the delegation (RESUME 2; JUMP_BACKWARD to SEND follow the yield).
static int gen_finish_yieldfrom(TwGen *g, TwValue value, TwValue *out) {
    TwFrame *f = g->frame;
    TwCode *co = f->code;
    uint32_t here = (uint32_t)(f->ip - co->code);
    uint32_t next = here + 1 < co->ncode ? tw_trace_original(co, here + 1) : 0;
    if (next && tw_instr_op((int)next) == OP_JUMP_BACKWARD) {
        uint32_t send = tw_instr_arg(next);
        uint32_t send_instr = send < co->ncode ? tw_trace_original(co, send) : 0;
        if (send_instr && tw_instr_op((int)send_instr) == OP_SEND) {
            f->sp--;
            f->ip = co->code + tw_instr_arg(send_instr);
            return gen_resume(g, value, false, out);
        }
    }
    // Unknown shape: resume normally, SEND will see the (exhausted) subiterator again.
    return gen_resume(g, value, false, out);
}

static int close_iter(TwValue it) {
    if (tw_is_gen(it)) {
        TwValue r = tw_call_method(it, TW_NAME(close), 0, NULL);
        return r ? 0 : -1;
    }
    TwValue m = tw_getattr_opt(it, TW_NAME(close));
    if (!m) {
        return tw_error_occurred() ? -1 : 0;
    }
    return tw_call0(m) ? 0 : -1;
}

static int gen_throw_impl(TwGen *g, TwValue typ, TwValue val, TwValue tb, TwValue *out);

// Raise (typ, val, tb) inside g, or forward it to the subiterator of its `yield from`.
static int gen_throw_impl(TwGen *g, TwValue typ, TwValue val, TwValue tb, TwValue *out) {
    TwValue yf = gen_yieldfrom(g);
    if (yf) {
        bool is_exit = typ == tw_from_obj(&tw_type_GeneratorExit) || tw_is_type(typ, &tw_type_GeneratorExit);
        if (is_exit) {
            g->running = 1;
            int err = close_iter(yf);
            g->running = 0;
            if (err < 0) {
                return gen_resume(g, TW_NONE, true, out);
            }
            goto throw_here;
        }
        TwValue r;
        int st;
        if (tw_is_gen(yf)) {
            g->running = 1;
            st = gen_throw_impl(GEN(yf), typ, val, tb, &r);
            g->running = 0;
            if (st == 0) {
                return gen_finish_yieldfrom(g, r, out);
            }
        } else {
            TwValue meth = tw_getattr_opt(yf, TW_NAME(throw));
            if (!meth) {
                if (tw_error_occurred()) {
                    return gen_resume(g, TW_NONE, true, out);
                }
                goto throw_here;
            }
            TwValue a[3] = {typ, val ? val : TW_NONE, tb ? tb : TW_NONE};
            g->running = 1;
            r = tw_call(meth, tb ? 3 : (val ? 2 : 1), a, TW_NULL);
            g->running = 0;
            st = r ? 1 : -1;
        }
        if (st == 1) {
            *out = r;
            return 1;
        }
        if (tw_error_matches(&tw_type_StopIteration)) {
            TwValue e = tw_error_fetch();
            TwValue v = tw_getattr(e, TW_NAME(value));
            if (!v) {
                return -1;
            }
            return gen_finish_yieldfrom(g, v, out);
        }
        return gen_resume(g, TW_NONE, true, out);
    }
throw_here:
    if (tb == TW_NONE) {
        tb = TW_NULL;
    }
    if (tb && !tw_is_type(tb, &tw_type_traceback)) {
        tw_error(&tw_type_TypeError, "throw() third argument must be a traceback object");
        return -1;
    }
    TwValue exc;
    if (tw_isinstance_type(typ, &tw_type_type) && tw_type_is_subtype(TW_OBJ(typ, TwType), &tw_type_BaseException)) {
        if (val && val != TW_NONE && tw_isinstance_type(val, TW_OBJ(typ, TwType))) {
            exc = val;
        } else if (!val || val == TW_NONE) {
            exc = tw_call0(typ);
        } else if (tw_is_type(val, &tw_type_tuple)) {
            exc = tw_call(typ, (int)tw_tuple_size(val), tw_tuple_items(val), TW_NULL);
        } else {
            exc = tw_call1(typ, val);
        }
        if (!exc) {
            return -1;
        }
    } else if (tw_isinstance_type(typ, &tw_type_BaseException)) {
        if (val && val != TW_NONE) {
            tw_error(&tw_type_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        exc = typ;
    } else {
        tw_error(&tw_type_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                 tw_type_cname(tw_type_of(typ)));
        return -1;
    }
    if (tb) {
        TW_OBJ(exc, TwException)->traceback = tb;
    }
    tw_raise(exc);
    return gen_resume(g, TW_NONE, true, out);
}

static TwValue gen_throw_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue r;
    int st = gen_throw_impl(GEN(argv[0]), argv[1], argc > 2 ? argv[2] : TW_NULL, argc > 3 ? argv[3] : TW_NULL, &r);
    if (st == 1) {
        return r;
    }
    return st == 0 ? stop_iteration(r) : TW_NULL;
}

static TwValue gen_close_m(int argc, TwValue *argv, TwValue kwnames) {
    TwGen *g = GEN(argv[0]);
    if (g->finished) {
        return TW_NONE;
    }
    if (!gen_started(g)) {
        gen_finish(g);
        return TW_NONE;
    }
    int err = 0;
    TwValue yf = gen_yieldfrom(g);
    if (yf) {
        g->running = 1;
        err = close_iter(yf);
        g->running = 0;
    }
    if (err == 0) {
        TwValue exc = tw_exc_new(&tw_type_GeneratorExit, tw_empty_tuple);
        if (!exc) {
            return TW_NULL;
        }
        tw_raise(exc);
    }
    TwValue r;
    int st = gen_resume(g, TW_NONE, true, &r);
    if (st == 1) {
        return tw_error(&tw_type_RuntimeError, "generator ignored GeneratorExit");
    }
    if (st == 0) {
        return TW_NONE;
    }
    if (tw_error_matches(&tw_type_GeneratorExit) || tw_error_matches(&tw_type_StopIteration)) {
        tw_error_clear();
        return TW_NONE;
    }
    return TW_NULL;
}

static TwValue gen_iter_m(int argc, TwValue *argv, TwValue kwnames) {
    return argv[0];
}

static TwValue gen_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_fmt("<generator object %U at %p>", GEN(argv[0])->qualname, (void *)tw_as_obj(argv[0]));
}

static TwValue gen_get_name(TwValue s) { return GEN(s)->name; }
static int gen_set_name(TwValue s, TwValue v) {
    if (!v || !tw_isinstance_type(v, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    GEN(s)->name = v;
    return 0;
}
static TwValue gen_get_qualname(TwValue s) { return GEN(s)->qualname; }
static int gen_set_qualname(TwValue s, TwValue v) {
    if (!v || !tw_isinstance_type(v, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    GEN(s)->qualname = v;
    return 0;
}
static TwValue gen_get_running(TwValue s) { return tw_bool(GEN(s)->running); }
static TwValue gen_get_suspended(TwValue s) {
    TwGen *g = GEN(s);
    return tw_bool(!g->finished && !g->running && gen_started(g));
}
static TwValue gen_get_code(TwValue s) { return tw_from_obj(GEN(s)->frame->code); }
static TwValue gen_get_yieldfrom(TwValue s) {
    TwValue yf = gen_yieldfrom(GEN(s));
    return yf ? yf : TW_NONE;
}
static TwValue gen_get_frame(TwValue s) {
    TwGen *g = GEN(s);
    if (g->finished) {
        return TW_NONE;
    }
    TwValue fo = tw_frame_object(g->frame);
    return fo ? fo : TW_NULL;
}

static const TwGetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_running", gen_get_running, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {"gi_frame", gen_get_frame, NULL},
    {NULL, NULL, NULL},
};

static const TwMethodDef gen_methods[] = {
    {"__iter__", gen_iter_m, 1, 1, TW_BUILTIN_METHOD},
    {"__next__", gen_next_m, 1, 1, TW_BUILTIN_METHOD},
    {"send", gen_send_m, 2, 2, TW_BUILTIN_METHOD},
    {"throw", gen_throw_m, 2, 4, TW_BUILTIN_METHOD},
    {"close", gen_close_m, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", gen_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

void tw_gen_init(void) {
    tw_type_generator.basic_size = sizeof(TwGen);
    tw_type_generator.trace = gen_trace;
    tw_type_generator.iternext = gen_iternext;
    tw_type_init_builtin(&tw_type_generator, "generator", &tw_type_object);
    tw_type_add_getsets(&tw_type_generator, gen_getsets);
    tw_type_add_methods(&tw_type_generator, gen_methods);
}
