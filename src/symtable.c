// The symbol table pass. Walks the AST once, opening a scope for the module and for every
// def, lambda, class body and comprehension, and records per scope how each name is used
// (bound, read, declared global/nonlocal, parameter). A second pass (analyze_block) then
// decides each name's scope the way CPython 3.11 does: names bound in enclosing functions
// become free here and cells there; class bodies are skipped by nested functions except
// for the implicit __class__ cell; a comprehension is a function scope whose walrus
// targets bind in the nearest enclosing function. Scope misuse raises CPython's
// SyntaxErrors at CPython's positions.
#include <stdio.h>
#include <stdlib.h>

#include "compile.h"
#include "gc.h"
#include "symtable.h"

// ---------------------------------------------------------------- errors

// SyntaxError offsets count characters, the AST counts UTF-8 bytes.
static int byte_to_char_col(TwValue line, int col) {
    if (col < 0) {
        return 0;
    }
    if (!line) {
        return col + 1;
    }
    const unsigned char *p = (const unsigned char *)tw_str_data(line);
    size_t n = tw_str_size(line);
    int chars = 0;
    for (size_t i = 0; i < (size_t)col && i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            chars++;
        }
    }
    if ((size_t)col > n) {
        chars += col - (int)n;
    }
    return chars + 1;
}

TwValue tw_symtable_error(TwValue filename, TwValue source, TwPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TwValue msg = tw_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) {
        return TW_NULL;
    }
    TwValue line = tw_source_line(source, pos.lineno);
    TwValue end_line = pos.end_lineno == pos.lineno ? line : tw_source_line(source, pos.end_lineno);
    TwValue text = TW_NULL;
    // CPython reports no text for errors found after parsing; the traceback printer then
    // reads the line from the file. We have the lines, but only files can be re-read, so
    // give the text only for real files (not "<string>", "<stdin>").
    if (line && filename && tw_is_str(filename) && tw_str_size(filename) > 0 && tw_str_data(filename)[0] != '<') {
        text = tw_str_concat(line, tw_str_intern_c("\n"));
        if (!text) {
            return TW_NULL;
        }
    }
    int col = byte_to_char_col(line, pos.col);
    int end_col = byte_to_char_col(end_line, pos.end_col);
    return tw_syntax_error(&tw_type_SyntaxError, filename, pos.lineno, col, pos.end_lineno,
                           end_col, text, "%U", msg);
}

// ---------------------------------------------------------------- name sets

// A small set of str names (the analysis passes copies of these down the scope tree).
typedef struct NameSet {
    TwValue *items;
    int n, cap;
} NameSet;

static bool names_equal(TwValue a, TwValue b) {
    return a == b || tw_str_eq(a, b);
}

static int set_find(const NameSet *s, TwValue name) {
    for (int i = 0; i < s->n; i++) {
        if (names_equal(s->items[i], name)) {
            return i;
        }
    }
    return -1;
}

static bool set_has(const NameSet *s, TwValue name) {
    return s && set_find(s, name) >= 0;
}

static int set_add(NameSet *s, TwValue name) {
    if (set_find(s, name) >= 0) {
        return 0;
    }
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        TwValue *items = realloc(s->items, (size_t)cap * sizeof(TwValue));
        if (!items) {
            tw_error_nomem();
            return -1;
        }
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = name;
    return 0;
}

static void set_discard(NameSet *s, TwValue name) {
    int i = set_find(s, name);
    if (i >= 0) {
        s->items[i] = s->items[--s->n];
    }
}

static int set_update(NameSet *dst, const NameSet *src) {
    if (!src) {
        return 0;
    }
    for (int i = 0; i < src->n; i++) {
        if (set_add(dst, src->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static void set_free(NameSet *s) {
    free(s->items);
    s->items = NULL;
    s->n = s->cap = 0;
}

// ---------------------------------------------------------------- scopes

static int64_t name_hash(TwValue name) {
    return tw_str_hash(name);
}

TwSymbol *tw_scope_get(TwScope *s, TwValue name) {
    if (!s->hashcap) {
        return NULL;
    }
    uint64_t h = (uint64_t)name_hash(name);
    size_t mask = (size_t)s->hashcap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        int k = s->hash[i];
        if (k < 0) {
            return NULL;
        }
        if (names_equal(s->syms[k].name, name)) {
            return &s->syms[k];
        }
    }
}

static int scope_rehash(TwScope *s, int cap) {
    int *hash = malloc((size_t)cap * sizeof(int));
    if (!hash) {
        tw_error_nomem();
        return -1;
    }
    for (int i = 0; i < cap; i++) {
        hash[i] = -1;
    }
    size_t mask = (size_t)cap - 1;
    for (int k = 0; k < s->nsyms; k++) {
        size_t i = (uint64_t)name_hash(s->syms[k].name) & mask;
        while (hash[i] >= 0) {
            i = (i + 1) & mask;
        }
        hash[i] = k;
    }
    free(s->hash);
    s->hash = hash;
    s->hashcap = cap;
    return 0;
}

// Find or create the symbol for `name` in scope s.
static TwSymbol *scope_symbol(TwScope *s, TwValue name, TwPos pos, bool *created) {
    TwSymbol *sym = tw_scope_get(s, name);
    if (sym) {
        *created = false;
        return sym;
    }
    if (s->nsyms == s->capsyms) {
        int cap = s->capsyms ? s->capsyms * 2 : 8;
        TwSymbol *syms = realloc(s->syms, (size_t)cap * sizeof(TwSymbol));
        if (!syms) {
            tw_error_nomem();
            return NULL;
        }
        s->syms = syms;
        s->capsyms = cap;
    }
    if ((s->nsyms + 1) * 2 > s->hashcap) {
        // rehash below after appending
    }
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = 0;
    sym->scope = TW_SC_UNKNOWN;
    sym->pos = pos;
    if (s->nsyms * 2 > s->hashcap) {
        if (scope_rehash(s, s->hashcap ? s->hashcap * 2 : 16) < 0) {
            return NULL;
        }
    } else {
        size_t mask = (size_t)s->hashcap - 1;
        size_t i = (uint64_t)name_hash(name) & mask;
        while (s->hash[i] >= 0) {
            i = (i + 1) & mask;
        }
        s->hash[i] = s->nsyms - 1;
    }
    *created = true;
    return &s->syms[s->nsyms - 1];
}

// ---------------------------------------------------------------- the builder

typedef struct Builder {
    TwSymtable *st;
    TwScope *cur;
    TwScope *module;
    TwValue private_name;        // enclosing class name for mangling, or TW_NULL
} Builder;

static TwValue builder_error(Builder *b, TwPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TwValue msg = tw_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) {
        return TW_NULL;
    }
    return tw_symtable_error(b->st->filename, b->st->source, pos, "%U", msg);
}

TwValue tw_symtable_mangle(TwValue private_name, TwValue name) {
    if (!private_name || !tw_is_str(name)) {
        return name;
    }
    const char *s = tw_str_data(name);
    size_t n = tw_str_size(name);
    if (n < 2 || s[0] != '_' || s[1] != '_') {
        return name;
    }
    // Dunder names and dotted names (import a.b) are left alone.
    if ((s[n - 1] == '_' && s[n - 2] == '_') || memchr(s, '.', n)) {
        return name;
    }
    const char *p = tw_str_data(private_name);
    size_t pn = tw_str_size(private_name);
    while (pn > 0 && *p == '_') {
        p++;
        pn--;
    }
    if (pn == 0) {
        return name;   // the class name is all underscores
    }
    TwBuf buf;
    tw_buf_init(&buf);
    if (tw_buf_append_c(&buf, "_") < 0 || tw_buf_append(&buf, p, pn) < 0 ||
        tw_buf_append(&buf, s, n) < 0) {
        tw_buf_free(&buf);
        return TW_NULL;
    }
    TwValue r = tw_buf_to_str(&buf);
    return r ? tw_str_intern(r) : TW_NULL;
}

static TwValue keep(Builder *b, TwValue v) {
    if (v && tw_list_append(b->st->keep, v) < 0) {
        return TW_NULL;
    }
    return v;
}

static TwValue mangle(Builder *b, TwValue name) {
    TwValue m = tw_symtable_mangle(b->private_name, name);
    if (m && m != name) {
        return keep(b, m);
    }
    return m;
}

static TwScope *scope_new(Builder *b, TwBlockKind kind, TwValue name, const void *node, TwPos pos) {
    TwSymtable *st = b->st;
    TwScope *s = calloc(1, sizeof(TwScope));
    if (!s) {
        tw_error_nomem();
        return NULL;
    }
    if (st->nall == st->capall) {
        int cap = st->capall ? st->capall * 2 : 16;
        TwScope **all = realloc(st->all, (size_t)cap * sizeof(TwScope *));
        if (!all) {
            free(s);
            tw_error_nomem();
            return NULL;
        }
        st->all = all;
        st->capall = cap;
    }
    st->all[st->nall++] = s;
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->pos = pos;
    s->parent = b->cur;
    if (b->cur) {
        TwScope *p = b->cur;
        if (p->nchildren == p->capchildren) {
            int cap = p->capchildren ? p->capchildren * 2 : 4;
            TwScope **ch = realloc(p->children, (size_t)cap * sizeof(TwScope *));
            if (!ch) {
                tw_error_nomem();
                return NULL;
            }
            p->children = ch;
            p->capchildren = cap;
        }
        p->children[p->nchildren++] = s;
        s->nested = p->nested || p->kind == TW_BLOCK_FUNCTION;
    }
    return s;
}

// Record a use/definition of `name` (unmangled) with `flag` in scope s.
static int add_def_in(Builder *b, TwScope *s, TwValue name, int flag, TwPos pos) {
    TwValue m = mangle(b, name);
    if (!m) {
        return -1;
    }
    bool created;
    TwSymbol *sym = scope_symbol(s, m, pos, &created);
    if (!sym) {
        return -1;
    }
    int val = sym->flags;
    if ((flag & TW_DEF_PARAM) && (val & TW_DEF_PARAM)) {
        builder_error(b, pos, "duplicate argument '%U' in function definition", name);
        return -1;
    }
    val |= flag;
    if (s->comp_iter_target) {
        if (val & (TW_DEF_GLOBAL | TW_DEF_NONLOCAL)) {
            builder_error(b, pos, "comprehension inner loop cannot rebind assignment expression target '%U'", name);
            return -1;
        }
        val |= TW_DEF_COMP_ITER;
    }
    sym = tw_scope_get(s, m);
    sym->flags = val;
    if (flag & TW_DEF_PARAM) {
        if (s->nparams == s->capparams) {
            int cap = s->capparams ? s->capparams * 2 : 8;
            TwValue *p = realloc(s->params, (size_t)cap * sizeof(TwValue));
            if (!p) {
                tw_error_nomem();
                return -1;
            }
            s->params = p;
            s->capparams = cap;
        }
        s->params[s->nparams++] = m;
    } else if (flag & TW_DEF_GLOBAL) {
        // A global declaration anywhere also marks the module-level symbol.
        TwSymbol *g = scope_symbol(b->module, m, pos, &created);
        if (!g) {
            return -1;
        }
        g->flags |= flag;
    }
    return 0;
}

static int add_def(Builder *b, TwValue name, int flag, TwPos pos) {
    return add_def_in(b, b->cur, name, flag, pos);
}

static int visit_stmt(Builder *b, TwStmt *s);
static int visit_expr(Builder *b, TwExpr *e);

static int visit_stmts(Builder *b, TwStmtList *l) {
    for (int i = 0; i < l->n; i++) {
        if (visit_stmt(b, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_exprs(Builder *b, TwExprList *l) {
    for (int i = 0; i < l->n; i++) {
        if (l->items[i] && visit_expr(b, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_params(Builder *b, TwArgList *l) {
    for (int i = 0; i < l->n; i++) {
        if (add_def(b, l->items[i]->arg, TW_DEF_PARAM, l->items[i]->pos) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_arguments(Builder *b, TwArguments *a) {
    if (visit_params(b, &a->posonlyargs) < 0 || visit_params(b, &a->args) < 0 ||
        visit_params(b, &a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->vararg) {
        if (add_def(b, a->vararg->arg, TW_DEF_PARAM, a->vararg->pos) < 0) {
            return -1;
        }
        b->cur->varargs = true;
    }
    if (a->kwarg) {
        if (add_def(b, a->kwarg->arg, TW_DEF_PARAM, a->kwarg->pos) < 0) {
            return -1;
        }
        b->cur->varkeywords = true;
    }
    return 0;
}

static int visit_arg_annotations(Builder *b, TwArgList *l) {
    for (int i = 0; i < l->n; i++) {
        if (l->items[i]->annotation && visit_expr(b, l->items[i]->annotation) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_annotations(Builder *b, TwArguments *a, TwExpr *returns) {
    if (visit_arg_annotations(b, &a->posonlyargs) < 0 || visit_arg_annotations(b, &a->args) < 0) {
        return -1;
    }
    if (a->vararg && a->vararg->annotation && visit_expr(b, a->vararg->annotation) < 0) {
        return -1;
    }
    if (visit_arg_annotations(b, &a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->kwarg && a->kwarg->annotation && visit_expr(b, a->kwarg->annotation) < 0) {
        return -1;
    }
    if (returns && visit_expr(b, returns) < 0) {
        return -1;
    }
    return 0;
}

static int enter(Builder *b, TwBlockKind kind, TwValue name, const void *node, TwPos pos) {
    TwScope *s = scope_new(b, kind, name, node, pos);
    if (!s) {
        return -1;
    }
    b->cur = s;
    return 0;
}

static void leave(Builder *b) {
    b->cur = b->cur->parent;
}

static TwValue async_error(Builder *b, TwPos pos) {
    return builder_error(b, pos, "async/await is not supported yet");
}

static int visit_global_nonlocal(Builder *b, TwStmt *s, bool is_global) {
    const char *what = is_global ? "global" : "nonlocal";
    if (!is_global && b->cur->kind == TW_BLOCK_MODULE) {
        builder_error(b, s->pos, "nonlocal declaration not allowed at module level");
        return -1;
    }
    for (int i = 0; i < s->u.global.n; i++) {
        TwValue name = s->u.global.names[i];
        TwValue m = mangle(b, name);
        if (!m) {
            return -1;
        }
        TwSymbol *sym = tw_scope_get(b->cur, m);
        int cur = sym ? sym->flags : 0;
        if (cur & (TW_DEF_PARAM | TW_DEF_LOCAL | TW_DEF_USE | TW_DEF_ANNOT)) {
            const char *msg;
            if (cur & TW_DEF_PARAM) {
                msg = "name '%U' is parameter and %s";
            } else if (cur & TW_DEF_USE) {
                msg = "name '%U' is used prior to %s declaration";
            } else if (cur & TW_DEF_ANNOT) {
                msg = "annotated name '%U' can't be %s";
            } else {
                msg = "name '%U' is assigned to before %s declaration";
            }
            builder_error(b, s->pos, msg, name, what);
            return -1;
        }
        if (add_def(b, name, is_global ? TW_DEF_GLOBAL : TW_DEF_NONLOCAL, s->pos) < 0) {
            return -1;
        }
        // The "no binding for nonlocal" error points at the statement.
        sym = tw_scope_get(b->cur, m);
        sym->pos = s->pos;
    }
    return 0;
}

static int visit_alias(Builder *b, TwAlias *a, TwPos stmt_pos) {
    TwValue store = a->asname;
    if (!store) {
        TwValue name = a->name;
        const char *d = memchr(tw_str_data(name), '.', tw_str_size(name));
        if (d) {
            store = keep(b, tw_str_new(tw_str_data(name), (size_t)(d - tw_str_data(name))));
            if (!store) {
                return -1;
            }
            store = tw_str_intern(store);
        } else {
            store = name;
        }
    }
    if (tw_str_eq_c(a->name, "*")) {
        if (b->cur->kind != TW_BLOCK_MODULE) {
            builder_error(b, a->pos, "import * only allowed at module level");
            return -1;
        }
        return 0;
    }
    return add_def(b, store, TW_DEF_IMPORT, a->pos);
}

static int visit_pattern(Builder *b, TwPattern *p) {
    switch (p->kind) {
    case TW_PAT_VALUE:
        return visit_expr(b, p->u.value.value);
    case TW_PAT_SINGLETON:
        return 0;
    case TW_PAT_SEQUENCE:
        for (int i = 0; i < p->u.sequence.patterns.n; i++) {
            if (visit_pattern(b, p->u.sequence.patterns.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case TW_PAT_MAPPING:
        if (visit_exprs(b, &p->u.mapping.keys) < 0) {
            return -1;
        }
        for (int i = 0; i < p->u.mapping.patterns.n; i++) {
            if (visit_pattern(b, p->u.mapping.patterns.items[i]) < 0) {
                return -1;
            }
        }
        if (p->u.mapping.rest) {
            return add_def(b, p->u.mapping.rest, TW_DEF_LOCAL, p->pos);
        }
        return 0;
    case TW_PAT_CLASS:
        if (visit_expr(b, p->u.cls.cls) < 0) {
            return -1;
        }
        for (int i = 0; i < p->u.cls.patterns.n; i++) {
            if (visit_pattern(b, p->u.cls.patterns.items[i]) < 0) {
                return -1;
            }
        }
        for (int i = 0; i < p->u.cls.kwd_patterns.n; i++) {
            if (visit_pattern(b, p->u.cls.kwd_patterns.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case TW_PAT_STAR:
        if (p->u.star.name) {
            return add_def(b, p->u.star.name, TW_DEF_LOCAL, p->pos);
        }
        return 0;
    case TW_PAT_AS:
        if (p->u.as.pattern && visit_pattern(b, p->u.as.pattern) < 0) {
            return -1;
        }
        if (p->u.as.name) {
            return add_def(b, p->u.as.name, TW_DEF_LOCAL, p->pos);
        }
        return 0;
    case TW_PAT_OR:
        for (int i = 0; i < p->u.or.patterns.n; i++) {
            if (visit_pattern(b, p->u.or.patterns.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    return 0;
}

static int visit_stmt(Builder *b, TwStmt *s) {
    switch (s->kind) {
    case TW_STMT_FUNCTIONDEF: {
        TwArguments *a = s->u.functiondef.args;
        if (add_def(b, s->u.functiondef.name, TW_DEF_LOCAL, s->pos) < 0 ||
            visit_exprs(b, &a->defaults) < 0 || visit_exprs(b, &a->kw_defaults) < 0 ||
            visit_annotations(b, a, s->u.functiondef.returns) < 0 ||
            visit_exprs(b, &s->u.functiondef.decorator_list) < 0) {
            return -1;
        }
        if (enter(b, TW_BLOCK_FUNCTION, s->u.functiondef.name, s, s->pos) < 0 ||
            visit_arguments(b, a) < 0 || visit_stmts(b, &s->u.functiondef.body) < 0) {
            return -1;
        }
        leave(b);
        return 0;
    }
    case TW_STMT_ASYNCFUNCTIONDEF:
    case TW_STMT_ASYNCFOR:
    case TW_STMT_ASYNCWITH:
        async_error(b, s->pos);
        return -1;
    case TW_STMT_CLASSDEF: {
        if (add_def(b, s->u.classdef.name, TW_DEF_LOCAL, s->pos) < 0 ||
            visit_exprs(b, &s->u.classdef.bases) < 0) {
            return -1;
        }
        for (int i = 0; i < s->u.classdef.keywords.n; i++) {
            if (visit_expr(b, s->u.classdef.keywords.items[i]->value) < 0) {
                return -1;
            }
        }
        if (visit_exprs(b, &s->u.classdef.decorator_list) < 0 ||
            enter(b, TW_BLOCK_CLASS, s->u.classdef.name, s, s->pos) < 0) {
            return -1;
        }
        TwValue saved = b->private_name;
        b->private_name = s->u.classdef.name;
        int r = visit_stmts(b, &s->u.classdef.body);
        b->private_name = saved;
        if (r < 0) {
            return -1;
        }
        leave(b);
        return 0;
    }
    case TW_STMT_RETURN:
        if (s->u.return_.value) {
            if (visit_expr(b, s->u.return_.value) < 0) {
                return -1;
            }
            b->cur->returns_value = true;
        }
        return 0;
    case TW_STMT_DELETE:
        return visit_exprs(b, &s->u.delete_.targets);
    case TW_STMT_ASSIGN:
        if (visit_exprs(b, &s->u.assign.targets) < 0) {
            return -1;
        }
        return visit_expr(b, s->u.assign.value);
    case TW_STMT_ANNASSIGN: {
        TwExpr *t = s->u.annassign.target;
        if (t->kind == TW_EXPR_NAME) {
            TwValue m = mangle(b, t->u.name.id);
            if (!m) {
                return -1;
            }
            TwSymbol *sym = tw_scope_get(b->cur, m);
            int cur = sym ? sym->flags : 0;
            if ((cur & (TW_DEF_GLOBAL | TW_DEF_NONLOCAL)) && b->cur->kind != TW_BLOCK_MODULE &&
                s->u.annassign.simple) {
                builder_error(b, s->pos, (cur & TW_DEF_GLOBAL) ? "annotated name '%U' can't be global"
                                                               : "annotated name '%U' can't be nonlocal",
                              t->u.name.id);
                return -1;
            }
            if (s->u.annassign.simple) {
                if (add_def(b, t->u.name.id, TW_DEF_ANNOT | TW_DEF_LOCAL, t->pos) < 0) {
                    return -1;
                }
                b->cur->has_annotations = true;
            } else if (s->u.annassign.value) {
                if (add_def(b, t->u.name.id, TW_DEF_LOCAL, t->pos) < 0) {
                    return -1;
                }
            }
        } else {
            if (visit_expr(b, t) < 0) {
                return -1;
            }
        }
        if (visit_expr(b, s->u.annassign.annotation) < 0) {
            return -1;
        }
        if (s->u.annassign.value && visit_expr(b, s->u.annassign.value) < 0) {
            return -1;
        }
        return 0;
    }
    case TW_STMT_AUGASSIGN:
        if (visit_expr(b, s->u.augassign.target) < 0) {
            return -1;
        }
        return visit_expr(b, s->u.augassign.value);
    case TW_STMT_FOR:
        if (visit_expr(b, s->u.for_.target) < 0 || visit_expr(b, s->u.for_.iter) < 0 ||
            visit_stmts(b, &s->u.for_.body) < 0 || visit_stmts(b, &s->u.for_.orelse) < 0) {
            return -1;
        }
        return 0;
    case TW_STMT_WHILE:
        if (visit_expr(b, s->u.while_.test) < 0 || visit_stmts(b, &s->u.while_.body) < 0 ||
            visit_stmts(b, &s->u.while_.orelse) < 0) {
            return -1;
        }
        return 0;
    case TW_STMT_IF:
        if (visit_expr(b, s->u.if_.test) < 0 || visit_stmts(b, &s->u.if_.body) < 0 ||
            visit_stmts(b, &s->u.if_.orelse) < 0) {
            return -1;
        }
        return 0;
    case TW_STMT_WITH:
        for (int i = 0; i < s->u.with.items.n; i++) {
            TwWithItem *it = s->u.with.items.items[i];
            if (visit_expr(b, it->context_expr) < 0) {
                return -1;
            }
            if (it->optional_vars && visit_expr(b, it->optional_vars) < 0) {
                return -1;
            }
        }
        return visit_stmts(b, &s->u.with.body);
    case TW_STMT_MATCH:
        if (visit_expr(b, s->u.match.subject) < 0) {
            return -1;
        }
        for (int i = 0; i < s->u.match.cases.n; i++) {
            TwMatchCase *c = s->u.match.cases.items[i];
            if (visit_pattern(b, c->pattern) < 0) {
                return -1;
            }
            if (c->guard && visit_expr(b, c->guard) < 0) {
                return -1;
            }
            if (visit_stmts(b, &c->body) < 0) {
                return -1;
            }
        }
        return 0;
    case TW_STMT_RAISE:
        if (s->u.raise.exc && visit_expr(b, s->u.raise.exc) < 0) {
            return -1;
        }
        if (s->u.raise.cause && visit_expr(b, s->u.raise.cause) < 0) {
            return -1;
        }
        return 0;
    case TW_STMT_TRY:
    case TW_STMT_TRYSTAR:
        if (visit_stmts(b, &s->u.try_.body) < 0 || visit_stmts(b, &s->u.try_.orelse) < 0) {
            return -1;
        }
        for (int i = 0; i < s->u.try_.handlers.n; i++) {
            TwExceptHandler *h = s->u.try_.handlers.items[i];
            if (h->type && visit_expr(b, h->type) < 0) {
                return -1;
            }
            if (h->name && add_def(b, h->name, TW_DEF_LOCAL, h->pos) < 0) {
                return -1;
            }
            if (visit_stmts(b, &h->body) < 0) {
                return -1;
            }
        }
        return visit_stmts(b, &s->u.try_.finalbody);
    case TW_STMT_ASSERT:
        if (visit_expr(b, s->u.assert_.test) < 0) {
            return -1;
        }
        if (s->u.assert_.msg && visit_expr(b, s->u.assert_.msg) < 0) {
            return -1;
        }
        return 0;
    case TW_STMT_IMPORT:
        for (int i = 0; i < s->u.import.names.n; i++) {
            if (visit_alias(b, s->u.import.names.items[i], s->pos) < 0) {
                return -1;
            }
        }
        return 0;
    case TW_STMT_IMPORTFROM:
        for (int i = 0; i < s->u.importfrom.names.n; i++) {
            if (visit_alias(b, s->u.importfrom.names.items[i], s->pos) < 0) {
                return -1;
            }
        }
        return 0;
    case TW_STMT_GLOBAL:
        return visit_global_nonlocal(b, s, true);
    case TW_STMT_NONLOCAL:
        return visit_global_nonlocal(b, s, false);
    case TW_STMT_EXPR:
        return visit_expr(b, s->u.expr.value);
    case TW_STMT_PASS:
    case TW_STMT_BREAK:
    case TW_STMT_CONTINUE:
        return 0;
    }
    return 0;
}

// A walrus inside a comprehension binds in the nearest enclosing function (or module).
static int extend_namedexpr_scope(Builder *b, TwExpr *target) {
    TwValue name = target->u.name.id;
    for (TwScope *s = b->cur; s; s = s->parent) {
        if (s->comprehension) {
            TwValue m = mangle(b, name);
            if (!m) {
                return -1;
            }
            TwSymbol *sym = tw_scope_get(s, m);
            if (sym && (sym->flags & TW_DEF_COMP_ITER)) {
                builder_error(b, target->pos, "assignment expression cannot rebind comprehension iteration variable '%U'", name);
                return -1;
            }
            continue;
        }
        if (s->kind == TW_BLOCK_FUNCTION) {
            TwValue m = mangle(b, name);
            if (!m) {
                return -1;
            }
            TwSymbol *sym = tw_scope_get(s, m);
            if (sym && (sym->flags & TW_DEF_GLOBAL)) {
                if (add_def(b, name, TW_DEF_GLOBAL, target->pos) < 0) {
                    return -1;
                }
            } else {
                if (add_def(b, name, TW_DEF_NONLOCAL, target->pos) < 0) {
                    return -1;
                }
            }
            return add_def_in(b, s, name, TW_DEF_LOCAL, target->pos);
        }
        if (s->kind == TW_BLOCK_MODULE) {
            if (add_def(b, name, TW_DEF_GLOBAL, target->pos) < 0) {
                return -1;
            }
            return add_def_in(b, s, name, TW_DEF_GLOBAL, target->pos);
        }
        if (s->kind == TW_BLOCK_CLASS) {
            builder_error(b, target->pos, "assignment expression within a comprehension cannot be used in a class body");
            return -1;
        }
    }
    return 0;
}

static int visit_comprehension(Builder *b, TwExpr *e, const char *scope_name, TwCompKind kind,
                               TwComprehensionList *gens, TwExpr *elt, TwExpr *value) {
    TwComprehension *outer = gens->items[0];
    if (outer->is_async) {
        async_error(b, e->pos);
        return -1;
    }
    // The outermost iterable is evaluated in the enclosing scope.
    b->cur->comp_iter_expr++;
    if (visit_expr(b, outer->iter) < 0) {
        return -1;
    }
    b->cur->comp_iter_expr--;
    if (enter(b, TW_BLOCK_FUNCTION, tw_str_intern_c(scope_name), e, e->pos) < 0) {
        return -1;
    }
    TwScope *s = b->cur;
    s->comprehension = kind;
    // The outermost iterator arrives as the implicit parameter ".0".
    if (add_def(b, tw_str_intern_c(".0"), TW_DEF_PARAM, e->pos) < 0) {
        return -1;
    }
    s->comp_iter_target = true;
    if (visit_expr(b, outer->target) < 0) {
        return -1;
    }
    s->comp_iter_target = false;
    if (visit_exprs(b, &outer->ifs) < 0) {
        return -1;
    }
    for (int i = 1; i < gens->n; i++) {
        TwComprehension *g = gens->items[i];
        if (g->is_async) {
            async_error(b, e->pos);
            return -1;
        }
        s->comp_iter_target = true;
        if (visit_expr(b, g->target) < 0) {
            return -1;
        }
        s->comp_iter_target = false;
        s->comp_iter_expr++;
        if (visit_expr(b, g->iter) < 0) {
            return -1;
        }
        s->comp_iter_expr--;
        if (visit_exprs(b, &g->ifs) < 0) {
            return -1;
        }
    }
    if (value && visit_expr(b, value) < 0) {
        return -1;
    }
    if (visit_expr(b, elt) < 0) {
        return -1;
    }
    s->generator = kind == TW_COMP_GEN;
    leave(b);
    return 0;
}

static int visit_expr(Builder *b, TwExpr *e) {
    switch (e->kind) {
    case TW_EXPR_NAMEDEXPR: {
        if (b->cur->comp_iter_expr > 0) {
            builder_error(b, e->pos, "assignment expression cannot be used in a comprehension iterable expression");
            return -1;
        }
        if (b->cur->comprehension && extend_namedexpr_scope(b, e->u.namedexpr.target) < 0) {
            return -1;
        }
        if (visit_expr(b, e->u.namedexpr.value) < 0) {
            return -1;
        }
        return visit_expr(b, e->u.namedexpr.target);
    }
    case TW_EXPR_BOOLOP:
        return visit_exprs(b, &e->u.boolop.values);
    case TW_EXPR_BINOP:
        if (visit_expr(b, e->u.binop.left) < 0) {
            return -1;
        }
        return visit_expr(b, e->u.binop.right);
    case TW_EXPR_UNARYOP:
        return visit_expr(b, e->u.unaryop.operand);
    case TW_EXPR_LAMBDA: {
        TwArguments *a = e->u.lambda.args;
        if (visit_exprs(b, &a->defaults) < 0 || visit_exprs(b, &a->kw_defaults) < 0) {
            return -1;
        }
        if (enter(b, TW_BLOCK_FUNCTION, tw_str_intern_c("lambda"), e, e->pos) < 0) {
            return -1;
        }
        b->cur->is_lambda = true;
        if (visit_arguments(b, a) < 0 || visit_expr(b, e->u.lambda.body) < 0) {
            return -1;
        }
        leave(b);
        return 0;
    }
    case TW_EXPR_IFEXP:
        if (visit_expr(b, e->u.ifexp.test) < 0 || visit_expr(b, e->u.ifexp.body) < 0) {
            return -1;
        }
        return visit_expr(b, e->u.ifexp.orelse);
    case TW_EXPR_DICT:
        if (visit_exprs(b, &e->u.dict.keys) < 0) {
            return -1;
        }
        return visit_exprs(b, &e->u.dict.values);
    case TW_EXPR_SET:
        return visit_exprs(b, &e->u.set.elts);
    case TW_EXPR_LISTCOMP:
        return visit_comprehension(b, e, "listcomp", TW_COMP_LIST, &e->u.listcomp.generators, e->u.listcomp.elt, NULL);
    case TW_EXPR_SETCOMP:
        return visit_comprehension(b, e, "setcomp", TW_COMP_SET, &e->u.listcomp.generators, e->u.listcomp.elt, NULL);
    case TW_EXPR_GENERATOREXP:
        return visit_comprehension(b, e, "genexpr", TW_COMP_GEN, &e->u.listcomp.generators, e->u.listcomp.elt, NULL);
    case TW_EXPR_DICTCOMP:
        return visit_comprehension(b, e, "dictcomp", TW_COMP_DICT, &e->u.dictcomp.generators, e->u.dictcomp.key, e->u.dictcomp.value);
    case TW_EXPR_AWAIT:
        if (b->cur->kind != TW_BLOCK_FUNCTION) {
            builder_error(b, e->pos, "'await' outside function");
            return -1;
        }
        async_error(b, e->pos);
        return -1;
    case TW_EXPR_YIELD:
    case TW_EXPR_YIELDFROM: {
        TwExpr *v = e->kind == TW_EXPR_YIELD ? e->u.yield.value : e->u.yieldfrom.value;
        if (v && visit_expr(b, v) < 0) {
            return -1;
        }
        if (b->cur->comprehension) {
            static const char *const kinds[] = {"", "list comprehension", "set comprehension",
                                                "dict comprehension", "generator expression"};
            builder_error(b, e->pos, "'%s' inside %s", e->kind == TW_EXPR_YIELD ? "yield" : "yield from",
                          kinds[b->cur->comprehension]);
            return -1;
        }
        b->cur->generator = true;
        return 0;
    }
    case TW_EXPR_COMPARE:
        if (visit_expr(b, e->u.compare.left) < 0) {
            return -1;
        }
        return visit_exprs(b, &e->u.compare.comparators);
    case TW_EXPR_CALL:
        if (visit_expr(b, e->u.call.func) < 0 || visit_exprs(b, &e->u.call.args) < 0) {
            return -1;
        }
        for (int i = 0; i < e->u.call.keywords.n; i++) {
            if (visit_expr(b, e->u.call.keywords.items[i]->value) < 0) {
                return -1;
            }
        }
        return 0;
    case TW_EXPR_FORMATTEDVALUE:
        if (visit_expr(b, e->u.formattedvalue.value) < 0) {
            return -1;
        }
        if (e->u.formattedvalue.format_spec) {
            return visit_expr(b, e->u.formattedvalue.format_spec);
        }
        return 0;
    case TW_EXPR_JOINEDSTR:
        return visit_exprs(b, &e->u.joinedstr.values);
    case TW_EXPR_CONSTANT:
        return 0;
    case TW_EXPR_ATTRIBUTE:
        return visit_expr(b, e->u.attribute.value);
    case TW_EXPR_SUBSCRIPT:
        if (visit_expr(b, e->u.subscript.value) < 0) {
            return -1;
        }
        return visit_expr(b, e->u.subscript.slice);
    case TW_EXPR_STARRED:
        return visit_expr(b, e->u.starred.value);
    case TW_EXPR_SLICE:
        if (e->u.slice.lower && visit_expr(b, e->u.slice.lower) < 0) {
            return -1;
        }
        if (e->u.slice.upper && visit_expr(b, e->u.slice.upper) < 0) {
            return -1;
        }
        if (e->u.slice.step && visit_expr(b, e->u.slice.step) < 0) {
            return -1;
        }
        return 0;
    case TW_EXPR_NAME: {
        if (add_def(b, e->u.name.id, e->u.name.ctx == TW_CTX_LOAD ? TW_DEF_USE : TW_DEF_LOCAL, e->pos) < 0) {
            return -1;
        }
        // super() needs the implicit __class__ cell of the enclosing class.
        if (e->u.name.ctx == TW_CTX_LOAD && b->cur->kind == TW_BLOCK_FUNCTION &&
            tw_str_eq_c(e->u.name.id, "super")) {
            return add_def(b, TW_NAME(__class__), TW_DEF_USE, e->pos);
        }
        return 0;
    }
    case TW_EXPR_LIST:
    case TW_EXPR_TUPLE:
        return visit_exprs(b, &e->u.list.elts);
    }
    return 0;
}

// ---------------------------------------------------------------- analysis

static int analyze_block(TwSymtable *st, TwScope *s, NameSet *bound, NameSet *free, NameSet *global);

static int analyze_name(TwSymtable *st, TwScope *s, TwSymbol *sym, NameSet *bound, NameSet *local,
                        NameSet *free, NameSet *global) {
    TwValue name = sym->name;
    int flags = sym->flags;
    if (flags & TW_DEF_GLOBAL) {
        if (flags & TW_DEF_NONLOCAL) {
            tw_symtable_error(st->filename, st->source, sym->pos, "name '%U' is nonlocal and global", name);
            return -1;
        }
        sym->scope = TW_SC_GLOBAL_EXPLICIT;
        if (set_add(global, name) < 0) {
            return -1;
        }
        if (bound) {
            set_discard(bound, name);
        }
        return 0;
    }
    if (flags & TW_DEF_NONLOCAL) {
        if (!bound) {
            tw_symtable_error(st->filename, st->source, sym->pos, "nonlocal declaration not allowed at module level");
            return -1;
        }
        if (!set_has(bound, name)) {
            tw_symtable_error(st->filename, st->source, sym->pos, "no binding for nonlocal '%U' found", name);
            return -1;
        }
        sym->scope = TW_SC_FREE;
        s->has_free = true;
        return set_add(free, name);
    }
    if (flags & TW_DEF_BOUND) {
        sym->scope = TW_SC_LOCAL;
        if (set_add(local, name) < 0) {
            return -1;
        }
        set_discard(global, name);
        return 0;
    }
    if (bound && set_has(bound, name)) {
        sym->scope = TW_SC_FREE;
        s->has_free = true;
        return set_add(free, name);
    }
    if (global && set_has(global, name)) {
        sym->scope = TW_SC_GLOBAL_IMPLICIT;
        return 0;
    }
    if (s->nested) {
        s->has_free = true;
    }
    sym->scope = TW_SC_GLOBAL_IMPLICIT;
    return 0;
}

static int update_symbols(TwScope *s, NameSet *bound, NameSet *free, bool classflag) {
    // Free variables of children that are not resolved here pass through as free.
    for (int i = 0; i < free->n; i++) {
        TwValue name = free->items[i];
        TwSymbol *sym = tw_scope_get(s, name);
        if (sym) {
            if (classflag && (sym->flags & (TW_DEF_BOUND | TW_DEF_GLOBAL))) {
                sym->flags |= TW_DEF_FREE_CLASS;
            }
            continue;
        }
        if (bound && !set_has(bound, name)) {
            continue;   // a global
        }
        bool created;
        TwPos nopos = {0, 0, 0, 0};
        sym = scope_symbol(s, name, nopos, &created);
        if (!sym) {
            return -1;
        }
        sym->scope = TW_SC_FREE;
    }
    return 0;
}

static int analyze_child(TwSymtable *st, TwScope *child, NameSet *bound, NameSet *global, NameSet *child_free) {
    NameSet tb = {0}, tg = {0};
    int r = -1;
    if (set_update(&tb, bound) < 0 || set_update(&tg, global) < 0) {
        goto done;
    }
    r = analyze_block(st, child, &tb, child_free, &tg);
done:
    set_free(&tb);
    set_free(&tg);
    return r;
}

static int analyze_block(TwSymtable *st, TwScope *s, NameSet *bound, NameSet *free, NameSet *global) {
    NameSet local = {0}, newglobal = {0}, newfree = {0}, newbound = {0};
    int r = -1;
    if (s->kind == TW_BLOCK_CLASS) {
        // Class bodies do not make names visible to nested functions.
        if (set_update(&newglobal, global) < 0 || set_update(&newbound, bound) < 0) {
            goto done;
        }
    }
    for (int i = 0; i < s->nsyms; i++) {
        if (analyze_name(st, s, &s->syms[i], bound, &local, free, global) < 0) {
            goto done;
        }
    }
    if (s->kind != TW_BLOCK_CLASS) {
        if (s->kind == TW_BLOCK_FUNCTION && set_update(&newbound, &local) < 0) {
            goto done;
        }
        if (set_update(&newbound, bound) < 0 || set_update(&newglobal, global) < 0) {
            goto done;
        }
    } else {
        if (set_add(&newbound, TW_NAME(__class__)) < 0) {
            goto done;
        }
    }
    for (int i = 0; i < s->nchildren; i++) {
        TwScope *c = s->children[i];
        NameSet child_free = {0};
        if (analyze_child(st, c, &newbound, &newglobal, &child_free) < 0 ||
            set_update(&newfree, &child_free) < 0) {
            set_free(&child_free);
            goto done;
        }
        set_free(&child_free);
        if (c->has_free || c->child_free) {
            s->child_free = true;
        }
    }
    if (s->kind == TW_BLOCK_FUNCTION) {
        // Locals that children use freely become cells.
        for (int i = 0; i < s->nsyms; i++) {
            TwSymbol *sym = &s->syms[i];
            if (sym->scope == TW_SC_LOCAL && set_has(&newfree, sym->name)) {
                sym->scope = TW_SC_CELL;
                set_discard(&newfree, sym->name);
            }
        }
    } else if (s->kind == TW_BLOCK_CLASS) {
        if (set_has(&newfree, TW_NAME(__class__))) {
            set_discard(&newfree, TW_NAME(__class__));
            s->needs_class_closure = true;
        }
    }
    if (update_symbols(s, bound, &newfree, s->kind == TW_BLOCK_CLASS) < 0) {
        goto done;
    }
    if (set_update(free, &newfree) < 0) {
        goto done;
    }
    r = 0;
done:
    set_free(&local);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&newbound);
    return r;
}

// ---------------------------------------------------------------- API

void tw_symtable_free(TwSymtable *st) {
    if (!st) {
        return;
    }
    for (int i = 0; i < st->nall; i++) {
        TwScope *s = st->all[i];
        free(s->children);
        free(s->syms);
        free(s->hash);
        free(s->params);
        free(s);
    }
    free(st->all);
    if (st->keep) {
        tw_gc_remove_root(&st->keep);
    }
    free(st);
}

TwScope *tw_symtable_lookup(TwSymtable *st, const void *node) {
    for (int i = 0; i < st->nall; i++) {
        if (st->all[i]->node == node) {
            return st->all[i];
        }
    }
    return NULL;
}

TwSymtable *tw_symtable_build(TwModuleAst *m, TwValue filename, TwValue source) {
    TwSymtable *st = calloc(1, sizeof(TwSymtable));
    if (!st) {
        tw_error_nomem();
        return NULL;
    }
    st->filename = filename;
    st->source = source;
    st->keep = tw_list_new(0);
    if (!st->keep) {
        free(st);
        return NULL;
    }
    tw_gc_add_root(&st->keep);
    Builder b = {st, NULL, NULL, TW_NULL};
    TwPos pos = {1, 0, 1, 0};
    if (enter(&b, TW_BLOCK_MODULE, tw_str_intern_c("top"), m, pos) < 0) {
        tw_symtable_free(st);
        return NULL;
    }
    st->top = b.cur;
    b.module = b.cur;
    int r;
    if (m->mode == TW_MODE_EVAL) {
        r = visit_expr(&b, m->expr);
    } else {
        r = visit_stmts(&b, &m->body);
    }
    if (r < 0) {
        tw_symtable_free(st);
        return NULL;
    }
    NameSet free_ = {0}, global = {0};
    r = analyze_block(st, st->top, NULL, &free_, &global);
    set_free(&free_);
    set_free(&global);
    if (r < 0) {
        tw_symtable_free(st);
        return NULL;
    }
    return st;
}
