// The reduce protocol of object, as CPython's typeobject.c: __reduce_ex__(protocol) (a
// class's own __reduce__ wins; protocols 0 and 1 go to copyreg._reduce_ex; 2 and up build
// (copyreg.__newobj__, (cls, *args), state, listitems, dictitems) from __getnewargs_ex__ /
// __getnewargs__ and __getstate__), __reduce__ (protocol 0) and the default __getstate__
// (the instance dict, plus a dict of the set __slots__ values). copy and pickle use them.
#include "gc.h"
#include "obj_type.h"

static TwValue copyreg_attr(const char *name) {
    TwValue copyreg = tw_import_c("copyreg");
    return copyreg ? tw_getattr_c(copyreg, name) : TW_NULL;
}

static TwType *builtin_base(TwType *t) {
    while (t && (t->flags & TW_TYPE_HEAP)) {
        t = t->base;
    }
    return t;
}

// object_getstate_default: `required` when the state must describe the object fully
// (no __getnewargs__, not a list or dict), so C-level contents are an error.
static TwValue getstate_default(TwValue self, bool required) {
    TwType *t = tw_type_of(self);
    if (required && builtin_base(t) != &tw_type_object) {
        return tw_error(&tw_type_TypeError, "cannot pickle '%s' object", tw_type_cname(t));
    }
    TwValue state = tw_object_dict(self, false);
    if (!state || tw_dict_size(state) == 0) {
        state = TW_NONE;
    }
    TwValue slotnames_fn = copyreg_attr("_slotnames");
    TwValue names = slotnames_fn ? tw_call1(slotnames_fn, tw_from_obj(t)) : TW_NULL;
    if (!names) {
        return TW_NULL;
    }
    if (names == TW_NONE) {
        return state;
    }
    if (!tw_isinstance_type(names, &tw_type_list)) {
        return tw_error(&tw_type_TypeError, "copyreg._slotnames didn't return a list or None");
    }
    if (tw_list_size(names) == 0) {
        return state;
    }
    TwValue slots = tw_dict_new();
    if (!slots) {
        return TW_NULL;
    }
    for (size_t i = 0; i < tw_list_size(names); i++) {
        TwValue name = tw_list_items(names)[i];
        TwValue v = tw_getattr_opt(self, name);
        if (!v) {
            if (tw_error_occurred()) {
                return TW_NULL;
            }
            continue;
        }
        if (tw_dict_set(slots, name, v) < 0) {
            return TW_NULL;
        }
    }
    if (tw_dict_size(slots) == 0) {
        return state;
    }
    return tw_tuple_pack(2, state, slots);
}

TwValue tw_object_getstate_m(int argc, TwValue *argv, TwValue kwnames) {
    return getstate_default(argv[0], false);
}

// self.__getstate__(), with `required` passed on when it is object's own.
static TwValue get_state(TwValue self, bool required) {
    TwValue own = tw_dict_get_str(tw_from_obj(tw_type_object.dict), TW_NAME(__getstate__));
    TwValue f = tw_type_lookup(tw_type_of(self), TW_NAME(__getstate__));
    if (f && f == own) {
        // an instance attribute named __getstate__ would still win
        TwValue d = tw_object_dict(self, false);
        if (!d || !tw_dict_get_str(d, TW_NAME(__getstate__))) {
            return getstate_default(self, required);
        }
    }
    TwValue m = tw_getattr(self, TW_NAME(__getstate__));
    return m ? tw_call0(m) : TW_NULL;
}

static TwValue reduce_newobj(TwValue self) {
    TwType *t = tw_type_of(self);
    TwValue args = TW_NULL, kwargs = TW_NULL;
    TwValue f = tw_getattr_opt(self, tw_str_intern_c("__getnewargs_ex__"));
    if (f) {
        TwValue r = tw_call0(f);
        if (!r) {
            return TW_NULL;
        }
        if (!tw_isinstance_type(r, &tw_type_tuple)) {
            return tw_error(&tw_type_TypeError, "__getnewargs_ex__ should return a tuple, not '%T'", r);
        }
        if (tw_tuple_size(r) != 2) {
            return tw_error(&tw_type_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zu",
                            tw_tuple_size(r));
        }
        args = tw_tuple_items(r)[0];
        kwargs = tw_tuple_items(r)[1];
        if (!tw_isinstance_type(args, &tw_type_tuple)) {
            return tw_error(&tw_type_TypeError,
                            "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%T'", args);
        }
        if (!tw_isinstance_type(kwargs, &tw_type_dict)) {
            return tw_error(&tw_type_TypeError,
                            "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%T'", kwargs);
        }
    } else if (tw_error_occurred()) {
        return TW_NULL;
    } else if ((f = tw_getattr_opt(self, tw_str_intern_c("__getnewargs__")))) {
        args = tw_call0(f);
        if (!args) {
            return TW_NULL;
        }
        if (!tw_isinstance_type(args, &tw_type_tuple)) {
            return tw_error(&tw_type_TypeError, "__getnewargs__ should return a tuple, not '%T'", args);
        }
    } else if (tw_error_occurred()) {
        return TW_NULL;
    }
    bool hasargs = args != TW_NULL;
    if (!args) {
        args = tw_empty_tuple;
    }
    TwValue cls = tw_from_obj(t);
    TwValue newobj, newargs;
    if (!kwargs || tw_dict_size(kwargs) == 0) {
        newobj = copyreg_attr("__newobj__");
        size_t n = tw_tuple_size(args);
        newargs = newobj ? tw_tuple_new(n + 1) : TW_NULL;
        if (!newargs) {
            return TW_NULL;
        }
        tw_tuple_items(newargs)[0] = cls;
        memcpy(tw_tuple_items(newargs) + 1, tw_tuple_items(args), n * sizeof(TwValue));
    } else {
        newobj = copyreg_attr("__newobj_ex__");
        newargs = newobj ? tw_tuple_pack(3, cls, args, kwargs) : TW_NULL;
        if (!newargs) {
            return TW_NULL;
        }
    }
    bool is_list = tw_isinstance_type(self, &tw_type_list), is_dict = tw_isinstance_type(self, &tw_type_dict);
    TwValue state = get_state(self, !hasargs && !is_list && !is_dict);
    if (!state) {
        return TW_NULL;
    }
    TwValue listitems = TW_NONE, dictitems = TW_NONE;
    if (is_list && !(listitems = tw_iter(self))) {
        return TW_NULL;
    }
    if (is_dict) {
        TwValue items = tw_call_method(self, TW_NAME(items), 0, NULL);
        if (!items || !(dictitems = tw_iter(items))) {
            return TW_NULL;
        }
    }
    return tw_tuple_pack(5, newobj, newargs, state, listitems, dictitems);
}

static TwValue reduce_common(TwValue self, int64_t protocol) {
    if (protocol >= 2) {
        return reduce_newobj(self);
    }
    TwValue f = copyreg_attr("_reduce_ex");
    return f ? tw_call2(f, self, tw_int_from_i64(protocol)) : TW_NULL;
}

TwValue tw_object_reduce_m(int argc, TwValue *argv, TwValue kwnames) {
    return reduce_common(argv[0], 0);
}

TwValue tw_object_reduce_ex_m(int argc, TwValue *argv, TwValue kwnames) {
    TwValue self = argv[0];
    int64_t protocol;
    if (tw_int_as_i64(argv[1], &protocol) < 0) {
        return TW_NULL;
    }
    // A class that defines __reduce__ reduces itself, whatever the protocol.
    TwValue own = tw_dict_get_str(tw_from_obj(tw_type_object.dict), TW_NAME(__reduce__));
    TwValue f = tw_type_lookup(tw_type_of(self), TW_NAME(__reduce__));
    if (f && f != own) {
        return tw_call_method(self, TW_NAME(__reduce__), 0, NULL);
    }
    return reduce_common(self, protocol);
}
