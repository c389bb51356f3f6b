// Record types for the C modules. Struct sequences are tuple subclasses with named fields
// (CPython's structseq): the visible fields are the tuple's items, attribute-only fields
// are stored after them in the same array (the tuple's size counts only the visible ones),
// and each field is a read-only getset. Simple namespaces (types.SimpleNamespace) are
// objects whose attributes live in their instance dict.
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "modules.h"
#include "vm.h"

#define MAX_FIELDS 24

static void structseq_trace(TwObject *self) {
    TwTuple *t = (TwTuple *)self;
    TwStructSeqType *st = (TwStructSeqType *)self->type;
    tw_gc_mark_array(t->items, (size_t)st->n_fields);
}

TwValue tw_structseq_new(TwStructSeqType *st, const TwValue *values) {
    size_t n = (size_t)st->n_fields;
    TwTuple *t = (TwTuple *)tw_gc_alloc(&st->type, st->type.basic_size + n * sizeof(TwValue));
    if (!t) {
        return TW_NULL;
    }
    t->items = (TwValue *)((char *)t + st->type.basic_size);
    t->hash = -1;
    t->size = (size_t)st->n_in_sequence;
    memcpy(t->items, values, n * sizeof(TwValue));
    return tw_from_obj(t);
}

TwValue tw_structseq_get(TwValue v, int i) {
    return tw_tuple_items(v)[i];
}

// One getter per field index: getsets take only self.
#define FIELD_GETTER(i) \
    static TwValue get_field_##i(TwValue self) { return tw_tuple_items(self)[i]; }
FIELD_GETTER(0) FIELD_GETTER(1) FIELD_GETTER(2) FIELD_GETTER(3) FIELD_GETTER(4) FIELD_GETTER(5)
FIELD_GETTER(6) FIELD_GETTER(7) FIELD_GETTER(8) FIELD_GETTER(9) FIELD_GETTER(10) FIELD_GETTER(11)
FIELD_GETTER(12) FIELD_GETTER(13) FIELD_GETTER(14) FIELD_GETTER(15) FIELD_GETTER(16) FIELD_GETTER(17)
FIELD_GETTER(18) FIELD_GETTER(19) FIELD_GETTER(20) FIELD_GETTER(21) FIELD_GETTER(22) FIELD_GETTER(23)
static TwValue (*const field_getters[MAX_FIELDS])(TwValue) = {
    get_field_0,  get_field_1,  get_field_2,  get_field_3,  get_field_4,  get_field_5,
    get_field_6,  get_field_7,  get_field_8,  get_field_9,  get_field_10, get_field_11,
    get_field_12, get_field_13, get_field_14, get_field_15, get_field_16, get_field_17,
    get_field_18, get_field_19, get_field_20, get_field_21, get_field_22, get_field_23,
};

static TwStructSeqType *seq_type(TwValue v) {
    return (TwStructSeqType *)tw_type_of(v);
}

static TwValue structseq_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwStructSeqType *st = seq_type(self);
    TwBuf b;
    tw_buf_init(&b);
    if (tw_buf_printf(&b, "%s(", st->type.c_name) < 0) {
        return TW_NULL;
    }
    // As CPython, item i is labelled with the i-th *named* field: with unnamed fields
    // (os.stat_result's integer times) the labels run ahead of the items.
    int named = 0;
    for (int i = 0; i < st->n_in_sequence; i++) {
        while (!st->fields[named]) {
            named++;
        }
        TwValue r = tw_repr(tw_tuple_items(self)[i]);
        if (!r || tw_buf_printf(&b, "%s%s=", i ? ", " : "", st->fields[named++]) < 0 || tw_buf_append_str(&b, r) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    if (tw_buf_append_c(&b, ")") < 0) {
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
}

// type(sequence, dict=None): the visible fields from the sequence, the others from the
// sequence's extra items, else from dict, else None.
static TwValue structseq_new(int argc, TwValue *argv, TwValue kwnames) {
    TwStructSeqType *st = (TwStructSeqType *)TW_OBJ(argv[0], TwType);
    if (!st->constructible) {
        return tw_error(&tw_type_TypeError, "cannot create '%s' instances", st->type.c_name);
    }
    static const char *const names[] = {"sequence", "dict"};
    TwValue a[2];
    if (tw_parse_args("structseq", argc - 1, argv + 1, kwnames, names, 2, 0, 2, 1, a) < 0) {
        return TW_NULL;
    }
    if (!tw_is_type(a[0], &tw_type_list) && !(tw_type_of(a[0])->flags & TW_TYPE_TUPLE_SUB) &&
        !tw_type_lookup(tw_type_of(a[0]), TW_NAME(__iter__))) {
        return tw_error(&tw_type_TypeError, "constructor requires a sequence");
    }
    TwValue tup = tw_tuple_from_iterable(a[0]);
    if (!tup) {
        return TW_NULL;
    }
    TwValue dict = a[1] && a[1] != TW_NONE ? a[1] : TW_NULL;
    if (dict && !tw_is_type(dict, &tw_type_dict)) {
        return tw_error(&tw_type_TypeError, "%s() takes a dict as second arg, if any", st->type.c_name);
    }
    int64_t len = (int64_t)tw_tuple_size(tup);
    const char *name = st->type.c_name;
    if (len < st->n_in_sequence) {
        if (st->n_in_sequence == st->n_fields) {
            return tw_error(&tw_type_TypeError, "%s() takes a %d-sequence (%lld-sequence given)", name, st->n_fields,
                            (long long)len);
        }
        return tw_error(&tw_type_TypeError, "%s() takes an at least %d-sequence (%lld-sequence given)", name,
                        st->n_in_sequence, (long long)len);
    }
    if (len > st->n_fields) {
        if (st->n_in_sequence == st->n_fields) {
            return tw_error(&tw_type_TypeError, "%s() takes a %d-sequence (%lld-sequence given)", name, st->n_fields,
                            (long long)len);
        }
        return tw_error(&tw_type_TypeError, "%s() takes an at most %d-sequence (%lld-sequence given)", name,
                        st->n_fields, (long long)len);
    }
    TwValue values[MAX_FIELDS];
    for (int i = 0; i < st->n_fields; i++) {
        if (i < len) {
            values[i] = tw_tuple_items(tup)[i];
            continue;
        }
        TwValue v = dict && st->fields[i] ? tw_dict_get_c(dict, st->fields[i]) : TW_NULL;
        values[i] = v ? v : TW_NONE;
    }
    if (st->fill_defaults) {
        st->fill_defaults(values);
    }
    return tw_structseq_new(st, values);
}

static TwValue structseq_reduce(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwStructSeqType *st = seq_type(self);
    TwValue visible = tw_tuple_from((size_t)st->n_in_sequence, tw_tuple_items(self));
    TwValue extra = visible ? tw_dict_new() : TW_NULL;
    if (!extra) {
        return TW_NULL;
    }
    for (int i = st->n_in_sequence; i < st->n_fields; i++) {
        if (tw_dict_set_c(extra, st->fields[i], tw_tuple_items(self)[i]) < 0) {
            return TW_NULL;
        }
    }
    TwValue args = tw_tuple_pack(2, visible, extra);
    return args ? tw_tuple_pack(2, tw_from_obj(st), args) : TW_NULL;
}

static const TwMethodDef structseq_methods[] = {
    {"__new__", structseq_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__repr__", structseq_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__reduce__", structseq_reduce, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

static void fatal(const char *name) {
    fprintf(stderr, "twinpy: out of memory initialising %s\n", name);
    abort();
}

void tw_structseq_init_type(TwStructSeqType *st, const char *name, const char *const *fields, int n_in_sequence,
                            int n_fields, bool constructible) {
    if (n_fields > MAX_FIELDS) {
        fatal(name);
    }
    TwType *t = &st->type;
    t->hdr.type = &tw_type_type;
    t->basic_size = sizeof(TwTuple);
    t->trace = structseq_trace;
    st->fields = fields;
    st->n_in_sequence = n_in_sequence;
    st->n_fields = n_fields;
    st->constructible = constructible;
    tw_type_init_builtin(t, name, &tw_type_tuple);
    tw_type_add_methods(t, structseq_methods);
    // The getset table lives as long as the type (forever).
    TwGetSetDef *defs = calloc((size_t)n_fields + 1, sizeof *defs);
    if (!defs) {
        fatal(name);
    }
    int ndefs = 0, nunnamed = 0, nmatch = 0;
    for (int i = 0; i < n_fields; i++) {
        if (fields[i]) {
            defs[ndefs++] = (TwGetSetDef){fields[i], field_getters[i], NULL, true};
        } else {
            nunnamed++;
        }
    }
    tw_type_add_getsets(t, defs);
    TwValue match = tw_tuple_new((size_t)(n_in_sequence - nunnamed));
    if (!match) {
        fatal(name);
    }
    for (int i = 0; i < n_in_sequence; i++) {
        if (fields[i]) {
            tw_tuple_items(match)[nmatch++] = tw_str_intern_c(fields[i]);
        }
    }
    TwValue d = tw_from_obj(t->dict);
    if (tw_dict_set_c(d, "__match_args__", match) < 0 ||
        tw_dict_set_c(d, "n_sequence_fields", tw_from_small_int(n_in_sequence)) < 0 ||
        tw_dict_set_c(d, "n_fields", tw_from_small_int(n_fields)) < 0 ||
        tw_dict_set_c(d, "n_unnamed_fields", tw_from_small_int(nunnamed)) < 0) {
        fatal(name);
    }
}

// ---------------------------------------------------------------- simple namespaces

typedef struct Namespace {
    TwObject hdr;
    TwValue dict;
} Namespace;

static void namespace_trace(TwObject *self) {
    tw_gc_mark(((Namespace *)self)->dict);
}

TwType tw_type_namespace = {
    .hdr.type = &tw_type_type,
    .basic_size = sizeof(Namespace),
    .dict_offset = offsetof(Namespace, dict),
    .flags = TW_TYPE_BASETYPE,
    .trace = namespace_trace,
};

// The instance dict (created on demand: heap subclasses may bypass namespace_alloc).
static TwValue ns_dict(TwValue v) {
    Namespace *ns = TW_OBJ(v, Namespace);
    if (!ns->dict) {
        ns->dict = tw_dict_new();
    }
    return ns->dict;
}

static Namespace *namespace_alloc(TwType *cls) {
    Namespace *ns = (Namespace *)tw_gc_alloc(cls, cls->basic_size);
    if (!ns) {
        return NULL;
    }
    ns->dict = tw_dict_new();
    return ns->dict ? ns : NULL;
}

TwValue tw_namespace_new(TwValue attrs) {
    Namespace *ns = namespace_alloc(&tw_type_namespace);
    if (!ns || (attrs && tw_dict_update(ns->dict, attrs) < 0)) {
        return TW_NULL;
    }
    return tw_from_obj(ns);
}

static TwValue namespace_new_m(int argc, TwValue *argv, TwValue kwnames) {
    Namespace *ns = namespace_alloc(TW_OBJ(argv[0], TwType));
    return ns ? tw_from_obj(ns) : TW_NULL;
}

static TwValue namespace_init(int argc, TwValue *argv, TwValue kwnames) {
    int nkw = kwnames ? (int)tw_tuple_size(kwnames) : 0;
    if (argc - nkw > 1) {
        return tw_error(&tw_type_TypeError, "no positional arguments expected");
    }
    TwValue d = ns_dict(argv[0]);
    if (!d) {
        return TW_NULL;
    }
    for (int k = 0; k < nkw; k++) {
        if (tw_dict_set(d, tw_tuple_items(kwnames)[k], argv[argc - nkw + k]) < 0) {
            return TW_NULL;
        }
    }
    return TW_NONE;
}

static TwValue namespace_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    TwType *t = tw_type_of(self);
    const char *name = t == &tw_type_namespace ? "namespace" : tw_type_cname(t);
    int rec = tw_repr_enter(self);
    if (rec != 0) {
        return rec < 0 ? TW_NULL : tw_str_fmt("%s(...)", name);
    }
    TwBuf b;
    tw_buf_init(&b);
    TwValue d = ns_dict(self);
    int ok = d ? tw_buf_printf(&b, "%s(", name) : -1;
    size_t pos = 0;
    TwValue k, v;
    bool first = true;
    while (ok >= 0 && d && tw_dict_next(d, &pos, &k, &v)) {
        if (!tw_is_str(k)) {
            continue;
        }
        TwValue r = tw_repr(v);
        if (!r || tw_buf_append_c(&b, first ? "" : ", ") < 0 || tw_buf_append_str(&b, k) < 0 ||
            tw_buf_append_c(&b, "=") < 0 || tw_buf_append_str(&b, r) < 0) {
            ok = -1;
        }
        first = false;
    }
    tw_repr_leave(self);
    if (ok < 0 || tw_buf_append_c(&b, ")") < 0) {
        tw_buf_free(&b);
        return TW_NULL;
    }
    return tw_buf_to_str(&b);
}

static TwValue namespace_richcmp(int op, TwValue a, TwValue b) {
    if (!tw_isinstance_type(a, &tw_type_namespace) || !tw_isinstance_type(b, &tw_type_namespace)) {
        return TW_NOTIMPL;
    }
    TwValue da = ns_dict(a), db = da ? ns_dict(b) : TW_NULL;
    return db ? tw_compare(op, da, db) : TW_NULL;
}

static TwValue namespace_eq(int argc, TwValue *argv, TwValue kwnames) {
    return namespace_richcmp(TW_CMP_EQ, argv[0], argv[1]);
}

static TwValue namespace_ne(int argc, TwValue *argv, TwValue kwnames) {
    return namespace_richcmp(TW_CMP_NE, argv[0], argv[1]);
}

static TwValue namespace_reduce(int argc, TwValue *argv, TwValue kwnames) {
    TwValue d = ns_dict(argv[0]);
    return d ? tw_tuple_pack(3, tw_from_obj(tw_type_of(argv[0])), tw_empty_tuple, d) : TW_NULL;
}

static const TwMethodDef namespace_methods[] = {
    {"__new__", namespace_new_m, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", namespace_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", namespace_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__eq__", namespace_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__ne__", namespace_ne, 2, 2, TW_BUILTIN_METHOD},
    {"__reduce__", namespace_reduce, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

void tw_structseq_setup(void) {
    tw_type_init_builtin(&tw_type_namespace, "types.SimpleNamespace", &tw_type_object);
    tw_type_add_methods(&tw_type_namespace, namespace_methods);
    if (tw_dict_set(tw_from_obj(tw_type_namespace.dict), TW_NAME(__hash__), TW_NONE) < 0) {
        fatal("types.SimpleNamespace");
    }
}
