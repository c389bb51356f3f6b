// Descriptors: binding of attributes found on a type (functions, builtin methods,
// classmethod, staticmethod, property, slot members, C getsets, and any object whose type
// defines __get__/__set__/__delete__), the super type, and mappingproxy (type.__dict__).
//
// tw_descr_get/tw_descr_is_data/tw_descr_set are the hot entry points of attribute
// access: they recognise the builtin descriptor types by pointer before falling back to a
// lookup of __get__/__set__ on the descriptor's type.
#include <stdlib.h>

#include "gc.h"
#include "obj_type.h"
#include "vm.h"

static void property_trace(TwObject *self);
static void wrapped_trace(TwObject *self);
static void super_trace(TwObject *self);
static void member_trace(TwObject *self);
static void getset_trace(TwObject *self);
static void proxy_trace(TwObject *self);

TwType tw_type_property = {
    .hdr.type = &tw_type_type,
    .c_name = "property",
    .basic_size = sizeof(TwPropertyObj),
    .flags = TW_TYPE_BASETYPE,
    .trace = property_trace,
};
TwType tw_type_classmethod = {
    .hdr.type = &tw_type_type,
    .c_name = "classmethod",
    .basic_size = sizeof(TwWrapped),
    .dict_offset = offsetof(TwWrapped, dict),
    .flags = TW_TYPE_BASETYPE,
    .trace = wrapped_trace,
};
TwType tw_type_staticmethod = {
    .hdr.type = &tw_type_type,
    .c_name = "staticmethod",
    .basic_size = sizeof(TwWrapped),
    .dict_offset = offsetof(TwWrapped, dict),
    .flags = TW_TYPE_BASETYPE,
    .trace = wrapped_trace,
};
TwType tw_type_super = {
    .hdr.type = &tw_type_type,
    .c_name = "super",
    .basic_size = sizeof(TwSuper),
    .flags = TW_TYPE_BASETYPE,
    .trace = super_trace,
};
TwType tw_type_member_descr = {
    .hdr.type = &tw_type_type,
    .c_name = "member_descriptor",
    .basic_size = sizeof(TwMemberDescr),
    .trace = member_trace,
};
TwType tw_type_getset_descr = {
    .hdr.type = &tw_type_type,
    .c_name = "getset_descriptor",
    .basic_size = sizeof(TwGetSetDescr),
    .trace = getset_trace,
};

typedef struct MappingProxy {
    TwObject hdr;
    TwValue mapping;
} MappingProxy;
static TwType mappingproxy_type = {
    .hdr.type = &tw_type_type,
    .c_name = "mappingproxy",
    .basic_size = sizeof(MappingProxy),
    .flags = TW_TYPE_MAPPING,
    .trace = proxy_trace,
};

static void property_trace(TwObject *self) {
    TwPropertyObj *p = (TwPropertyObj *)self;
    tw_gc_mark(p->prop.fget);
    tw_gc_mark(p->prop.fset);
    tw_gc_mark(p->prop.fdel);
    tw_gc_mark(p->prop.doc);
    tw_gc_mark(p->name);
}
static void wrapped_trace(TwObject *self) {
    tw_gc_mark(((TwWrapped *)self)->func);
    tw_gc_mark(((TwWrapped *)self)->dict);
}
static void super_trace(TwObject *self) {
    TwSuper *s = (TwSuper *)self;
    tw_gc_mark_obj(s->type);
    tw_gc_mark(s->obj);
    tw_gc_mark_obj(s->obj_type);
}
static void member_trace(TwObject *self) {
    tw_gc_mark_obj(((TwMemberDescr *)self)->owner);
    tw_gc_mark(((TwMemberDescr *)self)->name);
}
static void getset_trace(TwObject *self) {
    tw_gc_mark_obj(((TwGetSetDescr *)self)->owner);
}
static void proxy_trace(TwObject *self) {
    tw_gc_mark(((MappingProxy *)self)->mapping);
}

static int64_t npos_of(int argc, TwValue kwnames) {
    return argc - (kwnames ? (int64_t)tw_tuple_size(kwnames) : 0);
}

// ---------------------------------------------------------------- member and getset descriptors

TwValue tw_descr_member_new(TwType *owner, TwValue name, uint32_t offset) {
    TwMemberDescr *d = (TwMemberDescr *)tw_gc_alloc(&tw_type_member_descr, sizeof(TwMemberDescr));
    if (!d) {
        return TW_NULL;
    }
    d->owner = owner;
    d->name = name;
    d->offset = offset;
    return tw_from_obj(d);
}

TwValue tw_descr_getset_new(TwType *owner, const TwGetSetDef *def) {
    TwGetSetDescr *d = (TwGetSetDescr *)tw_gc_alloc(&tw_type_getset_descr, sizeof(TwGetSetDescr));
    if (!d) {
        return TW_NULL;
    }
    d->owner = owner;
    d->def = def;
    return tw_from_obj(d);
}

static bool descr_check(TwType *owner, TwValue name_str, const char *name_c, TwValue obj) {
    if (tw_isinstance_type(obj, owner)) {
        return true;
    }
    if (name_str) {
        tw_error(&tw_type_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object", name_str,
                 tw_type_cname(owner), obj);
    } else {
        tw_error(&tw_type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", name_c,
                 tw_type_cname(owner), obj);
    }
    return false;
}

static TwValue *member_slot(TwMemberDescr *d, TwValue obj) {
    return (TwValue *)(void *)((char *)tw_as_obj(obj) + d->offset);
}

static TwValue member_get(TwMemberDescr *d, TwValue obj) {
    if (!descr_check(d->owner, d->name, NULL, obj)) {
        return TW_NULL;
    }
    TwValue v = *member_slot(d, obj);
    if (!v) {
        return tw_attr_error(obj, d->name);
    }
    return v;
}

static int member_set(TwMemberDescr *d, TwValue obj, TwValue v) {
    if (!descr_check(d->owner, d->name, NULL, obj)) {
        return -1;
    }
    TwValue *slot = member_slot(d, obj);
    if (!v && !*slot) {
        tw_error_value(&tw_type_AttributeError, d->name);   // 3.11: just the name
        return -1;
    }
    *slot = v;
    return 0;
}

static TwValue getset_get(TwGetSetDescr *d, TwValue obj) {
    if (!descr_check(d->owner, TW_NULL, d->def->name, obj)) {
        return TW_NULL;
    }
    return d->def->get(obj);
}

static int getset_set(TwGetSetDescr *d, TwValue obj, TwValue v) {
    if (!descr_check(d->owner, TW_NULL, d->def->name, obj)) {
        return -1;
    }
    if (!d->def->set) {
        if (d->def->member) {
            tw_error(&tw_type_AttributeError, "readonly attribute");
            return -1;
        }
        tw_error(&tw_type_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                 tw_type_cname(d->owner));
        return -1;
    }
    return d->def->set(obj, v);
}

// ---------------------------------------------------------------- property

static TwValue prop_err(TwPropertyObj *p, TwValue obj, const char *what) {
    if (p->name) {
        return tw_error(&tw_type_AttributeError, "property %R of '%T' object has no %s", p->name, obj, what);
    }
    return tw_error(&tw_type_AttributeError, "property of '%T' object has no %s", obj, what);
}

static TwValue property_get(TwPropertyObj *p, TwValue obj) {
    if (!p->prop.fget || p->prop.fget == TW_NONE) {
        return prop_err(p, obj, "getter");
    }
    return tw_call1(p->prop.fget, obj);
}

static int property_set(TwPropertyObj *p, TwValue obj, TwValue v) {
    TwValue f = v ? p->prop.fset : p->prop.fdel;
    if (!f || f == TW_NONE) {
        prop_err(p, obj, v ? "setter" : "deleter");
        return -1;
    }
    TwValue r = v ? tw_call2(f, obj, v) : tw_call1(f, obj);
    return r ? 0 : -1;
}

static TwValue property_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    TwPropertyObj *p = (TwPropertyObj *)tw_gc_alloc(cls, cls->basic_size);
    if (!p) {
        return TW_NULL;
    }
    p->prop.fget = p->prop.fset = p->prop.fdel = p->prop.doc = TW_NONE;
    return tw_from_obj(p);
}

static TwValue property_init(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"self", "fget", "fset", "fdel", "doc"};
    TwValue a[5];
    if (tw_parse_args("property", argc, argv, kwnames, names, 5, 1, 5, 1, a) < 0) {
        return TW_NULL;
    }
    TwPropertyObj *p = TW_OBJ(a[0], TwPropertyObj);
    p->prop.fget = a[1] ? a[1] : TW_NONE;
    p->prop.fset = a[2] ? a[2] : TW_NONE;
    p->prop.fdel = a[3] ? a[3] : TW_NONE;
    TwValue doc = a[4] ? a[4] : TW_NONE;
    if (doc == TW_NONE && p->prop.fget != TW_NONE) {
        TwValue d = tw_getattr_opt(p->prop.fget, TW_NAME(__doc__));
        if (!d && tw_error_occurred()) {
            return TW_NULL;
        }
        if (d) {
            doc = d;
        }
    }
    p->prop.doc = doc;
    return TW_NONE;
}

// getter/setter/deleter: a copy of the property with one function replaced.
static TwValue property_copy(TwValue self, int which, TwValue f) {
    TwPropertyObj *p = TW_OBJ(self, TwPropertyObj);
    TwValue args[4] = {p->prop.fget, p->prop.fset, p->prop.fdel, p->prop.doc};
    args[which] = f;
    // A doc that came from the old getter follows the new one.
    if (which == 0 && p->prop.fget != TW_NONE) {
        TwValue old = tw_getattr_opt(p->prop.fget, TW_NAME(__doc__));
        if (old && old == p->prop.doc) {
            args[3] = TW_NONE;
        }
        tw_error_clear();
    }
    TwValue r = tw_call(tw_from_obj(tw_type_of(self)), 4, args, TW_NULL);
    if (r && tw_isinstance_type(r, &tw_type_property)) {
        TW_OBJ(r, TwPropertyObj)->name = p->name;
    }
    return r;
}
static TwValue property_getter(int argc, TwValue *argv, TwValue kwnames) {
    return property_copy(argv[0], 0, argv[1]);
}
static TwValue property_setter(int argc, TwValue *argv, TwValue kwnames) {
    return property_copy(argv[0], 1, argv[1]);
}
static TwValue property_deleter(int argc, TwValue *argv, TwValue kwnames) {
    return property_copy(argv[0], 2, argv[1]);
}
static TwValue property_get_m(int argc, TwValue *argv, TwValue kwnames) {
    if (argv[1] == TW_NONE) {
        return argv[0];
    }
    return property_get(TW_OBJ(argv[0], TwPropertyObj), argv[1]);
}
static TwValue property_set_m(int argc, TwValue *argv, TwValue kwnames) {
    return property_set(TW_OBJ(argv[0], TwPropertyObj), argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
}
static TwValue property_delete_m(int argc, TwValue *argv, TwValue kwnames) {
    return property_set(TW_OBJ(argv[0], TwPropertyObj), argv[1], TW_NULL) < 0 ? TW_NULL : TW_NONE;
}
static TwValue property_set_name(int argc, TwValue *argv, TwValue kwnames) {
    TW_OBJ(argv[0], TwPropertyObj)->name = argv[2];
    return TW_NONE;
}

static TwValue prop_fget(TwValue self) {
    return TW_OBJ(self, TwPropertyObj)->prop.fget;
}
static TwValue prop_fset(TwValue self) {
    return TW_OBJ(self, TwPropertyObj)->prop.fset;
}
static TwValue prop_fdel(TwValue self) {
    return TW_OBJ(self, TwPropertyObj)->prop.fdel;
}
static TwValue prop_doc(TwValue self) {
    return TW_OBJ(self, TwPropertyObj)->prop.doc;
}
static int prop_set_doc(TwValue self, TwValue v) {
    TW_OBJ(self, TwPropertyObj)->prop.doc = v ? v : TW_NONE;
    return 0;
}

// Is any of the functions abstract (their __isabstractmethod__ is true)?
static TwValue isabstract_of(const TwValue *fs, int n) {
    for (int i = 0; i < n; i++) {
        if (!fs[i] || fs[i] == TW_NONE) {
            continue;
        }
        TwValue v = tw_getattr_opt(fs[i], tw_str_intern_c("__isabstractmethod__"));
        if (!v) {
            if (tw_error_occurred()) {
                return TW_NULL;
            }
            continue;
        }
        int t = tw_truthy(v);
        if (t < 0) {
            return TW_NULL;
        }
        if (t) {
            return TW_TRUE;
        }
    }
    return TW_FALSE;
}
static TwValue prop_isabstract(TwValue self) {
    TwProperty *p = &TW_OBJ(self, TwPropertyObj)->prop;
    TwValue fs[3] = {p->fget, p->fset, p->fdel};
    return isabstract_of(fs, 3);
}

static const TwMethodDef property_methods[] = {
    {"__new__", property_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", property_init, 1, 5, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"getter", property_getter, 2, 2, TW_BUILTIN_METHOD},
    {"setter", property_setter, 2, 2, TW_BUILTIN_METHOD},
    {"deleter", property_deleter, 2, 2, TW_BUILTIN_METHOD},
    {"__get__", property_get_m, 2, 3, TW_BUILTIN_METHOD},
    {"__set__", property_set_m, 3, 3, TW_BUILTIN_METHOD},
    {"__delete__", property_delete_m, 2, 2, TW_BUILTIN_METHOD},
    {"__set_name__", property_set_name, 3, 3, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwGetSetDef property_getsets[] = {
    {"fget", prop_fget, NULL, true},
    {"fset", prop_fset, NULL, true},
    {"fdel", prop_fdel, NULL, true},
    {"__doc__", prop_doc, prop_set_doc},
    {"__isabstractmethod__", prop_isabstract, NULL},
    {NULL},
};

// ---------------------------------------------------------------- classmethod, staticmethod

TwValue tw_descr_wrap(TwType *kind, TwValue func) {
    TwWrapped *w = (TwWrapped *)tw_gc_alloc(kind, kind->basic_size);
    if (!w) {
        return TW_NULL;
    }
    w->func = func;
    return tw_from_obj(w);
}

static TwValue wrapped_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    TwWrapped *w = (TwWrapped *)tw_gc_alloc(cls, cls->basic_size);
    if (!w) {
        return TW_NULL;
    }
    w->func = TW_NONE;
    return tw_from_obj(w);
}

static TwValue wrapped_init(int argc, TwValue *argv, TwValue kwnames) {
    TwType *t = tw_type_of(argv[0]);
    const char *kind = tw_type_is_subtype(t, &tw_type_classmethod) ? "classmethod" : "staticmethod";
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "%s() takes no keyword arguments", kind);
    }
    if (argc != 2) {
        return tw_error(&tw_type_TypeError, "%s expected 1 argument, got %d", kind, argc - 1);
    }
    TW_OBJ(argv[0], TwWrapped)->func = argv[1];
    return TW_NONE;
}

static TwValue classmethod_get_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue type = argc > 2 && argv[2] != TW_NONE ? argv[2] : tw_from_obj(tw_type_of(argv[1]));
    return tw_method_new(TW_OBJ(argv[0], TwWrapped)->func, type);
}

static TwValue staticmethod_get_m(int argc, TwValue *argv, TwValue kwnames) {
    return TW_OBJ(argv[0], TwWrapped)->func;
}

static TwValue staticmethod_call(int argc, TwValue *argv, TwValue kwnames) {
    return tw_call(TW_OBJ(argv[0], TwWrapped)->func, argc - 1, argv + 1, kwnames);
}

static TwValue wrapped_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_fmt("<%s(%R)>", tw_type_cname(tw_type_of(argv[0])), TW_OBJ(argv[0], TwWrapped)->func);
}

static TwValue wrapped_func(TwValue self) {
    return TW_OBJ(self, TwWrapped)->func;
}
static TwValue wrapped_isabstract(TwValue self) {
    return isabstract_of(&TW_OBJ(self, TwWrapped)->func, 1);
}
// __name__, __qualname__, __doc__, __module__ come from the wrapped function (CPython
// copies them into the wrapper's __dict__; reading through gives the same values).
static TwValue wrapped_attr(TwValue self, TwValue name) {
    TwValue d = TW_OBJ(self, TwWrapped)->dict;
    TwValue v = d ? tw_dict_get_str(d, name) : TW_NULL;
    return v ? v : tw_getattr(TW_OBJ(self, TwWrapped)->func, name);
}
static TwValue wrapped_name(TwValue self) {
    return wrapped_attr(self, TW_NAME(__name__));
}
static TwValue wrapped_qualname(TwValue self) {
    return wrapped_attr(self, TW_NAME(__qualname__));
}
static TwValue wrapped_doc(TwValue self) {
    return wrapped_attr(self, TW_NAME(__doc__));
}
static TwValue wrapped_module(TwValue self) {
    return wrapped_attr(self, TW_NAME(__module__));
}
static int wrapped_set_attr(TwValue self, TwValue name, TwValue v) {
    TwValue d = tw_object_dict(self, true);
    if (!d) {
        return -1;
    }
    if (!v) {
        return tw_dict_del(d, name) < 0 ? -1 : 0;
    }
    return tw_dict_set(d, name, v);
}
static int wrapped_set_doc(TwValue self, TwValue v) {
    return wrapped_set_attr(self, TW_NAME(__doc__), v);
}
static int wrapped_set_name(TwValue self, TwValue v) {
    return wrapped_set_attr(self, TW_NAME(__name__), v);
}
static int wrapped_set_qualname(TwValue self, TwValue v) {
    return wrapped_set_attr(self, TW_NAME(__qualname__), v);
}
static int wrapped_set_module(TwValue self, TwValue v) {
    return wrapped_set_attr(self, TW_NAME(__module__), v);
}

static const TwMethodDef classmethod_methods[] = {
    {"__new__", wrapped_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", wrapped_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__get__", classmethod_get_m, 2, 3, TW_BUILTIN_METHOD},
    {"__repr__", wrapped_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwMethodDef staticmethod_methods[] = {
    {"__new__", wrapped_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", wrapped_init, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__get__", staticmethod_get_m, 2, 3, TW_BUILTIN_METHOD},
    {"__call__", staticmethod_call, 1, -1, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__repr__", wrapped_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwGetSetDef wrapped_getsets[] = {
    {"__func__", wrapped_func, NULL, true},
    {"__wrapped__", wrapped_func, NULL, true},
    {"__isabstractmethod__", wrapped_isabstract, NULL},
    {"__name__", wrapped_name, wrapped_set_name},
    {"__qualname__", wrapped_qualname, wrapped_set_qualname},
    {"__doc__", wrapped_doc, wrapped_set_doc},
    {"__module__", wrapped_module, wrapped_set_module},
    {NULL},
};

// ---------------------------------------------------------------- binding

// A builtin method bound to self: what `[].append` is (builtin_function_or_method).
static TwValue bind_builtin(TwBuiltin *b, TwValue self) {
    TwBuiltin *nb = (TwBuiltin *)tw_gc_alloc(&tw_type_builtin, sizeof(TwBuiltin));
    if (!nb) {
        return TW_NULL;
    }
    *nb = *b;
    nb->self = self;
    return tw_from_obj(nb);
}

static inline bool is_plain_method(TwType *dt) {
    return dt == &tw_type_function || dt == &tw_type_builtin;
}

TwValue tw_descr_get(TwValue descr, TwValue obj, TwType *type) {
    if (!descr || !tw_is_ptr(descr)) {
        return descr;
    }
    TwType *dt = tw_as_obj(descr)->type;
    if (dt == &tw_type_function) {
        return obj ? tw_method_new(descr, obj) : descr;
    }
    if (dt == &tw_type_builtin) {
        TwBuiltin *b = TW_OBJ(descr, TwBuiltin);
        if (b->self || !b->owner) {
            return descr;
        }
        if (b->flags & TW_BUILTIN_CLASSMETHOD) {
            return bind_builtin(b, tw_from_obj(type ? type : tw_type_of(obj)));
        }
        if ((b->flags & TW_BUILTIN_METHOD) && obj) {
            if (!tw_isinstance_type(obj, b->owner)) {
                return tw_error(&tw_type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                                b->name, tw_type_cname(b->owner), obj);
            }
            return bind_builtin(b, obj);
        }
        return descr;
    }
    if (dt == &tw_type_classmethod) {
        return tw_method_new(TW_OBJ(descr, TwWrapped)->func, tw_from_obj(type ? type : tw_type_of(obj)));
    }
    if (dt == &tw_type_staticmethod) {
        return TW_OBJ(descr, TwWrapped)->func;
    }
    if (dt == &tw_type_property) {
        return obj ? property_get(TW_OBJ(descr, TwPropertyObj), obj) : descr;
    }
    if (dt == &tw_type_member_descr) {
        return obj ? member_get(TW_OBJ(descr, TwMemberDescr), obj) : descr;
    }
    if (dt == &tw_type_getset_descr) {
        return obj ? getset_get(TW_OBJ(descr, TwGetSetDescr), obj) : descr;
    }
    if (dt == &tw_type_str || dt == &tw_type_tuple || dt == &tw_type_none || dt == &tw_type_dict ||
        dt == &tw_type_list || dt == &tw_type_type || dt == &tw_type_bool) {
        return descr;
    }
    TwValue get = tw_type_lookup(dt, TW_NAME(__get__));
    if (!get) {
        return descr;
    }
    TwValue args[2] = {obj ? obj : TW_NONE, type ? tw_from_obj(type) : TW_NONE};
    return tw_call_unbound(get, descr, 2, args, TW_NULL);
}

bool tw_descr_has_get(TwValue descr) {
    if (!descr || !tw_is_ptr(descr)) {
        return false;
    }
    TwType *dt = tw_as_obj(descr)->type;
    if (is_plain_method(dt) || dt == &tw_type_classmethod || dt == &tw_type_staticmethod || dt == &tw_type_property ||
        dt == &tw_type_member_descr || dt == &tw_type_getset_descr) {
        return true;
    }
    return tw_type_lookup(dt, TW_NAME(__get__)) != TW_NULL;
}

bool tw_descr_is_data(TwValue descr) {
    if (!descr || !tw_is_ptr(descr)) {
        return false;
    }
    TwType *dt = tw_as_obj(descr)->type;
    if (dt == &tw_type_property || dt == &tw_type_member_descr || dt == &tw_type_getset_descr) {
        return true;
    }
    if (is_plain_method(dt) || dt == &tw_type_classmethod || dt == &tw_type_staticmethod || dt == &tw_type_str ||
        dt == &tw_type_none || dt == &tw_type_tuple || dt == &tw_type_dict || dt == &tw_type_list ||
        dt == &tw_type_type) {
        return false;
    }
    return tw_type_lookup(dt, TW_NAME(__set__)) || tw_type_lookup(dt, TW_NAME(__delete__));
}

int tw_descr_set(TwValue descr, TwValue obj, TwValue v) {
    if (!descr || !tw_is_ptr(descr)) {
        return 0;
    }
    TwType *dt = tw_as_obj(descr)->type;
    if (dt == &tw_type_property) {
        return property_set(TW_OBJ(descr, TwPropertyObj), obj, v) < 0 ? -1 : 1;
    }
    if (dt == &tw_type_member_descr) {
        return member_set(TW_OBJ(descr, TwMemberDescr), obj, v) < 0 ? -1 : 1;
    }
    if (dt == &tw_type_getset_descr) {
        return getset_set(TW_OBJ(descr, TwGetSetDescr), obj, v) < 0 ? -1 : 1;
    }
    if (is_plain_method(dt) || dt == &tw_type_classmethod || dt == &tw_type_staticmethod || dt == &tw_type_str ||
        dt == &tw_type_none || dt == &tw_type_type) {
        return 0;
    }
    TwValue set = tw_type_lookup(dt, TW_NAME(__set__));
    TwValue del = tw_type_lookup(dt, TW_NAME(__delete__));
    if (!set && !del) {
        return 0;
    }
    TwValue r;
    if (v) {
        if (!set) {
            tw_error_value(&tw_type_AttributeError, TW_NAME(__set__));
            return -1;
        }
        TwValue args[2] = {obj, v};
        r = tw_call_unbound(set, descr, 2, args, TW_NULL);
    } else {
        if (!del) {
            tw_error_value(&tw_type_AttributeError, TW_NAME(__delete__));
            return -1;
        }
        r = tw_call_unbound(del, descr, 1, &obj, TW_NULL);
    }
    return r ? 1 : -1;
}

// ---- __get__/__set__/__delete__ and reprs of member and getset descriptors

static TwValue member_get_m(int argc, TwValue *argv, TwValue kwnames) {
    if (argv[1] == TW_NONE) {
        return argv[0];
    }
    return member_get(TW_OBJ(argv[0], TwMemberDescr), argv[1]);
}
static TwValue member_set_m(int argc, TwValue *argv, TwValue kwnames) {
    return member_set(TW_OBJ(argv[0], TwMemberDescr), argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
}
static TwValue member_delete_m(int argc, TwValue *argv, TwValue kwnames) {
    return member_set(TW_OBJ(argv[0], TwMemberDescr), argv[1], TW_NULL) < 0 ? TW_NULL : TW_NONE;
}
static TwValue member_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwMemberDescr *d = TW_OBJ(argv[0], TwMemberDescr);
    return tw_str_fmt("<member %R of '%s' objects>", d->name, tw_type_cname(d->owner));
}
static TwValue member_name(TwValue self) {
    return TW_OBJ(self, TwMemberDescr)->name;
}
static TwValue member_objclass(TwValue self) {
    return tw_from_obj(TW_OBJ(self, TwMemberDescr)->owner);
}

static TwValue getset_get_m(int argc, TwValue *argv, TwValue kwnames) {
    if (argv[1] == TW_NONE) {
        return argv[0];
    }
    return getset_get(TW_OBJ(argv[0], TwGetSetDescr), argv[1]);
}
static TwValue getset_set_m(int argc, TwValue *argv, TwValue kwnames) {
    return getset_set(TW_OBJ(argv[0], TwGetSetDescr), argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
}
static TwValue getset_delete_m(int argc, TwValue *argv, TwValue kwnames) {
    return getset_set(TW_OBJ(argv[0], TwGetSetDescr), argv[1], TW_NULL) < 0 ? TW_NULL : TW_NONE;
}
static TwValue getset_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwGetSetDescr *d = TW_OBJ(argv[0], TwGetSetDescr);
    return tw_str_fmt(d->def->member ? "<member '%s' of '%s' objects>" : "<attribute '%s' of '%s' objects>",
                      d->def->name, tw_type_cname(d->owner));
}
static TwValue getset_name(TwValue self) {
    return tw_str_from_c(TW_OBJ(self, TwGetSetDescr)->def->name);
}
static TwValue getset_objclass(TwValue self) {
    return tw_from_obj(TW_OBJ(self, TwGetSetDescr)->owner);
}

static const TwMethodDef member_methods[] = {
    {"__get__", member_get_m, 2, 3, TW_BUILTIN_METHOD},
    {"__set__", member_set_m, 3, 3, TW_BUILTIN_METHOD},
    {"__delete__", member_delete_m, 2, 2, TW_BUILTIN_METHOD},
    {"__repr__", member_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwGetSetDef member_getsets[] = {
    {"__name__", member_name, NULL, true},
    {"__objclass__", member_objclass, NULL, true},
    {NULL},
};
static const TwMethodDef getset_methods[] = {
    {"__get__", getset_get_m, 2, 3, TW_BUILTIN_METHOD},
    {"__set__", getset_set_m, 3, 3, TW_BUILTIN_METHOD},
    {"__delete__", getset_delete_m, 2, 2, TW_BUILTIN_METHOD},
    {"__repr__", getset_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwGetSetDef getset_getsets[] = {
    {"__name__", getset_name, NULL, true},
    {"__objclass__", getset_objclass, NULL, true},
    {NULL},
};

// ---------------------------------------------------------------- super

static int current_super_args(TwValue *type, TwValue *obj);

// The type to use for super(type, obj) lookups, or NULL with TypeError.
static TwType *super_check(TwType *type, TwValue obj) {
    if (tw_isinstance_type(obj, &tw_type_type) && tw_type_is_subtype(TW_OBJ(obj, TwType), type)) {
        return TW_OBJ(obj, TwType);
    }
    TwType *ot = tw_type_of(obj);
    if (tw_type_is_subtype(ot, type)) {
        return ot;
    }
    // A proxy whose __class__ claims to be a subclass.
    TwValue c = tw_getattr_opt(obj, TW_NAME(__class__));
    if (c && c != tw_from_obj(ot) && tw_isinstance_type(c, &tw_type_type) &&
        tw_type_is_subtype(TW_OBJ(c, TwType), type)) {
        return TW_OBJ(c, TwType);
    }
    tw_error_clear();
    tw_error(&tw_type_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static TwValue super_new(int argc, TwValue *argv, TwValue kwnames) {
    TwType *cls = TW_OBJ(argv[0], TwType);
    TwSuper *s = (TwSuper *)tw_gc_alloc(cls, cls->basic_size);
    return s ? tw_from_obj(s) : TW_NULL;
}

static TwValue super_init(int argc, TwValue *argv, TwValue kwnames) {
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        return tw_error(&tw_type_TypeError, "super() takes no keyword arguments");
    }
    TwSuper *s = TW_OBJ(argv[0], TwSuper);
    TwValue type, obj = TW_NULL;
    if (argc == 1) {
        if (current_super_args(&type, &obj) < 0) {
            return TW_NULL;
        }
    } else {
        type = argv[1];
        obj = argc > 2 ? argv[2] : TW_NULL;
    }
    if (!tw_isinstance_type(type, &tw_type_type)) {
        return tw_error(&tw_type_TypeError, "super() argument 1 must be a type, not %T", type);
    }
    if (obj == TW_NONE) {
        obj = TW_NULL;
    }
    TwType *ot = NULL;
    if (obj) {
        ot = super_check(TW_OBJ(type, TwType), obj);
        if (!ot) {
            return TW_NULL;
        }
    }
    s->type = TW_OBJ(type, TwType);
    s->obj = obj;
    s->obj_type = ot;
    return TW_NONE;
}

TwValue tw_super_getattr(TwValue su, TwValue name, bool suppress) {
    TwSuper *s = TW_OBJ(su, TwSuper);
    if (s->obj_type && name != TW_NAME(__class__) && s->obj_type->mro) {
        TwValue mro = s->obj_type->mro;
        size_t n = tw_tuple_size(mro), i = 0;
        TwValue *items = tw_tuple_items(mro);
        while (i < n && items[i] != tw_from_obj(s->type)) {
            i++;
        }
        for (i++; i < n; i++) {
            TwType *b = TW_OBJ(items[i], TwType);
            TwValue res = b->dict ? tw_dict_get_str(tw_from_obj(b->dict), name) : TW_NULL;
            if (res) {
                TwValue o = s->obj == tw_from_obj(s->obj_type) ? TW_NULL : s->obj;
                return tw_descr_get(res, o, s->obj_type);
            }
        }
    }
    return tw_object_getattr(su, name, suppress);
}

static TwValue super_getattribute(int argc, TwValue *argv, TwValue kwnames) {
    if (!tw_isinstance_type(argv[1], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "attribute name must be string, not '%T'", argv[1]);
    }
    return tw_super_getattr(argv[0], argv[1], false);
}

static TwValue super_get(int argc, TwValue *argv, TwValue kwnames) {
    TwSuper *s = TW_OBJ(argv[0], TwSuper);
    TwValue obj = argv[1];
    if (obj == TW_NONE || s->obj) {
        return argv[0];
    }
    TwType *ot = super_check(s->type, obj);
    if (!ot) {
        return TW_NULL;
    }
    TwSuper *n = (TwSuper *)tw_gc_alloc(tw_type_of(argv[0]), tw_type_of(argv[0])->basic_size);
    if (!n) {
        return TW_NULL;
    }
    n->type = s->type;
    n->obj = obj;
    n->obj_type = ot;
    return tw_from_obj(n);
}

static TwValue super_repr(int argc, TwValue *argv, TwValue kwnames) {
    TwSuper *s = TW_OBJ(argv[0], TwSuper);
    const char *tn = s->type ? tw_type_cname(s->type) : "NULL";
    if (s->obj_type) {
        return tw_str_fmt("<super: <class '%s'>, <%s object>>", tn, tw_type_cname(s->obj_type));
    }
    return tw_str_fmt("<super: <class '%s'>, NULL>", tn);
}

static TwValue super_thisclass(TwValue self) {
    TwType *t = TW_OBJ(self, TwSuper)->type;
    return t ? tw_from_obj(t) : TW_NONE;
}
static TwValue super_self(TwValue self) {
    TwValue o = TW_OBJ(self, TwSuper)->obj;
    return o ? o : TW_NONE;
}
static TwValue super_self_class(TwValue self) {
    TwType *t = TW_OBJ(self, TwSuper)->obj_type;
    return t ? tw_from_obj(t) : TW_NONE;
}

static const TwMethodDef super_methods[] = {
    {"__new__", super_new, 1, -1, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__init__", super_init, 1, 3, TW_BUILTIN_METHOD | TW_BUILTIN_KEYWORDS},
    {"__getattribute__", super_getattribute, 2, 2, TW_BUILTIN_METHOD},
    {"__get__", super_get, 2, 3, TW_BUILTIN_METHOD},
    {"__repr__", super_repr, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};
static const TwGetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass, NULL, true},
    {"__self__", super_self, NULL, true},
    {"__self_class__", super_self_class, NULL, true},
    {NULL},
};

// super() without arguments: the class from the calling frame's __class__ cell and the
// frame's first argument (read from its cell if an inner function captured it).
static int current_super_args(TwValue *type, TwValue *obj) {
    TwFrame *f = tw_ts.frame;
    if (!f || !f->code) {
        tw_error(&tw_type_RuntimeError, "super(): no current frame");
        return -1;
    }
    TwCode *co = f->code;
    if (co->argcount == 0) {
        tw_error(&tw_type_RuntimeError, "super(): no arguments");
        return -1;
    }
    TwValue first = f->localsplus[0];
    for (int32_t i = 0; i < co->ncells; i++) {
        if (co->cell2arg && co->cell2arg[i] == 0) {
            TwValue c = f->localsplus[co->nlocals + i];
            if (c && tw_is_type(c, &tw_type_cell)) {
                first = TW_OBJ(c, TwCell)->value;
            }
        }
    }
    if (!first) {
        tw_error(&tw_type_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    size_t nfree = co->freevars ? tw_tuple_size(co->freevars) : 0;
    for (size_t i = 0; i < nfree; i++) {
        if (tw_str_eq_c(tw_tuple_items(co->freevars)[i], "__class__")) {
            TwValue c = f->localsplus[co->nlocals + co->ncells + (int32_t)i];
            TwValue cls = c && tw_is_type(c, &tw_type_cell) ? TW_OBJ(c, TwCell)->value : TW_NULL;
            if (!cls) {
                tw_error(&tw_type_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!tw_isinstance_type(cls, &tw_type_type)) {
                tw_error(&tw_type_RuntimeError, "super(): __class__ is not a type (%T)", cls);
                return -1;
            }
            *type = cls;
            *obj = first;
            return 0;
        }
    }
    tw_error(&tw_type_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

// ---------------------------------------------------------------- mappingproxy

TwValue tw_descr_mappingproxy_new(TwValue mapping) {
    MappingProxy *p = (MappingProxy *)tw_gc_alloc(&mappingproxy_type, sizeof(MappingProxy));
    if (!p) {
        return TW_NULL;
    }
    p->mapping = mapping;
    return tw_from_obj(p);
}

static TwValue proxy_new(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"cls", "mapping"};
    TwValue a[2];
    if (tw_parse_args("mappingproxy", argc, argv, kwnames, names, 2, 1, 2, 2, a) < 0) {
        return TW_NULL;
    }
    TwType *mt = tw_type_of(a[1]);
    if (!tw_type_lookup(mt, TW_NAME(__getitem__)) || tw_type_is_subtype(mt, &tw_type_list) ||
        tw_type_is_subtype(mt, &tw_type_tuple)) {
        return tw_error(&tw_type_TypeError, "mappingproxy() argument must be a mapping, not %T", a[1]);
    }
    return tw_descr_mappingproxy_new(a[1]);
}

static TwValue pm(TwValue self) {
    return TW_OBJ(self, MappingProxy)->mapping;
}
static TwValue proxy_getitem(int argc, TwValue *argv, TwValue kwnames) {
    return tw_getitem(pm(argv[0]), argv[1]);
}
static TwValue proxy_contains(int argc, TwValue *argv, TwValue kwnames) {
    int r = tw_contains(pm(argv[0]), argv[1]);
    return r < 0 ? TW_NULL : tw_bool(r);
}
static TwValue proxy_iter(int argc, TwValue *argv, TwValue kwnames) {
    return tw_iter(pm(argv[0]));
}
static TwValue proxy_len(int argc, TwValue *argv, TwValue kwnames) {
    int64_t n = tw_len(pm(argv[0]));
    return n < 0 ? TW_NULL : tw_int_from_i64(n);
}
static TwValue proxy_get(int argc, TwValue *argv, TwValue kwnames) {
    return tw_call_method(pm(argv[0]), TW_NAME(get), argc - 1, argv + 1);
}
static TwValue proxy_keys(int argc, TwValue *argv, TwValue kwnames) {
    return tw_call_method(pm(argv[0]), TW_NAME(keys), 0, NULL);
}
static TwValue proxy_values(int argc, TwValue *argv, TwValue kwnames) {
    return tw_call_method(pm(argv[0]), TW_NAME(values), 0, NULL);
}
static TwValue proxy_items(int argc, TwValue *argv, TwValue kwnames) {
    return tw_call_method(pm(argv[0]), TW_NAME(items), 0, NULL);
}
static TwValue proxy_copy(int argc, TwValue *argv, TwValue kwnames) {
    return tw_call_method(pm(argv[0]), tw_str_intern_c("copy"), 0, NULL);
}
static TwValue proxy_repr(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str_fmt("mappingproxy(%R)", pm(argv[0]));
}
static TwValue proxy_str(int argc, TwValue *argv, TwValue kwnames) {
    return tw_str(pm(argv[0]));
}
static TwValue proxy_eq(int argc, TwValue *argv, TwValue kwnames) {
    TwValue other = argv[1];
    if (tw_is_type(other, &mappingproxy_type)) {
        other = pm(other);
    }
    return tw_compare(TW_CMP_EQ, pm(argv[0]), other);
}
static TwValue proxy_or(int argc, TwValue *argv, TwValue kwnames) {
    TwValue a = argv[0], b = argv[1];
    if (tw_is_type(a, &mappingproxy_type)) {
        a = pm(a);
    }
    if (tw_is_type(b, &mappingproxy_type)) {
        b = pm(b);
    }
    return tw_binop(TW_OP_OR, a, b);
}
static TwValue proxy_reversed(int argc, TwValue *argv, TwValue kwnames) {
    return tw_call_method(pm(argv[0]), TW_NAME(__reversed__), 0, NULL);
}

static const TwMethodDef proxy_methods[] = {
    {"__new__", proxy_new, 1, 2, TW_BUILTIN_STATIC | TW_BUILTIN_KEYWORDS},
    {"__getitem__", proxy_getitem, 2, 2, TW_BUILTIN_METHOD},
    {"__contains__", proxy_contains, 2, 2, TW_BUILTIN_METHOD},
    {"__iter__", proxy_iter, 1, 1, TW_BUILTIN_METHOD},
    {"__len__", proxy_len, 1, 1, TW_BUILTIN_METHOD},
    {"__reversed__", proxy_reversed, 1, 1, TW_BUILTIN_METHOD},
    {"__repr__", proxy_repr, 1, 1, TW_BUILTIN_METHOD},
    {"__str__", proxy_str, 1, 1, TW_BUILTIN_METHOD},
    {"__eq__", proxy_eq, 2, 2, TW_BUILTIN_METHOD},
    {"__or__", proxy_or, 2, 2, TW_BUILTIN_METHOD},
    {"__ror__", proxy_or, 2, 2, TW_BUILTIN_METHOD},
    {"get", proxy_get, 2, 3, TW_BUILTIN_METHOD},
    {"keys", proxy_keys, 1, 1, TW_BUILTIN_METHOD},
    {"values", proxy_values, 1, 1, TW_BUILTIN_METHOD},
    {"items", proxy_items, 1, 1, TW_BUILTIN_METHOD},
    {"copy", proxy_copy, 1, 1, TW_BUILTIN_METHOD},
    {NULL},
};

// ---------------------------------------------------------------- start-up

void tw_descr_init(void) {
    tw_type_init_builtin(&tw_type_member_descr, "member_descriptor", &tw_type_object);
    tw_type_add_methods(&tw_type_member_descr, member_methods);
    tw_type_add_getsets(&tw_type_member_descr, member_getsets);
    tw_type_init_builtin(&tw_type_getset_descr, "getset_descriptor", &tw_type_object);
    tw_type_add_methods(&tw_type_getset_descr, getset_methods);
    tw_type_add_getsets(&tw_type_getset_descr, getset_getsets);
    tw_type_init_builtin(&tw_type_property, "property", &tw_type_object);
    tw_type_add_methods(&tw_type_property, property_methods);
    tw_type_add_getsets(&tw_type_property, property_getsets);
    tw_type_init_builtin(&tw_type_classmethod, "classmethod", &tw_type_object);
    tw_type_add_methods(&tw_type_classmethod, classmethod_methods);
    tw_type_add_getsets(&tw_type_classmethod, wrapped_getsets);
    tw_type_init_builtin(&tw_type_staticmethod, "staticmethod", &tw_type_object);
    tw_type_add_methods(&tw_type_staticmethod, staticmethod_methods);
    tw_type_add_getsets(&tw_type_staticmethod, wrapped_getsets);
    tw_type_init_builtin(&tw_type_super, "super", &tw_type_object);
    tw_type_add_methods(&tw_type_super, super_methods);
    tw_type_add_getsets(&tw_type_super, super_getsets);
    tw_type_init_builtin(&mappingproxy_type, "mappingproxy", &tw_type_object);
    tw_type_add_methods(&mappingproxy_type, proxy_methods);
    (void)npos_of;
}
