// sys.settrace / sys.setprofile: event delivery for the tracing copy of the loop, the traps
// that move frames from the fast copy to the tracing copy, and the sys functions. The
// rules are CPython 3.11's (../shared/TRACING.md); trace.h explains the switching.
#include "trace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "obj_type.h"

bool tw_vm_trace_only;
TwFrame *tw_trace_event_frame;
int tw_trace_event_kind;

static TwValue event_names[8];

// ---------------------------------------------------------------- state

static void update_breaker(void) {
    int b = tw_ts.pending_signal ? TW_BREAK_SIGNAL : 0;
    if (tw_ts.trace_func || tw_ts.profile_func) {
        b |= TW_BREAK_RESUME;
    }
    tw_ts.eval_breaker = b;
}

static void clear_traps(void);

static void set_trace_func(TwValue fn) {
    tw_ts.trace_func = fn;
    tw_ts.call_filter = TW_NULL;   // it belonged to the old trace function
    tw_ts.call_filter_epoch++;     // so do its verdicts
    update_breaker();
    if (!tw_ts.trace_func && !tw_ts.profile_func) {
        clear_traps();
    }
}

static void set_profile_func(TwValue fn) {
    tw_ts.profile_func = fn;
    tw_ts.call_filter_epoch++;     // verdicts were recorded without a profiler
    update_breaker();
    if (!tw_ts.trace_func && !tw_ts.profile_func) {
        clear_traps();
    }
}

void tw_trace_set_local(TwFrame *f, bool set) {
    if (set) {
        f->trace_state |= TW_TRACE_LOCAL;
        if (tw_trace_wants(f)) {
            tw_trace_request(f);
        }
    } else {
        f->trace_state &= ~TW_TRACE_LOCAL;
    }
}

// ---------------------------------------------------------------- calling tracers

// Call trace or profile function fn for event `kind` of frame f. Nothing is traced while
// it runs. An exception pending at the event (a generator's throw, unwinding) is kept
// aside and restored when fn succeeds; when fn raises, its exception replaces it. The
// frame's f_locals snapshot, if made, is refreshed before and written back after.
static TwValue call_tracer(TwValue fn, TwFrame *f, int kind, TwValue arg) {
    TwValue pending = tw_error_fetch();
    TwValue fo = tw_frame_object(f);
    if (!fo || ((f->trace_state & TW_TRACE_SNAPSHOT) && tw_frame_locals_refresh(f) < 0)) {
        return TW_NULL;
    }
    bool was_tracing = tw_ts.tracing;
    TwFrame *outer_frame = tw_trace_event_frame;
    int outer_kind = tw_trace_event_kind;
    tw_ts.tracing = true;
    tw_ts.eval_breaker &= ~TW_BREAK_RESUME;   // the tracer's own calls need no 'call' check
    tw_trace_event_frame = f;
    tw_trace_event_kind = kind;
    TwValue args[3] = {fo, event_names[kind], arg ? arg : TW_NONE};
    TwValue r = tw_is_type(fn, &tw_type_function) ? tw_function_call(fn, 3, args, TW_NULL) : tw_call(fn, 3, args, TW_NULL);
    tw_ts.tracing = was_tracing;
    tw_trace_event_frame = outer_frame;
    tw_trace_event_kind = outer_kind;
    update_breaker();
    if (r && (f->trace_state & TW_TRACE_SNAPSHOT) && tw_frame_locals_writeback(f) < 0) {
        r = TW_NULL;
    }
    if (r && pending) {
        tw_error_restore(pending);
    }
    return r;
}

// A trace function raised: it is uninstalled and the frame loses its local tracer.
static int trace_failed(TwFrame *f) {
    set_trace_func(TW_NULL);
    tw_frame_set_local_tracer(f, TW_NULL);
    return -1;
}

static int profile_failed(void) {
    set_profile_func(TW_NULL);
    return -1;
}

// Call f's local tracer; a non-None result replaces it.
static int call_local(TwFrame *f, int kind, TwValue arg) {
    TwValue fn = tw_frame_local_tracer(f);
    if (!fn || !tw_ts.trace_func) {
        return 0;
    }
    TwValue r = call_tracer(fn, f, kind, arg);
    if (!r) {
        return trace_failed(f);
    }
    if (r != TW_NONE) {
        tw_frame_set_local_tracer(f, r);
    }
    return 0;
}

static int call_profile(TwFrame *f, int kind, TwValue arg) {
    if (!tw_ts.profile_func || tw_ts.tracing) {
        return 0;
    }
    return call_tracer(tw_ts.profile_func, f, kind, arg) ? 0 : profile_failed();
}

// ---------------------------------------------------------------- events

int tw_trace_call(TwFrame *f) {
    if (tw_ts.trace_func && !tw_trace_call_filtered(f)) {
        TwValue r = call_tracer(tw_ts.trace_func, f, TW_EV_CALL, TW_NONE);
        if (!r) {
            return trace_failed(f);
        }
        if (r != TW_NONE) {
            tw_frame_set_local_tracer(f, r);
        }
    }
    return call_profile(f, TW_EV_CALL, TW_NONE);
}

int tw_trace_fast_resume(TwFrame *f) {
    if (tw_trace_call_filtered(f)) {
        return 0;
    }
    if (tw_ts.profile_func) {
        f->ip--;   // the profiler wants all of this frame: the tracing copy runs the RESUME
        return 1;
    }
    f->trace_prev = (int32_t)tw_frame_lasti(f);   // the RESUME
    if (tw_trace_call(f) < 0) {
        return -1;
    }
    return tw_trace_wanted(f) ? 1 : 0;
}

int tw_trace_instr(TwFrame *f, int due) {
    if ((due & TW_DUE_LINE) && call_local(f, TW_EV_LINE, TW_NONE) < 0) {
        return -1;
    }
    // A line event may have turned opcodes on or off, or uninstalled the tracer.
    if ((due & TW_DUE_OPCODE) && (f->trace_state & TW_TRACE_OPCODES) && call_local(f, TW_EV_OPCODE, TW_NONE) < 0) {
        return -1;
    }
    return 0;
}

int tw_trace_return(TwFrame *f, TwValue v) {
    if (call_local(f, TW_EV_RETURN, v) < 0) {
        return -1;
    }
    return call_profile(f, TW_EV_RETURN, v);
}

void tw_trace_unwind(TwFrame *f) {
    // Already unwinding: a tracer that raises replaces the exception, nothing more.
    if (call_local(f, TW_EV_RETURN, TW_NONE) == 0) {
        call_profile(f, TW_EV_RETURN, TW_NONE);
    }
}

// The (type, value, traceback) argument of an 'exception' event for exc.
static TwValue exc_triple(TwValue exc) {
    TwValue tb = TW_OBJ(exc, TwException)->traceback;
    return tw_tuple_pack(3, tw_from_obj(tw_type_of(exc)), exc, tb ? tb : TW_NONE);
}

int tw_trace_exception(TwFrame *f) {
    TwValue exc = tw_ts.curexc;
    if (!exc || !tw_frame_local_tracer(f) || !tw_ts.trace_func) {
        return 0;
    }
    TwValue arg = exc_triple(exc);
    if (!arg) {
        return -1;
    }
    return call_local(f, TW_EV_EXCEPTION, arg);
}

int tw_trace_stop_iteration(TwFrame *f, TwValue value, bool always) {
    if (!tw_frame_local_tracer(f) || !tw_ts.trace_func) {
        return 0;
    }
    if (tw_ts.curexc) {
        return tw_trace_exception(f);   // the StopIteration the loop is about to clear
    }
    if (!value || (value == TW_NONE && !always)) {
        return 0;
    }
    TwValue exc = value == TW_NONE ? tw_exc_new(&tw_type_StopIteration, tw_empty_tuple)
                                   : tw_exc_new(&tw_type_StopIteration, tw_tuple_pack(1, value));
    if (!exc) {
        return -1;
    }
    tw_error_restore(exc);
    int r = tw_trace_exception(f);
    if (r == 0) {
        tw_error_clear();
    }
    return r;
}

int tw_trace_c_call(TwFrame *f, TwValue callable) {
    return call_profile(f, TW_EV_C_CALL, callable);
}

int tw_trace_c_return(TwFrame *f, TwValue callable, bool raised) {
    return call_profile(f, raised ? TW_EV_C_EXCEPTION : TW_EV_C_RETURN, callable);
}

// ---------------------------------------------------------------- the call filter

bool tw_trace_call_filter_rejects(TwFrame *f) {
    if (tw_ts.profile_func || !tw_ts.trace_func) {
        return false;
    }
    TwCode *co = f->code;
    if (co->call_filter_epoch != tw_ts.call_filter_epoch) {
        // Ask the predicate, untraced; if it fails, deliver the events.
        TwValue pending = tw_error_fetch();
        bool was = tw_ts.tracing;
        tw_ts.tracing = true;
        TwValue arg = tw_from_obj(co);
        TwValue r = tw_call(tw_ts.call_filter, 1, &arg, TW_NULL);
        tw_ts.tracing = was;
        int t = r ? tw_truthy(r) : -1;
        tw_error_clear();
        if (pending) {
            tw_error_restore(pending);
        }
        co->call_filter_epoch = tw_ts.call_filter_epoch;
        co->call_filter_selected = t != 0;
    }
    return !co->call_filter_selected;
}


// ---------------------------------------------------------------- traps

// Instructions replaced by TRACE_TRAP. `waiting` counts the frames that asked for it;
// the original comes back when it reaches 0, and for all traps when tracing stops. There
// are few at a time (one per frame that must switch), so a plain array does.
typedef struct Trap {
    TwCode *code;
    uint32_t at;
    uint32_t orig;
    uint32_t waiting;
} Trap;

static Trap *traps;
static size_t ntraps, traps_cap;

static Trap *find_trap(TwCode *co, uint32_t at) {
    for (size_t i = 0; i < ntraps; i++) {
        if (traps[i].code == co && traps[i].at == at) {
            return &traps[i];
        }
    }
    return NULL;
}

uint32_t tw_trace_original(TwCode *co, uint32_t at) {
    Trap *t = find_trap(co, at);
    return t ? t->orig : co->code[at];
}

static void remove_trap(Trap *t) {
    t->code->code[t->at] = t->orig;
    *t = traps[--ntraps];
}

static void clear_traps(void) {
    while (ntraps) {
        remove_trap(&traps[ntraps - 1]);
    }
    // Frames still marked TRAPPED find no trap: tw_trace_request checks.
}

// Set a trap at f's resume point; f has a frame object (so tw_frame_detach tells us when
// it goes away without reaching the trap).
static void trap_frame(TwFrame *f) {
    uint32_t at = (uint32_t)(f->ip - f->code->code);
    if (at >= f->code->ncode) {
        return;
    }
    if (f->trace_state & TW_TRACE_TRAPPED) {
        Trap *old = find_trap(f->code, (uint32_t)f->trap_at);
        if (old && (uint32_t)f->trap_at == at) {
            return;   // already waiting there
        }
        if (old && --old->waiting == 0) {
            remove_trap(old);
        }
        f->trace_state &= ~TW_TRACE_TRAPPED;
    }
    if (!f->frame_obj && !tw_frame_object(f)) {
        tw_error_clear();   // out of memory: the frame goes untraced
        return;
    }
    Trap *t = find_trap(f->code, at);
    if (!t) {
        if (ntraps == traps_cap) {
            size_t cap = traps_cap ? traps_cap * 2 : 8;
            Trap *n = realloc(traps, cap * sizeof(Trap));
            if (!n) {
                return;
            }
            traps = n;
            traps_cap = cap;
        }
        t = &traps[ntraps++];
        t->code = f->code;
        t->at = at;
        t->orig = f->code->code[at];
        t->waiting = 0;
        f->code->code[at] = (t->orig & ~(uint32_t)0xFF) | OP_TRACE_TRAP;
    }
    t->waiting++;
    f->trace_state |= TW_TRACE_TRAPPED;
    f->trap_at = (int32_t)at;
}

// f no longer waits at its trap.
static void untrap_frame(TwFrame *f) {
    if (!(f->trace_state & TW_TRACE_TRAPPED)) {
        return;
    }
    f->trace_state &= ~TW_TRACE_TRAPPED;
    Trap *t = find_trap(f->code, (uint32_t)f->trap_at);
    if (t && --t->waiting == 0) {
        remove_trap(t);
    }
}

void tw_trace_request(TwFrame *f) {
    if (f == tw_trace_event_frame) {
        return;   // in the tracing copy, and will look at its state before going on
    }
    if (tw_vm_trace_only) {
        // No traps needed: it runs in the tracing copy, which did not follow it so far.
        f->trace_prev = (int32_t)tw_frame_lasti(f);
        return;
    }
    trap_frame(f);
}

void tw_trace_leave(TwFrame *f) {
    if (!f->is_entry && f->back && tw_trace_wanted(f->back)) {
        trap_frame(f->back);   // this loop goes on with it when f returns
    }
}

uint32_t tw_trace_trap_hit(TwFrame *f, uint32_t at, bool can_switch) {
    Trap *t = find_trap(f->code, at);
    uint32_t orig = t ? t->orig : f->code->code[at];
    bool mine = (f->trace_state & TW_TRACE_TRAPPED) && (uint32_t)f->trap_at == at;
    if (mine) {
        untrap_frame(f);
    }
    if (can_switch && tw_trace_wanted(f)) {
        f->trace_prev = at > 0 ? (int32_t)at - 1 : -1;   // the call it returns from
        return 0;
    }
    if (mine && can_switch) {
        tw_trace_leave(f);   // it goes on in the fast copy: its caller may want events
    }
    if (!t && orig == 0) {
        return tw_instr(OP_NOP, 0);   // cannot happen: a trap without its entry
    }
    return orig;
}

void tw_trace_frame_gone(TwFrame *f) {
    untrap_frame(f);
}

void tw_trace_error_switch(TwFrame *f) {
    untrap_frame(f);
}

static void mark_traps(void) {
    for (size_t i = 0; i < ntraps; i++) {
        tw_gc_mark_obj(traps[i].code);
    }
}

// ---------------------------------------------------------------- sys functions

#if TW_SETTRACE
static TwValue sys_settrace(int argc, TwValue *argv, TwValue kwnames) {
    TwValue fn = argv[0] == TW_NONE ? TW_NULL : argv[0];
    set_trace_func(fn);
    if (fn) {
        // Running frames with a local tracer produce events from their next line on.
        for (TwFrame *f = tw_ts.frame; f; f = f->back) {
            if (tw_trace_wants(f)) {
                tw_trace_request(f);
            }
        }
    }
    return TW_NONE;
}

// The filter belongs to the trace function installed: sys.settrace drops it.
static TwValue sys_settrace_filter(int argc, TwValue *argv, TwValue kwnames) {
    tw_ts.call_filter = argv[0] == TW_NONE ? TW_NULL : argv[0];
    tw_ts.call_filter_epoch++;
    return TW_NONE;
}

static TwValue sys_gettrace(int argc, TwValue *argv, TwValue kwnames) {
    return tw_ts.trace_func ? tw_ts.trace_func : TW_NONE;
}

static TwValue sys_setprofile(int argc, TwValue *argv, TwValue kwnames) {
    TwValue fn = argv[0] == TW_NONE ? TW_NULL : argv[0];
    set_profile_func(fn);
    if (fn) {
        // Every running frame reports its return and the calls it makes from now on.
        for (TwFrame *f = tw_ts.frame; f; f = f->back) {
            tw_trace_request(f);
        }
    }
    return TW_NONE;
}

static TwValue sys_getprofile(int argc, TwValue *argv, TwValue kwnames) {
    return tw_ts.profile_func ? tw_ts.profile_func : TW_NONE;
}
#endif

static TwValue sys_getframe(int argc, TwValue *argv, TwValue kwnames) {
    int64_t depth = 0;
    if (argc > 0 && tw_int_as_i64(argv[0], &depth) < 0) {
        return TW_NULL;
    }
    TwFrame *f = tw_ts.frame;
    while (depth > 0 && f) {
        f = f->back;
        depth--;
    }
    if (!f) {
        return tw_error(&tw_type_ValueError, "call stack is not deep enough");
    }
    return tw_frame_object(f);
}

// CPython 3.11 runs func with tracing still suspended when called from a tracer: its
// events are not reported (checked against python3 3.11.7).
static TwValue sys_call_tracing(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_is_type(argv[1], &tw_type_tuple)) {
        return tw_error(&tw_type_TypeError, "call_tracing() argument 2 must be tuple, not %A", argv[1]);
    }
    return tw_call(argv[0], (int)tw_tuple_size(argv[1]), tw_tuple_items(argv[1]), TW_NULL);
}

static const TwMethodDef trace_functions[] = {
#if TW_SETTRACE
    {"settrace", sys_settrace, 1, 1, 0},
    {"gettrace", sys_gettrace, 0, 0, 0},
    {"setprofile", sys_setprofile, 1, 1, 0},
    {"getprofile", sys_getprofile, 0, 0, 0},
    {"_settrace_filter", sys_settrace_filter, 1, 1, 0},
#endif
    {"_getframe", sys_getframe, 0, 1, 0},
    {"call_tracing", sys_call_tracing, 2, 2, 0},
    {NULL, NULL, 0, 0, 0},
};

#if TW_SETTRACE
// TWINPY_VM=tracer: a tracer that asks for every event and does nothing, installed before
// the program runs, so the test suite exercises event delivery and the switching.
static TwValue noop_tracer;
static TwValue noop_trace(int argc, TwValue *argv, TwValue kwnames) {
    return noop_tracer;
}
#endif

void tw_trace_init(void) {
    tw_ts.call_filter_epoch = 1;   // code objects start at 0: no verdict yet
    static const char *const names[8] = {"call", "exception", "line", "return", "c_call", "c_exception",
                                         "c_return", "opcode"};
    for (int i = 0; i < 8; i++) {
        event_names[i] = tw_str_intern_c(names[i]);
        tw_gc_add_root(&event_names[i]);
    }
    tw_gc_add_root_fn(mark_traps);
#if TW_SETTRACE
    tw_vm_trace_only = TW_SINGLE_VM || tw_vm_eval == tw_vm_eval_trace;
    const char *vm = getenv("TWINPY_VM");
    if (vm && strcmp(vm, "tracer") == 0) {
        noop_tracer = tw_builtin_new("noop_tracer", noop_trace, 3, 3, 0);
        tw_gc_add_root(&noop_tracer);
        set_trace_func(noop_tracer);
    }
#endif
    if (tw_module_add_functions(tw_interp.sys, trace_functions) < 0) {
        fprintf(stderr, "twinpy: out of memory initialising sys\n");
        abort();
    }
}
