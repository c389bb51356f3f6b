// Generic aliases (list[int]) and unions (int | None). The objects are written in Python
// (lib/_generic_alias.py, imported on first use); this file holds the C entry points:
// the builtin types' __class_getitem__ and type.__or__ / type.__ror__.
#include "obj.h"

static TwValue module_attr(const char *name) {
    TwValue m = tw_import_c("_generic_alias");
    return m ? tw_getattr_c(m, name) : TW_NULL;
}

TwValue tw_generic_alias(TwValue origin, TwValue item) {
    TwValue cls = module_attr("GenericAlias");
    if (!cls) {
        return TW_NULL;
    }
    TwValue args[2] = {origin, item};
    return tw_call(cls, 2, args, TW_NULL);
}

TwValue tw_generic_class_getitem(int argc, TwValue *argv, TwValue kwnames) {
    (void)argc;
    (void)kwnames;
    return tw_generic_alias(argv[0], argv[1]);
}

static TwValue union_or(TwValue a, TwValue b) {
    // only None, types and the alias objects combine; leave the rest to the other side
    if (b != TW_NONE && !tw_isinstance_type(b, &tw_type_type) && !(tw_type_of(b)->flags & TW_TYPE_HEAP)) {
        return TW_NOTIMPL;
    }
    TwValue f = module_attr("_or");
    if (!f) {
        return TW_NULL;
    }
    TwValue args[2] = {a, b};
    return tw_call(f, 2, args, TW_NULL);
}

TwValue tw_generic_type_or(int argc, TwValue *argv, TwValue kwnames) {
    (void)argc;
    (void)kwnames;
    return union_or(argv[0], argv[1]);
}

TwValue tw_generic_type_ror(int argc, TwValue *argv, TwValue kwnames) {
    (void)argc;
    (void)kwnames;
    return union_or(argv[1], argv[0]);
}
