// Exception objects and the raising API.
//
// Every builtin exception type is a static TwType made from exceptions.def. Instances are
// TwException (args, traceback, cause/context, an attribute dict); the subclasses that
// carry extra attributes (OSError.errno, SyntaxError.lineno, StopIteration.value, ...)
// keep them in a few extra fields after the TwException header, exposed as getsets, so
// they read as None when unset and stay out of __dict__, as in CPython. The current
// exception lives in tw_ts.curexc; raising chains the exception being handled as the new
// one's __context__. Traceback printing is in traceback.c.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "runtime.h"
#include "vm.h"

// ---------------------------------------------------------------- layout

// Extra attribute fields of the special exception kinds, after the TwException header.
// Every exception type has room for all of them, so that any class may inherit from
// several exception types (class E(KeyError, AttributeError)) without a layout conflict.
enum { EXC_MAX_FIELDS = 8 };
#define EXC_SIZE ((uint32_t)(sizeof(TwException) + EXC_MAX_FIELDS * sizeof(TwValue)))
static inline TwValue *exc_fields(TwValue exc) {
    return (TwValue *)((char *)tw_as_obj(exc) + sizeof(TwException));
}
static inline TwException *EXC(TwValue v) { return TW_OBJ(v, TwException); }

// The first builtin (non-heap) type along t's base chain: its layout decides the fields.
static TwType *builtin_base(TwType *t) {
    while (t && (t->flags & TW_TYPE_HEAP)) {
        t = t->base;
    }
    return t;
}

static void exc_trace(TwObject *self) {
    TwException *e = (TwException *)self;
    tw_gc_mark(e->dict);
    tw_gc_mark(e->args);
    tw_gc_mark(e->traceback);
    tw_gc_mark(e->cause);
    tw_gc_mark(e->context);
    tw_gc_mark_array(exc_fields(tw_from_obj(self)), EXC_MAX_FIELDS);
}

#define TW_EXC(name, base)                                                      \
    TwType tw_type_##name = {                                                   \
        .hdr.type = &tw_type_type,                                              \
        .c_name = #name,                                                        \
        .basic_size = EXC_SIZE,                                                 \
        .dict_offset = offsetof(TwException, dict),                             \
        .flags = TW_TYPE_BASETYPE | TW_TYPE_EXCEPTION,                          \
        .trace = exc_trace,                                                     \
    };
#include "exceptions.def"
#undef TW_EXC

// io.UnsupportedOperation: a builtin with two bases (OSError, ValueError), like CPython's.
TwType tw_type_UnsupportedOperation = {
    .hdr.type = &tw_type_type,
    .c_name = "UnsupportedOperation",
    .basic_size = EXC_SIZE,
    .dict_offset = offsetof(TwException, dict),
    .flags = TW_TYPE_BASETYPE | TW_TYPE_EXCEPTION,
    .trace = exc_trace,
};

// ---------------------------------------------------------------- traceback objects

static void tb_trace(TwObject *self) {
    TwTraceback *tb = (TwTraceback *)self;
    tw_gc_mark(tb->next);
    tw_gc_mark(tb->frame);
    tw_gc_mark_obj(tb->code);
}

TwType tw_type_traceback = {
    .hdr.type = &tw_type_type,
    .c_name = "traceback",
    .basic_size = sizeof(TwTraceback),
    .trace = tb_trace,
};

static TwValue tb_get_next(TwValue self) {
    TwValue n = TW_OBJ(self, TwTraceback)->next;
    return n ? n : TW_NONE;
}
static int tb_set_next(TwValue self, TwValue v) {
    if (!v) {
        tw_error(&tw_type_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v != TW_NONE && !tw_is_type(v, &tw_type_traceback)) {
        tw_error(&tw_type_TypeError, "expected traceback object or None, got '%T'", v);
        return -1;
    }
    for (TwValue c = v; c && c != TW_NONE; c = TW_OBJ(c, TwTraceback)->next) {
        if (c == self) {
            tw_error(&tw_type_ValueError, "traceback loop detected");
            return -1;
        }
    }
    TW_OBJ(self, TwTraceback)->next = v == TW_NONE ? TW_NULL : v;
    return 0;
}
static TwValue tb_get_lineno(TwValue self) {
    return tw_from_small_int(TW_OBJ(self, TwTraceback)->lineno);
}
static TwValue tb_get_lasti(TwValue self) {
    return tw_from_small_int((int64_t)TW_OBJ(self, TwTraceback)->instr * 2);
}
static TwValue tb_get_frame(TwValue self) {
    TwValue f = TW_OBJ(self, TwTraceback)->frame;
    return f ? f : TW_NONE;
}

static const TwGetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {NULL, NULL, NULL},
};

int tw_exc_add_traceback(TwValue exc, TwCode *code, uint32_t instr, TwValue frame) {
    TwTraceback *tb = (TwTraceback *)tw_gc_alloc(&tw_type_traceback, sizeof(TwTraceback));
    if (!tb) {
        return -1;
    }
    tb->code = code;
    tb->instr = instr;
    tb->frame = frame;
    tb->lineno = (code && code->positions && instr < code->ncode) ? code->positions[instr].line : -1;
    if (tb->lineno == 0) {
        tb->lineno = -1;   // a module's RESUME: no line to show
    }
    tb->next = EXC(exc)->traceback;
    EXC(exc)->traceback = tw_from_obj(tb);
    return 0;
}

// ---------------------------------------------------------------- the current exception

static TwValue nomem_exc;   // preallocated MemoryError, raised without allocating

static bool is_exc_instance(TwValue v) {
    return tw_is_ptr(v) && v && tw_type_is_subtype(tw_as_obj(v)->type, &tw_type_BaseException);
}
static bool is_exc_class(TwValue v) {
    return tw_is_ptr(v) && v && tw_isinstance_type(v, &tw_type_type) &&
           tw_type_is_subtype(TW_OBJ(v, TwType), &tw_type_BaseException);
}

// Implicit chaining, as CPython: the exception being handled becomes the new one's
// __context__, after cutting the new exception out of the handled one's context chain
// so that no cycle forms.
static void chain_context(TwValue exc, bool fresh) {
    TwValue handled = tw_ts.handled;
    if (!handled || handled == TW_NONE || handled == exc || !is_exc_instance(handled)) {
        return;
    }
    if (fresh) {
        // a new exception cannot be in the handled one's chain
        EXC(exc)->context = handled;
        return;
    }
    TwValue o = handled, slow = handled;
    bool step = false;
    for (;;) {
        TwValue ctx = EXC(o)->context;
        if (!ctx) {
            break;
        }
        if (ctx == exc) {
            EXC(o)->context = TW_NULL;
            break;
        }
        o = ctx;
        // Floyd's check: an existing cycle elsewhere must not hang us
        if (step) {
            slow = EXC(slow)->context;
            if (slow == o) {
                break;
            }
        }
        step = !step;
    }
    EXC(exc)->context = handled;
}

static TwValue set_current(TwValue exc, bool fresh) {
    chain_context(exc, fresh);
    tw_ts.curexc = exc;
    return TW_NULL;
}

TwValue tw_error_value(TwType *type, TwValue arg) {
    TwValue args = tw_tuple_pack(1, arg);
    if (!args) {
        return TW_NULL;
    }
    TwValue exc = tw_exc_new(type, args);
    if (!exc) {
        return TW_NULL;
    }
    return set_current(exc, true);
}

TwValue tw_error(TwType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TwValue msg = tw_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) {
        return TW_NULL;
    }
    return tw_error_value(type, msg);
}

TwValue tw_error_nomem(void) {
    if (!nomem_exc) {
        fprintf(stderr, "twinpy: out of memory during start-up\n");
        abort();
    }
    TwException *e = EXC(nomem_exc);
    e->traceback = TW_NULL;
    e->context = TW_NULL;
    e->cause = TW_NULL;
    tw_ts.curexc = nomem_exc;
    return TW_NULL;
}

TwValue tw_raise(TwValue exc) {
    if (is_exc_class(exc)) {
        TwValue inst = tw_call0(exc);
        if (!inst) {
            return TW_NULL;
        }
        if (!is_exc_instance(inst)) {
            return tw_error(&tw_type_TypeError,
                            "calling %R should have returned an instance of BaseException, not %T",
                            exc, inst);
        }
        exc = inst;
    } else if (!is_exc_instance(exc)) {
        return tw_error(&tw_type_TypeError, "exceptions must derive from BaseException");
    }
    return set_current(exc, false);
}

bool tw_error_occurred(void) {
    return tw_ts.curexc != TW_NULL;
}

bool tw_error_matches(TwType *type) {
    TwValue e = tw_ts.curexc;
    return e && tw_type_is_subtype(tw_type_of(e), type);
}

TwValue tw_error_fetch(void) {
    TwValue e = tw_ts.curexc;
    tw_ts.curexc = TW_NULL;
    return e;
}

void tw_error_restore(TwValue exc) {
    tw_ts.curexc = exc;
}

void tw_error_clear(void) {
    tw_ts.curexc = TW_NULL;
}

// ---------------------------------------------------------------- creating instances

// Field indices of the special kinds.
enum { F_STOP_VALUE = 0 };
enum { F_EXIT_CODE = 0 };
enum { F_OS_ERRNO, F_OS_STRERROR, F_OS_FILENAME, F_OS_FILENAME2, F_OS_WRITTEN, F_OS_COUNT };
enum { F_SYN_MSG, F_SYN_FILENAME, F_SYN_LINENO, F_SYN_OFFSET, F_SYN_TEXT, F_SYN_END_LINENO,
       F_SYN_END_OFFSET, F_SYN_PRINT_FILE_AND_LINE, F_SYN_COUNT };
enum { F_IMP_MSG, F_IMP_NAME, F_IMP_PATH, F_IMP_COUNT };
enum { F_ATTR_NAME, F_ATTR_OBJ, F_ATTR_COUNT };
enum { F_NAME_NAME, F_NAME_COUNT };
enum { F_UNI_ENCODING, F_UNI_OBJECT, F_UNI_START, F_UNI_END, F_UNI_REASON, F_UNI_COUNT };
enum { F_EG_MESSAGE, F_EG_EXCEPTIONS, F_EG_COUNT };
_Static_assert((int)F_SYN_COUNT <= (int)EXC_MAX_FIELDS, "SyntaxError needs more exception fields");

typedef enum {
    KIND_PLAIN, KIND_STOP, KIND_EXIT, KIND_OS, KIND_SYNTAX, KIND_IMPORT, KIND_ATTR, KIND_NAME,
    KIND_UNI_DECODE, KIND_UNI_ENCODE, KIND_UNI_TRANSLATE, KIND_GROUP, KIND_KEY,
} ExcKind;

static ExcKind exc_kind(TwType *t) {
    for (t = builtin_base(t); t; t = t->base) {
        if (t == &tw_type_BaseException || t == &tw_type_Exception) {
            return KIND_PLAIN;
        }
        if (t == &tw_type_StopIteration) {
            return KIND_STOP;
        }
        if (t == &tw_type_KeyError) {
            return KIND_KEY;
        }
        if (t == &tw_type_OSError) {
            return KIND_OS;
        }
        if (t == &tw_type_SyntaxError) {
            return KIND_SYNTAX;
        }
        if (t == &tw_type_ImportError) {
            return KIND_IMPORT;
        }
        if (t == &tw_type_AttributeError) {
            return KIND_ATTR;
        }
        if (t == &tw_type_NameError) {
            return KIND_NAME;
        }
        if (t == &tw_type_SystemExit) {
            return KIND_EXIT;
        }
        if (t == &tw_type_UnicodeDecodeError) {
            return KIND_UNI_DECODE;
        }
        if (t == &tw_type_UnicodeEncodeError) {
            return KIND_UNI_ENCODE;
        }
        if (t == &tw_type_UnicodeTranslateError) {
            return KIND_UNI_TRANSLATE;
        }
        if (t == &tw_type_BaseExceptionGroup) {
            return KIND_GROUP;
        }
    }
    return KIND_PLAIN;
}

static TwValue exc_alloc(TwType *type) {
    TwObject *o = tw_gc_alloc(type, type->basic_size ? type->basic_size : sizeof(TwException));
    if (!o) {
        return TW_NULL;
    }
    EXC(tw_from_obj(o))->args = tw_empty_tuple;
    return tw_from_obj(o);
}

static TwValue field_or_none(TwValue v) {
    return v ? v : TW_NONE;
}

// The attribute set-up that cannot fail, done from args by both __new__ and __init__ (so
// a subclass whose __init__ skips super().__init__ still has them), and by tw_exc_new.
static void exc_fill_fields(TwValue exc, ExcKind kind) {
    TwValue args = EXC(exc)->args;
    size_t n = tw_tuple_size(args);
    TwValue *a = tw_tuple_items(args);
    TwValue *f = exc_fields(exc);
    switch (kind) {
    case KIND_STOP:
        f[F_STOP_VALUE] = n > 0 ? a[0] : TW_NONE;
        break;
    case KIND_EXIT:
        f[F_EXIT_CODE] = n == 0 ? TW_NONE : n == 1 ? a[0] : args;
        break;
    case KIND_OS:
        for (int i = 0; i < F_OS_COUNT; i++) {
            f[i] = TW_NULL;
        }
        if (n >= 2 && n <= 5) {
            f[F_OS_ERRNO] = a[0];
            f[F_OS_STRERROR] = a[1];
            if (n >= 3) {
                f[F_OS_FILENAME] = a[2];
                if (n == 5) {
                    f[F_OS_FILENAME2] = a[4];
                }
                // as CPython: args keeps only (errno, strerror) when a filename is given
                TwValue two = tw_tuple_from(2, a);
                if (two) {
                    EXC(exc)->args = two;
                } else {
                    tw_error_clear();
                }
            }
        }
        break;
    case KIND_SYNTAX:
        for (int i = 0; i < F_SYN_COUNT; i++) {
            f[i] = TW_NULL;
        }
        if (n >= 1) {
            f[F_SYN_MSG] = a[0];
        }
        if (n == 2 && tw_is_type(a[1], &tw_type_tuple)) {
            size_t m = tw_tuple_size(a[1]);
            TwValue *info = tw_tuple_items(a[1]);
            if (m >= 4 && m <= 6) {
                f[F_SYN_FILENAME] = info[0];
                f[F_SYN_LINENO] = info[1];
                f[F_SYN_OFFSET] = info[2];
                f[F_SYN_TEXT] = info[3];
                if (m >= 5) {
                    f[F_SYN_END_LINENO] = info[4];
                }
                if (m >= 6) {
                    f[F_SYN_END_OFFSET] = info[5];
                }
            }
        }
        break;
    case KIND_IMPORT:
        f[F_IMP_MSG] = n == 1 ? a[0] : TW_NULL;
        break;
    default:
        break;
    }
}

// The full per-kind initialisation with error checks (what __init__ does). kw: the
// keyword arguments as a names tuple + values, or kwnames TW_NULL.
static int exc_init_kind(TwValue exc, ExcKind kind, TwValue kwnames, TwValue *kwvals);

TwValue tw_exc_new(TwType *type, TwValue args) {
    TwValue exc = exc_alloc(type);
    if (!exc) {
        return TW_NULL;
    }
    if (args) {
        EXC(exc)->args = args;
    }
    ExcKind kind = exc_kind(type);
    exc_fill_fields(exc, kind);
    if (kind == KIND_UNI_DECODE || kind == KIND_UNI_ENCODE || kind == KIND_UNI_TRANSLATE) {
        if (exc_init_kind(exc, kind, TW_NULL, NULL) < 0) {
            return TW_NULL;
        }
    }
    return exc;
}

// OSError(errno, ...) makes the subclass that errno stands for, as CPython does.
static TwType *oserror_subclass(TwValue err) {
    int64_t e;
    if (!tw_int_to_i64(err, &e)) {
        return NULL;
    }
    switch (e) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
        return &tw_type_BlockingIOError;
    case ECHILD:
        return &tw_type_ChildProcessError;
    case EPIPE:
#ifdef ESHUTDOWN
    case ESHUTDOWN:
#endif
        return &tw_type_BrokenPipeError;
    case ECONNABORTED:
        return &tw_type_ConnectionAbortedError;
    case ECONNREFUSED:
        return &tw_type_ConnectionRefusedError;
    case ECONNRESET:
        return &tw_type_ConnectionResetError;
    case EEXIST:
        return &tw_type_FileExistsError;
    case ENOENT:
        return &tw_type_FileNotFoundError;
    case EISDIR:
        return &tw_type_IsADirectoryError;
    case ENOTDIR:
        return &tw_type_NotADirectoryError;
    case EINTR:
        return &tw_type_InterruptedError;
    case EACCES:
    case EPERM:
        return &tw_type_PermissionError;
    case ESRCH:
        return &tw_type_ProcessLookupError;
    case ETIMEDOUT:
        return &tw_type_TimeoutError;
    default:
        return NULL;
    }
}

// ---------------------------------------------------------------- BaseException methods

static int64_t positional_count(int argc, TwValue kwnames) {
    return argc - (kwnames ? (int64_t)tw_tuple_size(kwnames) : 0);
}

static TwValue exc_new_method(int argc, TwValue *argv, TwValue kwnames) {
    TwValue cls = argv[0];
    if (!tw_isinstance_type(cls, &tw_type_type)) {
        return tw_error(&tw_type_TypeError, "BaseException.__new__(X): X is not a type object (%T)", cls);
    }
    TwType *t = TW_OBJ(cls, TwType);
    if (!tw_type_is_subtype(t, &tw_type_BaseException)) {
        return tw_error(&tw_type_TypeError, "BaseException.__new__(%s): %s is not a subtype of BaseException",
                        tw_type_cname(t), tw_type_cname(t));
    }
    int64_t npos = positional_count(argc, kwnames) - 1;
    TwValue args = tw_tuple_from((size_t)npos, argv + 1);
    if (!args) {
        return TW_NULL;
    }
    if (t == &tw_type_OSError && npos >= 2 && npos <= 5) {
        TwType *sub = oserror_subclass(argv[1]);
        if (sub) {
            t = sub;
        }
    }
    ExcKind kind = exc_kind(t);
    if (kind == KIND_GROUP) {
        // handled by BaseExceptionGroup.__new__
        kind = KIND_PLAIN;
    }
    TwValue exc = exc_alloc(t);
    if (!exc) {
        return TW_NULL;
    }
    EXC(exc)->args = args;
    exc_fill_fields(exc, kind);
    return exc;
}

static TwValue exc_init_method(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    int64_t npos = positional_count(argc, kwnames) - 1;
    ExcKind kind = exc_kind(tw_type_of(self));
    bool takes_kw = kind == KIND_IMPORT || kind == KIND_ATTR || kind == KIND_NAME;
    if (kwnames && tw_tuple_size(kwnames) > 0 && !takes_kw) {
        return tw_error(&tw_type_TypeError, "%s() takes no keyword arguments", tw_type_cname(tw_type_of(self)));
    }
    TwValue args = tw_tuple_from((size_t)npos, argv + 1);
    if (!args) {
        return TW_NULL;
    }
    EXC(self)->args = args;
    if (kind != KIND_GROUP) {
        exc_fill_fields(self, kind);
    }
    if (exc_init_kind(self, kind, kwnames, argv + 1 + npos) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue exc_str_plain(TwValue self) {
    TwValue args = EXC(self)->args;
    size_t n = tw_tuple_size(args);
    if (n == 0) {
        return tw_str_new("", 0);
    }
    if (n == 1) {
        return tw_str(tw_tuple_items(args)[0]);
    }
    return tw_str(args);
}

static TwValue exc_str_method(int argc, TwValue *argv, TwValue kwnames) {
    return exc_str_plain(argv[0]);
}

static TwValue exc_repr_method(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwValue args = EXC(self)->args;
    const char *name = tw_type_cname(tw_type_of(self));
    const char *dot = strrchr(name, '.');   // CPython's _PyType_Name: no module
    if (dot) {
        name = dot + 1;
    }
    if (tw_tuple_size(args) == 1) {
        return tw_str_fmt("%s(%R)", name, tw_tuple_items(args)[0]);
    }
    return tw_str_fmt("%s%R", name, args);
}

static TwValue exc_with_traceback(int argc, TwValue *argv, TwValue kwnames) {
    TwValue tb = argv[1];
    if (tb != TW_NONE && !tw_is_type(tb, &tw_type_traceback)) {
        return tw_error(&tw_type_TypeError, "__traceback__ must be a traceback or None");
    }
    EXC(argv[0])->traceback = tb == TW_NONE ? TW_NULL : tb;
    return argv[0];
}

static TwValue ensure_dict(TwValue self) {
    if (!EXC(self)->dict) {
        EXC(self)->dict = tw_dict_new();
    }
    return EXC(self)->dict;
}

static TwValue exc_add_note(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0], note = argv[1];
    if (!tw_isinstance_type(note, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "note must be a str, not '%T'", note);
    }
    TwValue d = ensure_dict(self);
    if (!d) {
        return TW_NULL;
    }
    TwValue key = tw_str_intern_c("__notes__");
    TwValue notes = TW_NULL;
    if (tw_dict_lookup(d, key, &notes) < 0) {
        return TW_NULL;
    }
    if (!notes) {
        notes = tw_list_new(1);
        if (!notes || tw_dict_set(d, key, notes) < 0) {
            return TW_NULL;
        }
    } else if (!tw_isinstance_type(notes, &tw_type_list)) {
        return tw_error(&tw_type_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (tw_list_append(notes, note) < 0) {
        return TW_NULL;
    }
    return TW_NONE;
}

static TwValue exc_reduce(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwValue cls = tw_from_obj(tw_type_of(self));
    if (EXC(self)->dict && tw_dict_size(EXC(self)->dict) > 0) {
        return tw_tuple_pack(3, cls, EXC(self)->args, EXC(self)->dict);
    }
    return tw_tuple_pack(2, cls, EXC(self)->args);
}

static TwValue exc_setstate(int argc, TwValue *argv, TwValue kwnames) {
    TwValue state = argv[1];
    if (state == TW_NONE) {
        return TW_NONE;
    }
    if (!tw_isinstance_type(state, &tw_type_dict)) {
        return tw_error(&tw_type_TypeError, "state is not a dictionary");
    }
    size_t pos = 0;
    TwValue k, v;
    while (tw_dict_next(state, &pos, &k, &v)) {
        if (tw_setattr(argv[0], k, v) < 0) {
            return TW_NULL;
        }
    }
    return TW_NONE;
}

static const TwMethodDef exc_methods[] = {
    {"__new__", exc_new_method, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", exc_init_method, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__str__", exc_str_method, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", exc_repr_method, 1, 1, TW_BUILTIN_METHOD},
    {"with_traceback", exc_with_traceback, 2, 2, TW_BUILTIN_METHOD},
    {"add_note", exc_add_note, 2, 2, TW_BUILTIN_METHOD},
    {"__reduce__", exc_reduce, 1, 1, TW_BUILTIN_METHOD},
    {"__setstate__", exc_setstate, 2, 2, TW_BUILTIN_METHOD},
    {NULL, NULL, 0, 0, 0},
};

static TwValue get_args(TwValue self) {
    return EXC(self)->args;
}
static int set_args(TwValue self, TwValue v) {
    if (!v) {
        tw_error(&tw_type_TypeError, "args may not be deleted");
        return -1;
    }
    TwValue t = tw_is_type(v, &tw_type_tuple) ? v : TW_NULL;
    if (!t) {
        size_t n;
        TwValue *items;
        TwValue seq = tw_sequence_fast(v, &n, &items);
        if (!seq) {
            return -1;
        }
        t = tw_tuple_from(n, items);
        if (!t) {
            return -1;
        }
    }
    EXC(self)->args = t;
    return 0;
}
static TwValue get_traceback(TwValue self) {
    return field_or_none(EXC(self)->traceback);
}
static int set_traceback(TwValue self, TwValue v) {
    if (!v) {
        tw_error(&tw_type_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != TW_NONE && !tw_is_type(v, &tw_type_traceback)) {
        tw_error(&tw_type_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    EXC(self)->traceback = v == TW_NONE ? TW_NULL : v;
    return 0;
}
static TwValue get_cause(TwValue self) {
    return field_or_none(EXC(self)->cause);
}
static int set_cause(TwValue self, TwValue v) {
    if (!v) {
        tw_error(&tw_type_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != TW_NONE && !is_exc_instance(v)) {
        tw_error(&tw_type_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->cause = v == TW_NONE ? TW_NULL : v;
    EXC(self)->suppress_context = true;
    return 0;
}
static TwValue get_context(TwValue self) {
    return field_or_none(EXC(self)->context);
}
static int set_context(TwValue self, TwValue v) {
    if (!v) {
        tw_error(&tw_type_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != TW_NONE && !is_exc_instance(v)) {
        tw_error(&tw_type_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->context = v == TW_NONE ? TW_NULL : v;
    return 0;
}
static TwValue get_suppress(TwValue self) {
    return tw_bool(EXC(self)->suppress_context);
}
static int set_suppress(TwValue self, TwValue v) {
    if (!v) {
        tw_error(&tw_type_AttributeError, "can't delete attribute");
        return -1;
    }
    int t = tw_truthy(v);
    if (t < 0) {
        return -1;
    }
    EXC(self)->suppress_context = t;
    return 0;
}

static const TwGetSetDef exc_getsets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {NULL, NULL, NULL},
};

// Getsets over the extra fields: one get/set pair per (kind, field).
#define FIELD_GETSET(cname, idx)                                              \
    static TwValue get_##cname(TwValue self) { return field_or_none(exc_fields(self)[idx]); } \
    static int set_##cname(TwValue self, TwValue v) {                         \
        exc_fields(self)[idx] = v;                                            \
        return 0;                                                             \
    }

FIELD_GETSET(stop_value, F_STOP_VALUE)
FIELD_GETSET(exit_code, F_EXIT_CODE)
FIELD_GETSET(os_errno, F_OS_ERRNO)
FIELD_GETSET(os_strerror, F_OS_STRERROR)
FIELD_GETSET(os_filename, F_OS_FILENAME)
FIELD_GETSET(os_filename2, F_OS_FILENAME2)
FIELD_GETSET(syn_msg, F_SYN_MSG)
FIELD_GETSET(syn_filename, F_SYN_FILENAME)
FIELD_GETSET(syn_lineno, F_SYN_LINENO)
FIELD_GETSET(syn_offset, F_SYN_OFFSET)
FIELD_GETSET(syn_text, F_SYN_TEXT)
FIELD_GETSET(syn_end_lineno, F_SYN_END_LINENO)
FIELD_GETSET(syn_end_offset, F_SYN_END_OFFSET)
FIELD_GETSET(syn_pfl, F_SYN_PRINT_FILE_AND_LINE)
FIELD_GETSET(imp_msg, F_IMP_MSG)
FIELD_GETSET(imp_name, F_IMP_NAME)
FIELD_GETSET(imp_path, F_IMP_PATH)
FIELD_GETSET(attr_name, F_ATTR_NAME)
FIELD_GETSET(attr_obj, F_ATTR_OBJ)
FIELD_GETSET(name_name, F_NAME_NAME)
FIELD_GETSET(uni_encoding, F_UNI_ENCODING)
FIELD_GETSET(uni_object, F_UNI_OBJECT)
FIELD_GETSET(uni_start, F_UNI_START)
FIELD_GETSET(uni_end, F_UNI_END)
FIELD_GETSET(uni_reason, F_UNI_REASON)
static TwValue get_eg_message(TwValue self) { return field_or_none(exc_fields(self)[F_EG_MESSAGE]); }
static TwValue get_eg_exceptions(TwValue self) { return field_or_none(exc_fields(self)[F_EG_EXCEPTIONS]); }

static TwValue get_os_written(TwValue self) {
    TwValue v = exc_fields(self)[F_OS_WRITTEN];
    if (!v) {
        return tw_error(&tw_type_AttributeError, "characters_written");
    }
    return v;
}
static int set_os_written(TwValue self, TwValue v) {
    if (!v && !exc_fields(self)[F_OS_WRITTEN]) {
        tw_error(&tw_type_AttributeError, "characters_written");
        return -1;
    }
    exc_fields(self)[F_OS_WRITTEN] = v;
    return 0;
}

static const TwGetSetDef stop_getsets[] = {{"value", get_stop_value, set_stop_value}, {NULL, NULL, NULL}};
static const TwGetSetDef exit_getsets[] = {{"code", get_exit_code, set_exit_code}, {NULL, NULL, NULL}};
static const TwGetSetDef os_getsets[] = {
    {"errno", get_os_errno, set_os_errno},
    {"strerror", get_os_strerror, set_os_strerror},
    {"filename", get_os_filename, set_os_filename},
    {"filename2", get_os_filename2, set_os_filename2},
    {NULL, NULL, NULL},
};
static const TwGetSetDef blocking_getsets[] = {
    {"characters_written", get_os_written, set_os_written},
    {NULL, NULL, NULL},
};
static const TwGetSetDef syn_getsets[] = {
    {"msg", get_syn_msg, set_syn_msg},
    {"filename", get_syn_filename, set_syn_filename},
    {"lineno", get_syn_lineno, set_syn_lineno},
    {"offset", get_syn_offset, set_syn_offset},
    {"text", get_syn_text, set_syn_text},
    {"end_lineno", get_syn_end_lineno, set_syn_end_lineno},
    {"end_offset", get_syn_end_offset, set_syn_end_offset},
    {"print_file_and_line", get_syn_pfl, set_syn_pfl},
    {NULL, NULL, NULL},
};
static const TwGetSetDef imp_getsets[] = {
    {"msg", get_imp_msg, set_imp_msg},
    {"name", get_imp_name, set_imp_name},
    {"path", get_imp_path, set_imp_path},
    {NULL, NULL, NULL},
};
static const TwGetSetDef attr_getsets[] = {
    {"name", get_attr_name, set_attr_name},
    {"obj", get_attr_obj, set_attr_obj},
    {NULL, NULL, NULL},
};
static const TwGetSetDef name_getsets[] = {{"name", get_name_name, set_name_name}, {NULL, NULL, NULL}};
static const TwGetSetDef uni_getsets[] = {
    {"encoding", get_uni_encoding, set_uni_encoding},
    {"object", get_uni_object, set_uni_object},
    {"start", get_uni_start, set_uni_start},
    {"end", get_uni_end, set_uni_end},
    {"reason", get_uni_reason, set_uni_reason},
    {NULL, NULL, NULL},
};
static const TwGetSetDef eg_getsets[] = {
    {"message", get_eg_message, NULL},
    {"exceptions", get_eg_exceptions, NULL},
    {NULL, NULL, NULL},
};

// ---------------------------------------------------------------- per-kind __init__ checks

// Keyword arguments `allowed` (NULL-terminated) into fields; others raise TypeError.
static int take_keywords(TwValue self, TwValue kwnames, TwValue *kwvals, const char *const *allowed,
                         const int *fields, const char *fname) {
    if (!kwnames) {
        return 0;
    }
    size_t nk = tw_tuple_size(kwnames);
    for (size_t i = 0; i < nk; i++) {
        TwValue k = tw_tuple_items(kwnames)[i];
        int j = 0;
        for (; allowed[j]; j++) {
            if (tw_str_eq_c(k, allowed[j])) {
                break;
            }
        }
        if (!allowed[j]) {
            tw_error(&tw_type_TypeError, "%s() got an unexpected keyword argument '%U'", fname, k);
            return -1;
        }
        exc_fields(self)[fields[j]] = kwvals[i];
    }
    return 0;
}

static int uni_check(TwValue v, int argn, TwType *want, const char *wname) {
    if (!tw_isinstance_type(v, want)) {
        tw_error(&tw_type_TypeError, "argument %d must be %s, not %T", argn, wname, v);
        return -1;
    }
    return 0;
}

static int exc_init_kind(TwValue exc, ExcKind kind, TwValue kwnames, TwValue *kwvals) {
    TwValue *f = exc_fields(exc);
    TwValue args = EXC(exc)->args;
    size_t n = tw_tuple_size(args);
    TwValue *a = tw_tuple_items(args);
    switch (kind) {
    case KIND_IMPORT: {
        static const char *const names[] = {"name", "path", NULL};
        static const int fields[] = {F_IMP_NAME, F_IMP_PATH};
        f[F_IMP_NAME] = TW_NULL;
        f[F_IMP_PATH] = TW_NULL;
        if (kwnames) {
            size_t nk = tw_tuple_size(kwnames);
            for (size_t i = 0; i < nk; i++) {
                TwValue k = tw_tuple_items(kwnames)[i];
                if (!tw_str_eq_c(k, "name") && !tw_str_eq_c(k, "path")) {
                    tw_error(&tw_type_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                             tw_type_cname(tw_type_of(exc)));
                    return -1;
                }
            }
        }
        return take_keywords(exc, kwnames, kwvals, names, fields, "ImportError");
    }
    case KIND_ATTR: {
        static const char *const names[] = {"name", "obj", NULL};
        static const int fields[] = {F_ATTR_NAME, F_ATTR_OBJ};
        f[F_ATTR_NAME] = TW_NULL;
        f[F_ATTR_OBJ] = TW_NULL;
        return take_keywords(exc, kwnames, kwvals, names, fields, "AttributeError");
    }
    case KIND_NAME: {
        static const char *const names[] = {"name", NULL};
        static const int fields[] = {F_NAME_NAME};
        f[F_NAME_NAME] = TW_NULL;
        return take_keywords(exc, kwnames, kwvals, names, fields, "NameError");
    }
    case KIND_UNI_DECODE:
    case KIND_UNI_ENCODE:
    case KIND_UNI_TRANSLATE: {
        bool translate = kind == KIND_UNI_TRANSLATE;
        size_t want = translate ? 4 : 5;
        if (n != want) {
            tw_error(&tw_type_TypeError, "function takes exactly %d arguments (%d given)", (int)want, (int)n);
            return -1;
        }
        int i = 0;
        if (!translate) {
            if (uni_check(a[0], 1, &tw_type_str, "str") < 0) {
                return -1;
            }
            f[F_UNI_ENCODING] = a[0];
            i = 1;
        }
        if (kind == KIND_UNI_DECODE) {
            if (!tw_isinstance_type(a[i], &tw_type_bytes) && !tw_isinstance_type(a[i], &tw_type_bytearray)) {
                tw_error(&tw_type_TypeError, "a bytes-like object is required, not '%T'", a[i]);
                return -1;
            }
            if (tw_isinstance_type(a[i], &tw_type_bytearray)) {
                TwByteArray *ba = TW_OBJ(a[i], TwByteArray);
                f[F_UNI_OBJECT] = tw_bytes_new(ba->data, ba->size);
                if (!f[F_UNI_OBJECT]) {
                    return -1;
                }
            } else {
                f[F_UNI_OBJECT] = a[i];
            }
        } else {
            if (uni_check(a[i], i + 1, &tw_type_str, "str") < 0) {
                return -1;
            }
            f[F_UNI_OBJECT] = a[i];
        }
        if (uni_check(a[i + 1], i + 2, &tw_type_int, "int") < 0 ||
            uni_check(a[i + 2], i + 3, &tw_type_int, "int") < 0 ||
            uni_check(a[i + 3], i + 4, &tw_type_str, "str") < 0) {
            return -1;
        }
        f[F_UNI_START] = a[i + 1];
        f[F_UNI_END] = a[i + 2];
        f[F_UNI_REASON] = a[i + 3];
        return 0;
    }
    default:
        return 0;
    }
}

// ---------------------------------------------------------------- subclass __str__s

static TwValue keyerror_str(int argc, TwValue *argv, TwValue kwnames) {
    TwValue args = EXC(argv[0])->args;
    if (tw_tuple_size(args) == 1) {
        return tw_repr(tw_tuple_items(args)[0]);
    }
    return exc_str_plain(argv[0]);
}

static TwValue oserror_str(int argc, TwValue *argv, TwValue kwnames) {
    TwValue *f = exc_fields(argv[0]);
    TwValue en = f[F_OS_ERRNO], se = f[F_OS_STRERROR], fn = f[F_OS_FILENAME], fn2 = f[F_OS_FILENAME2];
    if (fn && fn != TW_NONE) {
        if (fn2 && fn2 != TW_NONE) {
            return tw_str_fmt("[Errno %S] %S: %R -> %R", field_or_none(en), field_or_none(se), fn, fn2);
        }
        return tw_str_fmt("[Errno %S] %S: %R", field_or_none(en), field_or_none(se), fn);
    }
    if (en && se && en != TW_NONE && se != TW_NONE) {
        return tw_str_fmt("[Errno %S] %S", en, se);
    }
    return exc_str_plain(argv[0]);
}

static TwValue syntaxerror_str(int argc, TwValue *argv, TwValue kwnames) {
    TwValue *f = exc_fields(argv[0]);
    TwValue msg = field_or_none(f[F_SYN_MSG]);
    TwValue fn = f[F_SYN_FILENAME], ln = f[F_SYN_LINENO];
    const char *base = NULL;
    if (fn && tw_is_str(fn)) {
        const char *s = tw_str_data(fn);
        const char *slash = strrchr(s, '/');
        base = slash ? slash + 1 : s;
    }
    bool have_line = ln && tw_is_int(ln);
    if (base && have_line) {
        return tw_str_fmt("%S (%s, line %lld)", msg, base, (long long)tw_as_int(ln));
    }
    if (base) {
        return tw_str_fmt("%S (%s)", msg, base);
    }
    if (have_line) {
        return tw_str_fmt("%S (line %lld)", msg, (long long)tw_as_int(ln));
    }
    return tw_str(msg);
}

static TwValue importerror_str(int argc, TwValue *argv, TwValue kwnames) {
    TwValue msg = exc_fields(argv[0])[F_IMP_MSG];
    if (msg && msg != TW_NONE) {
        return tw_str(msg);
    }
    return exc_str_plain(argv[0]);
}

// "\xNN", "\uNNNN" or "\UNNNNNNNN" for a code point, as UnicodeEncodeError shows it.
static void cp_escape(char *out, size_t n, uint32_t cp) {
    if (cp <= 0xff) {
        snprintf(out, n, "\\x%02x", (unsigned)cp);
    } else if (cp <= 0xffff) {
        snprintf(out, n, "\\u%04x", (unsigned)cp);
    } else {
        snprintf(out, n, "\\U%08x", (unsigned)cp);
    }
}

// Code point at index i of a str (walks UTF-8).
static uint32_t str_codepoint_at(TwValue s, int64_t i) {
    const unsigned char *p = (const unsigned char *)tw_str_data(s);
    const unsigned char *end = p + tw_str_size(s);
    for (int64_t k = 0; k < i && p < end; k++) {
        p += *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
    }
    if (p >= end) {
        return 0;
    }
    uint32_t c = *p;
    if (c < 0x80) {
        return c;
    }
    if (c < 0xE0) {
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}

static TwValue unicodeerror_str(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwValue *f = exc_fields(self);
    ExcKind kind = exc_kind(tw_type_of(self));
    if (!f[F_UNI_OBJECT] || !f[F_UNI_REASON]) {
        return tw_str_new("", 0);
    }
    int64_t start = 0, end = 0;
    tw_int_to_i64(field_or_none(f[F_UNI_START]), &start);
    tw_int_to_i64(field_or_none(f[F_UNI_END]), &end);
    TwValue obj = f[F_UNI_OBJECT];
    int64_t len = 0;
    if (kind == KIND_UNI_DECODE && tw_isinstance_type(obj, &tw_type_bytes)) {
        len = (int64_t)TW_OBJ(obj, TwBytes)->size;
    } else if (tw_is_str(obj)) {
        len = (int64_t)tw_str_length(obj);
    }
    if (start < 0) {
        start = 0;
    }
    if (start >= len) {
        start = len > 0 ? len - 1 : 0;
    }
    if (end < 1) {
        end = 1;
    }
    if (end > len) {
        end = len;
    }
    TwValue reason = f[F_UNI_REASON];
    if (kind == KIND_UNI_DECODE) {
        TwValue enc = field_or_none(f[F_UNI_ENCODING]);
        if (start < len && end == start + 1) {
            unsigned b = TW_OBJ(obj, TwBytes)->data[start];
            return tw_str_fmt("'%S' codec can't decode byte 0x%02x in position %lld: %S", enc, b,
                              (long long)start, reason);
        }
        return tw_str_fmt("'%S' codec can't decode bytes in position %lld-%lld: %S", enc, (long long)start,
                          (long long)(end - 1), reason);
    }
    char esc[16];
    if (kind == KIND_UNI_ENCODE) {
        TwValue enc = field_or_none(f[F_UNI_ENCODING]);
        if (start < len && end == start + 1) {
            cp_escape(esc, sizeof esc, str_codepoint_at(obj, start));
            return tw_str_fmt("'%S' codec can't encode character '%s' in position %lld: %S", enc, esc,
                              (long long)start, reason);
        }
        return tw_str_fmt("'%S' codec can't encode characters in position %lld-%lld: %S", enc,
                          (long long)start, (long long)(end - 1), reason);
    }
    if (start < len && end == start + 1) {
        cp_escape(esc, sizeof esc, str_codepoint_at(obj, start));
        return tw_str_fmt("can't translate character '%s' in position %lld: %S", esc, (long long)start, reason);
    }
    return tw_str_fmt("can't translate characters in position %lld-%lld: %S", (long long)start,
                      (long long)(end - 1), reason);
}

// ---------------------------------------------------------------- exception groups

static TwValue eg_new(int argc, TwValue *argv, TwValue kwnames) {
    TwValue cls = argv[0];
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
    }
    if (argc != 3) {
        return tw_error(&tw_type_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                        argc - 1);
    }
    TwValue msg = argv[1], excs = argv[2];
    if (!tw_isinstance_type(msg, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %A", msg);
    }
    if (tw_isinstance_type(excs, &tw_type_set) || tw_isinstance_type(excs, &tw_type_frozenset) ||
        tw_isinstance_type(excs, &tw_type_dict) || tw_is_intlike(excs) || tw_is_str(excs) || excs == TW_NONE) {
        return tw_error(&tw_type_TypeError, "second argument (exceptions) must be a sequence");
    }
    size_t n;
    TwValue *items;
    TwValue seq = tw_sequence_fast(excs, &n, &items);
    if (!seq) {
        tw_error_clear();
        return tw_error(&tw_type_TypeError, "second argument (exceptions) must be a sequence");
    }
    if (n == 0) {
        return tw_error(&tw_type_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    TwValue tup = tw_tuple_from(n, items);
    if (!tup) {
        return TW_NULL;
    }
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        TwValue e = tw_tuple_items(tup)[i];
        if (!is_exc_instance(e)) {
            return tw_error(&tw_type_ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
        }
        if (!tw_isinstance_type(e, &tw_type_Exception)) {
            nested_base = true;
        }
    }
    TwType *t = TW_OBJ(cls, TwType);
    if (t == &tw_type_BaseExceptionGroup) {
        if (!nested_base) {
            t = &tw_type_ExceptionGroup;
        }
    } else if (t == &tw_type_ExceptionGroup) {
        if (nested_base) {
            return tw_error(&tw_type_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (nested_base && tw_type_is_subtype(t, &tw_type_Exception)) {
        return tw_error(&tw_type_TypeError, "Cannot nest BaseExceptions in '%s'", tw_type_cname(t));
    }
    TwValue exc = exc_alloc(t);
    if (!exc) {
        return TW_NULL;
    }
    EXC(exc)->args = tw_tuple_pack(2, msg, excs);
    if (!EXC(exc)->args) {
        return TW_NULL;
    }
    exc_fields(exc)[F_EG_MESSAGE] = msg;
    exc_fields(exc)[F_EG_EXCEPTIONS] = tup;
    return exc;
}

static TwValue eg_init(int argc, TwValue *argv, TwValue kwnames) {
    int64_t npos = positional_count(argc, kwnames) - 1;
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "%s() takes no keyword arguments", tw_type_cname(tw_type_of(argv[0])));
    }
    TwValue args = tw_tuple_from((size_t)npos, argv + 1);
    if (!args) {
        return TW_NULL;
    }
    EXC(argv[0])->args = args;
    return TW_NONE;
}

static TwValue eg_str(int argc, TwValue *argv, TwValue kwnames) {
    TwValue *f = exc_fields(argv[0]);
    size_t n = f[F_EG_EXCEPTIONS] ? tw_tuple_size(f[F_EG_EXCEPTIONS]) : 0;
    return tw_str_fmt("%S (%zu sub-exception%s)", field_or_none(f[F_EG_MESSAGE]), n, n > 1 ? "s" : "");
}

static TwValue eg_derive(int argc, TwValue *argv, TwValue kwnames) {
    TwValue msg = exc_fields(argv[0])[F_EG_MESSAGE];
    TwValue a[3] = {tw_from_obj(&tw_type_BaseExceptionGroup), field_or_none(msg), argv[1]};
    return eg_new(3, a, TW_NULL);
}

// What a split matches exceptions against: split()'s condition (a type, a tuple of types
// or a predicate), or, for except*'s re-raise, the leaves of some groups by identity.
typedef struct EgMatcher {
    TwValue cond;     // split()'s argument, or TW_NULL
    TwValue leaves;   // when cond is TW_NULL: list of leaf exceptions
} EgMatcher;

// Does e (a leaf or a whole group) match?
static int eg_matches(const EgMatcher *m, TwValue e) {
    if (!m->cond) {
        size_t n = tw_list_size(m->leaves);
        for (size_t i = 0; i < n; i++) {
            if (tw_list_items(m->leaves)[i] == e) {
                return 1;
            }
        }
        return 0;
    }
    if (is_exc_class(m->cond) || tw_is_type(m->cond, &tw_type_tuple)) {
        return tw_isinstance(e, m->cond);
    }
    TwValue r = tw_call1(m->cond, e);
    if (!r) {
        return -1;
    }
    return tw_truthy(r);
}

static int eg_check_cond(TwValue cond) {
    if (is_exc_class(cond)) {
        return 0;
    }
    if (tw_is_type(cond, &tw_type_tuple)) {
        for (size_t i = 0; i < tw_tuple_size(cond); i++) {
            if (!is_exc_class(tw_tuple_items(cond)[i])) {
                goto bad;
            }
        }
        return 0;
    }
    if (tw_callable(cond)) {
        return 0;
    }
bad:
    tw_error(&tw_type_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

// Copy __traceback__, __cause__, __context__ and __notes__ from the original group. As in
// CPython, setting the cause also sets __suppress_context__, and a list of notes is copied
// so that the parts have notes of their own.
static int eg_copy_meta(TwValue dst, TwValue src) {
    EXC(dst)->traceback = EXC(src)->traceback;
    EXC(dst)->cause = EXC(src)->cause;
    EXC(dst)->context = EXC(src)->context;
    EXC(dst)->suppress_context = true;
    if (EXC(src)->dict) {
        TwValue notes = tw_dict_get_c(EXC(src)->dict, "__notes__");
        if (notes) {
            if (tw_isinstance_type(notes, &tw_type_list) || tw_isinstance_type(notes, &tw_type_tuple)) {
                notes = tw_list_from_iterable(notes);
                if (!notes) {
                    return -1;
                }
            }
            TwValue d = ensure_dict(dst);
            if (!d || tw_dict_set_c(d, "__notes__", notes) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

// Split group `eg` by the matcher into the matching part (*match) and the rest (*rest);
// each is TW_NONE when empty. rest may be NULL (subgroup).
static int eg_split_rec(TwValue eg, const EgMatcher *cond, TwValue *match, TwValue *rest) {
    int m = eg_matches(cond, eg);
    if (m < 0) {
        return -1;
    }
    if (m) {
        *match = eg;
        if (rest) {
            *rest = TW_NONE;
        }
        return 0;
    }
    if (!tw_isinstance_type(eg, &tw_type_BaseExceptionGroup)) {
        *match = TW_NONE;
        if (rest) {
            *rest = eg;
        }
        return 0;
    }
    TwValue excs = exc_fields(eg)[F_EG_EXCEPTIONS];
    TwValue ml = tw_list_new(0), rl = tw_list_new(0);
    if (!ml || !rl) {
        return -1;
    }
    if (tw_enter_recursive_call(" in exceptiongroup_split_recursive") < 0) {
        return -1;
    }
    for (size_t i = 0; excs && i < tw_tuple_size(excs); i++) {
        TwValue sm, sr = TW_NONE;
        if (eg_split_rec(tw_tuple_items(excs)[i], cond, &sm, rest ? &sr : NULL) < 0 ||
            (sm != TW_NONE && tw_list_append(ml, sm) < 0) || (rest && sr != TW_NONE && tw_list_append(rl, sr) < 0)) {
            tw_leave_recursive_call();
            return -1;
        }
    }
    tw_leave_recursive_call();
    TwValue lists[2] = {ml, rl};
    TwValue *outs[2] = {match, rest};
    for (int k = 0; k < 2; k++) {
        if (!outs[k]) {
            continue;
        }
        if (tw_list_size(lists[k]) == 0) {
            *outs[k] = TW_NONE;
            continue;
        }
        TwValue g = tw_call_method(eg, tw_str_intern_c("derive"), 1, &lists[k]);
        if (!g) {
            return -1;
        }
        if (!tw_isinstance_type(g, &tw_type_BaseExceptionGroup)) {
            tw_error(&tw_type_TypeError, "derive must return an instance of BaseExceptionGroup");
            return -1;
        }
        if (eg_copy_meta(g, eg) < 0) {
            return -1;
        }
        *outs[k] = g;
    }
    return 0;
}

static TwValue eg_split(int argc, TwValue *argv, TwValue kwnames) {
    if (eg_check_cond(argv[1]) < 0) {
        return TW_NULL;
    }
    EgMatcher cond = {argv[1], TW_NULL};
    TwValue m, r;
    if (eg_split_rec(argv[0], &cond, &m, &r) < 0) {
        return TW_NULL;
    }
    return tw_tuple_pack(2, m, r);
}

static TwValue eg_subgroup(int argc, TwValue *argv, TwValue kwnames) {
    if (eg_check_cond(argv[1]) < 0) {
        return TW_NULL;
    }
    EgMatcher cond = {argv[1], TW_NULL};
    TwValue m;
    if (eg_split_rec(argv[0], &cond, &m, NULL) < 0) {
        return TW_NULL;
    }
    return m;
}

TwValue tw_exc_group_new(TwValue msg, TwValue excs) {
    TwValue a[3] = {tw_from_obj(&tw_type_BaseExceptionGroup), msg, excs};
    return eg_new(3, a, TW_NULL);
}

// Append the leaf exceptions of e (itself if it is not a group) to the list `out`.
static int eg_collect_leaves(TwValue e, TwValue out) {
    if (!tw_isinstance_type(e, &tw_type_BaseExceptionGroup)) {
        return tw_list_append(out, e);
    }
    TwValue excs = exc_fields(e)[F_EG_EXCEPTIONS];
    if (tw_enter_recursive_call(" in collect_exception_group_leaf_ids") < 0) {
        return -1;
    }
    for (size_t i = 0; excs && i < tw_tuple_size(excs); i++) {
        if (eg_collect_leaves(tw_tuple_items(excs)[i], out) < 0) {
            tw_leave_recursive_call();
            return -1;
        }
    }
    tw_leave_recursive_call();
    return 0;
}

TwValue tw_exc_group_project(TwValue eg, TwValue keep) {
    EgMatcher cond = {TW_NULL, tw_list_new(0)};
    if (!cond.leaves) {
        return TW_NULL;
    }
    for (size_t i = 0; i < tw_list_size(keep); i++) {
        if (eg_collect_leaves(tw_list_items(keep)[i], cond.leaves) < 0) {
            return TW_NULL;
        }
    }
    TwValue m;
    if (eg_split_rec(eg, &cond, &m, NULL) < 0) {
        return TW_NULL;
    }
    return m;
}

static const TwMethodDef eg_methods[] = {
    {"__new__", eg_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", eg_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__str__", eg_str, 1, 1, TW_BUILTIN_METHOD},
    {"derive", eg_derive, 2, 2, TW_BUILTIN_METHOD},
    {"split", eg_split, 2, 2, TW_BUILTIN_METHOD},
    {"subgroup", eg_subgroup, 2, 2, TW_BUILTIN_METHOD},
    {"__class_getitem__", tw_generic_class_getitem, 2, 2, TW_BUILTIN_CLASSMETHOD},
    {NULL, NULL, 0, 0, 0},
};

// ---------------------------------------------------------------- SyntaxError from the front end

TwValue tw_syntax_error(TwType *type, TwValue filename, int line, int col, int end_line, int end_col,
                        TwValue source_line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TwValue msg = tw_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) {
        return TW_NULL;
    }
    TwValue fn = filename ? filename : TW_NONE;
    TwValue ln = line >= 0 ? tw_from_small_int(line) : TW_NONE;
    TwValue off = line >= 0 ? tw_from_small_int(col) : TW_NONE;
    TwValue eln = end_line > 0 ? tw_from_small_int(end_line) : ln;
    TwValue eoff = end_line > 0 ? tw_from_small_int(end_col) : (line >= 0 ? tw_from_small_int(end_col) : TW_NONE);
    TwValue text = source_line ? source_line : TW_NONE;
    TwValue info = tw_tuple_pack(6, fn, ln, off, text, eln, eoff);
    if (!info) {
        return TW_NULL;
    }
    TwValue args = tw_tuple_pack(2, msg, info);
    if (!args) {
        return TW_NULL;
    }
    TwValue exc = tw_exc_new(type, args);
    if (!exc) {
        return TW_NULL;
    }
    return set_current(exc, true);
}

void tw_error_set_name_obj(TwValue name, TwValue obj) {
    TwValue e = tw_ts.curexc;
    if (!e) {
        return;
    }
    ExcKind kind = exc_kind(tw_type_of(e));
    if (kind == KIND_ATTR) {
        exc_fields(e)[F_ATTR_NAME] = name;
        exc_fields(e)[F_ATTR_OBJ] = obj;
    } else if (kind == KIND_NAME) {
        exc_fields(e)[F_NAME_NAME] = name;
    }
}

// ---------------------------------------------------------------- start-up

void tw_exc_init(void) {
#define TW_EXC(name, base) tw_type_init_builtin(&tw_type_##name, #name, &tw_type_##base);
#include "exceptions.def"
#undef TW_EXC

    // ExceptionGroup(BaseExceptionGroup, Exception): the one builtin with two bases.
    TwValue eg_bases = tw_tuple_pack(2, tw_from_obj(&tw_type_BaseExceptionGroup), tw_from_obj(&tw_type_Exception));
    TwValue eg_mro = tw_tuple_pack(5, tw_from_obj(&tw_type_ExceptionGroup), tw_from_obj(&tw_type_BaseExceptionGroup),
                                   tw_from_obj(&tw_type_Exception), tw_from_obj(&tw_type_BaseException),
                                   tw_from_obj(&tw_type_object));
    if (eg_bases && eg_mro) {
        tw_type_ExceptionGroup.bases = eg_bases;
        tw_type_ExceptionGroup.mro = eg_mro;
        tw_type_ExceptionGroup.version++;
    }

    tw_type_init_builtin(&tw_type_UnsupportedOperation, "UnsupportedOperation", &tw_type_OSError);
    TwValue uo_bases = tw_tuple_pack(2, tw_from_obj(&tw_type_OSError), tw_from_obj(&tw_type_ValueError));
    TwValue uo_mro = tw_tuple_pack(6, tw_from_obj(&tw_type_UnsupportedOperation), tw_from_obj(&tw_type_OSError),
                                   tw_from_obj(&tw_type_ValueError), tw_from_obj(&tw_type_Exception),
                                   tw_from_obj(&tw_type_BaseException), tw_from_obj(&tw_type_object));
    if (uo_bases && uo_mro) {
        tw_type_UnsupportedOperation.bases = uo_bases;
        tw_type_UnsupportedOperation.mro = uo_mro;
        tw_type_UnsupportedOperation.version++;
    }
    if (tw_type_UnsupportedOperation.dict) {
        TwValue io = tw_str_from_c("io");
        if (!io || tw_dict_set_c(tw_from_obj(tw_type_UnsupportedOperation.dict), "__module__", io) < 0) {
            tw_error_clear();
        }
    }

    tw_type_init_builtin(&tw_type_traceback, "traceback", &tw_type_object);
    tw_type_add_getsets(&tw_type_traceback, tb_getsets);

    tw_type_add_methods(&tw_type_BaseException, exc_methods);
    tw_type_add_getsets(&tw_type_BaseException, exc_getsets);
    tw_type_add_getsets(&tw_type_StopIteration, stop_getsets);
    tw_type_add_getsets(&tw_type_SystemExit, exit_getsets);
    tw_type_add_getsets(&tw_type_OSError, os_getsets);
    tw_type_add_getsets(&tw_type_BlockingIOError, blocking_getsets);
    tw_type_add_getsets(&tw_type_SyntaxError, syn_getsets);
    tw_type_add_getsets(&tw_type_ImportError, imp_getsets);
    tw_type_add_getsets(&tw_type_AttributeError, attr_getsets);
    tw_type_add_getsets(&tw_type_NameError, name_getsets);
    tw_type_add_getsets(&tw_type_UnicodeDecodeError, uni_getsets);
    tw_type_add_getsets(&tw_type_UnicodeEncodeError, uni_getsets);
    tw_type_add_getsets(&tw_type_UnicodeTranslateError, uni_getsets);
    tw_type_add_getsets(&tw_type_BaseExceptionGroup, eg_getsets);
    tw_type_add_methods(&tw_type_BaseExceptionGroup, eg_methods);

    static const TwMethodDef key_methods[] = {{"__str__", keyerror_str, 1, 1, TW_BUILTIN_METHOD}, {NULL, NULL, 0, 0, 0}};
    static const TwMethodDef os_methods[] = {{"__str__", oserror_str, 1, 1, TW_BUILTIN_METHOD}, {NULL, NULL, 0, 0, 0}};
    static const TwMethodDef syn_methods[] = {{"__str__", syntaxerror_str, 1, 1, TW_BUILTIN_METHOD}, {NULL, NULL, 0, 0, 0}};
    static const TwMethodDef imp_methods[] = {{"__str__", importerror_str, 1, 1, TW_BUILTIN_METHOD}, {NULL, NULL, 0, 0, 0}};
    static const TwMethodDef uni_methods[] = {{"__str__", unicodeerror_str, 1, 1, TW_BUILTIN_METHOD}, {NULL, NULL, 0, 0, 0}};
    tw_type_add_methods(&tw_type_KeyError, key_methods);
    tw_type_add_methods(&tw_type_OSError, os_methods);
    tw_type_add_methods(&tw_type_SyntaxError, syn_methods);
    tw_type_add_methods(&tw_type_ImportError, imp_methods);
    tw_type_add_methods(&tw_type_UnicodeDecodeError, uni_methods);
    tw_type_add_methods(&tw_type_UnicodeEncodeError, uni_methods);
    tw_type_add_methods(&tw_type_UnicodeTranslateError, uni_methods);

    nomem_exc = tw_exc_new(&tw_type_MemoryError, tw_empty_tuple);
    tw_gc_add_root(&nomem_exc);
}
