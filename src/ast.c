// The AST's memory (a bump-pointer arena of malloc'd blocks, plus a GC-rooted list that
// keeps the tree's TwValues alive) and tw_ast_dump, which prints a tree exactly as
// CPython's ast.dump() does, so the parser can be checked against CPython.
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "text.h"

// ---------------------------------------------------------------- arena

typedef struct TwArenaBlock {
    struct TwArenaBlock *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
} TwArenaBlock;

enum { ARENA_BLOCK = 32 * 1024 };

int tw_arena_init(TwArena *a) {
    a->blocks = NULL;
    a->keep = TW_NULL;
    TwValue l = tw_list_new(64);
    if (!l) {
        return -1;
    }
    a->keep = l;
    tw_gc_add_root(&a->keep);
    return 0;
}

void tw_arena_free(TwArena *a) {
    TwArenaBlock *b = a->blocks;
    while (b) {
        TwArenaBlock *n = b->next;
        free(b);
        b = n;
    }
    a->blocks = NULL;
    if (a->keep) {
        tw_gc_remove_root(&a->keep);
        a->keep = TW_NULL;
    }
}

void *tw_arena_alloc(TwArena *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    TwArenaBlock *b = a->blocks;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        TwArenaBlock *nb = malloc(sizeof *nb + cap);
        if (!nb) {
            tw_error_nomem();
            return NULL;
        }
        nb->used = 0;
        nb->cap = cap;
        if (b && size > ARENA_BLOCK / 4) {
            // a big one-off block goes behind the current one so its free space stays usable
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->blocks = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

TwValue tw_arena_keep(TwArena *a, TwValue v) {
    if (!tw_is_ptr(v) || !v) {
        return v;   // unboxed ints/floats need no rooting
    }
    if (tw_list_append(a->keep, v) < 0) {
        return TW_NULL;
    }
    return v;
}

// ---------------------------------------------------------------- dump

typedef struct {
    TwBuf b;
    bool attrs;
    bool failed;
} Dump;

static void out(Dump *d, const char *s) {
    if (!d->failed && tw_buf_append_c(&d->b, s) < 0) {
        d->failed = true;
    }
}

static void out_repr(Dump *d, TwValue v) {
    if (d->failed) {
        return;
    }
    if (v == TW_TRUE || v == TW_FALSE || v == TW_NONE || v == TW_ELLIPSIS) {
        out(d, v == TW_TRUE ? "True" : v == TW_FALSE ? "False" : v == TW_NONE ? "None" : "Ellipsis");
        return;
    }
    TwValue r;
    if (tw_is_str(v)) {
        r = tw_str_repr(v);
    } else if (tw_is_type(v, &tw_type_int) || tw_is_int(v)) {
        r = tw_int_to_str(v, 10);   // parser constants are never negative
    } else if (tw_is_float(v)) {
        r = tw_float_repr(tw_as_float(v));
    } else if (tw_is_type(v, &tw_type_bytes)) {
        r = TW_NULL;
        if (tw_bytes_repr_buf(&d->b, TW_OBJ(v, TwBytes)->data, TW_OBJ(v, TwBytes)->size) < 0) {
            d->failed = true;
        }
        return;
    } else if (tw_is_type(v, &tw_type_complex) && TW_OBJ(v, TwComplex)->real == 0.0) {
        // the parser only makes pure imaginary constants: "3j", "1.5j"
        r = tw_float_repr(TW_OBJ(v, TwComplex)->imag);
        if (r && tw_str_size(r) > 2 && memcmp(tw_str_data(r) + tw_str_size(r) - 2, ".0", 2) == 0) {
            r = tw_str_new(tw_str_data(r), tw_str_size(r) - 2);
        }
        if (r) {
            r = tw_str_concat(r, tw_str_intern_c("j"));
        }
    } else {
        r = tw_repr(v);
    }
    if (!r || tw_buf_append_str(&d->b, r) < 0) {
        d->failed = true;
    }
}

static void out_int(Dump *d, long v) {
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", v);
    out(d, buf);
}

static void out_pos(Dump *d, TwPos p) {
    if (!d->attrs) {
        return;
    }
    char buf[128];
    snprintf(buf, sizeof buf, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p.lineno, p.col,
             p.end_lineno, p.end_col);
    out(d, buf);
}

// Fields: each helper writes ", name=value" (or "name=value" for the first).
static void field(Dump *d, bool *first, const char *name) {
    if (!*first) {
        out(d, ", ");
    }
    *first = false;
    out(d, name);
    out(d, "=");
}

static void dump_expr(Dump *d, TwExpr *e);
static void dump_stmts(Dump *d, TwStmtList *l);
static void dump_pattern(Dump *d, TwPattern *p);

static void dump_exprs(Dump *d, TwExprList *l) {
    out(d, "[");
    for (int i = 0; i < l->n; i++) {
        if (i) {
            out(d, ", ");
        }
        if (l->items[i]) {
            dump_expr(d, l->items[i]);
        } else {
            out(d, "None");
        }
    }
    out(d, "]");
}

static void dump_names(Dump *d, int n, TwValue *names) {
    out(d, "[");
    for (int i = 0; i < n; i++) {
        if (i) {
            out(d, ", ");
        }
        out_repr(d, names[i]);
    }
    out(d, "]");
}

static const char *ctx_name(TwExprCtx c) {
    return c == TW_CTX_LOAD ? "Load()" : c == TW_CTX_STORE ? "Store()" : "Del()";
}

static const char *binop_name(int op) {
    static const char *const names[] = {
        "Add()", "BitAnd()", "FloorDiv()", "LShift()", "MatMult()", "Mult()", "Mod()",
        "BitOr()", "Pow()", "RShift()", "Sub()", "Div()", "BitXor()",
    };
    return op >= 0 && op < 13 ? names[op] : "?";
}

static const char *cmpop_name(TwCmpOpKind op) {
    static const char *const names[] = {
        "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()", "In()", "NotIn()",
    };
    return names[op];
}

static void dump_arg(Dump *d, TwArg *a) {
    out(d, "arg(arg=");
    out_repr(d, a->arg);
    if (a->annotation) {
        out(d, ", annotation=");
        dump_expr(d, a->annotation);
    }
    out_pos(d, a->pos);
    out(d, ")");
}

static void dump_args_list(Dump *d, TwArgList *l) {
    out(d, "[");
    for (int i = 0; i < l->n; i++) {
        if (i) {
            out(d, ", ");
        }
        dump_arg(d, l->items[i]);
    }
    out(d, "]");
}

static void dump_arguments(Dump *d, TwArguments *a) {
    out(d, "arguments(posonlyargs=");
    dump_args_list(d, &a->posonlyargs);
    out(d, ", args=");
    dump_args_list(d, &a->args);
    if (a->vararg) {
        out(d, ", vararg=");
        dump_arg(d, a->vararg);
    }
    out(d, ", kwonlyargs=");
    dump_args_list(d, &a->kwonlyargs);
    out(d, ", kw_defaults=");
    dump_exprs(d, &a->kw_defaults);
    if (a->kwarg) {
        out(d, ", kwarg=");
        dump_arg(d, a->kwarg);
    }
    out(d, ", defaults=");
    dump_exprs(d, &a->defaults);
    out(d, ")");
}

static void dump_keywords(Dump *d, TwKeywordList *l) {
    out(d, "[");
    for (int i = 0; i < l->n; i++) {
        TwKeyword *k = l->items[i];
        if (i) {
            out(d, ", ");
        }
        out(d, "keyword(");
        if (k->arg) {
            out(d, "arg=");
            out_repr(d, k->arg);
            out(d, ", ");
        }
        out(d, "value=");
        dump_expr(d, k->value);
        out_pos(d, k->pos);
        out(d, ")");
    }
    out(d, "]");
}

static void dump_comprehensions(Dump *d, TwComprehensionList *l) {
    out(d, "[");
    for (int i = 0; i < l->n; i++) {
        TwComprehension *c = l->items[i];
        if (i) {
            out(d, ", ");
        }
        out(d, "comprehension(target=");
        dump_expr(d, c->target);
        out(d, ", iter=");
        dump_expr(d, c->iter);
        out(d, ", ifs=");
        dump_exprs(d, &c->ifs);
        out(d, ", is_async=");
        out_int(d, c->is_async);
        out(d, ")");
    }
    out(d, "]");
}

static void dump_expr(Dump *d, TwExpr *e) {
    if (d->failed) {
        return;
    }
    bool first = true;
    switch (e->kind) {
    case TW_EXPR_BOOLOP:
        out(d, "BoolOp(op=");
        out(d, e->u.boolop.op == TW_BOOL_AND ? "And()" : "Or()");
        out(d, ", values=");
        dump_exprs(d, &e->u.boolop.values);
        break;
    case TW_EXPR_NAMEDEXPR:
        out(d, "NamedExpr(target=");
        dump_expr(d, e->u.namedexpr.target);
        out(d, ", value=");
        dump_expr(d, e->u.namedexpr.value);
        break;
    case TW_EXPR_BINOP:
        out(d, "BinOp(left=");
        dump_expr(d, e->u.binop.left);
        out(d, ", op=");
        out(d, binop_name(e->u.binop.op));
        out(d, ", right=");
        dump_expr(d, e->u.binop.right);
        break;
    case TW_EXPR_UNARYOP: {
        static const char *const names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
        out(d, "UnaryOp(op=");
        out(d, names[e->u.unaryop.op]);
        out(d, ", operand=");
        dump_expr(d, e->u.unaryop.operand);
        break;
    }
    case TW_EXPR_LAMBDA:
        out(d, "Lambda(args=");
        dump_arguments(d, e->u.lambda.args);
        out(d, ", body=");
        dump_expr(d, e->u.lambda.body);
        break;
    case TW_EXPR_IFEXP:
        out(d, "IfExp(test=");
        dump_expr(d, e->u.ifexp.test);
        out(d, ", body=");
        dump_expr(d, e->u.ifexp.body);
        out(d, ", orelse=");
        dump_expr(d, e->u.ifexp.orelse);
        break;
    case TW_EXPR_DICT:
        out(d, "Dict(keys=");
        dump_exprs(d, &e->u.dict.keys);
        out(d, ", values=");
        dump_exprs(d, &e->u.dict.values);
        break;
    case TW_EXPR_SET:
        out(d, "Set(elts=");
        dump_exprs(d, &e->u.set.elts);
        break;
    case TW_EXPR_LISTCOMP: case TW_EXPR_SETCOMP: case TW_EXPR_GENERATOREXP:
        out(d, e->kind == TW_EXPR_LISTCOMP ? "ListComp(elt=" : e->kind == TW_EXPR_SETCOMP ? "SetComp(elt=" : "GeneratorExp(elt=");
        dump_expr(d, e->u.listcomp.elt);
        out(d, ", generators=");
        dump_comprehensions(d, &e->u.listcomp.generators);
        break;
    case TW_EXPR_DICTCOMP:
        out(d, "DictComp(key=");
        dump_expr(d, e->u.dictcomp.key);
        out(d, ", value=");
        dump_expr(d, e->u.dictcomp.value);
        out(d, ", generators=");
        dump_comprehensions(d, &e->u.dictcomp.generators);
        break;
    case TW_EXPR_AWAIT:
        out(d, "Await(value=");
        dump_expr(d, e->u.await.value);
        break;
    case TW_EXPR_YIELD:
        out(d, "Yield(");
        if (e->u.yield.value) {
            out(d, "value=");
            dump_expr(d, e->u.yield.value);
        } else if (d->attrs) {
            // keep ", lineno=..." well-formed below
            out(d, "\x01");
        }
        break;
    case TW_EXPR_YIELDFROM:
        out(d, "YieldFrom(value=");
        dump_expr(d, e->u.yieldfrom.value);
        break;
    case TW_EXPR_COMPARE:
        out(d, "Compare(left=");
        dump_expr(d, e->u.compare.left);
        out(d, ", ops=[");
        for (int i = 0; i < e->u.compare.n; i++) {
            if (i) {
                out(d, ", ");
            }
            out(d, cmpop_name(e->u.compare.ops[i]));
        }
        out(d, "], comparators=");
        dump_exprs(d, &e->u.compare.comparators);
        break;
    case TW_EXPR_CALL:
        out(d, "Call(func=");
        dump_expr(d, e->u.call.func);
        out(d, ", args=");
        dump_exprs(d, &e->u.call.args);
        out(d, ", keywords=");
        dump_keywords(d, &e->u.call.keywords);
        break;
    case TW_EXPR_FORMATTEDVALUE:
        out(d, "FormattedValue(value=");
        dump_expr(d, e->u.formattedvalue.value);
        out(d, ", conversion=");
        out_int(d, e->u.formattedvalue.conversion);
        if (e->u.formattedvalue.format_spec) {
            out(d, ", format_spec=");
            dump_expr(d, e->u.formattedvalue.format_spec);
        }
        break;
    case TW_EXPR_JOINEDSTR:
        out(d, "JoinedStr(values=");
        dump_exprs(d, &e->u.joinedstr.values);
        break;
    case TW_EXPR_CONSTANT:
        out(d, "Constant(value=");
        out_repr(d, e->u.constant.value);
        if (e->u.constant.kind) {
            out(d, ", kind=");
            out_repr(d, e->u.constant.kind);
        }
        break;
    case TW_EXPR_ATTRIBUTE:
        out(d, "Attribute(value=");
        dump_expr(d, e->u.attribute.value);
        out(d, ", attr=");
        out_repr(d, e->u.attribute.attr);
        out(d, ", ctx=");
        out(d, ctx_name(e->u.attribute.ctx));
        break;
    case TW_EXPR_SUBSCRIPT:
        out(d, "Subscript(value=");
        dump_expr(d, e->u.subscript.value);
        out(d, ", slice=");
        dump_expr(d, e->u.subscript.slice);
        out(d, ", ctx=");
        out(d, ctx_name(e->u.subscript.ctx));
        break;
    case TW_EXPR_STARRED:
        out(d, "Starred(value=");
        dump_expr(d, e->u.starred.value);
        out(d, ", ctx=");
        out(d, ctx_name(e->u.starred.ctx));
        break;
    case TW_EXPR_NAME:
        out(d, "Name(id=");
        out_repr(d, e->u.name.id);
        out(d, ", ctx=");
        out(d, ctx_name(e->u.name.ctx));
        break;
    case TW_EXPR_LIST: case TW_EXPR_TUPLE:
        out(d, e->kind == TW_EXPR_LIST ? "List(elts=" : "Tuple(elts=");
        dump_exprs(d, &e->u.list.elts);
        out(d, ", ctx=");
        out(d, ctx_name(e->u.list.ctx));
        break;
    case TW_EXPR_SLICE:
        out(d, "Slice(");
        if (e->u.slice.lower) {
            field(d, &first, "lower");
            dump_expr(d, e->u.slice.lower);
        }
        if (e->u.slice.upper) {
            field(d, &first, "upper");
            dump_expr(d, e->u.slice.upper);
        }
        if (e->u.slice.step) {
            field(d, &first, "step");
            dump_expr(d, e->u.slice.step);
        }
        if (first && d->attrs) {
            out(d, "\x01");
        }
        break;
    }
    out_pos(d, e->pos);
    out(d, ")");
}

static void dump_handlers(Dump *d, TwExceptHandlerList *l) {
    out(d, "[");
    for (int i = 0; i < l->n; i++) {
        TwExceptHandler *h = l->items[i];
        if (i) {
            out(d, ", ");
        }
        out(d, "ExceptHandler(");
        if (h->type) {
            out(d, "type=");
            dump_expr(d, h->type);
            out(d, ", ");
        }
        if (h->name) {
            out(d, "name=");
            out_repr(d, h->name);
            out(d, ", ");
        }
        out(d, "body=");
        dump_stmts(d, &h->body);
        out_pos(d, h->pos);
        out(d, ")");
    }
    out(d, "]");
}

static void dump_aliases(Dump *d, TwAliasList *l) {
    out(d, "[");
    for (int i = 0; i < l->n; i++) {
        TwAlias *a = l->items[i];
        if (i) {
            out(d, ", ");
        }
        out(d, "alias(name=");
        out_repr(d, a->name);
        if (a->asname) {
            out(d, ", asname=");
            out_repr(d, a->asname);
        }
        out_pos(d, a->pos);
        out(d, ")");
    }
    out(d, "]");
}

static void dump_patterns(Dump *d, TwPatternList *l) {
    out(d, "[");
    for (int i = 0; i < l->n; i++) {
        if (i) {
            out(d, ", ");
        }
        dump_pattern(d, l->items[i]);
    }
    out(d, "]");
}

static void dump_pattern(Dump *d, TwPattern *p) {
    bool first = true;
    switch (p->kind) {
    case TW_PAT_VALUE:
        out(d, "MatchValue(value=");
        dump_expr(d, p->u.value.value);
        break;
    case TW_PAT_SINGLETON:
        out(d, "MatchSingleton(value=");
        out_repr(d, p->u.singleton.value);
        break;
    case TW_PAT_SEQUENCE:
        out(d, "MatchSequence(patterns=");
        dump_patterns(d, &p->u.sequence.patterns);
        break;
    case TW_PAT_MAPPING:
        out(d, "MatchMapping(keys=");
        dump_exprs(d, &p->u.mapping.keys);
        out(d, ", patterns=");
        dump_patterns(d, &p->u.mapping.patterns);
        if (p->u.mapping.rest) {
            out(d, ", rest=");
            out_repr(d, p->u.mapping.rest);
        }
        break;
    case TW_PAT_CLASS:
        out(d, "MatchClass(cls=");
        dump_expr(d, p->u.cls.cls);
        out(d, ", patterns=");
        dump_patterns(d, &p->u.cls.patterns);
        out(d, ", kwd_attrs=");
        dump_names(d, p->u.cls.nkwd, p->u.cls.kwd_attrs);
        out(d, ", kwd_patterns=");
        dump_patterns(d, &p->u.cls.kwd_patterns);
        break;
    case TW_PAT_STAR:
        out(d, "MatchStar(");
        if (p->u.star.name) {
            out(d, "name=");
            out_repr(d, p->u.star.name);
        } else if (d->attrs) {
            out(d, "\x01");
        }
        break;
    case TW_PAT_AS:
        out(d, "MatchAs(");
        if (p->u.as.pattern) {
            field(d, &first, "pattern");
            dump_pattern(d, p->u.as.pattern);
        }
        if (p->u.as.name) {
            field(d, &first, "name");
            out_repr(d, p->u.as.name);
        }
        if (first && d->attrs) {
            out(d, "\x01");
        }
        break;
    case TW_PAT_OR:
        out(d, "MatchOr(patterns=");
        dump_patterns(d, &p->u.or.patterns);
        break;
    }
    out_pos(d, p->pos);
    out(d, ")");
}

static void dump_stmt(Dump *d, TwStmt *s) {
    if (d->failed) {
        return;
    }
    bool first = true;
    switch (s->kind) {
    case TW_STMT_FUNCTIONDEF: case TW_STMT_ASYNCFUNCTIONDEF:
        out(d, s->kind == TW_STMT_FUNCTIONDEF ? "FunctionDef(name=" : "AsyncFunctionDef(name=");
        out_repr(d, s->u.functiondef.name);
        out(d, ", args=");
        dump_arguments(d, s->u.functiondef.args);
        out(d, ", body=");
        dump_stmts(d, &s->u.functiondef.body);
        out(d, ", decorator_list=");
        dump_exprs(d, &s->u.functiondef.decorator_list);
        if (s->u.functiondef.returns) {
            out(d, ", returns=");
            dump_expr(d, s->u.functiondef.returns);
        }
        break;
    case TW_STMT_CLASSDEF:
        out(d, "ClassDef(name=");
        out_repr(d, s->u.classdef.name);
        out(d, ", bases=");
        dump_exprs(d, &s->u.classdef.bases);
        out(d, ", keywords=");
        dump_keywords(d, &s->u.classdef.keywords);
        out(d, ", body=");
        dump_stmts(d, &s->u.classdef.body);
        out(d, ", decorator_list=");
        dump_exprs(d, &s->u.classdef.decorator_list);
        break;
    case TW_STMT_RETURN:
        out(d, "Return(");
        if (s->u.return_.value) {
            out(d, "value=");
            dump_expr(d, s->u.return_.value);
        } else if (d->attrs) {
            out(d, "\x01");
        }
        break;
    case TW_STMT_DELETE:
        out(d, "Delete(targets=");
        dump_exprs(d, &s->u.delete_.targets);
        break;
    case TW_STMT_ASSIGN:
        out(d, "Assign(targets=");
        dump_exprs(d, &s->u.assign.targets);
        out(d, ", value=");
        dump_expr(d, s->u.assign.value);
        break;
    case TW_STMT_AUGASSIGN:
        out(d, "AugAssign(target=");
        dump_expr(d, s->u.augassign.target);
        out(d, ", op=");
        out(d, binop_name(s->u.augassign.op));
        out(d, ", value=");
        dump_expr(d, s->u.augassign.value);
        break;
    case TW_STMT_ANNASSIGN:
        out(d, "AnnAssign(target=");
        dump_expr(d, s->u.annassign.target);
        out(d, ", annotation=");
        dump_expr(d, s->u.annassign.annotation);
        if (s->u.annassign.value) {
            out(d, ", value=");
            dump_expr(d, s->u.annassign.value);
        }
        out(d, ", simple=");
        out_int(d, s->u.annassign.simple);
        break;
    case TW_STMT_FOR: case TW_STMT_ASYNCFOR:
        out(d, s->kind == TW_STMT_FOR ? "For(target=" : "AsyncFor(target=");
        dump_expr(d, s->u.for_.target);
        out(d, ", iter=");
        dump_expr(d, s->u.for_.iter);
        out(d, ", body=");
        dump_stmts(d, &s->u.for_.body);
        out(d, ", orelse=");
        dump_stmts(d, &s->u.for_.orelse);
        break;
    case TW_STMT_WHILE: case TW_STMT_IF:
        out(d, s->kind == TW_STMT_WHILE ? "While(test=" : "If(test=");
        dump_expr(d, s->u.if_.test);
        out(d, ", body=");
        dump_stmts(d, &s->u.if_.body);
        out(d, ", orelse=");
        dump_stmts(d, &s->u.if_.orelse);
        break;
    case TW_STMT_WITH: case TW_STMT_ASYNCWITH:
        out(d, s->kind == TW_STMT_WITH ? "With(items=[" : "AsyncWith(items=[");
        for (int i = 0; i < s->u.with.items.n; i++) {
            TwWithItem *w = s->u.with.items.items[i];
            if (i) {
                out(d, ", ");
            }
            out(d, "withitem(context_expr=");
            dump_expr(d, w->context_expr);
            if (w->optional_vars) {
                out(d, ", optional_vars=");
                dump_expr(d, w->optional_vars);
            }
            out(d, ")");
        }
        out(d, "], body=");
        dump_stmts(d, &s->u.with.body);
        break;
    case TW_STMT_MATCH:
        out(d, "Match(subject=");
        dump_expr(d, s->u.match.subject);
        out(d, ", cases=[");
        for (int i = 0; i < s->u.match.cases.n; i++) {
            TwMatchCase *c = s->u.match.cases.items[i];
            if (i) {
                out(d, ", ");
            }
            out(d, "match_case(pattern=");
            dump_pattern(d, c->pattern);
            if (c->guard) {
                out(d, ", guard=");
                dump_expr(d, c->guard);
            }
            out(d, ", body=");
            dump_stmts(d, &c->body);
            out(d, ")");
        }
        out(d, "]");
        break;
    case TW_STMT_RAISE:
        out(d, "Raise(");
        if (s->u.raise.exc) {
            field(d, &first, "exc");
            dump_expr(d, s->u.raise.exc);
        }
        if (s->u.raise.cause) {
            field(d, &first, "cause");
            dump_expr(d, s->u.raise.cause);
        }
        if (first && d->attrs) {
            out(d, "\x01");
        }
        break;
    case TW_STMT_TRY: case TW_STMT_TRYSTAR:
        out(d, s->kind == TW_STMT_TRY ? "Try(body=" : "TryStar(body=");
        dump_stmts(d, &s->u.try_.body);
        out(d, ", handlers=");
        dump_handlers(d, &s->u.try_.handlers);
        out(d, ", orelse=");
        dump_stmts(d, &s->u.try_.orelse);
        out(d, ", finalbody=");
        dump_stmts(d, &s->u.try_.finalbody);
        break;
    case TW_STMT_ASSERT:
        out(d, "Assert(test=");
        dump_expr(d, s->u.assert_.test);
        if (s->u.assert_.msg) {
            out(d, ", msg=");
            dump_expr(d, s->u.assert_.msg);
        }
        break;
    case TW_STMT_IMPORT:
        out(d, "Import(names=");
        dump_aliases(d, &s->u.import.names);
        break;
    case TW_STMT_IMPORTFROM:
        out(d, "ImportFrom(");
        if (s->u.importfrom.module) {
            out(d, "module=");
            out_repr(d, s->u.importfrom.module);
            out(d, ", ");
        }
        out(d, "names=");
        dump_aliases(d, &s->u.importfrom.names);
        out(d, ", level=");
        out_int(d, s->u.importfrom.level);
        break;
    case TW_STMT_GLOBAL: case TW_STMT_NONLOCAL:
        out(d, s->kind == TW_STMT_GLOBAL ? "Global(names=" : "Nonlocal(names=");
        dump_names(d, s->u.global.n, s->u.global.names);
        break;
    case TW_STMT_EXPR:
        out(d, "Expr(value=");
        dump_expr(d, s->u.expr.value);
        break;
    case TW_STMT_PASS:
        out(d, d->attrs ? "Pass(\x01" : "Pass(");
        break;
    case TW_STMT_BREAK:
        out(d, d->attrs ? "Break(\x01" : "Break(");
        break;
    case TW_STMT_CONTINUE:
        out(d, d->attrs ? "Continue(\x01" : "Continue(");
        break;
    }
    out_pos(d, s->pos);
    out(d, ")");
}

static void dump_stmts(Dump *d, TwStmtList *l) {
    out(d, "[");
    for (int i = 0; i < l->n; i++) {
        if (i) {
            out(d, ", ");
        }
        dump_stmt(d, l->items[i]);
    }
    out(d, "]");
}

TwValue tw_ast_dump_ex(TwModuleAst *m, bool include_attributes) {
    Dump d;
    tw_buf_init(&d.b);
    d.attrs = include_attributes;
    d.failed = false;
    if (m->mode == TW_MODE_EVAL) {
        out(&d, "Expression(body=");
        dump_expr(&d, m->expr);
        out(&d, ")");
    } else {
        out(&d, m->mode == TW_MODE_SINGLE ? "Interactive(body=" : "Module(body=");
        dump_stmts(&d, &m->body);
        out(&d, m->mode == TW_MODE_SINGLE ? ")" : ", type_ignores=[])");
    }
    if (d.failed) {
        tw_buf_free(&d.b);
        return TW_NULL;
    }
    // "\x01" marks a node with no fields shown before its attributes: "Pass(\x01, lineno=..."
    // becomes "Pass(lineno=...".
    size_t w = 0;
    for (size_t r = 0; r < d.b.size; r++) {
        if (d.b.data[r] == '\x01') {
            r += 2;   // also drop the ", " that follows
            continue;
        }
        d.b.data[w++] = d.b.data[r];
    }
    d.b.size = w;
    return tw_buf_to_str(&d.b);
}

TwValue tw_ast_dump(TwModuleAst *m) {
    return tw_ast_dump_ex(m, false);
}
