// Class creation: builtins.__build_class__ (the class statement), type(name, bases, dict),
// the C3 method resolution order, instance layouts and __slots__.
//
// Layout of a heap class's instances: the layout of its "best base" (the base whose
// builtin ancestor has the largest layout, checked for conflicts as CPython does), then
// the instance dict pointer if the class adds one, then one word per __slots__ name.
// For a class extending object that is TwInstance. Everything a heap class adds is a
// TwValue, so the GC hook marks the builtin base's fields and then that word range.
#include <stdlib.h>

#include "gc.h"
#include "obj_type.h"
#include "vm.h"

TwValue tw_type_compute_mro(TwType *t);
void tw_type_register_subclass(TwType *t);

static TwType *builtin_base(TwType *t) {
    while (t && (t->flags & TW_TYPE_HEAP)) {
        t = t->base;
    }
    return t;
}

static void heap_instance_trace(TwObject *self) {
    TwType *t = self->type;
    TwType *b = builtin_base(t);
    if (b && b->trace) {
        b->trace(self);
    }
    size_t start = b ? b->basic_size : sizeof(TwObject);
    if (t->basic_size > start) {
        tw_gc_mark_array((TwValue *)(void *)((char *)self + start), (t->basic_size - start) / sizeof(TwValue));
    }
    if (t->dict_offset && t->dict_offset < start) {
        tw_gc_mark(*(TwValue *)(void *)((char *)self + t->dict_offset));
    }
}

// ---------------------------------------------------------------- C3 linearisation

typedef struct Seq {
    TwValue *items;
    size_t n, pos;
} Seq;

static bool in_tail(Seq *seqs, size_t nseqs, TwValue v) {
    for (size_t i = 0; i < nseqs; i++) {
        for (size_t j = seqs[i].pos + 1; j < seqs[i].n; j++) {
            if (seqs[i].items[j] == v) {
                return true;
            }
        }
    }
    return false;
}

static TwValue mro_error(Seq *seqs, size_t nseqs) {
    TwBuf b;
    tw_buf_init(&b);
    TwValue seen[64];
    size_t nseen = 0;
    for (size_t i = 0; i < nseqs; i++) {
        if (seqs[i].pos >= seqs[i].n) {
            continue;
        }
        TwValue h = seqs[i].items[seqs[i].pos];
        bool dup = false;
        for (size_t k = 0; k < nseen; k++) {
            dup |= seen[k] == h;
        }
        if (dup || nseen == 64) {
            continue;
        }
        seen[nseen++] = h;
        if ((nseen > 1 && tw_buf_append_c(&b, ", ") < 0) ||
            tw_buf_append_c(&b, tw_type_cname(TW_OBJ(h, TwType))) < 0) {
            tw_buf_free(&b);
            return TW_NULL;
        }
    }
    TwValue names = tw_buf_to_str(&b);
    if (!names) {
        return TW_NULL;
    }
    return tw_error(&tw_type_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %U", names);
}

// The C3 linearisation of t from t->bases (what type.mro() returns, as a tuple).
TwValue tw_type_compute_mro(TwType *t) {
    TwValue bases = t->bases;
    size_t nb = bases ? tw_tuple_size(bases) : 0;
    if (nb == 0) {
        return tw_tuple_pack(1, tw_from_obj(t));
    }
    TwValue *bitems = tw_tuple_items(bases);
    if (nb == 1) {
        TwValue bm = TW_OBJ(bitems[0], TwType)->mro;
        size_t n = tw_tuple_size(bm);
        TwValue mro = tw_tuple_new(n + 1);
        if (!mro) {
            return TW_NULL;
        }
        tw_tuple_items(mro)[0] = tw_from_obj(t);
        memcpy(tw_tuple_items(mro) + 1, tw_tuple_items(bm), n * sizeof(TwValue));
        return mro;
    }
    size_t nseqs = nb + 1, total = 1;
    Seq *seqs = calloc(nseqs, sizeof *seqs);
    if (!seqs) {
        return tw_error_nomem();
    }
    for (size_t i = 0; i < nb; i++) {
        TwValue bm = TW_OBJ(bitems[i], TwType)->mro;
        seqs[i].items = tw_tuple_items(bm);
        seqs[i].n = tw_tuple_size(bm);
        total += seqs[i].n;
    }
    seqs[nb].items = bitems;
    seqs[nb].n = nb;
    TwValue out = tw_list_new(total);
    if (!out || tw_list_append(out, tw_from_obj(t)) < 0) {
        free(seqs);
        return TW_NULL;
    }
    for (;;) {
        bool any = false, found = false;
        for (size_t i = 0; i < nseqs; i++) {
            if (seqs[i].pos >= seqs[i].n) {
                continue;
            }
            any = true;
            TwValue cand = seqs[i].items[seqs[i].pos];
            if (in_tail(seqs, nseqs, cand)) {
                continue;
            }
            if (tw_list_append(out, cand) < 0) {
                free(seqs);
                return TW_NULL;
            }
            for (size_t j = 0; j < nseqs; j++) {
                if (seqs[j].pos < seqs[j].n && seqs[j].items[seqs[j].pos] == cand) {
                    seqs[j].pos++;
                }
            }
            found = true;
            break;
        }
        if (!any) {
            break;
        }
        if (!found) {
            TwValue r = mro_error(seqs, nseqs);
            free(seqs);
            return r;
        }
    }
    free(seqs);
    return tw_list_to_tuple(out);
}

// ---------------------------------------------------------------- bases and layout

// Does t add fields to its base's layout (beyond an instance dict)?
static bool extra_ivars(TwType *t, TwType *b) {
    size_t ts = t->basic_size, bs = b->basic_size;
    if (t->dict_offset && !b->dict_offset && ts >= bs + sizeof(TwValue)) {
        ts -= sizeof(TwValue);
    }
    return ts != bs;
}

static TwType *solid_base(TwType *t) {
    while (t->base && !extra_ivars(t, t->base)) {
        t = t->base;
    }
    return t;
}

static TwType *best_base(TwValue bases) {
    TwType *winner = NULL, *best = NULL;
    for (size_t i = 0; i < tw_tuple_size(bases); i++) {
        TwType *b = TW_OBJ(tw_tuple_items(bases)[i], TwType);
        if (!(b->flags & TW_TYPE_BASETYPE)) {
            tw_error(&tw_type_TypeError, "type '%s' is not an acceptable base type", tw_type_cname(b));
            return NULL;
        }
        TwType *cand = solid_base(b);
        if (!winner) {
            winner = cand;
            best = b;
        } else if (tw_type_is_subtype(winner, cand)) {
            // keep the winner
        } else if (tw_type_is_subtype(cand, winner)) {
            winner = cand;
            best = b;
        } else {
            tw_error(&tw_type_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

// The most derived metaclass of meta and the bases' metaclasses.
static TwType *calculate_meta(TwType *meta, TwValue bases) {
    TwType *winner = meta;
    for (size_t i = 0; i < tw_tuple_size(bases); i++) {
        TwType *bm = tw_type_of(tw_tuple_items(bases)[i]);
        if (tw_type_is_subtype(winner, bm)) {
            continue;
        }
        if (tw_type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        tw_error(&tw_type_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                     "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static bool is_identifier(TwValue s) {
    const unsigned char *p = (const unsigned char *)tw_str_data(s);
    size_t n = tw_str_size(s);
    if (n == 0 || (p[0] >= '0' && p[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)) {
            return false;
        }
    }
    return true;
}

// Private name mangling: __x in class _Foo -> _Foo__x.
static TwValue mangle(TwValue cls_name, TwValue name) {
    const char *s = tw_str_data(name);
    size_t n = tw_str_size(name);
    if (n < 2 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_')) {
        return name;
    }
    const char *c = tw_str_data(cls_name);
    while (*c == '_') {
        c++;
    }
    if (!*c) {
        return name;
    }
    return tw_str_fmt("_%s%U", c, name);
}

static int str_cmp(TwValue a, TwValue b) {
    size_t na = tw_str_size(a), nb = tw_str_size(b);
    int c = memcmp(tw_str_data(a), tw_str_data(b), na < nb ? na : nb);
    return c ? c : (na > nb) - (na < nb);
}

// ---------------------------------------------------------------- type(name, bases, dict)

static int call_set_name(TwValue cls, TwValue dict) {
    TwValue items = tw_dict_copy(dict);
    if (!items) {
        return -1;
    }
    size_t pos = 0;
    TwValue k, v;
    while (tw_dict_next(items, &pos, &k, &v)) {
        bool found;
        TwValue args[2] = {cls, k};
        TwValue r = tw_call_special(v, TW_NAME(__set_name__), 2, args, &found);
        if (found && !r) {
            TwValue cause = tw_error_fetch();
            tw_error(&tw_type_RuntimeError, "Error calling __set_name__ on '%T' instance %R in '%s'", v, k,
                     tw_type_cname(TW_OBJ(cls, TwType)));
            TwValue exc = tw_error_fetch();
            if (exc && tw_isinstance_type(exc, &tw_type_BaseException)) {
                TW_OBJ(exc, TwException)->cause = cause;
                TW_OBJ(exc, TwException)->context = cause;
                TW_OBJ(exc, TwException)->suppress_context = true;
            }
            tw_error_restore(exc);
            return -1;
        }
    }
    return 0;
}

// super(cls, cls).__init_subclass__(**kwargs)
static int call_init_subclass(TwType *cls, TwValue kwargs) {
    TwValue mro = cls->mro;
    TwValue f = TW_NULL;
    for (size_t i = 1; i < tw_tuple_size(mro) && !f; i++) {
        TwType *b = TW_OBJ(tw_tuple_items(mro)[i], TwType);
        if (b->dict) {
            f = tw_dict_get_str(tw_from_obj(b->dict), TW_NAME(__init_subclass__));
        }
    }
    if (!f) {
        return 0;
    }
    TwValue bound = tw_descr_get(f, TW_NULL, cls);
    if (!bound) {
        return -1;
    }
    TwValue r;
    if (kwargs && tw_dict_size(kwargs) > 0) {
        r = tw_call_args_tuple(bound, tw_empty_tuple ? tw_empty_tuple : tw_tuple_new(0), kwargs);
    } else {
        r = tw_call(bound, 0, NULL, TW_NULL);
    }
    return r ? 0 : -1;
}

// Wrap a plain function stored under `name` in the class dict into `kind`.
static int wrap_implicit(TwValue dict, TwValue name, TwType *kind) {
    TwValue f = tw_dict_get_str(dict, name);
    if (f && tw_is_type(f, &tw_type_function)) {
        TwValue w = tw_descr_wrap(kind, f);
        if (!w || tw_dict_set(dict, name, w) < 0) {
            return -1;
        }
    }
    return 0;
}

static TwValue getset_dict_get(TwValue self) {
    TwValue d = tw_object_dict(self, true);
    return d ? d : (tw_error_occurred() ? TW_NULL : tw_dict_new());
}

static int getset_dict_set(TwValue self, TwValue v) {
    if (!v) {
        tw_error(&tw_type_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!tw_isinstance_type(v, &tw_type_dict)) {
        tw_error(&tw_type_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    TwType *t = tw_type_of(self);
    *(TwValue *)(void *)((char *)tw_as_obj(self) + t->dict_offset) = v;
    return 0;
}

static TwValue getset_weakref_get(TwValue self) {
    return TW_NONE;
}

static const TwGetSetDef dict_getset = {"__dict__", getset_dict_get, getset_dict_set};
static const TwGetSetDef weakref_getset = {"__weakref__", getset_weakref_get, NULL};

// Is the __weakref__ attribute already provided by a heap class along t's bases?
static bool has_weakref(TwType *t) {
    for (; t && (t->flags & TW_TYPE_HEAP); t = t->base) {
        if (t->dict && tw_dict_get_str(tw_from_obj(t->dict), TW_NAME(__weakref__))) {
            return true;
        }
    }
    return false;
}

// Collect __slots__ (str or iterable of str) into a sorted, mangled tuple; sets *add_dict
// and *add_weak for the special names. Returns TW_NULL on error.
static TwValue parse_slots(TwValue slots, TwValue name, TwType *base, TwValue dict, bool *add_dict, bool *add_weak) {
    TwValue seq;
    if (tw_isinstance_type(slots, &tw_type_str)) {
        seq = tw_tuple_pack(1, slots);
    } else {
        seq = tw_tuple_from_iterable(slots);
    }
    if (!seq) {
        return TW_NULL;
    }
    size_t n = tw_tuple_size(seq);
    TwValue out = tw_list_new(n);
    if (!out) {
        return TW_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        TwValue s = tw_tuple_items(seq)[i];
        if (!tw_isinstance_type(s, &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "__slots__ items must be strings, not '%T'", s);
        }
        if (!is_identifier(s)) {
            return tw_error(&tw_type_TypeError, "__slots__ must be identifiers");
        }
        if (tw_str_eq_c(s, "__dict__")) {
            if (base->dict_offset || *add_dict) {
                return tw_error(&tw_type_TypeError, "__dict__ slot disallowed: we already got one");
            }
            *add_dict = true;
            continue;
        }
        if (tw_str_eq_c(s, "__weakref__")) {
            if (*add_weak || has_weakref(base)) {
                return tw_error(&tw_type_TypeError, "__weakref__ slot disallowed: we already got one");
            }
            *add_weak = true;
            continue;
        }
        TwValue m = mangle(name, s);
        if (!m) {
            return TW_NULL;
        }
        m = tw_str_intern(tw_is_str(m) ? m : tw_str_new(tw_str_data(m), tw_str_size(m)));
        if (tw_dict_get_str(dict, m)) {
            return tw_error(&tw_type_ValueError, "%R in __slots__ conflicts with class variable", s);
        }
        if (tw_list_append(out, m) < 0) {
            return TW_NULL;
        }
    }
    // Sorted, as CPython creates the member descriptors.
    size_t m = tw_list_size(out);
    TwValue *it = tw_list_items(out);
    for (size_t i = 1; i < m; i++) {
        TwValue v = it[i];
        size_t j = i;
        while (j > 0 && str_cmp(it[j - 1], v) > 0) {
            it[j] = it[j - 1];
            j--;
        }
        it[j] = v;
    }
    for (size_t i = 1; i < m; i++) {
        if (tw_str_eq(it[i - 1], it[i])) {
            return tw_error(&tw_type_TypeError, "duplicate slot name");   // not CPython's wording
        }
    }
    if (m > 0 && (tw_type_is_subtype(base, &tw_type_int) || tw_type_is_subtype(base, &tw_type_tuple) ||
                  tw_type_is_subtype(base, &tw_type_bytes) || tw_type_is_subtype(base, &tw_type_str))) {
        return tw_error(&tw_type_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                        tw_type_cname(builtin_base(base)));
    }
    TwValue r = tw_tuple_from(m, it);
    tw_keep_alive(out);
    return r;
}

TwValue tw_type_new_class(TwType *meta, TwValue name, TwValue bases, TwValue ns, TwValue kwargs) {
    size_t nb = tw_tuple_size(bases);
    TwType *winner = calculate_meta(meta, bases);
    if (!winner) {
        return TW_NULL;
    }
    for (size_t i = 0; i < nb; i++) {
        TwValue b = tw_tuple_items(bases)[i];
        if (!tw_isinstance_type(b, &tw_type_type)) {
            return tw_error(&tw_type_TypeError, "bases must be types");
        }
    }
    if (winner != meta) {
        TwValue wn = tw_type_lookup(winner, TW_NAME(__new__));
        TwValue tn = tw_dict_get_str(tw_from_obj(tw_type_type.dict), TW_NAME(__new__));
        if (wn != tn) {
            TwValue args[3] = {name, bases, ns};
            return tw_call(tw_from_obj(winner), 3, args, TW_NULL);
        }
        meta = winner;
    }
    if (nb == 0) {
        bases = tw_tuple_pack(1, tw_from_obj(&tw_type_object));
        if (!bases) {
            return TW_NULL;
        }
        nb = 1;
    }
    for (size_t i = 0; i < nb; i++) {
        for (size_t j = i + 1; j < nb; j++) {
            if (tw_tuple_items(bases)[i] == tw_tuple_items(bases)[j]) {
                return tw_error(&tw_type_TypeError, "duplicate base class %s",
                                tw_type_cname(TW_OBJ(tw_tuple_items(bases)[i], TwType)));
            }
        }
    }
    TwType *base = best_base(bases);
    if (!base) {
        return TW_NULL;
    }

    TwValue dict = tw_dict_new();
    if (!dict || tw_dict_update(dict, ns) < 0) {
        return TW_NULL;
    }
    TwValue qualname = name;
    TwValue q = tw_dict_get_str(dict, TW_NAME(__qualname__));
    if (q) {
        if (!tw_isinstance_type(q, &tw_type_str)) {
            return tw_error(&tw_type_TypeError, "type __qualname__ must be a str, not %T", q);
        }
        qualname = q;
        if (tw_dict_del(dict, TW_NAME(__qualname__)) < 0) {
            return TW_NULL;
        }
    }
    TwValue cell = tw_dict_get_str(dict, TW_NAME(__classcell__));
    if (cell) {
        if (!tw_is_type(cell, &tw_type_cell)) {
            return tw_error(&tw_type_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                            tw_from_obj(tw_type_of(cell)));
        }
        if (tw_dict_del(dict, TW_NAME(__classcell__)) < 0) {
            return TW_NULL;
        }
    }
    if (!tw_dict_get_str(dict, TW_NAME(__module__))) {
        TwValue g = tw_vm_globals();
        TwValue mn = g ? tw_dict_get_str(g, TW_NAME(__name__)) : TW_NULL;
        if (mn && tw_dict_set(dict, TW_NAME(__module__), mn) < 0) {
            return TW_NULL;
        }
    }
    if (wrap_implicit(dict, TW_NAME(__new__), &tw_type_staticmethod) < 0 ||
        wrap_implicit(dict, TW_NAME(__init_subclass__), &tw_type_classmethod) < 0 ||
        wrap_implicit(dict, TW_NAME(__class_getitem__), &tw_type_classmethod) < 0) {
        return TW_NULL;
    }

    // Layout.
    bool add_dict = false, add_weak = false;
    TwValue slot_names = TW_NULL;
    TwValue slots = tw_dict_get_str(dict, TW_NAME(__slots__));
    if (slots) {
        slot_names = parse_slots(slots, name, base, dict, &add_dict, &add_weak);
        if (!slot_names) {
            return TW_NULL;
        }
    } else {
        add_dict = base->dict_offset == 0;
        add_weak = !has_weakref(base) && !tw_type_is_subtype(base, &tw_type_type);
    }
    uint32_t size = base->basic_size, dict_offset = base->dict_offset;
    if (add_dict) {
        dict_offset = size;
        size += sizeof(TwValue);
    }
    uint32_t slots_start = size;
    size_t nslots = slot_names ? tw_tuple_size(slot_names) : 0;
    size += (uint32_t)(nslots * sizeof(TwValue));

    // The type object.
    size_t tsize = meta->basic_size >= sizeof(TwHeapType) ? meta->basic_size : sizeof(TwHeapType);
    TwHeapType *ht = (TwHeapType *)tw_gc_alloc(meta, tsize);
    if (!ht) {
        return TW_NULL;
    }
    TwType *t = &ht->type;
    TwValue tv = tw_from_obj(t);
    t->name = tw_is_str(name) ? name : tw_str_new(tw_str_data(name), tw_str_size(name));
    t->qualname = qualname;
    t->dict = TW_OBJ(dict, TwDict);
    t->bases = bases;
    t->base = base;
    t->basic_size = size;
    t->dict_offset = dict_offset;
    t->slot_names = slot_names;
    t->flags = TW_TYPE_HEAP | TW_TYPE_BASETYPE;
    for (size_t i = 0; i < nb; i++) {
        TwType *b = TW_OBJ(tw_tuple_items(bases)[i], TwType);
        t->flags |= b->flags & TW_TYPE_INHERITED_FLAGS;
    }
    t->trace = heap_instance_trace;
    t->finalize = builtin_base(base)->finalize;
    tw_type_bump_version(t);   // a fresh version first: no stale method-cache hits

    // MRO: type.mro() unless the metaclass overrides mro().
    TwValue mro;
    TwValue mro_fn = tw_type_lookup(meta, TW_NAME(mro));
    TwValue type_mro = tw_dict_get_str(tw_from_obj(tw_type_type.dict), TW_NAME(mro));
    if (mro_fn && mro_fn != type_mro) {
        t->mro = tw_tuple_pack(1, tv);   // enough for the call to find the method
        TwValue r = tw_call_method(tv, TW_NAME(mro), 0, NULL);
        mro = r ? tw_tuple_from_iterable(r) : TW_NULL;
        if (mro) {
            for (size_t i = 0; i < tw_tuple_size(mro); i++) {
                if (!tw_isinstance_type(tw_tuple_items(mro)[i], &tw_type_type)) {
                    return tw_error(&tw_type_TypeError, "mro() returned a non-class ('%T')", tw_tuple_items(mro)[i]);
                }
            }
        }
    } else {
        mro = tw_type_compute_mro(t);
    }
    if (!mro) {
        return TW_NULL;
    }
    t->mro = mro;

    // Descriptors for the layout, then __doc__, as CPython orders the class dict.
    for (size_t i = 0; i < nslots; i++) {
        TwValue sn = tw_tuple_items(slot_names)[i];
        TwValue md = tw_descr_member_new(t, sn, slots_start + (uint32_t)(i * sizeof(TwValue)));
        if (!md || tw_dict_set(dict, sn, md) < 0) {
            return TW_NULL;
        }
    }
    if (add_dict && !tw_dict_get_str(dict, TW_NAME(__dict__))) {
        TwValue gd = tw_descr_getset_new(t, &dict_getset);
        if (!gd || tw_dict_set(dict, TW_NAME(__dict__), gd) < 0) {
            return TW_NULL;
        }
    }
    if (add_weak && !tw_dict_get_str(dict, TW_NAME(__weakref__))) {
        TwValue gw = tw_descr_getset_new(t, &weakref_getset);
        if (!gw || tw_dict_set(dict, TW_NAME(__weakref__), gw) < 0) {
            return TW_NULL;
        }
    }
    if (!tw_dict_get_str(dict, TW_NAME(__doc__)) && tw_dict_set(dict, TW_NAME(__doc__), TW_NONE) < 0) {
        return TW_NULL;
    }
    if (tw_dict_get_str(dict, TW_NAME(__eq__)) && !tw_dict_get_str(dict, TW_NAME(__hash__)) &&
        tw_dict_set(dict, TW_NAME(__hash__), TW_NONE) < 0) {
        return TW_NULL;
    }
    tw_type_register_subclass(t);   // and a fresh version again, the dict being complete
    tw_type_update_flags(t);
    // Abstract classes made without ABCMeta keep the flag of an inherited __abstractmethods__.
    TwValue am = tw_dict_get_str(dict, TW_NAME(__abstractmethods__));
    if (am) {
        int a = tw_truthy(am);
        if (a < 0) {
            return TW_NULL;
        }
        if (a) {
            t->flags |= TW_TYPE_ABSTRACT;
        }
    }
    if (cell) {
        TW_OBJ(cell, TwCell)->value = tv;
    }
    if (call_set_name(tv, dict) < 0 || call_init_subclass(t, kwargs) < 0) {
        return TW_NULL;
    }
    return tv;
}

// ---------------------------------------------------------------- __build_class__

// Replace bases that are not classes but define __mro_entries__.
static TwValue resolve_mro_entries(TwValue bases) {
    size_t n = tw_tuple_size(bases);
    TwValue out = TW_NULL;
    for (size_t i = 0; i < n; i++) {
        TwValue b = tw_tuple_items(bases)[i];
        if (tw_isinstance_type(b, &tw_type_type)) {
            if (out && tw_list_append(out, b) < 0) {
                return TW_NULL;
            }
            continue;
        }
        TwValue me = tw_getattr_opt(b, TW_NAME(__mro_entries__));
        if (!me) {
            if (tw_error_occurred()) {
                return TW_NULL;
            }
            if (out && tw_list_append(out, b) < 0) {
                return TW_NULL;
            }
            continue;
        }
        if (!out) {
            out = tw_list_from(i, tw_tuple_items(bases));
            if (!out) {
                return TW_NULL;
            }
        }
        TwValue r = tw_call1(me, bases);
        if (!r) {
            return TW_NULL;
        }
        if (!tw_isinstance_type(r, &tw_type_tuple)) {
            return tw_error(&tw_type_TypeError, "__mro_entries__ must return a tuple");
        }
        if (tw_list_extend(out, r) < 0) {
            return TW_NULL;
        }
    }
    if (!out) {
        return bases;
    }
    return tw_list_to_tuple(out);
}

TwValue tw_build_class(int argc, TwValue *argv, TwValue kwnames) {
    size_t nkw = kwnames ? tw_tuple_size(kwnames) : 0;
    int npos = argc - (int)nkw;
    if (npos < 2) {
        return tw_error(&tw_type_TypeError, "__build_class__: not enough arguments");
    }
    TwValue func = argv[0], name = argv[1];
    if (!tw_is_type(func, &tw_type_function)) {
        return tw_error(&tw_type_TypeError, "__build_class__: func must be a function");
    }
    if (!tw_isinstance_type(name, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "__build_class__: name is not a string");
    }
    TwValue orig_bases = tw_tuple_from((size_t)(npos - 2), argv + 2);
    if (!orig_bases) {
        return TW_NULL;
    }
    TwValue bases = resolve_mro_entries(orig_bases);
    if (!bases) {
        return TW_NULL;
    }
    // Keywords: metaclass=..., the rest go to __prepare__, the metaclass and __init_subclass__.
    TwValue meta = TW_NULL;
    TwValue kwvals[64];
    TwValue kwn[64];
    size_t nk = 0;
    for (size_t i = 0; i < nkw; i++) {
        TwValue k = tw_tuple_items(kwnames)[i];
        if (tw_str_eq_c(k, "metaclass")) {
            meta = argv[npos + (int)i];
        } else if (nk < 64) {
            kwn[nk] = k;
            kwvals[nk++] = argv[npos + (int)i];
        }
    }
    TwValue kwtuple = nk ? tw_tuple_from(nk, kwn) : TW_NULL;
    if (nk && !kwtuple) {
        return TW_NULL;
    }
    bool is_class = false;
    if (!meta) {
        meta = tw_tuple_size(bases) ? tw_from_obj(tw_type_of(tw_tuple_items(bases)[0])) : tw_from_obj(&tw_type_type);
        is_class = true;
    } else {
        is_class = tw_isinstance_type(meta, &tw_type_type);
    }
    if (is_class) {
        TwType *w = calculate_meta(TW_OBJ(meta, TwType), bases);
        if (!w) {
            return TW_NULL;
        }
        meta = tw_from_obj(w);
    }
    // namespace = meta.__prepare__(name, bases, **kwds)
    TwValue ns;
    TwValue prep = tw_getattr_opt(meta, TW_NAME(__prepare__));
    TwValue args[3 + 64];
    if (prep) {
        args[0] = name;
        args[1] = bases;
        memcpy(args + 2, kwvals, nk * sizeof(TwValue));
        ns = tw_call(prep, 2 + (int)nk, args, kwtuple);
        if (!ns) {
            return TW_NULL;
        }
        if (!tw_isinstance_type(ns, &tw_type_dict) && !tw_type_lookup(tw_type_of(ns), TW_NAME(__getitem__))) {
            return tw_error(&tw_type_TypeError, "%s.__prepare__() must return a mapping, not %T",
                            is_class ? tw_type_cname(TW_OBJ(meta, TwType)) : "<metaclass>", ns);
        }
    } else {
        if (tw_error_occurred()) {
            return TW_NULL;
        }
        ns = tw_dict_new();
        if (!ns) {
            return TW_NULL;
        }
    }
    TwValue cell = tw_vm_call_with_locals(func, ns);
    if (!cell) {
        return TW_NULL;
    }
    if (bases != orig_bases && tw_setitem(ns, TW_NAME(__orig_bases__), orig_bases) < 0) {
        return TW_NULL;
    }
    args[0] = name;
    args[1] = bases;
    args[2] = ns;
    memcpy(args + 3, kwvals, nk * sizeof(TwValue));
    TwValue cls = tw_call(meta, 3 + (int)nk, args, kwtuple);
    if (!cls) {
        return TW_NULL;
    }
    if (tw_is_type(cell, &tw_type_cell) && tw_isinstance_type(cls, &tw_type_type)) {
        TwCell *c = TW_OBJ(cell, TwCell);
        if (!c->value) {
            c->value = cls;
        } else if (c->value != cls) {
            return tw_error(&tw_type_TypeError, "__class__ set to %R defining %R as %R", c->value, name, cls);
        }
    }
    return cls;
}
