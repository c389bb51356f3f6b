// The pwd module: the password database (getpwuid, getpwnam, getpwall) as
// pwd.struct_passwd records, with CPython's KeyError messages. os.path.expanduser uses it
// for "~user" and when $HOME is not set. The record type is made on the first import.
#include <errno.h>
#include <pwd.h>
#include <stdint.h>
#include <stdlib.h>

#include "modules.h"
#include "text.h"

static TwStructSeqType passwd_type;
static const char *const passwd_fields[] = {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir",
                                            "pw_shell"};

static TwValue fs_str(const char *s) {
    if (!s) {
        return TW_NONE;
    }
    return tw_bytes_decode((const uint8_t *)s, strlen(s), "utf-8", "surrogateescape");
}

static TwValue make_entry(const struct passwd *p) {
    TwValue v[7] = {
        fs_str(p->pw_name), fs_str(p->pw_passwd), tw_int_from_u64(p->pw_uid), tw_int_from_u64(p->pw_gid),
        fs_str(p->pw_gecos), fs_str(p->pw_dir),   fs_str(p->pw_shell),
    };
    for (int i = 0; i < 7; i++) {
        if (!v[i]) {
            return TW_NULL;
        }
    }
    return tw_structseq_new(&passwd_type, v);
}

static TwValue key_error(TwValue msg) {
    return msg ? tw_error_value(&tw_type_KeyError, msg) : TW_NULL;
}

static TwValue pwd_getpwuid(int argc, TwValue *argv, TwValue kwnames) {
    TwValue arg = argv[0];
    if (!tw_is_intlike(arg) && (tw_is_floatlike(arg) || !tw_type_lookup(tw_type_of(arg), TW_NAME(__index__)))) {
        return tw_error(&tw_type_TypeError, "uid should be integer, not %s", tw_type_cname(tw_type_of(arg)));
    }
    int64_t v;
    if (tw_int_as_i64(arg, &v) < 0) {
        if (!tw_error_matches(&tw_type_OverflowError)) {
            return TW_NULL;
        }
        tw_error_clear();
        return key_error(tw_str_from_c("getpwuid(): uid not found"));
    }
    // as CPython's uid converter: -1 is (uid_t)-1, other negative values and values
    // beyond uid_t overflow, which getpwuid reports as not found
    if ((v < 0 && v != -1) || v > (int64_t)(uid_t)-1) {
        return key_error(tw_str_from_c("getpwuid(): uid not found"));
    }
    errno = 0;
    struct passwd *p = getpwuid((uid_t)v);
    if (!p) {
        return key_error(tw_str_fmt("getpwuid(): uid not found: %S", arg));
    }
    return make_entry(p);
}

static TwValue pwd_getpwnam(int argc, TwValue *argv, TwValue kwnames) {
    TwValue name = argv[0];
    if (!tw_isinstance_type(name, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "getpwnam() argument must be str, not %A", name);
    }
    TwValue b = tw_str_encode(name, "utf-8", "surrogateescape");
    if (!b) {
        return TW_NULL;
    }
    const char *c = (const char *)TW_OBJ(b, TwBytes)->data;
    if (strlen(c) != TW_OBJ(b, TwBytes)->size) {
        return tw_error(&tw_type_ValueError, "embedded null byte");
    }
    struct passwd *p = getpwnam(c);
    if (!p) {
        return key_error(tw_str_fmt("getpwnam(): name not found: %R", name));
    }
    return make_entry(p);
}

static TwValue pwd_getpwall(int argc, TwValue *argv, TwValue kwnames) {
    TwValue list = tw_list_new(0);
    if (!list) {
        return TW_NULL;
    }
    setpwent();
    struct passwd *p;
    while ((p = getpwent()) != NULL) {
        TwValue e = make_entry(p);
        if (!e || tw_list_append(list, e) < 0) {
            endpwent();
            return TW_NULL;
        }
    }
    endpwent();
    return list;
}

static const TwMethodDef pwd_functions[] = {
    {"getpwuid", pwd_getpwuid, 1, 1, 0},
    {"getpwnam", pwd_getpwnam, 1, 1, 0},
    {"getpwall", pwd_getpwall, 0, 0, 0},
    {NULL},
};

static int pwd_module_init(TwValue module) {
    if (!passwd_type.type.version) {
        tw_structseq_init_type(&passwd_type, "pwd.struct_passwd", passwd_fields, 7, 7, true);
    }
    if (tw_module_add_functions(module, pwd_functions) < 0) {
        return -1;
    }
    return tw_dict_set_c(TW_OBJ(module, TwModule)->dict, "struct_passwd", tw_from_obj(&passwd_type));
}

void tw_pwd_init(void) {
    tw_module_register("pwd", pwd_module_init);
}
