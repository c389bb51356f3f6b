// sys.settrace and sys.setprofile: the tracing state, the events the tracing copy of the
// loop delivers, and the moves of frames between the two copies.
//
// A frame runs in the tracing copy only while it wants events (tw_trace_wanted): a
// profiler is installed, or a trace function is installed and the frame has a local
// tracer (f_trace). New frames and generator resumes must deliver 'call' first: while a
// tracer or profiler is installed, eval_breaker has TW_BREAK_RESUME set, which only the
// fast copy's RESUME looks at; it sends the frame to the tracing copy to run the RESUME
// there. The tracing copy checks before every instruction whether its frame still wants
// events and hands it back to the fast copy when not.
//
// A frame the fast copy is running (or will continue when a call returns) that starts
// wanting events gets a trap: its resume instruction is replaced by TRACE_TRAP, which in
// the fast copy sends a frame that wants events to the tracing copy and otherwise runs
// the original instruction. So the fast copy has no check of its own on calls, returns or
// instructions. Traps are removed when reached, and all of them when tracing stops.
#ifndef TW_TRACE_H
#define TW_TRACE_H

#include "opcodes.h"
#include "vm.h"

// tw_ts.eval_breaker bits.
enum {
    TW_BREAK_SIGNAL = 1,   // a signal is pending: checked at backward jumps and RESUME
    TW_BREAK_RESUME = 2,   // a tracer or profiler is installed: checked by the fast RESUME
};

// TwFrame.trace_state bits.
enum {
    TW_TRACE_LOCAL = 1,      // f_trace is set
    TW_TRACE_NO_LINES = 2,   // f_trace_lines is False
    TW_TRACE_OPCODES = 4,    // f_trace_opcodes is True
    TW_TRACE_TRAPPED = 8,    // a trap waits at the frame's resume point (trap_at)
    TW_TRACE_SNAPSHOT = 16,  // its frame object has an f_locals snapshot to keep in step
};

// True when every frame runs in the tracing copy (TWINPY_VM=trace, TW_SINGLE_VM): frames
// are never handed to the fast copy and traps are not needed.
extern bool tw_vm_trace_only;

// Will frame f want events once no tracer is running (a profiler, or a trace function and
// a local tracer)?
static inline bool tw_trace_wants(TwFrame *f) {
    return tw_ts.profile_func || (tw_ts.trace_func && (f->trace_state & TW_TRACE_LOCAL));
}
// Does frame f want events now (so must run in the tracing copy)?
static inline bool tw_trace_wanted(TwFrame *f) {
    return !tw_ts.tracing && tw_trace_wants(f);
}

// The opcode at instruction `at`, looking through a trap.
uint32_t tw_trace_original(TwCode *co, uint32_t at);
static inline int tw_trace_opcode_at(TwCode *co, uint32_t at) {
    int op = (int)(co->code[at] & 0xFF);
    return op == OP_TRACE_TRAP ? (int)(tw_trace_original(co, at) & 0xFF) : op;
}

// Is ip a RESUME whose 'call' event a tracer or profiler wants? (The frame must stay in
// the tracing copy to run it, whether or not it wants other events.)
static inline bool tw_trace_call_due(TwFrame *f, const uint32_t *ip) {
    return (tw_ts.trace_func || tw_ts.profile_func) && !tw_ts.tracing &&
           tw_trace_opcode_at(f->code, (uint32_t)(ip - f->code->code)) == OP_RESUME;
}

// Which events are due before instruction `at` of f (a frame that wants events)? Keeps
// f->trace_prev, the instruction f ran before, up to date. CPython 3.11's rule: 'line' at
// an instruction whose line differs from the previous one's (the first after the
// frame's RESUME always), or after a backward jump that does not land on a SEND; 'opcode'
// before every instruction while f_trace_opcodes is set. Nothing before the first RESUME,
// nothing at a RESUME (it delivers 'call').
enum { TW_DUE_LINE = 1, TW_DUE_OPCODE = 2 };
static inline int tw_trace_due(TwFrame *f, uint32_t at) {
    int32_t prev = f->trace_prev;
    f->trace_prev = (int32_t)at;
    if (!tw_ts.trace_func || !(f->trace_state & TW_TRACE_LOCAL)) {
        return 0;   // the profiler is what wants this frame
    }
    TwCode *co = f->code;
    int op = tw_trace_opcode_at(co, at);
    if (at < co->first_traceable || op == OP_RESUME) {
        return 0;
    }
    int due = (f->trace_state & TW_TRACE_OPCODES) ? TW_DUE_OPCODE : 0;
    int line = co->positions[at].line;
    if (line >= 0 && !(f->trace_state & TW_TRACE_NO_LINES)) {
        int last = prev > (int32_t)co->first_traceable ? co->positions[prev].line : -1;
        if (line != last || ((int32_t)at < prev && op != OP_SEND)) {
            due |= TW_DUE_LINE;
        }
    }
    return due;
}

// Event delivery for the tracing copy. Each returns 0, or -1 with the exception to raise
// in the frame (a tracer that raised is uninstalled first).
int tw_trace_call(TwFrame *f) TW_RAISES;                 // RESUME / generator throw: 'call'
int tw_trace_instr(TwFrame *f, int due) TW_RAISES;       // 'line' / 'opcode' (TW_DUE_* bits)
int tw_trace_return(TwFrame *f, TwValue v) TW_RAISES;    // return or yield of v
int tw_trace_exception(TwFrame *f) TW_RAISES;            // an exception raised in f
void tw_trace_unwind(TwFrame *f);                        // 'return' None: f exits by an exception
// A builtin function `callable` about to be called / returned / raised (profilers only).
int tw_trace_c_call(TwFrame *f, TwValue callable) TW_RAISES;
int tw_trace_c_return(TwFrame *f, TwValue callable, bool raised) TW_RAISES;
// StopIteration(value) ended a yield from / for loop over a generator that returned
// value: the exception event CPython gives there (value None: for loops give none).
int tw_trace_stop_iteration(TwFrame *f, TwValue value, bool always) TW_RAISES;

// The tracing copy hands frame f to the fast copy: an inline caller that wants events gets
// a trap at its resume point.
void tw_trace_leave(TwFrame *f);
// Make frame f (suspended or running in the fast copy) continue in the tracing copy from
// its next instruction.
void tw_trace_request(TwFrame *f);
// TRACE_TRAP at instruction `at` of f: the original instruction to run, or 0 when f must
// continue in the tracing copy from `at` (only when can_switch: the fast copy).
uint32_t tw_trace_trap_hit(TwFrame *f, uint32_t at, bool can_switch);
// f goes away: drop the trap it was waiting for (called by tw_frame_detach).
void tw_trace_frame_gone(TwFrame *f);
// The fast copy reached its error path in a frame that wants events: drop its trap (the
// exception took it elsewhere) and continue the frame's error handling in the tracing copy.
void tw_trace_error_switch(TwFrame *f);

// sys._settrace_filter(predicate): while set, the trace function's 'call' event is only
// delivered for code objects c with predicate(c) true (asked once per code object and
// cached until the filter is set again). A twinpy extension for lib/bdb.py: while a
// debugger only waits for breakpoints, code that has none runs at full speed. Frames the
// filter leaves out run as if their tracer had returned None (a profiler still sees them).
bool tw_trace_call_filter_rejects(TwFrame *f);
static inline bool tw_trace_call_filtered(TwFrame *f) {
    return tw_ts.call_filter && tw_trace_call_filter_rejects(f);
}
// The fast RESUME's shortcut: the filter has already left co out and nothing else (a
// profiler, a signal) waits, so the breaker need not be handled at all.
static inline bool tw_trace_call_skipped(const TwCode *co) {
    return co->call_filter_epoch == tw_ts.call_filter_epoch && !co->call_filter_selected &&
           tw_ts.eval_breaker == TW_BREAK_RESUME;
}

// The fast copy's RESUME found a tracer or profiler installed (TW_BREAK_RESUME): deliver
// the 'call' event from there, so a frame that wants nothing more never leaves the fast
// copy. 0: go on in the fast copy; 1: continue f in the tracing copy (from its saved ip);
// -1: a tracer raised.
int tw_trace_fast_resume(TwFrame *f) TW_RAISES;

// A tracer set or cleared frame.f_trace: update f's state, and make f continue in the
// tracing copy if it wants events now.
void tw_trace_set_local(TwFrame *f, bool set);

// The frame whose event is being delivered (its tracer runs), and the event; for
// f_lineno's rules. NULL outside events.
extern TwFrame *tw_trace_event_frame;
extern int tw_trace_event_kind;
enum { TW_EV_CALL, TW_EV_EXCEPTION, TW_EV_LINE, TW_EV_RETURN, TW_EV_C_CALL, TW_EV_C_EXCEPTION,
       TW_EV_C_RETURN, TW_EV_OPCODE };

void tw_trace_init(void);   // sys.settrace & co. and the roots

#endif
