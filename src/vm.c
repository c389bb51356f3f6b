// The VM around the bytecode loop: the thread state, the data stack that frames live on,
// argument binding with CPython's error messages, entering the loop from C (calls,
// module code, class bodies), choosing the copy of the loop a frame runs in, the
// recursion guards, and the out-of-line slow paths both copies of the loop share.
#include "vm.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "gc.h"
#include "obj_type.h"
#include "opcodes.h"
#include "trace.h"

TwThreadState tw_ts = {.recursion_limit = 1000};
TwInterp tw_interp;
TwObject tw_vm_switch_obj = {&tw_type_object};

#if TW_SINGLE_VM
TwEvalFn tw_vm_eval = tw_vm_eval_trace;
#else
TwEvalFn tw_vm_eval = tw_vm_eval_fast;
#endif

// ================================================================ the data stack
// Frames of ordinary calls are carved out of large chunks in stack order. A chunk is
// never given back (the next deep recursion reuses it), so a call costs a bump of ds_top.

typedef struct DsChunk {
    struct DsChunk *prev, *next;
    TwValue *limit;
    TwValue data[];
} DsChunk;

enum { DS_CHUNK_WORDS = 64 * 1024 };

static DsChunk *ds_chunk;
static TwValue *ds_top;

static bool ds_new_chunk(size_t words) {
    DsChunk *next = ds_chunk ? ds_chunk->next : NULL;
    if (next && (size_t)(next->limit - next->data) >= words) {
        ds_chunk = next;
        ds_top = next->data;
        return true;
    }
    size_t n = words > DS_CHUNK_WORDS ? words : DS_CHUNK_WORDS;
    DsChunk *c = malloc(sizeof(DsChunk) + n * sizeof(TwValue));
    if (!c) {
        return false;
    }
    c->limit = c->data + n;
    c->prev = ds_chunk;
    c->next = next;   // a too-small spare stays linked after the new one
    if (next) {
        next->prev = c;
    }
    if (ds_chunk) {
        ds_chunk->next = c;
    }
    ds_chunk = c;
    ds_top = c->data;
    return true;
}

size_t tw_frame_size(TwCode *code) {
    // One spare slot: some opcodes write one past their final depth while working.
    size_t n = (size_t)code->nlocals + (size_t)code->ncells + (size_t)code->nfree + (size_t)code->stacksize + 1;
    return sizeof(TwFrame) + n * sizeof(TwValue);
}

static TwValue recursion_error(const char *where) {
    return tw_error(&tw_type_RecursionError, "maximum recursion depth exceeded%s", where);
}

// Push a frame for code, its locals, cells and frees not yet cleared.
static inline TwFrame *push_frame_uncleared(TwCode *code, TwValue func, TwValue globals, TwValue builtins,
                                            TwValue locals) {
    if (tw_ts.depth >= tw_ts.recursion_limit) {
        recursion_error("");
        return NULL;
    }
    size_t words = code->frame_words;
    DsChunk *old_chunk = ds_chunk;
    TwValue *old_top = ds_top;
    if ((size_t)(ds_chunk->limit - ds_top) < words) {
        if (!ds_new_chunk(words)) {
            tw_error_nomem();
            return NULL;
        }
    }
    TwFrame *f = (TwFrame *)ds_top;
    ds_top += words;
    f->ds_chunk = old_chunk;
    f->ds_top = old_top;
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->ip = code->code;
    f->gen = TW_NULL;
    f->frame_obj = TW_NULL;
    f->is_entry = 0;
    f->on_heap = 0;
    f->trace_state = 0;
    f->yielded = 0;
    f->sp = f->localsplus + code->nlocals + code->ncells + code->nfree;
    f->back = tw_ts.frame;
    tw_ts.frame = f;
    tw_ts.depth++;
    return f;
}

TwFrame *tw_vm_push_frame(TwCode *code, TwValue func, TwValue globals, TwValue builtins, TwValue locals) {
    TwFrame *f = push_frame_uncleared(code, func, globals, builtins, locals);
    if (f) {
        memset(f->localsplus, 0, (size_t)(f->sp - f->localsplus) * sizeof(TwValue));
    }
    return f;
}

TwFrame *tw_vm_push_call(TwValue func, int argc, TwValue *argv, TwValue kwnames) {
    TwFunction *fn = TW_OBJ(func, TwFunction);
    TwCode *co = fn->code;
    TwFrame *f = push_frame_uncleared(co, func, fn->globals, fn->builtins, TW_NULL);
    if (!f) {
        return NULL;
    }
    TwValue *slots = f->localsplus;
    size_t nslots = (size_t)(f->sp - slots), i = 0;
    if (!kwnames && co->plain_args && argc == co->argcount) {
        // The common call: the arguments are the first locals, the rest start unbound.
        for (; i < (size_t)argc; i++) {
            slots[i] = argv[i];
        }
        for (; i < nslots; i++) {
            slots[i] = TW_NULL;
        }
        return f;
    }
    memset(slots, 0, nslots * sizeof(TwValue));
    if (tw_vm_bind_args(f, fn, argc, argv, kwnames) < 0) {
        tw_vm_pop_frame(f);
        return NULL;
    }
    return f;
}

void tw_vm_pop_frame(TwFrame *f) {
    if (f->frame_obj) {
        tw_frame_detach(f);
    }
    tw_ts.frame = f->back;
    tw_ts.depth--;
    ds_chunk = f->ds_chunk;
    ds_top = f->ds_top;
}

int tw_frame_lineno(TwFrame *f) {
    TwCode *co = f->code;
    uint32_t i = tw_frame_lasti(f);
    if (!co->positions || i >= co->ncode) {
        return co->firstlineno;
    }
    return co->positions[i].line;
}

// The collector's view of the VM: every frame on the chain from the innermost one, with
// its values up to the saved stack pointer. Suspended generator frames are traced by
// their generator objects.
static void mark_frames(void) {
    for (TwFrame *f = tw_ts.frame; f; f = f->back) {
        tw_gc_mark_obj(f->code);
        tw_gc_mark(f->func);
        tw_gc_mark(f->globals);
        tw_gc_mark(f->builtins);
        tw_gc_mark(f->locals);
        tw_gc_mark(f->gen);
        tw_gc_mark(f->frame_obj);
        if (f->sp > f->localsplus) {
            tw_gc_mark_array(f->localsplus, (size_t)(f->sp - f->localsplus));
        }
    }
}

// ================================================================ argument binding

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's format_missing).
static TwValue join_names(TwValue *names, int n) {
    TwBuf b;
    tw_buf_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            tw_buf_append_c(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        }
        tw_buf_append_c(&b, "'");
        tw_buf_append_str(&b, names[i]);
        tw_buf_append_c(&b, "'");
    }
    return tw_buf_to_str(&b);
}

static int missing_arguments(TwFunction *fn, TwValue *locals, int start, int end, bool kwonly) {
    TwValue *varnames = tw_tuple_items(fn->code->varnames);
    TwValue names[64];
    int n = 0, total = 0;
    for (int i = start; i < end; i++) {
        if (!locals[i]) {
            if (n < 64) {
                names[n++] = varnames[i];
            }
            total++;
        }
    }
    TwValue s = join_names(names, n);
    if (!s) {
        return -1;
    }
    tw_error(&tw_type_TypeError, "%U() missing %d required %s argument%s: %U", fn->qualname, total,
             kwonly ? "keyword-only" : "positional", total == 1 ? "" : "s", s);
    return -1;
}

static int too_many_positional(TwFunction *fn, TwValue *locals, int given) {
    TwCode *co = fn->code;
    int defcount = fn->defaults ? (int)tw_tuple_size(fn->defaults) : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        kwonly_given += locals[i] != TW_NULL;
    }
    char sig[64], kwsig[96];
    bool plural;
    if (defcount) {
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - defcount, co->argcount);
        plural = true;
    } else {
        snprintf(sig, sizeof sig, "%d", co->argcount);
        plural = co->argcount != 1;
    }
    kwsig[0] = 0;
    if (kwonly_given) {
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    }
    tw_error(&tw_type_TypeError, "%U() takes %s positional argument%s but %d%s %s given", fn->qualname, sig,
             plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
    return -1;
}

static int posonly_as_keyword(TwFunction *fn, TwValue kwnames) {
    TwCode *co = fn->code;
    TwValue *varnames = tw_tuple_items(co->varnames);
    TwValue names[64];
    int n = 0;
    size_t nkw = tw_tuple_size(kwnames);
    for (int i = 0; i < co->posonlyargcount && n < 64; i++) {
        for (size_t k = 0; k < nkw; k++) {
            TwValue kw = tw_tuple_items(kwnames)[k];
            if (kw == varnames[i] || (tw_is_str(kw) && tw_str_eq(kw, varnames[i]))) {
                names[n++] = varnames[i];
                break;
            }
        }
    }
    if (n == 0) {
        return 0;
    }
    TwBuf b;
    tw_buf_init(&b);
    for (int i = 0; i < n; i++) {
        if (i) {
            tw_buf_append_c(&b, ", ");
        }
        tw_buf_append_str(&b, names[i]);
    }
    TwValue s = tw_buf_to_str(&b);
    if (!s) {
        return -1;
    }
    tw_error(&tw_type_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
             fn->qualname, s);
    return -1;
}

void tw_vm_copy_frees(TwFrame *f, TwFunction *fn) {
    TwCode *co = fn->code;
    if (co->nfree && fn->closure) {
        TwValue *dst = f->localsplus + co->nlocals + co->ncells;
        size_t n = tw_tuple_size(fn->closure);
        if (n > (size_t)co->nfree) {
            n = (size_t)co->nfree;
        }
        memcpy(dst, tw_tuple_items(fn->closure), n * sizeof(TwValue));
    }
}

int tw_vm_bind_args(TwFrame *f, TwFunction *fn, int argc, TwValue *argv, TwValue kwnames) {
    TwCode *co = fn->code;
    TwValue *locals = f->localsplus;
    tw_vm_copy_frees(f, fn);
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    int npos = argc - nkw;
    int flags = co->flags;
    if (nkw == 0 && npos == co->argcount && !(flags & (TW_CO_VARARGS | TW_CO_VARKEYWORDS)) &&
        co->kwonlyargcount == 0) {
        for (int i = 0; i < npos; i++) {   // a loop: argv may be NULL when npos is 0
            locals[i] = argv[i];
        }
        return 0;
    }
    int total = co->argcount + co->kwonlyargcount;
    TwValue kwdict = TW_NULL;
    if (flags & TW_CO_VARKEYWORDS) {
        kwdict = tw_dict_new();
        if (!kwdict) {
            return -1;
        }
        locals[total + ((flags & TW_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    int ncopy = npos < co->argcount ? npos : co->argcount;
    memcpy(locals, argv, (size_t)ncopy * sizeof(TwValue));
    if (flags & TW_CO_VARARGS) {
        TwValue rest = npos > co->argcount ? tw_tuple_from((size_t)(npos - co->argcount), argv + co->argcount)
                                           : tw_empty_tuple;
        if (!rest) {
            return -1;
        }
        locals[total] = rest;
    }
    // Keyword arguments.
    TwValue *varnames = tw_tuple_items(co->varnames);
    for (int k = 0; k < nkw; k++) {
        TwValue kw = tw_tuple_items(kwnames)[k];
        TwValue value = argv[npos + k];
        int j;
        for (j = co->posonlyargcount; j < total; j++) {
            if (varnames[j] == kw) {
                goto found;
            }
        }
        if (!tw_is_str(kw)) {
            tw_error(&tw_type_TypeError, "%U() keywords must be strings", fn->qualname);
            return -1;
        }
        for (j = co->posonlyargcount; j < total; j++) {
            if (tw_str_eq(varnames[j], kw)) {
                goto found;
            }
        }
        if (!kwdict) {
            if (co->posonlyargcount && posonly_as_keyword(fn, kwnames) < 0) {
                return -1;
            }
            tw_error(&tw_type_TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, kw);
            return -1;
        }
        if (tw_dict_set(kwdict, kw, value) < 0) {
            return -1;
        }
        continue;
    found:
        if (locals[j]) {
            tw_error(&tw_type_TypeError, "%U() got multiple values for argument '%U'", fn->qualname, kw);
            return -1;
        }
        locals[j] = value;
    }
    if (npos > co->argcount && !(flags & TW_CO_VARARGS)) {
        return too_many_positional(fn, locals, npos);
    }
    // Defaults of positional parameters.
    if (npos < co->argcount) {
        int defcount = fn->defaults ? (int)tw_tuple_size(fn->defaults) : 0;
        int m = co->argcount - defcount;
        for (int i = npos; i < m; i++) {
            if (!locals[i]) {
                return missing_arguments(fn, locals, npos, m, false);
            }
        }
        for (int i = npos > m ? npos - m : 0; i < defcount; i++) {
            if (!locals[m + i]) {
                locals[m + i] = tw_tuple_items(fn->defaults)[i];
            }
        }
    }
    // Keyword-only parameters.
    if (co->kwonlyargcount) {
        int missing = 0;
        for (int i = co->argcount; i < total; i++) {
            if (locals[i]) {
                continue;
            }
            if (fn->kwdefaults) {
                TwValue d = tw_dict_get_str(fn->kwdefaults, varnames[i]);
                if (d) {
                    locals[i] = d;
                    continue;
                }
            }
            missing++;
        }
        if (missing) {
            return missing_arguments(fn, locals, co->argcount, total, true);
        }
    }
    return 0;
}

// ================================================================ entering the loop

static char *c_stack_base;
static size_t c_stack_limit;

static bool c_stack_exhausted(void) {
    char here;
    // The base is a local of tw_vm_init, a little below main's frame: positions above it
    // (shallower) count as depth 0.
    return c_stack_base && &here < c_stack_base && (size_t)(c_stack_base - &here) > c_stack_limit;
}

#if TW_SETTRACE && !TW_SINGLE_VM
// The copy tw_vm_eval handed its current frame (tw_ts.frame) to the other copy: go back
// and forth until one returns. Out of line, so the plain call path stays as it was.
__attribute__((noinline)) static TwValue run_switching(void) {
    TwEvalFn eval = tw_vm_eval;
    TwValue r;
    do {
        eval = eval == tw_vm_eval_fast ? tw_vm_eval_trace : tw_vm_eval_fast;
        int how = tw_ts.switch_resume;
        tw_ts.switch_resume = TW_RESUME_NEXT;
        r = eval(tw_ts.frame, how);
    } while (r == TW_VM_SWITCH);
    return r;
}
#endif

TwValue tw_vm_run_frame(TwFrame *f, int throwflag) {
    if (c_stack_exhausted()) {
        return recursion_error(" while calling a Python object");
    }
    TwValue r = tw_vm_eval(f, throwflag);
#if TW_SETTRACE && !TW_SINGLE_VM
    if (r == TW_VM_SWITCH) {
        r = run_switching();
    }
#endif
    return r;
}

TwValue tw_function_call(TwValue func, int argc, TwValue *argv, TwValue kwnames) {
    TwFunction *fn = TW_OBJ(func, TwFunction);
    if (fn->code->flags & (TW_CO_GENERATOR | TW_CO_COROUTINE | TW_CO_ASYNC_GENERATOR)) {
        return tw_gen_new_call(fn, argc, argv, kwnames);
    }
    TwFrame *f = tw_vm_push_call(func, argc, argv, kwnames);
    if (!f) {
        return TW_NULL;
    }
    f->is_entry = 1;
    TwValue r = tw_vm_run_frame(f, 0);
    tw_vm_pop_frame(f);
    return r;
}

static TwValue builtins_of(TwValue globals) {
    TwValue b = tw_dict_get_str(globals, TW_NAME(__builtins__));
    if (b) {
        if (tw_is_type(b, &tw_type_module)) {
            return TW_OBJ(b, TwModule)->dict;
        }
        if (tw_is_type(b, &tw_type_dict)) {
            return b;
        }
    }
    return tw_interp.builtins;
}

TwValue tw_vm_run(TwCode *code, TwValue globals, TwValue locals) {
    if (!tw_dict_get_str(globals, TW_NAME(__builtins__)) && tw_interp.builtins_module) {
        if (tw_dict_set(globals, TW_NAME(__builtins__), tw_interp.builtins_module) < 0) {
            return TW_NULL;
        }
    }
    TwFrame *f = tw_vm_push_frame(code, TW_NULL, globals, builtins_of(globals), locals ? locals : globals);
    if (!f) {
        return TW_NULL;
    }
    f->is_entry = 1;
    TwValue r = tw_vm_run_frame(f, 0);
    tw_vm_pop_frame(f);
    return r;
}

TwValue tw_vm_call_with_locals(TwValue func, TwValue locals) {
    TwFunction *fn = TW_OBJ(func, TwFunction);
    TwFrame *f = tw_vm_push_frame(fn->code, func, fn->globals, fn->builtins, locals);
    if (!f) {
        return TW_NULL;
    }
    tw_vm_copy_frees(f, fn);
    f->is_entry = 1;
    TwValue r = tw_vm_run_frame(f, 0);
    tw_vm_pop_frame(f);
    return r;
}

int tw_enter_recursive_call(const char *where) {
    if (tw_ts.depth >= tw_ts.recursion_limit || c_stack_exhausted()) {
        recursion_error(where);
        return -1;
    }
    tw_ts.depth++;
    tw_ts.c_depth++;
    return 0;
}

void tw_leave_recursive_call(void) {
    tw_ts.depth--;
    tw_ts.c_depth--;
}

TwValue tw_vm_globals(void) {
    return tw_ts.frame ? tw_ts.frame->globals : TW_NULL;
}

TwValue tw_vm_locals(void) {
    TwFrame *f = tw_ts.frame;
    if (!f) {
        return tw_error(&tw_type_SystemError, "frame does not exist");
    }
    if (f->locals) {
        return f->locals;
    }
    TwValue d = tw_dict_new();
    if (!d) {
        return TW_NULL;
    }
    TwCode *co = f->code;
    for (int i = 0; i < co->nlocals; i++) {
        TwValue v = f->localsplus[i];
        if (v && tw_dict_set(d, tw_tuple_items(co->varnames)[i], v) < 0) {
            return TW_NULL;
        }
    }
    for (int i = 0; i < co->ncells + co->nfree; i++) {
        TwValue cell = f->localsplus[co->nlocals + i];
        TwValue name = i < co->ncells ? tw_tuple_items(co->cellvars)[i] : tw_tuple_items(co->freevars)[i - co->ncells];
        if (cell && tw_is_type(cell, &tw_type_cell) && TW_OBJ(cell, TwCell)->value) {
            if (tw_dict_set(d, name, TW_OBJ(cell, TwCell)->value) < 0) {
                return TW_NULL;
            }
        }
    }
    return d;
}

// ================================================================ signals and the breaker

static void on_sigint(int sig) {
    (void)sig;
    tw_ts.pending_signal = 1;
    tw_ts.eval_breaker |= TW_BREAK_SIGNAL;
}

int tw_vm_handle_breaker(TwFrame *f, int mask) {
    if ((mask & tw_ts.eval_breaker & TW_BREAK_RESUME) && !tw_ts.tracing) {
        // Only the fast copy looks at this bit: a tracer wants this frame's 'call' event.
        int r = tw_trace_fast_resume(f);
        if (r != 0) {
            return r;
        }
    }
    if (tw_ts.pending_signal) {
        tw_ts.eval_breaker &= ~TW_BREAK_SIGNAL;
        tw_ts.pending_signal = 0;
        TwValue exc = tw_exc_new(&tw_type_KeyboardInterrupt, tw_empty_tuple);
        if (exc) {
            tw_raise(exc);
        }
        return -1;
    }
    return 0;
}

void tw_vm_init(void) {
    char here;
    c_stack_base = &here;
    if (!ds_chunk && !ds_new_chunk(0)) {
        fprintf(stderr, "twinpy: out of memory for the VM stack\n");
        abort();
    }
    struct rlimit rl;
    size_t limit = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < ((rlim_t)1 << 30)) {
        limit = (size_t)rl.rlim_cur;
    }
    // Leave room below the guard for the C code that runs between checks (printing a
    // RecursionError's traceback, repr of deep structures, ...).
    c_stack_limit = limit > (2u << 20) ? limit - (1u << 20) : limit / 2;
    tw_gc_add_root_fn(mark_frames);
    tw_frame_init();
    const char *vm = getenv("TWINPY_VM");
#if TW_SETTRACE
    if (vm && strcmp(vm, "trace") == 0) {
        tw_vm_eval = tw_vm_eval_trace;
    }
#else
    (void)vm;
#endif
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

// ================================================================ slow paths of the loop

TwValue tw_vm_name_error(TwValue name) {
    tw_error(&tw_type_NameError, "name '%U' is not defined", name);
    tw_error_set_name_obj(name, TW_NULL);
    return TW_NULL;
}

TwValue tw_vm_unbound_error(TwFrame *f, uint32_t index, bool deref) {
    TwCode *co = f->code;
    if (index < (uint32_t)co->nlocals) {
        return tw_error(&tw_type_UnboundLocalError,
                        "cannot access local variable '%U' where it is not associated with a value",
                        tw_tuple_items(co->varnames)[index]);
    }
    index -= (uint32_t)co->nlocals;
    if (index < (uint32_t)co->ncells) {
        return tw_error(&tw_type_UnboundLocalError,
                        "cannot access local variable '%U' where it is not associated with a value",
                        tw_tuple_items(co->cellvars)[index]);
    }
    TwValue name = tw_tuple_items(co->freevars)[index - (uint32_t)co->ncells];
    tw_error(&tw_type_NameError,
             "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
    tw_error_set_name_obj(name, TW_NULL);
    return TW_NULL;
}

TwValue tw_vm_load_name(TwFrame *f, TwValue name) {
    TwValue locals = f->locals;
    TwValue v = TW_NULL;
    if (locals) {
        if (tw_is_type(locals, &tw_type_dict)) {
            v = tw_dict_get_str(locals, name);
        } else {
            v = tw_getitem(locals, name);
            if (!v) {
                if (!tw_error_matches(&tw_type_KeyError)) {
                    return TW_NULL;
                }
                tw_error_clear();
            }
        }
        if (v) {
            return v;
        }
    }
    v = tw_dict_get_str(f->globals, name);
    if (v) {
        return v;
    }
    v = tw_dict_get_str(f->builtins, name);
    if (v) {
        return v;
    }
    return tw_vm_name_error(name);
}

TwValue tw_vm_load_global(TwFrame *f, TwValue name) {
    TwValue v = tw_dict_get_str(f->globals, name);
    if (!v) {
        v = tw_dict_get_str(f->builtins, name);
        if (!v) {
            return tw_vm_name_error(name);
        }
    }
    TwCode *co = f->code;
    if (!co->vm_cache) {
        co->vm_cache = calloc(co->ncode, sizeof(TwGlobalCache));
    }
    if (co->vm_cache && tw_is_type(f->globals, &tw_type_dict) && tw_is_type(f->builtins, &tw_type_dict)) {
        TwGlobalCache *c = (TwGlobalCache *)co->vm_cache + tw_frame_lasti(f);
        c->globals = TW_OBJ(f->globals, TwDict);
        c->builtins = TW_OBJ(f->builtins, TwDict);
        c->gver = c->globals->version;
        c->bver = c->builtins->version;
        c->value = v;
    }
    return v;
}

TwValue tw_vm_make_function(TwFrame *f, TwValue code, int flags, TwValue *extras) {
    TwValue fv = tw_function_new(code, f->globals);
    if (!fv) {
        return TW_NULL;
    }
    TwFunction *fn = TW_OBJ(fv, TwFunction);
    fn->builtins = f->builtins;
    int k = 0;
    if (flags & 1) {
        fn->defaults = extras[k++];
    }
    if (flags & 2) {
        fn->kwdefaults = extras[k++];
    }
    if (flags & 4) {
        TwValue ann = extras[k++];
        if (tw_is_type(ann, &tw_type_tuple)) {
            // (name, value, name, value, ...) as CPython 3.11's compiler makes it.
            TwValue d = tw_dict_new();
            if (!d) {
                return TW_NULL;
            }
            size_t n = tw_tuple_size(ann);
            for (size_t i = 0; i + 1 < n; i += 2) {
                if (tw_dict_set(d, tw_tuple_items(ann)[i], tw_tuple_items(ann)[i + 1]) < 0) {
                    return TW_NULL;
                }
            }
            ann = d;
        }
        fn->annotations = ann;
    }
    if (flags & 8) {
        fn->closure = extras[k++];
    }
    return fv;
}

static bool is_iterable(TwValue v) {
    TwType *t = tw_type_of(v);
    return t->iternext || tw_type_lookup(t, TW_NAME(__iter__)) || tw_type_lookup(t, TW_NAME(__getitem__));
}

int tw_vm_unpack(TwValue seq, int before, int after, bool has_star, TwValue *out) {
    if (!is_iterable(seq)) {
        tw_error(&tw_type_TypeError, "cannot unpack non-iterable %T object", seq);
        return -1;
    }
    TwValue it = tw_iter(seq);
    if (!it) {
        return -1;
    }
    int total = before + after + (has_star ? 1 : 0);
    TwValue tmp[256];
    TwValue *items = total <= 256 ? tmp : malloc((size_t)total * sizeof(TwValue));
    if (!items) {
        tw_error_nomem();
        return -1;
    }
    int rc = -1;
    int i;
    for (i = 0; i < before; i++) {
        TwValue v = tw_next(it);
        if (!v) {
            if (!tw_error_occurred()) {
                if (has_star) {
                    tw_error(&tw_type_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                             before + after, i);
                } else {
                    tw_error(&tw_type_ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
                }
            }
            goto done;
        }
        items[i] = v;
    }
    if (!has_star) {
        TwValue v = tw_next(it);
        if (v) {
            tw_error(&tw_type_ValueError, "too many values to unpack (expected %d)", before);
            goto done;
        }
        if (tw_error_occurred()) {
            goto done;
        }
    } else {
        TwValue rest = tw_list_from_iterable(it);
        if (!rest) {
            goto done;
        }
        size_t n = tw_list_size(rest);
        if (n < (size_t)after) {
            tw_error(&tw_type_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                     before + after, before + (int)n);
            goto done;
        }
        for (int j = 0; j < after; j++) {
            items[before + 1 + j] = tw_list_items(rest)[n - (size_t)after + (size_t)j];
        }
        TW_OBJ(rest, TwList)->size = n - (size_t)after;
        items[before] = rest;
    }
    for (int j = 0; j < total; j++) {
        out[j] = items[total - 1 - j];
    }
    rc = 0;
done:
    if (items != tmp) {
        free(items);
    }
    return rc;
}

int tw_vm_list_extend(TwValue list, TwValue iterable) {
    if (!tw_is_type(iterable, &tw_type_list) && !tw_is_type(iterable, &tw_type_tuple) && !is_iterable(iterable)) {
        tw_error(&tw_type_TypeError, "Value after * must be an iterable, not %T", iterable);
        return -1;
    }
    return tw_list_extend(list, iterable);
}

// "f()", "A.f()", "__main__.f()" for call error messages (CPython's _PyObject_FunctionStr).
static TwValue function_str(TwValue func) {
    TwValue qual = tw_getattr_opt(func, TW_NAME(__qualname__));
    if (!qual) {
        tw_error_clear();
        return tw_str_fmt("%T object", func);
    }
    TwValue mod = tw_getattr_opt(func, TW_NAME(__module__));
    if (!mod) {
        tw_error_clear();
    }
    if (mod && tw_is_str(mod) && !tw_str_eq_c(mod, "builtins")) {
        return tw_str_fmt("%U.%S()", mod, qual);
    }
    return tw_str_fmt("%S()", qual);
}

static bool is_mapping(TwValue v) {
    return tw_is_type(v, &tw_type_dict) || tw_type_lookup(tw_type_of(v), TW_NAME(keys)) != TW_NULL;
}

int tw_vm_dict_merge(TwValue dict, TwValue other, TwValue func) {
    if (!is_mapping(other)) {
        TwValue fs = function_str(func);
        if (fs) {
            tw_error(&tw_type_TypeError, "%U argument after ** must be a mapping, not %T", fs, other);
        }
        return -1;
    }
    if (tw_is_type(other, &tw_type_dict)) {
        size_t pos = 0;
        TwValue k, v;
        while (tw_dict_next(other, &pos, &k, &v)) {
            if (tw_dict_get_str(dict, k) && tw_is_str(k)) {
                TwValue fs = function_str(func);
                if (fs) {
                    tw_error(&tw_type_TypeError, "%U got multiple values for keyword argument '%U'", fs, k);
                }
                return -1;
            }
            if (tw_dict_set(dict, k, v) < 0) {
                return -1;
            }
        }
        return 0;
    }
    TwValue keys = tw_call_method(other, TW_NAME(keys), 0, NULL);
    if (!keys) {
        return -1;
    }
    TwValue it = tw_iter(keys);
    if (!it) {
        return -1;
    }
    TwValue k;
    while ((k = tw_next(it))) {
        TwValue old;
        int r = tw_dict_lookup(dict, k, &old);
        if (r < 0) {
            return -1;
        }
        if (r > 0) {
            TwValue fs = function_str(func);
            if (fs) {
                tw_error(&tw_type_TypeError, "%U got multiple values for keyword argument '%S'", fs, k);
            }
            return -1;
        }
        TwValue v = tw_getitem(other, k);
        if (!v || tw_dict_set(dict, k, v) < 0) {
            return -1;
        }
    }
    return tw_error_occurred() ? -1 : 0;
}

TwValue tw_vm_next_method(TwValue it) {
    TwValue f = tw_type_lookup(tw_type_of(it), TW_NAME(__next__));
    if (!f) {
        return tw_error(&tw_type_TypeError, "'%T' object is not an iterator", it);
    }
    return tw_call_unbound(f, it, 0, NULL, TW_NULL);
}

TwValue tw_vm_call_ex(TwValue func, TwValue args, TwValue kwargs) {
    if (!tw_is_type(args, &tw_type_tuple)) {
        if (!tw_is_type(args, &tw_type_list) && !is_iterable(args)) {
            TwValue fs = function_str(func);
            if (fs) {
                tw_error(&tw_type_TypeError, "%U argument after * must be an iterable, not %T", fs, args);
            }
            return TW_NULL;
        }
        args = tw_tuple_from_iterable(args);
        if (!args) {
            return TW_NULL;
        }
    }
    size_t npos = tw_tuple_size(args);
    if (!kwargs || (tw_is_type(kwargs, &tw_type_dict) && tw_dict_size(kwargs) == 0)) {
        return tw_call(func, (int)npos, tw_tuple_items(args), TW_NULL);
    }
    if (!tw_is_type(kwargs, &tw_type_dict)) {
        TwValue d = tw_dict_new();
        if (!d || tw_vm_dict_merge(d, kwargs, func) < 0) {
            return TW_NULL;
        }
        kwargs = d;
    }
    size_t nkw = tw_dict_size(kwargs);
    TwValue kwnames = tw_tuple_new(nkw);
    if (!kwnames) {
        return TW_NULL;
    }
    TwValue stackbuf[16];
    TwValue *argv = npos + nkw <= 16 ? stackbuf : malloc((npos + nkw) * sizeof(TwValue));
    if (!argv) {
        return tw_error_nomem();
    }
    memcpy(argv, tw_tuple_items(args), npos * sizeof(TwValue));
    size_t pos = 0, i = 0;
    TwValue k, v;
    TwValue r = TW_NULL;
    while (tw_dict_next(kwargs, &pos, &k, &v) && i < nkw) {
        if (!tw_is_str(k) && !tw_isinstance_type(k, &tw_type_str)) {
            tw_error(&tw_type_TypeError, "keywords must be strings");
            goto done;
        }
        tw_tuple_items(kwnames)[i] = k;
        argv[npos + i] = v;
        i++;
    }
    // argv may be malloc'd: keep the values reachable through kwargs/args (on the caller's
    // stack) while the call runs.
    r = tw_call(func, (int)(npos + nkw), argv, kwnames);
done:
    if (argv != stackbuf) {
        free(argv);
    }
    return r;
}

TwValue tw_vm_format_value(TwValue v, int conv, TwValue spec) {
    switch (conv) {
    case 1:
        v = tw_str(v);
        break;
    case 2:
        v = tw_repr(v);
        break;
    case 3:
        v = tw_ascii(v);
        break;
    default:
        break;
    }
    if (!v) {
        return TW_NULL;
    }
    if (!spec && tw_is_str(v)) {
        return v;
    }
    return tw_format(v, spec ? spec : tw_str_intern_c(""));
}

TwValue tw_vm_build_string(TwValue *items, int n) {
    if (n == 1) {
        return items[0];
    }
    TwBuf b;
    tw_buf_init(&b);
    for (int i = 0; i < n; i++) {
        if (tw_buf_append_str(&b, items[i]) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    return tw_buf_to_str(&b);
}

static bool is_exc_class(TwValue v) {
    return tw_is_ptr(v) && v && tw_isinstance_type(v, &tw_type_type) &&
           tw_type_is_subtype(TW_OBJ(v, TwType), &tw_type_BaseException);
}

static bool is_exc_instance(TwValue v) {
    return tw_is_ptr(v) && v && tw_isinstance_type(v, &tw_type_BaseException);
}

int tw_vm_raise(TwValue exc, TwValue cause) {
    if (!exc) {
        TwValue h = tw_ts.handled;
        if (!h || h == TW_NONE) {
            tw_error(&tw_type_RuntimeError, "No active exception to reraise");
            return 0;
        }
        tw_error_restore(h);
        return 1;
    }
    if (is_exc_class(exc)) {
        TwValue inst = tw_call0(exc);
        if (!inst) {
            return 0;
        }
        if (!is_exc_instance(inst)) {
            tw_error(&tw_type_TypeError, "calling %R should have returned an instance of BaseException, not %T",
                     exc, inst);
            return 0;
        }
        exc = inst;
    } else if (!is_exc_instance(exc)) {
        tw_error(&tw_type_TypeError, "exceptions must derive from BaseException");
        return 0;
    }
    if (cause) {
        TwValue c;
        if (cause == TW_NONE) {
            c = TW_NULL;
        } else if (is_exc_class(cause)) {
            c = tw_call0(cause);
            if (!c) {
                return 0;
            }
            if (!is_exc_instance(c)) {
                tw_error(&tw_type_TypeError, "calling %R should have returned an instance of BaseException, not %T",
                         cause, c);
                return 0;
            }
        } else if (is_exc_instance(cause)) {
            c = cause;
        } else {
            tw_error(&tw_type_TypeError, "exception causes must derive from BaseException");
            return 0;
        }
        TW_OBJ(exc, TwException)->cause = c;
        TW_OBJ(exc, TwException)->suppress_context = true;
    }
    tw_raise(exc);
    return 0;
}

int tw_vm_check_exc_match(TwValue exc, TwValue type) {
    if (tw_is_type(type, &tw_type_tuple)) {
        size_t n = tw_tuple_size(type);
        for (size_t i = 0; i < n; i++) {
            if (!is_exc_class(tw_tuple_items(type)[i])) {
                goto bad;
            }
        }
        for (size_t i = 0; i < n; i++) {
            if (tw_type_is_subtype(tw_type_of(exc), TW_OBJ(tw_tuple_items(type)[i], TwType))) {
                return 1;
            }
        }
        return 0;
    }
    if (!is_exc_class(type)) {
        goto bad;
    }
    return tw_type_is_subtype(tw_type_of(exc), TW_OBJ(type, TwType));
bad:
    tw_error(&tw_type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

// ---- pattern matching

// Passed as get()'s default by MATCH_KEYS: no mapping holds it, so it means "missing".
static TwObject match_missing = {&tw_type_object};

TwValue tw_vm_match_keys(TwValue subject, TwValue keys) {
    size_t n = tw_tuple_size(keys);
    if (n == 0) {
        return tw_empty_tuple;
    }
    // subject.get(key, missing) for each key: no KeyError handling, and dict subclasses'
    // __missing__ does not run (as CPython).
    bool exact = tw_is_type(subject, &tw_type_dict);
    TwValue get = TW_NULL;
    if (!exact && !(get = tw_getattr(subject, TW_NAME(get)))) {
        return TW_NULL;
    }
    TwValue seen = tw_set_new(&tw_type_set);
    TwValue values = seen ? tw_tuple_new(n) : TW_NULL;
    if (!values) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        TwValue key = tw_tuple_items(keys)[i];
        int dup = tw_set_contains(seen, key);
        if (dup < 0 || (!dup && tw_set_add(seen, key) < 0)) {
            return TW_NULL;
        }
        if (dup) {
            return tw_error(&tw_type_ValueError, "mapping pattern checks duplicate key (%R)", key);
        }
        TwValue v;
        if (exact) {
            int r = tw_dict_lookup(subject, key, &v);
            if (r < 0) {
                return TW_NULL;
            }
            if (r == 0) {
                return TW_NONE;
            }
        } else {
            v = tw_call2(get, key, tw_from_obj(&match_missing));
            if (!v) {
                return TW_NULL;
            }
            if (v == tw_from_obj(&match_missing)) {
                return TW_NONE;
            }
        }
        tw_tuple_items(values)[i] = v;
    }
    return values;
}

// One attribute for MATCH_CLASS: 1 found (*out), 0 missing (AttributeError), -1 error.
static int match_class_attr(TwValue subject, TwType *cls, TwValue name, TwValue seen, TwValue *out) {
    int dup = tw_set_contains(seen, name);
    if (dup < 0 || (!dup && tw_set_add(seen, name) < 0)) {
        return -1;
    }
    if (dup) {
        tw_error(&tw_type_TypeError, "%s() got multiple sub-patterns for attribute %R", tw_type_cname(cls), name);
        return -1;
    }
    *out = tw_getattr_opt(subject, name);
    if (!*out) {
        return tw_error_occurred() ? -1 : 0;
    }
    return 1;
}

TwValue tw_vm_match_class(TwValue subject, TwValue cls, int nargs, TwValue kwnames) {
    if (!(tw_type_of(cls)->flags & TW_TYPE_TYPE_SUB)) {
        return tw_error(&tw_type_TypeError, "called match pattern must be a type");
    }
    TwType *t = TW_OBJ(cls, TwType);
    int r = tw_isinstance(subject, cls);
    if (r <= 0) {
        return r < 0 ? TW_NULL : TW_NONE;
    }
    size_t nkw = tw_tuple_size(kwnames);
    TwValue attrs = tw_tuple_new((size_t)nargs + nkw);
    TwValue seen = attrs ? tw_set_new(&tw_type_set) : TW_NULL;
    if (!seen) {
        return TW_NULL;
    }
    TwValue *out = tw_tuple_items(attrs);
    if (nargs > 0) {
        TwValue match_args = tw_getattr_opt(cls, TW_NAME(__match_args__));
        bool match_self = false;
        size_t allowed;
        if (match_args) {
            if (!tw_is_type(match_args, &tw_type_tuple)) {
                return tw_error(&tw_type_TypeError, "%s.__match_args__ must be a tuple (got %s)", tw_type_cname(t),
                                tw_type_cname(tw_type_of(match_args)));
            }
            allowed = tw_tuple_size(match_args);
        } else if (tw_error_occurred()) {
            return TW_NULL;
        } else {
            // int(x), str(x), list(x)...: x matches the subject itself
            match_self = (t->flags & TW_TYPE_MATCH_SELF) != 0;
            allowed = match_self ? 1 : 0;
        }
        if ((size_t)nargs > allowed) {
            return tw_error(&tw_type_TypeError, "%s() accepts %zu positional sub-pattern%s (%d given)", tw_type_cname(t),
                            allowed, allowed == 1 ? "" : "s", nargs);
        }
        if (match_self) {
            out[0] = subject;
        } else {
            for (int i = 0; i < nargs; i++) {
                TwValue name = tw_tuple_items(match_args)[i];
                if (!tw_is_str(name)) {
                    return tw_error(&tw_type_TypeError, "__match_args__ elements must be strings (got %s)",
                                    tw_type_cname(tw_type_of(name)));
                }
                r = match_class_attr(subject, t, name, seen, &out[i]);
                if (r <= 0) {
                    return r < 0 ? TW_NULL : TW_NONE;
                }
            }
        }
    }
    for (size_t i = 0; i < nkw; i++) {
        r = match_class_attr(subject, t, tw_tuple_items(kwnames)[i], seen, &out[nargs + i]);
        if (r <= 0) {
            return r < 0 ? TW_NULL : TW_NONE;
        }
    }
    return attrs;
}

// ---- except*

static bool is_group(TwValue v) {
    return is_exc_instance(v) && tw_isinstance_type(v, &tw_type_BaseExceptionGroup);
}

int tw_vm_check_eg_match(TwValue exc, TwValue type, TwValue *match, TwValue *rest) {
    bool is_tuple = tw_is_type(type, &tw_type_tuple);
    size_t n = is_tuple ? tw_tuple_size(type) : 1;
    TwValue *types = is_tuple ? tw_tuple_items(type) : &type;
    for (size_t i = 0; i < n; i++) {
        if (!is_exc_class(types[i])) {
            tw_error(&tw_type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (tw_type_is_subtype(TW_OBJ(types[i], TwType), &tw_type_BaseExceptionGroup)) {
            tw_error(&tw_type_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    *match = *rest = TW_NONE;
    if (exc == TW_NONE) {
        return 0;
    }
    if (tw_vm_check_exc_match(exc, type) == 1) {
        // The whole exception matches; a naked one is wrapped in a group.
        if (!is_group(exc)) {
            TwValue excs = tw_tuple_pack(1, exc);
            exc = excs ? tw_exc_group_new(tw_str_intern_c(""), excs) : TW_NULL;
            if (!exc) {
                return -1;
            }
        }
        *match = exc;
        return 0;
    }
    if (!is_group(exc)) {
        return 0;
    }
    TwValue pair = tw_call_method(exc, tw_str_intern_c("split"), 1, &type);
    if (!pair) {
        return -1;
    }
    if (!tw_is_type(pair, &tw_type_tuple) || tw_tuple_size(pair) != 2) {
        tw_error(&tw_type_TypeError, "split() must return a 2-tuple, not %T", pair);
        return -1;
    }
    *match = tw_tuple_items(pair)[0];
    *rest = tw_tuple_items(pair)[1];
    return 0;
}

// Was e re-raised (a part of orig split off, raised with a bare `raise`) rather than
// raised anew? Split copies these three, and raising anew changes the traceback.
static bool same_exc_metadata(TwValue e, TwValue orig) {
    TwException *a = TW_OBJ(e, TwException), *b = TW_OBJ(orig, TwException);
    return a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

TwValue tw_vm_prep_reraise_star(TwValue orig, TwValue excs) {
    size_t n = tw_list_size(excs);
    if (n == 0) {
        return TW_NONE;
    }
    if (!is_group(orig)) {
        // A naked exception was wrapped: at most one handler ran, so there is at most one
        // exception to raise (the wrapped one's handler raised, or nothing matched).
        return tw_list_items(excs)[0];
    }
    TwValue raised = tw_list_new(0), reraised = tw_list_new(0);
    if (!raised || !reraised) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        TwValue e = tw_list_items(excs)[i];
        if (e == TW_NONE) {
            continue;
        }
        bool again = is_exc_instance(e) && same_exc_metadata(e, orig);
        if (tw_list_append(again ? reraised : raised, e) < 0) {
            return TW_NULL;
        }
    }
    // The re-raised leaves keep the original group's structure; new exceptions come
    // first, in a new group with it.
    TwValue kept = tw_exc_group_project(orig, reraised);
    if (!kept) {
        return TW_NULL;
    }
    if (tw_list_size(raised) == 0) {
        return kept;
    }
    if (kept != TW_NONE && tw_list_append(raised, kept) < 0) {
        return TW_NULL;
    }
    if (tw_list_size(raised) > 1) {
        return tw_exc_group_new(tw_str_intern_c(""), raised);
    }
    return tw_list_items(raised)[0];
}

int tw_vm_before_with(TwValue mgr, TwValue *exit_out, TwValue *enter_out) {
    TwType *t = tw_type_of(mgr);
    TwValue enter = tw_type_lookup(t, TW_NAME(__enter__));
    if (!enter) {
        tw_error(&tw_type_TypeError, "'%s' object does not support the context manager protocol", tw_type_cname(t));
        return -1;
    }
    TwValue exit_fn = tw_type_lookup(t, TW_NAME(__exit__));
    if (!exit_fn) {
        tw_error(&tw_type_TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)",
                 tw_type_cname(t));
        return -1;
    }
    TwValue bound;
    if (tw_is_type(exit_fn, &tw_type_function)) {
        bound = tw_method_new(exit_fn, mgr);
    } else {
        bound = tw_getattr(mgr, TW_NAME(__exit__));
    }
    if (!bound) {
        return -1;
    }
    bool found;
    TwValue r = tw_call_special(mgr, TW_NAME(__enter__), 0, NULL, &found);
    if (!r) {
        return -1;
    }
    *exit_out = bound;
    *enter_out = r;
    return 0;
}

const TwExcEntry *tw_vm_find_handler(TwCode *code, uint32_t lasti) {
    const TwExcEntry *best = NULL;
    for (uint32_t i = 0; i < code->nexc; i++) {
        const TwExcEntry *e = &code->exc_table[i];
        if (e->start <= lasti && lasti < e->end && (!best || e->start > best->start)) {
            best = e;
        }
    }
    return best;
}
