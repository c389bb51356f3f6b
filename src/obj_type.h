// Private interface between obj_type.c, obj_descr.c, obj_reduce.c and abstract.c: the
// heap type layout, descriptor binding and the calls of looked-up (unbound) dunders.
// Nothing outside those files includes this.
#ifndef TW_OBJ_TYPE_H
#define TW_OBJ_TYPE_H

#include "obj.h"

// A type made by a class statement or type(name, bases, dict). Every instance of `type`
// (and of metaclasses) is allocated with this layout; static builtin types are plain
// TwType, so check TW_TYPE_HEAP before touching the extra fields.
typedef struct TwHeapType {
    TwType type;
    // Direct subclasses, for __subclasses__() and for invalidating their versions when an
    // attribute of this class changes. Weak: a malloc'd array the collector does not see;
    // a dying subclass removes itself in its finalizer (all finalizers of a collection run
    // before any memory is freed, so the base is still readable then).
    TwType **subs;
    size_t nsubs, capsubs;
} TwHeapType;

// The object behind `property(...)`: TwProperty plus the name given by __set_name__,
// used in "property 'x' of 'A' object has no setter".
typedef struct TwPropertyObj {
    TwProperty prop;
    TwValue name;        // str or TW_NULL
} TwPropertyObj;

// Bind a descriptor found on a type: descr.__get__(obj, type); obj TW_NULL means the
// attribute is read through the class. Values without __get__ are returned as is.
TwValue tw_descr_get(TwValue descr, TwValue obj, TwType *type) TW_RAISES;
// Does the descriptor's type define __get__ (found via a C fast path or its MRO)?
bool tw_descr_has_get(TwValue descr);
// Is descr a data descriptor (its type defines __set__ or __delete__)?
bool tw_descr_is_data(TwValue descr);
// descr.__set__(obj, v) or descr.__delete__(obj) when v is TW_NULL. Returns 1 if done,
// 0 if descr is not a data descriptor (nothing done), -1 on error.
int tw_descr_set(TwValue descr, TwValue obj, TwValue v) TW_RAISES;
// New member descriptor for a __slots__ entry at byte offset `offset` of owner's instances.
TwValue tw_descr_member_new(TwType *owner, TwValue name, uint32_t offset) TW_RAISES;
// New getset descriptor (tw_type_add_getsets).
TwValue tw_descr_getset_new(TwType *owner, const TwGetSetDef *def) TW_RAISES;
// New staticmethod / classmethod wrapping func.
TwValue tw_descr_wrap(TwType *kind, TwValue func) TW_RAISES;
// Set up property, classmethod, staticmethod, super, the descriptor types, mappingproxy.
void tw_descr_init(void);
// A read-only view of a dict (type.__dict__).
TwValue tw_descr_mappingproxy_new(TwValue dict) TW_RAISES;

// Call a dunder found on type(self) with self prepended: functions and builtin methods
// directly, other descriptors through __get__ first.
TwValue tw_call_unbound(TwValue func, TwValue self, int argc, TwValue *argv, TwValue kwnames) TW_RAISES;

// The generic attribute algorithms of type objects (type.__getattribute__ / __setattr__).
TwValue tw_type_getattr(TwValue cls, TwValue name, bool suppress) TW_RAISES;
int tw_type_setattr(TwValue cls, TwValue name, TwValue v) TW_RAISES;
// A fresh version for t and its subclasses (after changing t's dict or MRO directly).
void tw_type_bump_version(TwType *t);
// Recompute the TW_TYPE_HAS_GETATTR / CUSTOM_* flags of t (after its dict changed).
void tw_type_update_flags(TwType *t);
// object.__getattribute__ and friends as builtin objects, for "is it overridden?" tests.
extern TwValue tw_object_getattribute_fn, tw_object_setattr_fn, tw_object_delattr_fn,
    tw_type_getattribute_fn, tw_type_setattr_fn, tw_type_delattr_fn, tw_object_new_fn, tw_object_init_fn,
    tw_type_call_fn;
// The super type's attribute lookup (used by tw_getmethod's fast path for super().m()).
TwValue tw_super_getattr(TwValue su, TwValue name, bool suppress) TW_RAISES;
// The instance dict of o (creating it if `create`), TW_NULL if o has none.
TwValue tw_object_dict(TwValue o, bool create) TW_RAISES;
// Raise AttributeError "'T' object has no attribute 'x'" with name/obj set.
TwValue tw_attr_error(TwValue o, TwValue name) TW_RAISES;
// object.__reduce_ex__(protocol), object.__reduce__() and object.__getstate__()
// (obj_reduce.c), as builtin methods of object.
TwValue tw_object_reduce_ex_m(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
TwValue tw_object_reduce_m(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
TwValue tw_object_getstate_m(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;

#endif
