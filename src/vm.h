// The virtual machine: frames, the thread state, calls, and the dispatcher that runs each
// frame in one of the two copies of the bytecode loop (vm_fast.c, vm_trace.c), both
// compiled from vm_body.inc.
#ifndef TW_VM_H
#define TW_VM_H

#include "obj.h"

typedef struct TwFrame TwFrame;   // defined in the VM-internal section at the end

// Everything per-thread (twinpy runs one thread): exceptions, frames, limits, tracing.
typedef struct TwThreadState {
    TwValue curexc;            // the exception being raised (TW_NULL if none)
    TwValue handled;           // the exception being handled (sys.exc_info()), or TW_NULL
    TwFrame *frame;            // innermost running frame
    int depth;                 // Python call depth (frames), for RecursionError
    int recursion_limit;       // sys.setrecursionlimit, default 1000
    int c_depth;               // C recursion depth (repr/eq of nested containers, etc.)
    volatile int eval_breaker; // TW_BREAK_* bits (trace.h): signals, tracing installed
    volatile int pending_signal;
    TwValue trace_func;        // sys.settrace function or TW_NULL
    TwValue profile_func;      // sys.setprofile function or TW_NULL
    bool tracing;              // inside a trace/profile function: no events
    uint8_t switch_resume;     // how a frame handed to the other copy continues (TW_RESUME_*)
    TwValue call_filter;       // sys._settrace_filter predicate, or TW_NULL (trace.h)
    uint32_t call_filter_epoch; // advanced when the filter, tracer or profiler changes
} TwThreadState;

// How the other copy continues the frame a copy returned TW_VM_SWITCH for.
enum {
    TW_RESUME_NEXT,    // at its saved ip
    TW_RESUME_THROW,   // raising the current exception there (a generator's throw): 'call' first
    TW_RESUME_ERROR,   // with the current exception, from the error path (no 'call')
};

extern TwThreadState tw_ts;

// The interpreter-wide objects.
typedef struct TwInterp {
    TwValue builtins;          // the builtins module's dict
    TwValue builtins_module;
    TwValue modules;           // sys.modules (dict)
    TwValue sys;               // the sys module
    TwValue main_dict;         // __main__'s dict
} TwInterp;
extern TwInterp tw_interp;

// Run a module-level code object with the given globals (and locals dict, TW_NULL to
// use globals). Returns the value of the code (None for modules) or TW_NULL on error.
TwValue tw_vm_run(TwCode *code, TwValue globals, TwValue locals) TW_RAISES;

// Call a Python function object (also tw_type_function's `call` hook).
TwValue tw_function_call(TwValue func, int argc, TwValue *argv, TwValue kwnames) TW_RAISES;

// Run a function's code with `locals` as its locals dict (class bodies, called by
// __build_class__). Returns the body's return value (the __class__ cell or None).
TwValue tw_vm_call_with_locals(TwValue func, TwValue locals) TW_RAISES;

// C code about to recurse (repr of nested lists, ...): RecursionError past the limit.
int tw_enter_recursive_call(const char *where) TW_RAISES;
void tw_leave_recursive_call(void);

// For the builtins globals(), locals(), vars(), dir() and the defaults of exec/eval (written
// by the VM; mod_builtins.c has weak fallbacks until then). The innermost running Python
// frame's globals dict, or TW_NULL when no frame runs.
TwValue tw_vm_globals(void);
// The innermost running Python frame's locals: its locals dict for module and class
// frames, else a new dict snapshot of its fast locals and cells (unbound ones omitted).
TwValue tw_vm_locals(void) TW_RAISES;

void tw_vm_init(void);

// ================================================================ VM internals
// Shared by vm.c, vm_body.inc (both copies), obj_gen.c and the tracing code; nothing
// else should need them.

// A running (or suspended) activation of a code object. Frames of ordinary calls live on
// the VM's data stack (contiguous chunks, no malloc per call); a generator's frame lives
// inside the generator object. `localsplus` holds the code's locals, then its cells, then
// its free variables, then the value stack: [locals | cells | frees | stack ...].
// Whenever the loop may raise, allocate, call or switch copies, `ip` and `sp` are saved
// here (SAVE_FRAME), so the frame's whole state is in memory at those points.
struct TwFrame {
    TwFrame *back;             // the calling frame (towards the entry frame), or NULL
    TwCode *code;
    TwValue func;              // the function being run, or TW_NULL (module, exec)
    TwValue globals;           // dict
    TwValue builtins;          // dict
    TwValue locals;            // mapping for module/class/exec frames, TW_NULL otherwise
    const uint32_t *ip;        // next instruction to execute
    TwValue *sp;               // one past the top of the value stack
    TwValue gen;               // the generator owning this frame, or TW_NULL
    TwValue frame_obj;         // materialised frame object (lazily), or TW_NULL
    void *ds_chunk;            // data-stack position before this frame was pushed
    TwValue *ds_top;
    uint8_t is_entry;          // returning from this frame leaves the C loop
    uint8_t on_heap;           // owned by a generator, not on the data stack
    uint8_t trace_state;       // TW_TRACE_* bits (trace.h): f_trace set, trap pending, ...
    uint8_t yielded;           // set by YIELD_VALUE: the loop returned a yielded value
    int32_t trace_prev;        // tracing copy: the instruction run before (for line events);
                               // set when the tracing copy takes the frame over
    int32_t trap_at;           // the instruction a pending trap waits at (TW_TRACE_TRAPPED)
    TwValue localsplus[];
};

static inline TwValue *tw_frame_stack_base(TwFrame *f) {
    return f->localsplus + f->code->nlocals + f->code->ncells + f->code->nfree;
}
// Index of the instruction the frame is executing (or last executed).
static inline uint32_t tw_frame_lasti(TwFrame *f) {
    return f->ip > f->code->code ? (uint32_t)(f->ip - f->code->code - 1) : 0;
}
// The line number of the frame's current instruction (0 if unknown).
int tw_frame_lineno(TwFrame *f);
// The frame object (sys._getframe(), tb_frame, gi_frame) for f, made on first request.
TwValue tw_frame_object(TwFrame *f) TW_RAISES;
// f is going away: its frame object (if any) keeps a snapshot (code, globals, line).
void tw_frame_detach(TwFrame *f);
void tw_frame_init(void);   // vm_frame.c: the frame type (called by tw_vm_init)
// The frame's local tracer (f_trace) or TW_NULL; setting it (TW_NULL clears) keeps
// trace_state in step. Only for frames with a frame object (tracers get one), and for the
// frame the tracing copy is delivering an event of (it needs no switch).
TwValue tw_frame_local_tracer(TwFrame *f);
void tw_frame_set_local_tracer(TwFrame *f, TwValue fn);
// The f_locals snapshot of an optimized frame (TW_TRACE_SNAPSHOT: one was made): refresh
// it from the fast locals before a tracer runs, and write what the tracer changed back
// after.
int tw_frame_locals_refresh(TwFrame *f) TW_RAISES;
int tw_frame_locals_writeback(TwFrame *f) TW_RAISES;
// Bytes needed for a frame of `code` (header, locals, cells, frees, value stack).
size_t tw_frame_size(TwCode *code);

// An evaluator: one copy of the bytecode loop. Runs `f` (and frames it calls inline) until
// an entry frame returns or yields. throwflag: resume f by raising the current exception
// at its current instruction (generator throw). Returns the result, TW_NULL with an
// exception set, or TW_VM_SWITCH when the frame tw_ts.frame must continue in the other copy.
typedef TwValue (*TwEvalFn)(TwFrame *f, int throwflag);
TwValue tw_vm_eval_fast(TwFrame *f, int throwflag) TW_RAISES;
TwValue tw_vm_eval_trace(TwFrame *f, int throwflag) TW_RAISES;
extern TwEvalFn tw_vm_eval;          // the copy new entries start in (TWINPY_VM=trace: tracing)
extern TwObject tw_vm_switch_obj;
#define TW_VM_SWITCH tw_from_obj(&tw_vm_switch_obj)

// Run a frame already linked as tw_ts.frame (with is_entry set) to completion, switching
// between the copies as asked. The frame is NOT popped here.
TwValue tw_vm_run_frame(TwFrame *f, int throwflag) TW_RAISES;

// Push a frame for `code` on the data stack and link it as tw_ts.frame; locals, cells and
// frees start empty (frees filled from closure, a tuple of cells or TW_NULL). Raises
// RecursionError past the recursion limit.
TwFrame *tw_vm_push_frame(TwCode *code, TwValue func, TwValue globals, TwValue builtins,
                          TwValue locals) TW_RAISES;
// Unlink the innermost frame (f == tw_ts.frame) and release its data-stack space.
void tw_vm_pop_frame(TwFrame *f);
// Bind a call's arguments into f's locals as the function's signature says, with
// CPython's TypeError messages. Returns 0 or -1.
int tw_vm_bind_args(TwFrame *f, TwFunction *fn, int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
// Push the frame for a call of Python function `func` (not a generator) and bind its
// arguments: the call path of the loop and of tw_function_call. NULL with the exception
// set (RecursionError, the arguments' TypeError).
TwFrame *tw_vm_push_call(TwValue func, int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
// Copy the closure's cells into f's free-variable slots.
void tw_vm_copy_frees(TwFrame *f, TwFunction *fn);
// A new function object for a code object (MAKE_FUNCTION), obj_func.c: name, qualname and
// doc from the code, __module__ from globals["__name__"].
TwValue tw_function_new(TwValue code, TwValue globals) TW_RAISES;
// Make a generator for a call of a generator function (obj_gen.c).
TwValue tw_gen_new_call(TwFunction *fn, int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
// Resume a generator/coroutine from SEND: *out gets the yielded value (returns 1), or the
// return value (returns 0; StopIteration not raised), or -1 on error.
int tw_gen_send_ex(TwValue gen, TwValue arg, TwValue *out) TW_RAISES;
// The generator type's C helpers for the VM (obj_gen.c).
bool tw_is_gen(TwValue v);
// What a finished generator returned (for the tracing copy's StopIteration events), or
// TW_NULL if v is not a finished generator.
TwValue tw_gen_result(TwValue v);

// TwCode.vm_cache: one entry per instruction (allocated at the first LOAD_GLOBAL miss); a
// LOAD_GLOBAL's entry holds the value found while globals and builtins had these versions.
typedef struct TwGlobalCache {
    TwDict *globals, *builtins;
    uint32_t gver, bver;
    TwValue value;
} TwGlobalCache;

// Slow paths of the loop, out of line (vm.c), shared by both copies.
TwValue tw_vm_load_name(TwFrame *f, TwValue name) TW_RAISES;
TwValue tw_vm_load_global(TwFrame *f, TwValue name) TW_RAISES;   // and fills the cache
TwValue tw_vm_make_function(TwFrame *f, TwValue code, int flags, TwValue *extras) TW_RAISES;
// Unpack seq into before (+ a list if has_star) + after values written to out[0..], last
// item first (the stack order: first item on top). Raises CPython's ValueError/TypeError.
int tw_vm_unpack(TwValue seq, int before, int after, bool has_star, TwValue *out) TW_RAISES;
int tw_vm_list_extend(TwValue list, TwValue iterable) TW_RAISES;   // LIST_EXTEND's messages
TwValue tw_vm_call_ex(TwValue func, TwValue args, TwValue kwargs) TW_RAISES;
// it.__next__() for iterators without a C iternext: StopIteration stays set (FOR_ITER
// and SEND handle it, and the tracing copy reports it).
TwValue tw_vm_next_method(TwValue it) TW_RAISES;
int tw_vm_dict_merge(TwValue dict, TwValue other, TwValue func) TW_RAISES;
TwValue tw_vm_format_value(TwValue v, int conv, TwValue spec) TW_RAISES;
TwValue tw_vm_build_string(TwValue *items, int n) TW_RAISES;
int tw_vm_raise(TwValue exc, TwValue cause) TW_RAISES;   // 1: bare re-raise, 0: raised
int tw_vm_check_exc_match(TwValue exc, TwValue type) TW_RAISES;   // 1, 0, -1
// except* (CHECK_EG_MATCH): match exc against the except* type. Sets *match to the part
// of exc that matches (a naked exception that matches is wrapped in a group) and *rest to
// the part that does not, or both to None when nothing matches. TypeError for a type
// that is not an exception class, or a group type. Returns 0 or -1.
int tw_vm_check_eg_match(TwValue exc, TwValue type, TwValue *match, TwValue *rest) TW_RAISES;
// except* (PREP_RERAISE_STAR): what to raise after the handlers of a try whose original
// exception is orig; excs lists what the handlers raised and the unmatched rest (None
// items are skipped). Returns the exception to raise, or None.
TwValue tw_vm_prep_reraise_star(TwValue orig, TwValue excs) TW_RAISES;
int tw_vm_before_with(TwValue mgr, TwValue *exit_out, TwValue *enter_out) TW_RAISES;
// MATCH_KEYS: a tuple of subject.get(key) for each key of the tuple `keys`, or None as soon
// as one is missing; ValueError "mapping pattern checks duplicate key (k)" for a repeat.
TwValue tw_vm_match_keys(TwValue subject, TwValue keys) TW_RAISES;
// MATCH_CLASS: if isinstance(subject, cls), a tuple of the nargs positional attributes
// (named by cls.__match_args__, or the subject itself for int(x)-style classes) then the
// attributes named in the tuple kwnames; None when it is not an instance or an attribute
// is missing. TypeError for a non-class cls, bad __match_args__ or too many positionals.
TwValue tw_vm_match_class(TwValue subject, TwValue cls, int nargs, TwValue kwnames) TW_RAISES;
// Handle the tw_ts.eval_breaker bits in `mask` (the ones the calling RESUME or backward
// jump checks): 0 continue, 1 continue f in the other copy (the tracing copy, at the
// RESUME again), -1 error raised.
int tw_vm_handle_breaker(TwFrame *f, int mask) TW_RAISES;
// Raise an UnboundLocalError/NameError for the empty slot `index` of localsplus.
TwValue tw_vm_unbound_error(TwFrame *f, uint32_t index, bool deref) TW_RAISES;
TwValue tw_vm_name_error(TwValue name) TW_RAISES;
// Where the exception table sends an exception raised at instruction `lasti`, or NULL.
const TwExcEntry *tw_vm_find_handler(TwCode *code, uint32_t lasti);

#endif
