// The compiler's core: compilation units (one per code object), emitting instructions,
// constants and names, variable access by scope, and the assembler that turns a unit's
// instruction list into a TwCode (stack depth, exception table, positions). Expressions
// are compiled in compile_expr.c, statements in compile_stmt.c. The code shapes follow
// CPython 3.11's compiler so that tracebacks and line events come out the same.
#include <stdio.h>
#include <stdlib.h>

#include "compile_int.h"
#include "gc.h"
#include "vm.h"

// ---------------------------------------------------------------- opcode table data

static const int8_t op_pops[OP_COUNT_] = {
#define OP(name, kind, pops, pushes) pops,
#include "opcodes.def"
#undef OP
};
static const int8_t op_pushes[OP_COUNT_] = {
#define OP(name, kind, pops, pushes) pushes,
#include "opcodes.def"
#undef OP
};

static bool is_jump(int op) {
    if (op >= OP_COUNT_) {
        return op != PSEUDO_POP_BLOCK;
    }
    return tw_opcode_argkinds[op] == TW_ARG_JUMP;
}

static bool is_setup(int op) {
    return op == PSEUDO_SETUP_FINALLY || op == PSEUDO_SETUP_CLEANUP || op == PSEUDO_SETUP_WITH;
}

static bool is_terminator(int op) {
    return op == PSEUDO_JUMP || op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD ||
           op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static int popcount4(int x) {
    return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1);
}

// Net stack effect of an instruction; `jump` selects the taken branch of a jump.
static int stack_effect(int op, int arg, bool jump) {
    switch (op) {
    case PSEUDO_SETUP_FINALLY:
        return jump ? 1 : 0;
    case PSEUDO_SETUP_CLEANUP:
        return jump ? 2 : 0;
    case PSEUDO_SETUP_WITH:
        return jump ? 1 : 0;
    case PSEUDO_POP_BLOCK:
    case PSEUDO_JUMP:
        return 0;
    case OP_COPY:
        return 1;
    case OP_SWAP:
        return 0;
    case OP_BUILD_SLICE:
        return 1 - arg;
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP:
        return -arg;
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8);
    case OP_CALL:
        return -arg - 1;
    case OP_CALL_KW:
        return -arg - 2;
    case OP_CALL_FUNCTION_EX:
        return -2 - (arg & 1);
    case OP_MAKE_FUNCTION:
        return -popcount4(arg);
    case OP_RAISE_VARARGS:
        return -arg;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SEND:
        return jump ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    default:
        return op_pushes[op] - op_pops[op];
    }
}

int tw_compile_stack_effect(int op, int arg, bool jump) {
    return stack_effect(op, arg, jump);
}

// ---------------------------------------------------------------- small helpers

TwValue cc_keep(Compiler *c, TwValue v) {
    if (v && tw_list_append(c->keep, v) < 0) {
        return TW_NULL;
    }
    return v;
}

TwValue cc_error(Compiler *c, TwPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TwValue msg = tw_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) {
        return TW_NULL;
    }
    return tw_symtable_error(c->filename, c->source, pos, "%U", msg);
}

void cc_set_loc(Compiler *c, TwPos pos) {
    c->u->loc.line = pos.lineno;
    c->u->loc.end_line = pos.end_lineno;
    c->u->loc.col = pos.col;
    c->u->loc.end_col = pos.end_col;
}

void cc_unset_loc(Compiler *c) {
    c->u->loc.line = -1;
    c->u->loc.end_line = -1;
    c->u->loc.col = -1;
    c->u->loc.end_col = -1;
}

static int val_append(ValArray *a, TwValue v) {
    if (a->n == a->cap) {
        int cap = a->cap ? a->cap * 2 : 8;
        TwValue *items = realloc(a->items, (size_t)cap * sizeof(TwValue));
        if (!items) {
            tw_error_nomem();
            return -1;
        }
        a->items = items;
        a->cap = cap;
    }
    a->items[a->n++] = v;
    return a->n - 1;
}

static int val_find_name(const ValArray *a, TwValue name) {
    for (int i = 0; i < a->n; i++) {
        if (a->items[i] == name || tw_str_eq(a->items[i], name)) {
            return i;
        }
    }
    return -1;
}

int cc_name_index(Compiler *c, ValArray *a, TwValue name) {
    int i = val_find_name(a, name);
    if (i >= 0) {
        return i;
    }
    return val_append(a, name);
}

// Constants are shared when they are the same type and value (1 and 1.0 and True stay
// apart, as do 0.0 and -0.0).
static bool const_same(TwValue a, TwValue b) {
    if (a == b) {
        return true;
    }
    TwType *ta = tw_type_of(a);
    if (ta != tw_type_of(b)) {
        return false;
    }
    if (ta == &tw_type_int) {
        return !tw_is_int(a) && !tw_is_int(b) && tw_int_compare(a, b) == 0;
    }
    if (ta == &tw_type_str) {
        return tw_str_eq(a, b);
    }
    if (ta == &tw_type_bytes) {
        TwBytes *x = TW_OBJ(a, TwBytes), *y = TW_OBJ(b, TwBytes);
        return x->size == y->size && memcmp(x->data, y->data, x->size) == 0;
    }
    if (ta == &tw_type_complex) {
        TwComplex *x = TW_OBJ(a, TwComplex), *y = TW_OBJ(b, TwComplex);
        return memcmp(&x->real, &y->real, sizeof(double)) == 0 &&
               memcmp(&x->imag, &y->imag, sizeof(double)) == 0;
    }
    if (ta == &tw_type_tuple) {
        size_t n = tw_tuple_size(a);
        if (n != tw_tuple_size(b)) {
            return false;
        }
        for (size_t i = 0; i < n; i++) {
            if (!const_same(tw_tuple_items(a)[i], tw_tuple_items(b)[i])) {
                return false;
            }
        }
        return true;
    }
    if (ta == &tw_type_frozenset) {
        // Same size, and each item has a same-typed equal partner (the items of one set
        // are distinct, so looking the partner up by equality finds the only candidate).
        if (tw_set_size(a) != tw_set_size(b)) {
            return false;
        }
        size_t pos = 0;
        TwValue k;
        while (tw_set_next(a, &pos, &k)) {
            TwValue other = tw_set_find(b, k);
            if (!other || !const_same(k, other)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

TwValue cc_frozenset_const(Compiler *c, TwValue items) {
    TwValue fs = tw_set_new(&tw_type_frozenset);
    if (!fs || tw_set_update(fs, items) < 0) {
        return TW_NULL;
    }
    if (!c->frozensets && !(c->frozensets = cc_keep(c, tw_list_new(0)))) {
        return TW_NULL;
    }
    // CPython's compiler keeps one copy of equal constants per compilation, and makes that
    // copy by re-adding the items in the iteration order of the first one it met; both
    // decide the order of the items (colliding hashes settle in a different order).
    for (size_t i = 0; i < tw_list_size(c->frozensets); i++) {
        TwValue old = tw_list_items(c->frozensets)[i];
        if (const_same(old, fs)) {
            return old;
        }
    }
    TwValue copy = tw_set_new(&tw_type_frozenset);
    if (!copy) {
        return TW_NULL;
    }
    size_t pos = 0;
    TwValue k;
    while (tw_set_next(fs, &pos, &k)) {
        if (tw_set_add(copy, k) < 0) {
            return TW_NULL;
        }
    }
    return tw_list_append(c->frozensets, copy) < 0 ? TW_NULL : copy;
}

int cc_const(Compiler *c, TwValue v) {
    ValArray *a = &c->u->consts;
    for (int i = 0; i < a->n; i++) {
        if (const_same(a->items[i], v)) {
            return i;
        }
    }
    if (!cc_keep(c, v)) {
        return -1;
    }
    return val_append(a, v);
}

int cc_load_const(Compiler *c, TwValue v) {
    int i = cc_const(c, v);
    if (i < 0) {
        return -1;
    }
    return cc_emit(c, OP_LOAD_CONST, i);
}

TwValue cc_mangle(Compiler *c, TwValue name) {
    TwValue m = tw_symtable_mangle(c->u->private_name, name);
    if (m && m != name) {
        return cc_keep(c, m);
    }
    return m;
}

int cc_emit_name(Compiler *c, int op, TwValue name) {
    TwValue m = cc_mangle(c, name);
    if (!m) {
        return -1;
    }
    int i = cc_name_index(c, &c->u->names, m);
    if (i < 0) {
        return -1;
    }
    return cc_emit(c, op, i);
}

// ---------------------------------------------------------------- emitting

int cc_emit(Compiler *c, int op, int arg) {
    Unit *u = c->u;
    if (u->ninstrs == u->capinstrs) {
        int cap = u->capinstrs ? u->capinstrs * 2 : 64;
        Instr *p = realloc(u->instrs, (size_t)cap * sizeof(Instr));
        if (!p) {
            tw_error_nomem();
            return -1;
        }
        u->instrs = p;
        u->capinstrs = cap;
    }
    Instr *in = &u->instrs[u->ninstrs++];
    in->op = op;
    in->arg = arg;
    in->pos = u->loc;
    return 0;
}

int cc_emit_noline(Compiler *c, int op, int arg) {
    TwPosition saved = c->u->loc;
    cc_unset_loc(c);
    int r = cc_emit(c, op, arg);
    c->u->loc = saved;
    return r;
}

int cc_new_label(Compiler *c) {
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 32;
        int *p = realloc(u->labels, (size_t)cap * sizeof(int));
        if (!p) {
            tw_error_nomem();
            return -1;
        }
        u->labels = p;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void cc_bind(Compiler *c, int label) {
    c->u->labels[label] = c->u->ninstrs;
}

int cc_push_fblock(Compiler *c, FBlockKind kind, int block, int exit, const void *datum, TwValue name, TwPos pos) {
    Unit *u = c->u;
    if (u->nfblocks >= (int)(sizeof u->fblocks / sizeof u->fblocks[0])) {
        cc_error(c, pos, "too many statically nested blocks");
        return -1;
    }
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->kind = kind;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    f->name = name;
    return 0;
}

void cc_pop_fblock(Compiler *c) {
    c->u->nfblocks--;
}

// ---------------------------------------------------------------- variables

static bool is_function_unit(Unit *u) {
    return u->kind == UNIT_FUNCTION || u->kind == UNIT_LAMBDA || u->kind == UNIT_COMPREHENSION;
}

int cc_nameop(Compiler *c, TwValue name, TwExprCtx ctx) {
    Unit *u = c->u;
    if (tw_str_eq_c(name, "__debug__")) {
        if (ctx == TW_CTX_LOAD) {
            return cc_load_const(c, TW_TRUE);
        }
        TwPos pos = {u->loc.line, u->loc.col, u->loc.end_line, u->loc.end_col};
        cc_error(c, pos, "cannot %s __debug__", ctx == TW_CTX_DEL ? "delete" : "assign to");
        return -1;
    }
    TwValue m = cc_mangle(c, name);
    if (!m) {
        return -1;
    }
    TwSymbol *sym = tw_scope_get(u->ste, m);
    int scope = sym ? sym->scope : TW_SC_UNKNOWN;
    enum { K_NAME, K_FAST, K_DEREF, K_GLOBAL } kind = K_NAME;
    int idx = -1;
    switch (scope) {
    case TW_SC_FREE:
        idx = val_find_name(&u->freevars, m);
        if (idx >= 0) {
            idx += u->cellvars.n;
        }
        kind = K_DEREF;
        break;
    case TW_SC_CELL:
        idx = val_find_name(&u->cellvars, m);
        kind = K_DEREF;
        break;
    case TW_SC_LOCAL:
        if (is_function_unit(u)) {
            kind = K_FAST;
        }
        break;
    case TW_SC_GLOBAL_IMPLICIT:
        if (is_function_unit(u)) {
            kind = K_GLOBAL;
        }
        break;
    case TW_SC_GLOBAL_EXPLICIT:
        kind = K_GLOBAL;
        break;
    default:
        break;
    }
    if (kind == K_DEREF && idx < 0) {
        kind = K_NAME;   // should not happen; fall back to dict lookup
    }
    switch (kind) {
    case K_FAST: {
        int i = cc_name_index(c, &u->varnames, m);
        if (i < 0) {
            return -1;
        }
        return cc_emit(c, ctx == TW_CTX_LOAD ? OP_LOAD_FAST : ctx == TW_CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST, i);
    }
    case K_DEREF:
        if (ctx == TW_CTX_LOAD) {
            return cc_emit(c, u->kind == UNIT_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF, idx);
        }
        return cc_emit(c, ctx == TW_CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, idx);
    case K_GLOBAL:
    case K_NAME: {
        int i = cc_name_index(c, &u->names, m);
        if (i < 0) {
            return -1;
        }
        int op;
        if (kind == K_GLOBAL) {
            op = ctx == TW_CTX_LOAD ? OP_LOAD_GLOBAL : ctx == TW_CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
        } else {
            op = ctx == TW_CTX_LOAD ? OP_LOAD_NAME : ctx == TW_CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
        }
        return cc_emit(c, op, i);
    }
    }
    return 0;
}

int cc_make_closure(Compiler *c, TwCode *code, int flags) {
    Unit *u = c->u;
    if (code->nfree > 0) {
        for (int i = 0; i < code->nfree; i++) {
            TwValue name = tw_tuple_items(code->freevars)[i];
            int reftype;
            if (u->kind == UNIT_CLASS && tw_str_eq(name, TW_NAME(__class__))) {
                reftype = TW_SC_CELL;
            } else {
                TwSymbol *sym = tw_scope_get(u->ste, name);
                reftype = sym ? sym->scope : TW_SC_UNKNOWN;
            }
            int idx;
            if (reftype == TW_SC_CELL) {
                idx = val_find_name(&u->cellvars, name);
            } else {
                idx = val_find_name(&u->freevars, name);
                if (idx >= 0) {
                    idx += u->cellvars.n;
                }
            }
            if (idx < 0) {
                tw_error(&tw_type_SystemError, "compiler: no cell for free variable '%U' of %U", name, code->name);
                return -1;
            }
            if (cc_emit(c, OP_LOAD_CLOSURE, idx) < 0) {
                return -1;
            }
        }
        if (cc_emit(c, OP_BUILD_TUPLE, code->nfree) < 0) {
            return -1;
        }
        flags |= 8;
    }
    if (cc_load_const(c, tw_from_obj(code)) < 0) {
        return -1;
    }
    return cc_emit(c, OP_MAKE_FUNCTION, flags);
}

// ---------------------------------------------------------------- units

static int cmp_names(const void *a, const void *b) {
    TwValue x = *(const TwValue *)a, y = *(const TwValue *)b;
    size_t nx = tw_str_size(x), ny = tw_str_size(y);
    int r = memcmp(tw_str_data(x), tw_str_data(y), nx < ny ? nx : ny);
    if (r) {
        return r;
    }
    return nx < ny ? -1 : nx > ny;
}

static TwValue make_qualname(Compiler *c, Unit *u) {
    Unit *parent = u->parent;
    if (!parent || parent->kind == UNIT_MODULE) {
        return u->name;
    }
    if (u->kind == UNIT_FUNCTION || u->kind == UNIT_CLASS) {
        // A `global` declaration of the name in the parent makes it a top-level qualname.
        TwValue m = tw_symtable_mangle(parent->private_name, u->name);
        if (!m) {
            return TW_NULL;
        }
        TwSymbol *sym = tw_scope_get(parent->ste, m);
        if (sym && sym->scope == TW_SC_GLOBAL_EXPLICIT) {
            return u->name;
        }
    }
    TwValue r;
    if (parent->kind == UNIT_FUNCTION || parent->kind == UNIT_LAMBDA) {
        r = tw_str_fmt("%U.<locals>.%U", parent->qualname, u->name);
    } else {
        r = tw_str_fmt("%U.%U", parent->qualname, u->name);
    }
    return cc_keep(c, r);
}

int cc_enter_unit(Compiler *c, UnitKind kind, TwValue name, const void *node, int firstlineno) {
    Unit *u = calloc(1, sizeof(Unit));
    if (!u) {
        tw_error_nomem();
        return -1;
    }
    TwScope *ste = node ? tw_symtable_lookup(c->st, node) : c->st->top;
    if (!ste) {
        free(u);
        tw_error(&tw_type_SystemError, "compiler: no symbol table for %U", name);
        return -1;
    }
    u->parent = c->u;
    u->ste = ste;
    u->kind = kind;
    u->name = name;
    u->firstlineno = firstlineno;
    u->private_name = c->u ? c->u->private_name : TW_NULL;
    c->u = u;
    cc_unset_loc(c);
    u->qualname = kind == UNIT_MODULE ? name : make_qualname(c, u);
    if (!u->qualname) {
        return -1;
    }
    for (int i = 0; i < ste->nparams; i++) {
        if (val_append(&u->varnames, ste->params[i]) < 0) {
            return -1;
        }
    }
    // Cells and frees, each sorted by name as CPython does.
    if (ste->needs_class_closure) {
        if (val_append(&u->cellvars, TW_NAME(__class__)) < 0) {
            return -1;
        }
    }
    for (int i = 0; i < ste->nsyms; i++) {
        TwSymbol *sym = &ste->syms[i];
        if (sym->scope == TW_SC_CELL) {
            if (val_append(&u->cellvars, sym->name) < 0) {
                return -1;
            }
        }
    }
    for (int i = 0; i < ste->nsyms; i++) {
        TwSymbol *sym = &ste->syms[i];
        if (sym->scope == TW_SC_FREE || (sym->flags & TW_DEF_FREE_CLASS)) {
            if (val_append(&u->freevars, sym->name) < 0) {
                return -1;
            }
        }
    }
    if (u->cellvars.n > 1) {
        qsort(u->cellvars.items, (size_t)u->cellvars.n, sizeof(TwValue), cmp_names);
    }
    if (u->freevars.n > 1) {
        qsort(u->freevars.items, (size_t)u->freevars.n, sizeof(TwValue), cmp_names);
    }
    // MAKE_CELL for every cell, then RESUME, like CPython 3.11.
    for (int i = 0; i < u->cellvars.n; i++) {
        if (cc_emit(c, OP_MAKE_CELL, i) < 0) {
            return -1;
        }
    }
    if (kind == UNIT_MODULE) {
        u->loc = (TwPosition){0, 1, 0, 0};
    } else {
        u->loc = (TwPosition){firstlineno, firstlineno, 0, 0};
    }
    if (cc_emit(c, OP_RESUME, 0) < 0) {
        return -1;
    }
    cc_unset_loc(c);
    return 0;
}

void cc_leave_unit(Compiler *c) {
    Unit *u = c->u;
    if (!u) {
        return;
    }
    c->u = u->parent;
    free(u->instrs);
    free(u->labels);
    free(u->consts.items);
    free(u->names.items);
    free(u->varnames.items);
    free(u->cellvars.items);
    free(u->freevars.items);
    free(u);
}

// ---------------------------------------------------------------- assembly

typedef struct Flow {
    int *depth;                 // stack depth before each raw instruction, -1 unreached
    int *hnode;                 // handler-stack node at each instruction, -1 none
    int *node_setup;            // node -> raw index of its SETUP instruction
    int *node_parent;
    int nnodes;
    int *setup_depth;           // raw index of a SETUP -> the handler's unwind depth
    int maxdepth;
} Flow;

typedef struct Work { int i, depth, node; } Work;

static int flow_analyse(Compiler *c, Flow *f) {
    Unit *u = c->u;
    int n = u->ninstrs;
    f->depth = malloc(sizeof(int) * (size_t)(n + 1));
    f->hnode = malloc(sizeof(int) * (size_t)(n + 1));
    f->node_setup = malloc(sizeof(int) * (size_t)(n + 1));
    f->node_parent = malloc(sizeof(int) * (size_t)(n + 1));
    f->setup_depth = malloc(sizeof(int) * (size_t)(n + 1));
    Work *work = malloc(sizeof(Work) * (size_t)(2 * n + 2));
    if (!f->depth || !f->hnode || !f->node_setup || !f->node_parent || !f->setup_depth || !work) {
        free(work);
        tw_error_nomem();
        return -1;
    }
    for (int i = 0; i < n; i++) {
        f->depth[i] = -1;
        f->hnode[i] = -1;
        f->setup_depth[i] = -1;
    }
    f->nnodes = 0;
    f->maxdepth = 0;
    int nwork = 0;
    work[nwork++] = (Work){0, 0, -1};
    while (nwork > 0) {
        Work w = work[--nwork];
        int i = w.i, d = w.depth, node = w.node;
        while (i < n && f->depth[i] < 0) {
            Instr *in = &u->instrs[i];
            f->depth[i] = d;
            f->hnode[i] = node;
            if (is_jump(in->op)) {
                int target = u->labels[in->arg];
                int jd = d + stack_effect(in->op, in->arg, true);
                if (jd > f->maxdepth) {
                    f->maxdepth = jd;
                }
                if (is_setup(in->op)) {
                    int lasti = in->op != PSEUDO_SETUP_FINALLY;
                    f->setup_depth[i] = jd - 1 - lasti;
                }
                if (target >= 0 && target < n && f->depth[target] < 0) {
                    work[nwork++] = (Work){target, jd, node};
                }
            }
            d += stack_effect(in->op, in->arg, false);
            if (d > f->maxdepth) {
                f->maxdepth = d;
            }
            if (d < 0) {
                tw_error(&tw_type_SystemError, "compiler: negative stack depth in %U at %d", u->qualname, i);
                free(work);
                return -1;
            }
            if (is_setup(in->op)) {
                f->node_setup[f->nnodes] = i;
                f->node_parent[f->nnodes] = node;
                node = f->nnodes++;
            } else if (in->op == PSEUDO_POP_BLOCK && node >= 0) {
                node = f->node_parent[node];
            }
            if (is_terminator(in->op)) {
                break;
            }
            i++;
        }
    }
    free(work);
    return 0;
}

static void flow_free(Flow *f) {
    free(f->depth);
    free(f->hnode);
    free(f->node_setup);
    free(f->node_parent);
    free(f->setup_depth);
}

static bool has_loc(const Instr *in) {
    return in->pos.line >= 0;
}

// Exit blocks without a line number (the implicit `return None`) that several jumps reach
// are copied for each jump, so that each copy can take its predecessor's line, as CPython
// does (tracing reports the return on the line that was running).
static int duplicate_exits(Compiler *c) {
    Unit *u = c->u;
    int n = u->ninstrs;
    for (int i = 0; i < n; i++) {
        Instr in = u->instrs[i];
        if (!is_jump(in.op) || is_setup(in.op)) {
            continue;
        }
        int t = u->labels[in.arg];
        if (t < 0 || t + 1 >= n + 1) {
            continue;
        }
        int len = 0;
        if (t < n && u->instrs[t].op == OP_RETURN_VALUE && !has_loc(&u->instrs[t])) {
            len = 1;
        } else if (t + 1 < n && u->instrs[t].op == OP_LOAD_CONST && u->instrs[t + 1].op == OP_RETURN_VALUE &&
                   !has_loc(&u->instrs[t]) && !has_loc(&u->instrs[t + 1])) {
            len = 2;
        }
        if (!len) {
            continue;
        }
        int label = cc_new_label(c);
        if (label < 0) {
            return -1;
        }
        cc_bind(c, label);
        TwPosition saved = u->loc;
        u->loc = in.pos;
        for (int k = 0; k < len; k++) {
            Instr copy = u->instrs[t + k];
            if (cc_emit(c, copy.op, copy.arg) < 0) {
                return -1;
            }
        }
        u->loc = saved;
        u->instrs[i].arg = label;
    }
    return 0;
}

static TwValue tuple_of(ValArray *a) {
    return tw_tuple_from((size_t)a->n, a->items);
}

#include "cpython_interned.inc"

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

// Would CPython's interning of code constants put another object in place of the string s?
// It interns strings made of name characters, and an equal string is interned already when
// CPython's start-up, the program (the parser interns identifiers) or the running program
// has used it as a name.
static bool interning_replaces(TwValue s) {
    const char *p = tw_str_data(s);
    size_t n = tw_str_size(s);
    if (n == 0 || n != tw_str_length(s)) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (!(p[i] == '_' || (p[i] >= '0' && p[i] <= '9') || ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z'))) {
            return false;
        }
    }
    if (n == 1) {
        return strchr(cpython_shared_chars, p[0]) != NULL;
    }
    if (bsearch(&p, cpython_interned, sizeof cpython_interned / sizeof cpython_interned[0], sizeof(char *),
                cmp_cstr)) {
        return true;
    }
    TwValue in = tw_str_find_interned(s);
    return in && in != s;
}

// When a frozenset constant holds a string that interning replaces, CPython makes the code
// object's copy by re-adding its items in iteration order (so colliding items may swap).
static TwValue code_frozenset(TwValue fs) {
    size_t pos = 0;
    TwValue k;
    bool replaces = false;
    while (!replaces && tw_set_next(fs, &pos, &k)) {
        replaces = tw_is_str(k) && interning_replaces(k);
    }
    if (!replaces) {
        return fs;
    }
    TwValue copy = tw_set_new(&tw_type_frozenset);
    pos = 0;
    while (copy && tw_set_next(fs, &pos, &k)) {
        if (tw_set_add(copy, k) < 0) {
            return TW_NULL;
        }
    }
    return copy;
}

TwCode *cc_assemble(Compiler *c, bool add_none) {
    Unit *u = c->u;
    // The implicit return at the end.
    bool label_at_end = false;
    for (int i = 0; i < u->nlabels; i++) {
        if (u->labels[i] == u->ninstrs) {
            label_at_end = true;
        }
    }
    if (u->ninstrs == 0 || label_at_end || !is_terminator(u->instrs[u->ninstrs - 1].op)) {
        cc_unset_loc(c);
        if (add_none && cc_load_const(c, TW_NONE) < 0) {
            return NULL;
        }
        if (cc_emit(c, OP_RETURN_VALUE, 0) < 0) {
            return NULL;
        }
    }
    if (duplicate_exits(c) < 0) {
        return NULL;
    }
    int n = u->ninstrs;
    Flow f = {0};
    TwCode *code = NULL;
    int *final_index = NULL;
    bool *block_start = NULL;
    int *preds = NULL;
    bool *kept = NULL;
    int *setup_label = NULL;    // per SETUP instruction: its handler label (kept after it becomes a NOP)
    uint32_t *words = NULL;
    TwPosition *positions = NULL;
    TwExcEntry *exc = NULL;
    int32_t *cell2arg = NULL;
    int nexc = 0;
    if (flow_analyse(c, &f) < 0) {
        goto fail;
    }
    final_index = malloc(sizeof(int) * (size_t)(n + 1));
    block_start = calloc((size_t)n + 1, sizeof(bool));
    preds = calloc((size_t)n + 1, sizeof(int));
    kept = calloc((size_t)n + 1, sizeof(bool));
    setup_label = malloc(sizeof(int) * (size_t)(n + 1));
    if (!final_index || !block_start || !preds || !kept || !setup_label) {
        tw_error_nomem();
        goto fail;
    }
    // Basic blocks and predecessor counts (for line number propagation and NOP removal).
    block_start[0] = true;
    for (int i = 0; i < n; i++) {
        Instr *in = &u->instrs[i];
        if (is_jump(in->op)) {
            int t = u->labels[in->arg];
            if (t >= 0 && t <= n) {
                block_start[t] = true;
                preds[t]++;
            }
            block_start[i + 1] = true;
        }
        if (is_terminator(in->op)) {
            block_start[i + 1] = true;
        } else if (i + 1 <= n) {
            preds[i + 1]++;
        }
    }
    for (int l = 0; l < u->nlabels; l++) {
        if (u->labels[l] >= 0 && u->labels[l] <= n) {
            block_start[u->labels[l]] = true;
        }
    }
    // Instructions without a position take the previous one's within a block, or across a
    // fall-through into a block that nothing else reaches.
    for (int i = 1; i < n; i++) {
        Instr *in = &u->instrs[i];
        if (has_loc(in)) {
            continue;
        }
        Instr *prev = &u->instrs[i - 1];
        if (!block_start[i] || (preds[i] == 1 && !is_terminator(prev->op) && !is_jump(prev->op))) {
            in->pos = prev->pos;
        } else if (preds[i] == 1 && is_terminator(prev->op)) {
            // Reached by exactly one jump: take that jump's position.
            for (int k = 0; k < n; k++) {
                Instr *j = &u->instrs[k];
                if (is_jump(j->op) && !is_setup(j->op) && u->labels[j->arg] == i) {
                    if (k < i) {
                        in->pos = j->pos;
                    }
                    break;
                }
            }
        }
    }
    // Drop pseudo-instructions and NOPs that carry no new line number.
    int nfinal = 0;
    int prev_line = -1;
    for (int i = 0; i < n; i++) {
        Instr *in = &u->instrs[i];
        final_index[i] = nfinal;
        kept[i] = true;
        if (block_start[i]) {
            prev_line = -1;
        }
        setup_label[i] = -1;
        if (is_setup(in->op)) {
            // remember the handler (and whether it pushes lasti) for the exception table
            setup_label[i] = in->arg * 2 + (in->op != PSEUDO_SETUP_FINALLY);
        }
        if (in->op == PSEUDO_POP_BLOCK || is_setup(in->op)) {
            in->op = OP_NOP;
            in->arg = 0;
        }
        if (in->op == OP_NOP) {
            int line = in->pos.line;
            bool drop = false;
            if (line < 0 || line == prev_line) {
                drop = true;
            } else if (i + 1 < n && !block_start[i + 1]) {
                Instr *next = &u->instrs[i + 1];
                if (next->pos.line < 0 || next->pos.line == line) {
                    next->pos = in->pos;
                    drop = true;
                }
            } else if (i + 1 < n && u->instrs[i + 1].pos.line == line) {
                drop = true;
            }
            if (drop || f.depth[i] < 0) {
                kept[i] = false;
                continue;
            }
        }
        if (in->pos.line >= 0) {
            prev_line = in->pos.line;
        }
        nfinal++;
    }
    final_index[n] = nfinal;
    words = malloc(sizeof(uint32_t) * (size_t)(nfinal ? nfinal : 1));
    positions = malloc(sizeof(TwPosition) * (size_t)(nfinal ? nfinal : 1));
    exc = malloc(sizeof(TwExcEntry) * (size_t)(nfinal ? nfinal : 1));
    if (!words || !positions || !exc) {
        tw_error_nomem();
        goto fail;
    }
    // Emit the final instructions; build the exception table from each one's handler.
    int cur_handler = -2;
    for (int i = 0; i < n; i++) {
        Instr *in = &u->instrs[i];
        if (!kept[i]) {
            continue;
        }
        int k = final_index[i];
        int op = in->op;
        uint32_t arg = (uint32_t)in->arg;
        if (is_jump(op)) {
            int t = u->labels[in->arg];
            int ft = t >= 0 ? final_index[t] : 0;
            if (op == PSEUDO_JUMP) {
                op = ft <= k ? OP_JUMP_BACKWARD : OP_JUMP_FORWARD;
            }
            arg = (uint32_t)ft;
        }
        words[k] = tw_instr(op, arg);
        TwPosition p = in->pos;
        if (p.line < 0) {
            p = (TwPosition){-1, -1, -1, -1};
        }
        positions[k] = p;
        int h = -1;
        if (f.depth[i] >= 0 && f.hnode[i] >= 0) {
            h = f.node_setup[f.hnode[i]];
            if (f.setup_depth[h] < 0) {
                h = -1;
            }
        }
        if (h != cur_handler || (h >= 0 && nexc > 0 && exc[nexc - 1].end != (uint32_t)k)) {
            if (h >= 0) {
                TwExcEntry *e = &exc[nexc++];
                e->start = (uint32_t)k;
                e->end = (uint32_t)k + 1;
                e->handler = (uint32_t)final_index[u->labels[setup_label[h] / 2]];
                e->depth = (uint16_t)f.setup_depth[h];
                e->push_lasti = (uint16_t)(setup_label[h] & 1);
            }
            cur_handler = h;
        } else if (h >= 0) {
            exc[nexc - 1].end = (uint32_t)k + 1;
        }
    }
    // Merge entries that continue each other (same handler, adjacent).
    {
        int m = 0;
        for (int i = 0; i < nexc; i++) {
            if (m > 0 && exc[m - 1].end == exc[i].start && exc[m - 1].handler == exc[i].handler &&
                exc[m - 1].depth == exc[i].depth && exc[m - 1].push_lasti == exc[i].push_lasti) {
                exc[m - 1].end = exc[i].end;
            } else {
                exc[m++] = exc[i];
            }
        }
        nexc = m;
    }
    // cell2arg: cells that start out as arguments.
    {
        bool any = false;
        int nargs = u->argcount + u->kwonlyargcount + (u->ste->varargs ? 1 : 0) + (u->ste->varkeywords ? 1 : 0);
        if (u->cellvars.n > 0) {
            cell2arg = malloc(sizeof(int32_t) * (size_t)u->cellvars.n);
            if (!cell2arg) {
                tw_error_nomem();
                goto fail;
            }
            for (int i = 0; i < u->cellvars.n; i++) {
                cell2arg[i] = -1;
                for (int a = 0; a < nargs && a < u->varnames.n; a++) {
                    if (tw_str_eq(u->varnames.items[a], u->cellvars.items[i])) {
                        cell2arg[i] = a;
                        any = true;
                        break;
                    }
                }
            }
            if (!any) {
                free(cell2arg);
                cell2arg = NULL;
            }
        }
    }
    code = (TwCode *)tw_gc_alloc(&tw_type_code, sizeof(TwCode));
    if (!code) {
        goto fail;
    }
    // Shrink the buffers to their real sizes so finalize can free them exactly.
    if ((uint32_t)nfinal == 0) {
        nfinal = 0;
    }
    code->code = words;
    code->positions = positions;
    code->ncode = (uint32_t)nfinal;
    code->exc_table = exc;
    code->nexc = (uint32_t)nexc;
    while (code->first_traceable + 1 < code->ncode && tw_instr_op(code->code[code->first_traceable]) != OP_RESUME) {
        code->first_traceable++;
    }
    words = NULL;
    positions = NULL;
    exc = NULL;
    if (nfinal == 0) {
        // keep the 1-element allocations; ncode 0 (cannot happen: there is always RESUME)
    }
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonlyargcount;
    code->kwonlyargcount = u->kwonlyargcount;
    code->nlocals = u->varnames.n;
    code->ncells = u->cellvars.n;
    code->nfree = u->freevars.n;
    code->stacksize = f.maxdepth;
    code->frame_words = (uint32_t)((tw_frame_size(code) + sizeof(TwValue) - 1) / sizeof(TwValue));
    int flags = 0;
    if (is_function_unit(u)) {
        flags |= TW_CO_OPTIMIZED | TW_CO_NEWLOCALS;
        if (u->ste->varargs) {
            flags |= TW_CO_VARARGS;
        }
        if (u->ste->varkeywords) {
            flags |= TW_CO_VARKEYWORDS;
        }
        if (u->ste->nested) {
            flags |= TW_CO_NESTED;
        }
        if (u->ste->generator) {
            flags |= TW_CO_GENERATOR;
        }
    }
    code->flags = flags;
    code->plain_args = !(flags & (TW_CO_VARARGS | TW_CO_VARKEYWORDS)) && code->kwonlyargcount == 0 && code->nfree == 0;
    code->firstlineno = u->firstlineno;
    code->cell2arg = cell2arg;
    cell2arg = NULL;
    code->filename = c->filename;
    code->source = c->source;
    code->name = u->name;
    code->qualname = u->qualname;
    for (int i = 0; i < u->consts.n; i++) {
        if (tw_is_type(u->consts.items[i], &tw_type_frozenset) &&
            !(u->consts.items[i] = cc_keep(c, code_frozenset(u->consts.items[i])))) {
            code = NULL;
            goto fail;
        }
    }
    if (!(code->consts = tuple_of(&u->consts)) || !(code->names = tuple_of(&u->names)) ||
        !(code->varnames = tuple_of(&u->varnames)) || !(code->cellvars = tuple_of(&u->cellvars)) ||
        !(code->freevars = tuple_of(&u->freevars))) {
        code = NULL;
        goto fail;
    }
    flow_free(&f);
    free(final_index);
    free(block_start);
    free(preds);
    free(kept);
    free(setup_label);
    return code;
fail:
    flow_free(&f);
    free(final_index);
    free(block_start);
    free(preds);
    free(kept);
    free(setup_label);
    if (words) {
        free(words);
    }
    if (positions) {
        free(positions);
    }
    if (exc) {
        free(exc);
    }
    return NULL;
}

// ---------------------------------------------------------------- entry points

TwValue tw_compile(TwModuleAst *m, TwValue filename, TwValue source) {
    Compiler c = {0};
    c.filename = filename;
    c.source = source;
    c.keep = tw_list_new(0);
    if (!c.keep) {
        return TW_NULL;
    }
    tw_gc_add_root(&c.keep);
    TwValue result = TW_NULL;
    c.st = tw_symtable_build(m, filename, source);
    if (!c.st) {
        goto done;
    }
    if (cc_enter_unit(&c, UNIT_MODULE, tw_str_intern_c("<module>"), NULL, 1) < 0) {
        goto done;
    }
    TwCode *code = NULL;
    if (m->mode == TW_MODE_EVAL) {
        if (cc_expr(&c, m->expr) < 0) {
            goto done;
        }
        if (cc_emit(&c, OP_RETURN_VALUE, 0) < 0) {
            goto done;
        }
        code = cc_assemble(&c, false);
    } else if (m->mode == TW_MODE_SINGLE) {
        c.interactive = true;
        if (c.u->ste->has_annotations && cc_emit(&c, OP_SETUP_ANNOTATIONS, 0) < 0) {
            goto done;
        }
        if (cc_stmts(&c, &m->body) < 0) {
            goto done;
        }
        code = cc_assemble(&c, true);
    } else {
        if (cc_body(&c, &m->body) < 0) {
            goto done;
        }
        code = cc_assemble(&c, true);
    }
    if (code) {
        result = tw_from_obj(code);
    }
done:
    while (c.u) {
        cc_leave_unit(&c);
    }
    tw_symtable_free(c.st);
    tw_gc_remove_root(&c.keep);
    return result;
}

// A str from bytes that should be UTF-8; invalid sequences become U+FFFD.
static TwValue str_from_lossy(const char *p, size_t n) {
    TwBuf buf;
    tw_buf_init(&buf);
    size_t i = 0;
    while (i < n) {
        unsigned char b = (unsigned char)p[i];
        size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        bool ok = len > 0 && i + len <= n;
        for (size_t k = 1; ok && k < len; k++) {
            ok = ((unsigned char)p[i + k] & 0xC0) == 0x80;
        }
        int r = ok ? tw_buf_append(&buf, p + i, len) : tw_buf_append_codepoint(&buf, 0xFFFD);
        if (r < 0) {
            tw_buf_free(&buf);
            return TW_NULL;
        }
        i += ok ? len : 1;
    }
    return tw_buf_to_str(&buf);
}

char *tw_read_stream(FILE *f, size_t *size) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            break;
        }
        if (n == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                free(buf);
                return NULL;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    *size = n;
    return buf;
}

TwValue tw_read_source_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return TW_NULL;
    }
    size_t size;
    char *text = tw_read_stream(f, &size);
    fclose(f);
    TwValue source = text ? tw_bytes_new(text, size) : TW_NULL;
    free(text);
    if (!source) {
        tw_error_clear();
    }
    return source;
}

TwValue tw_source_line(TwValue source, int lineno) {
    if (!source || !tw_is_type(source, &tw_type_bytes) || lineno < 1) {
        return TW_NULL;
    }
    const char *p = (const char *)TW_OBJ(source, TwBytes)->data;
    const char *end = p + TW_OBJ(source, TwBytes)->size;
    // Lines end at \n, \r or \r\n, as the tokenizer counts them.
    for (int line = 1; p < end; line++) {
        const char *e = p;
        while (e < end && *e != '\n' && *e != '\r') {
            e++;
        }
        if (line == lineno) {
            TwValue s = str_from_lossy(p, (size_t)(e - p));
            if (!s) {
                tw_error_clear();
            }
            return s;
        }
        p = e + (e < end && *e == '\r' && e + 1 < end && e[1] == '\n') + (e < end);
    }
    return TW_NULL;
}

TwValue tw_compile_source(const char *src, size_t size, TwValue filename, TwParseMode mode) {
    TwArena arena;
    if (tw_arena_init(&arena) < 0) {
        return TW_NULL;
    }
    TwValue result = TW_NULL;
    TwModuleAst *m = tw_parse(&arena, src, size, filename, mode);
    if (m) {
        TwValue source = tw_bytes_new(src, size);
        if (source) {
            result = tw_compile(m, filename, source);
        }
    }
    tw_arena_free(&arena);
    return result;
}
