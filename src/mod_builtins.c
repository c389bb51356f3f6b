// The builtins module: the module object and its dict (tw_interp.builtins), the builtin
// type and exception names, the constants, and the simpler builtin functions (print,
// input, exec/eval/compile, getattr & co, conversions). The numeric and iteration
// builtins (min, max, sum, sorted, pow, round, divmod, iter, next, dir) are in
// mod_builtins2.c. Argument-count errors use CPython's wording for each function, so most
// functions accept any count and check it themselves.
#include <stdio.h>
#include <stdlib.h>

#include "compile.h"
#include "gc.h"
#include "mod_builtins.h"
#include "runtime.h"
#include "vm.h"
#include "warnings.h"

// Types implemented elsewhere without a declaration in obj.h: bound when present.
extern TwType tw_type_enumerate __attribute__((weak));
extern TwType tw_type_zip __attribute__((weak));
extern TwType tw_type_map __attribute__((weak));
extern TwType tw_type_filter __attribute__((weak));
extern TwType tw_type_reversed __attribute__((weak));
extern TwType tw_type_memoryview __attribute__((weak));

// Fallbacks until the VM provides the frame accessors: the __main__ namespace.
__attribute__((weak)) TwValue tw_vm_globals(void) {
    return tw_interp.main_dict;
}
__attribute__((weak)) TwValue tw_vm_locals(void) {
    return tw_interp.main_dict;
}

// ---------------------------------------------------------------- argument checks

int tw_builtins_arity(const char *name, int argc, int min, int max) {
    if (argc < min) {
        tw_error(&tw_type_TypeError, "%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ",
                 min, min == 1 ? "" : "s", argc);
        return -1;
    }
    if (max >= 0 && argc > max) {
        tw_error(&tw_type_TypeError, "%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ",
                 max, max == 1 ? "" : "s", argc);
        return -1;
    }
    return 0;
}

int tw_builtins_one_arg(const char *name, int argc) {
    if (argc != 1) {
        tw_error(&tw_type_TypeError, "%s() takes exactly one argument (%d given)", name, argc);
        return -1;
    }
    return 0;
}

int tw_builtins_npos(int argc, TwValue kwnames) {
    return argc - (kwnames ? (int)tw_tuple_size(kwnames) : 0);
}

static int no_args(const char *name, int argc) {
    if (argc != 0) {
        tw_error(&tw_type_TypeError, "%s() takes no arguments (%d given)", name, argc);
        return -1;
    }
    return 0;
}

static int check_attr_name(TwValue name) {
    if (!tw_isinstance_type(name, &tw_type_str)) {
        tw_error(&tw_type_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    return 0;
}

static TwValue sys_attr(const char *name) {
    if (!tw_interp.sys) {
        return TW_NULL;
    }
    return tw_dict_get_c(TW_OBJ(tw_interp.sys, TwModule)->dict, name);
}

// ---------------------------------------------------------------- simple functions

static TwValue b_abs(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_one_arg("abs", argc) < 0) {
        return TW_NULL;
    }
    TwValue v = argv[0];
    if (tw_is_int(v)) {
        int64_t i = tw_as_int(v);
        return tw_int_from_i64(i < 0 ? -i : i);
    }
    if (tw_is_float(v)) {
        double d = tw_as_float(v);
        return tw_from_float(d < 0 || (d == 0 && 1 / d < 0) ? -d : d);
    }
    bool found;
    TwValue r = tw_call_special(v, TW_NAME(__abs__), 0, NULL, &found);
    if (!found && !r) {
        return tw_error(&tw_type_TypeError, "bad operand type for abs(): '%T'", v);
    }
    return r;
}

static TwValue all_any(const char *name, int argc, TwValue *argv, bool want) {
    if (tw_builtins_one_arg(name, argc) < 0) {
        return TW_NULL;
    }
    TwValue it = tw_iter(argv[0]);
    if (!it) {
        return TW_NULL;
    }
    for (;;) {
        TwValue v = tw_next(it);
        if (!v) {
            return tw_error_occurred() ? TW_NULL : tw_bool(!want);
        }
        int t = tw_truthy(v);
        if (t < 0) {
            return TW_NULL;
        }
        if ((bool)t == want) {
            return tw_bool(want);
        }
    }
}

static TwValue b_all(int argc, TwValue *argv, TwValue kwnames) {
    return all_any("all", argc, argv, false);
}

static TwValue b_any(int argc, TwValue *argv, TwValue kwnames) {
    return all_any("any", argc, argv, true);
}

static TwValue b_ascii(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_one_arg("ascii", argc) < 0) {
        return TW_NULL;
    }
    return tw_ascii(argv[0]);
}

// The int value of v for bin/oct/hex (through __index__).
static TwValue index_value(TwValue v) {
    if (tw_is_intlike(v)) {
        return v;
    }
    bool found;
    TwValue r = tw_call_special(v, TW_NAME(__index__), 0, NULL, &found);
    if (!found && !r) {
        return tw_error(&tw_type_TypeError, "'%T' object cannot be interpreted as an integer", v);
    }
    if (r && !tw_is_intlike(r)) {
        return tw_error(&tw_type_TypeError, "__index__ returned non-int (type %T)", r);
    }
    if (r && tw_type_of(r) != &tw_type_int && tw_warn_subclass_result("__index__", "int", r) < 0) {
        return TW_NULL;
    }
    return r;
}

static TwValue int_with_prefix(const char *name, int argc, TwValue *argv, int base, const char *prefix) {
    if (tw_builtins_one_arg(name, argc) < 0) {
        return TW_NULL;
    }
    TwValue iv = index_value(argv[0]);
    if (!iv) {
        return TW_NULL;
    }
    TwValue digits = tw_int_to_str(iv, base);
    if (!digits) {
        return TW_NULL;
    }
    const char *d = tw_str_data(digits);
    if (d[0] == '-') {
        return tw_str_fmt("-%s%s", prefix, d + 1);
    }
    return tw_str_fmt("%s%s", prefix, d);
}

static TwValue b_bin(int argc, TwValue *argv, TwValue kwnames) {
    return int_with_prefix("bin", argc, argv, 2, "0b");
}

static TwValue b_oct(int argc, TwValue *argv, TwValue kwnames) {
    return int_with_prefix("oct", argc, argv, 8, "0o");
}

static TwValue b_hex(int argc, TwValue *argv, TwValue kwnames) {
    return int_with_prefix("hex", argc, argv, 16, "0x");
}

static TwValue b_callable(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_one_arg("callable", argc) < 0) {
        return TW_NULL;
    }
    return tw_bool(tw_callable(argv[0]));
}

static TwValue b_chr(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_one_arg("chr", argc) < 0) {
        return TW_NULL;
    }
    TwValue iv = index_value(argv[0]);
    if (!iv) {
        return TW_NULL;
    }
    int64_t i;
    if (!tw_int_to_i64(iv, &i) || i > INT32_MAX || i < INT32_MIN) {
        return tw_error(&tw_type_OverflowError, "Python int too large to convert to C int");
    }
    if (i < 0 || i > 0x10FFFF) {
        return tw_error(&tw_type_ValueError, "chr() arg not in range(0x110000)");
    }
    return tw_str_from_codepoint((uint32_t)i);
}

static TwValue b_ord(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_one_arg("ord", argc) < 0) {
        return TW_NULL;
    }
    TwValue v = argv[0];
    if (tw_isinstance_type(v, &tw_type_str)) {
        size_t len = tw_str_length(v);
        if (len != 1) {
            return tw_error(&tw_type_TypeError, "ord() expected a character, but string of length %zu found", len);
        }
        const unsigned char *p = (const unsigned char *)tw_str_data(v);
        uint32_t c = p[0];
        if (c >= 0xF0) {
            c = ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        } else if (c >= 0xE0) {
            c = ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        } else if (c >= 0xC0) {
            c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
        }
        return tw_from_small_int(c);
    }
    const uint8_t *data = NULL;
    size_t size = 0;
    if (tw_isinstance_type(v, &tw_type_bytes)) {
        data = TW_OBJ(v, TwBytes)->data;
        size = TW_OBJ(v, TwBytes)->size;
    } else if (tw_isinstance_type(v, &tw_type_bytearray)) {
        data = TW_OBJ(v, TwByteArray)->data;
        size = TW_OBJ(v, TwByteArray)->size;
    } else {
        return tw_error(&tw_type_TypeError, "ord() expected string of length 1, but %T found", v);
    }
    if (size != 1) {
        return tw_error(&tw_type_TypeError, "ord() expected a character, but string of length %zu found", size);
    }
    return tw_from_small_int(data[0]);
}

static TwValue b_delattr(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("delattr", argc, 2, 2) < 0 || check_attr_name(argv[1]) < 0) {
        return TW_NULL;
    }
    return tw_setattr(argv[0], argv[1], TW_NULL) < 0 ? TW_NULL : TW_NONE;
}

static TwValue b_setattr(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("setattr", argc, 3, 3) < 0 || check_attr_name(argv[1]) < 0) {
        return TW_NULL;
    }
    return tw_setattr(argv[0], argv[1], argv[2]) < 0 ? TW_NULL : TW_NONE;
}

static TwValue b_getattr(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("getattr", argc, 2, 3) < 0 || check_attr_name(argv[1]) < 0) {
        return TW_NULL;
    }
    if (argc == 2) {
        return tw_getattr(argv[0], argv[1]);
    }
    TwValue v = tw_getattr_opt(argv[0], argv[1]);
    if (v || tw_error_occurred()) {
        return v;
    }
    return argv[2];
}

static TwValue b_hasattr(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("hasattr", argc, 2, 2) < 0 || check_attr_name(argv[1]) < 0) {
        return TW_NULL;
    }
    TwValue v = tw_getattr_opt(argv[0], argv[1]);
    if (!v && tw_error_occurred()) {
        return TW_NULL;
    }
    return tw_bool(v != TW_NULL);
}

static TwValue b_format(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("format", argc, 1, 2) < 0) {
        return TW_NULL;
    }
    TwValue spec = argc > 1 ? argv[1] : tw_str_new("", 0);
    if (!spec) {
        return TW_NULL;
    }
    if (!tw_isinstance_type(spec, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "format() argument 2 must be str, not %A", spec);
    }
    return tw_format(argv[0], spec);
}

static TwValue b_hash(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_one_arg("hash", argc) < 0) {
        return TW_NULL;
    }
    int64_t h = tw_hash(argv[0]);
    if (h == -1 && tw_error_occurred()) {
        return TW_NULL;
    }
    return tw_int_from_i64(h);
}

static TwValue b_id(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_one_arg("id", argc) < 0) {
        return TW_NULL;
    }
    return tw_int_from_u64(argv[0]);
}

static TwValue b_isinstance(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("isinstance", argc, 2, 2) < 0) {
        return TW_NULL;
    }
    int r = tw_isinstance(argv[0], argv[1]);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue b_issubclass(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("issubclass", argc, 2, 2) < 0) {
        return TW_NULL;
    }
    int r = tw_issubclass(argv[0], argv[1]);
    return r < 0 ? TW_NULL : tw_bool(r);
}

static TwValue b_len(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_one_arg("len", argc) < 0) {
        return TW_NULL;
    }
    int64_t n = tw_len(argv[0]);
    return n < 0 ? TW_NULL : tw_int_from_i64(n);
}

static TwValue b_repr(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_one_arg("repr", argc) < 0) {
        return TW_NULL;
    }
    return tw_repr(argv[0]);
}

static TwValue b_globals(int argc, TwValue *argv, TwValue kwnames) {
    if (no_args("globals", argc) < 0) {
        return TW_NULL;
    }
    TwValue g = tw_vm_globals();
    return g ? g : tw_interp.main_dict;
}

static TwValue b_locals(int argc, TwValue *argv, TwValue kwnames) {
    if (no_args("locals", argc) < 0) {
        return TW_NULL;
    }
    return tw_vm_locals();
}

static TwValue b_vars(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("vars", argc, 0, 1) < 0) {
        return TW_NULL;
    }
    if (argc == 0) {
        return tw_vm_locals();
    }
    TwValue d = tw_getattr_opt(argv[0], TW_NAME(__dict__));
    if (!d && !tw_error_occurred()) {
        return tw_error(&tw_type_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static TwValue b_import(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    TwValue a[5];
    if (tw_parse_args("__import__", argc, argv, kwnames, names, 5, 0, 5, 1, a) < 0) {
        return TW_NULL;
    }
    if (!tw_isinstance_type(a[0], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "module name must be a string");
    }
    int64_t level = 0;
    if (a[4] && tw_int_as_i64(a[4], &level) < 0) {
        return TW_NULL;
    }
    if (level < 0) {
        return tw_error(&tw_type_ValueError, "level must be >= 0");
    }
    TwValue globals = a[1] && a[1] != TW_NONE ? a[1] : TW_NULL;
    TwValue fromlist = a[3] && a[3] != TW_NONE ? a[3] : TW_NULL;
    return tw_import(a[0], globals, fromlist, (int)level);
}

// ---------------------------------------------------------------- print and input

// Write text to a file: fast for the builtin file objects, else file.write(text).
static int write_text(TwValue file, TwValue s) {
    return tw_file_write_str(file, s);
}

static TwValue b_print(int argc, TwValue *argv, TwValue kwnames) {
    int npos = tw_builtins_npos(argc, kwnames);
    TwValue sep = TW_NULL, end = TW_NULL, file = TW_NULL, flush = TW_NULL;
    if (kwnames) {
        for (size_t i = 0; i < tw_tuple_size(kwnames); i++) {
            TwValue k = tw_tuple_items(kwnames)[i];
            TwValue v = argv[npos + (int)i];
            if (tw_str_eq_c(k, "sep")) {
                sep = v;
            } else if (tw_str_eq_c(k, "end")) {
                end = v;
            } else if (tw_str_eq_c(k, "file")) {
                file = v;
            } else if (tw_str_eq_c(k, "flush")) {
                flush = v;
            } else {
                return tw_error(&tw_type_TypeError, "'%U' is an invalid keyword argument for print()", k);
            }
        }
    }
    if (sep == TW_NONE) {
        sep = TW_NULL;
    }
    if (end == TW_NONE) {
        end = TW_NULL;
    }
    if (sep && !tw_isinstance_type(sep, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "sep must be None or a string, not %T", sep);
    }
    if (end && !tw_isinstance_type(end, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "end must be None or a string, not %T", end);
    }
    if (!file || file == TW_NONE) {
        file = sys_attr("stdout");
        if (!file || file == TW_NONE) {
            return TW_NONE;
        }
    }
    if (!tw_file_is_builtin(file)) {
        // any object with write(): one call per piece, as CPython
        TwValue space = TW_NULL, newline = TW_NULL;
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                if (!sep && !space) {
                    space = tw_str_new(" ", 1);
                    if (!space) {
                        return TW_NULL;
                    }
                }
                if (write_text(file, sep ? sep : space) < 0) {
                    return TW_NULL;
                }
            }
            TwValue s = tw_is_str(argv[i]) ? argv[i] : tw_str(argv[i]);
            if (!s || write_text(file, s) < 0) {
                return TW_NULL;
            }
        }
        if (!end) {
            newline = tw_str_new("\n", 1);
            if (!newline) {
                return TW_NULL;
            }
        }
        if (write_text(file, end ? end : newline) < 0) {
            return TW_NULL;
        }
    } else {
        // Build the whole line and write it once; on a failing str() write what came
        // before, as CPython (which writes piece by piece) would have.
        TwBuf b;
        tw_buf_init(&b);
        bool failed = false;
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                if (sep ? tw_buf_append_str(&b, sep) < 0 : tw_buf_append(&b, " ", 1) < 0) {
                    failed = true;
                    break;
                }
            }
            TwValue s = tw_is_str(argv[i]) ? argv[i] : tw_str(argv[i]);
            if (!s || tw_buf_append_str(&b, s) < 0) {
                failed = true;
                break;
            }
        }
        if (!failed && (end ? tw_buf_append_str(&b, end) < 0 : tw_buf_append(&b, "\n", 1) < 0)) {
            failed = true;
        }
        TwValue pending = failed ? tw_error_fetch() : TW_NULL;
        if (b.size > 0 || !failed) {
            TwValue line = tw_buf_to_str(&b);
            if (!line || write_text(file, line) < 0) {
                return TW_NULL;
            }
        } else {
            tw_buf_free(&b);
        }
        if (failed) {
            tw_error_restore(pending);
            return TW_NULL;
        }
    }
    if (flush) {
        int t = tw_truthy(flush);
        if (t < 0) {
            return TW_NULL;
        }
        if (t && tw_file_flush(file) < 0) {
            return TW_NULL;
        }
    }
    return TW_NONE;
}

static TwValue b_input(int argc, TwValue *argv, TwValue kwnames) {
    if (tw_builtins_arity("input", argc, 0, 1) < 0) {
        return TW_NULL;
    }
    TwValue in = sys_attr("stdin"), out = sys_attr("stdout"), err = sys_attr("stderr");
    if (!in || in == TW_NONE) {
        return tw_error(&tw_type_RuntimeError, "input(): lost sys.stdin");
    }
    if (!out || out == TW_NONE) {
        return tw_error(&tw_type_RuntimeError, "input(): lost sys.stdout");
    }
    if (err && err != TW_NONE && tw_file_flush(err) < 0) {
        tw_error_clear();
    }
    if (argc > 0) {
        TwValue p = tw_str(argv[0]);
        if (!p || write_text(out, p) < 0) {
            return TW_NULL;
        }
    }
    if (tw_file_flush(out) < 0) {
        tw_error_clear();
    }
    TwValue line = tw_call_method(in, TW_NAME(readline), 0, NULL);
    if (!line) {
        return TW_NULL;
    }
    if (!tw_isinstance_type(line, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "object.readline() returned non-string");
    }
    size_t n = tw_str_size(line);
    if (n == 0) {
        return tw_error(&tw_type_EOFError, "EOF when reading a line");
    }
    if (tw_str_data(line)[n - 1] == '\n') {
        return tw_str_new(tw_str_data(line), n - 1);
    }
    return line;
}

// ---------------------------------------------------------------- compile, exec, eval

// Source text of a compile/exec/eval argument (str, bytes or bytearray).
static bool source_text(TwValue src, const char **data, size_t *size) {
    if (tw_isinstance_type(src, &tw_type_str)) {
        *data = tw_str_data(src);
        *size = tw_str_size(src);
        return true;
    }
    if (tw_isinstance_type(src, &tw_type_bytes)) {
        *data = (const char *)TW_OBJ(src, TwBytes)->data;
        *size = TW_OBJ(src, TwBytes)->size;
        return true;
    }
    if (tw_isinstance_type(src, &tw_type_bytearray)) {
        *data = (const char *)TW_OBJ(src, TwByteArray)->data;
        *size = TW_OBJ(src, TwByteArray)->size;
        return true;
    }
    return false;
}

static TwValue compile_text(const char *data, size_t size, TwValue filename, TwParseMode mode) {
    if (memchr(data, 0, size)) {
        return tw_error(&tw_type_SyntaxError, "source code string cannot contain null bytes");
    }
    return tw_compile_source(data, size, filename, mode);
}

static TwValue b_compile(int argc, TwValue *argv, TwValue kwnames) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                        "_feature_version"};
    TwValue a[7];
    if (tw_parse_args("compile", argc, argv, kwnames, names, 7, 0, 6, 3, a) < 0) {
        return TW_NULL;
    }
    TwValue filename = a[1];
    if (tw_isinstance_type(filename, &tw_type_bytes)) {
        filename = tw_str_new((const char *)TW_OBJ(filename, TwBytes)->data, TW_OBJ(filename, TwBytes)->size);
        if (!filename) {
            return TW_NULL;
        }
    } else if (!tw_isinstance_type(filename, &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "expected str, bytes or os.PathLike object, not %T", filename);
    }
    if (!tw_isinstance_type(a[2], &tw_type_str)) {
        return tw_error(&tw_type_TypeError, "compile() argument 'mode' must be str, not %A", a[2]);
    }
    TwParseMode mode;
    if (tw_str_eq_c(a[2], "exec")) {
        mode = TW_MODE_EXEC;
    } else if (tw_str_eq_c(a[2], "eval")) {
        mode = TW_MODE_EVAL;
    } else if (tw_str_eq_c(a[2], "single")) {
        mode = TW_MODE_SINGLE;
    } else {
        return tw_error(&tw_type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (tw_is_type(a[0], &tw_type_code)) {
        return a[0];
    }
    const char *data;
    size_t size;
    if (!source_text(a[0], &data, &size)) {
        return tw_error(&tw_type_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    }
    return compile_text(data, size, filename, mode);
}

static TwValue exec_eval(const char *fname, int argc, TwValue *argv, TwValue kwnames, bool is_eval) {
    int npos = tw_builtins_npos(argc, kwnames);
    if (kwnames && tw_tuple_size(kwnames) > 0) {
        for (size_t i = 0; i < tw_tuple_size(kwnames); i++) {
            TwValue k = tw_tuple_items(kwnames)[i];
            if (is_eval || !tw_str_eq_c(k, "closure")) {
                if (is_eval) {
                    return tw_error(&tw_type_TypeError, "eval() takes no keyword arguments");
                }
                return tw_error(&tw_type_TypeError, "exec() got an unexpected keyword argument '%U'", k);
            }
        }
    }
    if (tw_builtins_arity(fname, npos, 1, 3) < 0) {
        return TW_NULL;
    }
    TwValue src = argv[0];
    TwValue globals = npos > 1 && argv[1] != TW_NONE ? argv[1] : TW_NULL;
    TwValue locals = npos > 2 && argv[2] != TW_NONE ? argv[2] : TW_NULL;
    if (globals && !tw_isinstance_type(globals, &tw_type_dict)) {
        if (is_eval) {
            return tw_error(&tw_type_TypeError, tw_type_lookup(tw_type_of(globals), TW_NAME(__getitem__))
                                                    ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                    : "globals must be a dict");
        }
        return tw_error(&tw_type_TypeError, "exec() globals must be a dict, not %T", globals);
    }
    if (locals && !tw_type_lookup(tw_type_of(locals), TW_NAME(__getitem__))) {
        if (is_eval) {
            return tw_error(&tw_type_TypeError, "locals must be a mapping");
        }
        return tw_error(&tw_type_TypeError, "locals must be a mapping or None, not %T", locals);
    }
    if (!globals) {
        globals = tw_vm_globals();
        if (!globals) {
            globals = tw_interp.main_dict;
        }
        if (!locals) {
            locals = tw_vm_locals();
            if (!locals) {
                return TW_NULL;
            }
        }
    } else if (!locals) {
        locals = globals;
    }
    if (!globals) {
        return tw_error(&tw_type_SystemError, "%s(): no globals", fname);
    }
    if (!tw_dict_get_str(globals, TW_NAME(__builtins__))) {
        if (tw_dict_set(globals, TW_NAME(__builtins__), tw_interp.builtins_module) < 0) {
            return TW_NULL;
        }
    }
    TwValue code;
    if (tw_is_type(src, &tw_type_code)) {
        code = src;
    } else {
        const char *data;
        size_t size;
        if (!source_text(src, &data, &size)) {
            return tw_error(&tw_type_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        }
        if (is_eval) {
            while (size > 0 && (*data == ' ' || *data == '\t')) {
                data++;
                size--;
            }
        }
        code = compile_text(data, size, tw_str_intern_c("<string>"), is_eval ? TW_MODE_EVAL : TW_MODE_EXEC);
        if (!code) {
            return TW_NULL;
        }
    }
    TwValue r = tw_vm_run(TW_OBJ(code, TwCode), globals, locals == globals ? TW_NULL : locals);
    if (!r) {
        return TW_NULL;
    }
    return is_eval ? r : TW_NONE;
}

static TwValue b_exec(int argc, TwValue *argv, TwValue kwnames) {
    return exec_eval("exec", argc, argv, kwnames, false);
}

static TwValue b_eval(int argc, TwValue *argv, TwValue kwnames) {
    return exec_eval("eval", argc, argv, kwnames, true);
}

// ---------------------------------------------------------------- the module

static const TwMethodDef functions[] = {
    {"abs", b_abs, 0, -1, 0},
    {"all", b_all, 0, -1, 0},
    {"any", b_any, 0, -1, 0},
    {"ascii", b_ascii, 0, -1, 0},
    {"bin", b_bin, 0, -1, 0},
    {"callable", b_callable, 0, -1, 0},
    {"chr", b_chr, 0, -1, 0},
    {"compile", b_compile, 0, -1, TW_BUILTIN_KEYWORDS},
    {"delattr", b_delattr, 0, -1, 0},
    {"eval", b_eval, 0, -1, TW_BUILTIN_KEYWORDS},
    {"exec", b_exec, 0, -1, TW_BUILTIN_KEYWORDS},
    {"format", b_format, 0, -1, 0},
    {"getattr", b_getattr, 0, -1, 0},
    {"globals", b_globals, 0, -1, 0},
    {"hasattr", b_hasattr, 0, -1, 0},
    {"hash", b_hash, 0, -1, 0},
    {"hex", b_hex, 0, -1, 0},
    {"id", b_id, 0, -1, 0},
    {"input", b_input, 0, -1, 0},
    {"isinstance", b_isinstance, 0, -1, 0},
    {"issubclass", b_issubclass, 0, -1, 0},
    {"len", b_len, 0, -1, 0},
    {"locals", b_locals, 0, -1, 0},
    {"oct", b_oct, 0, -1, 0},
    {"open", tw_file_open, 0, -1, TW_BUILTIN_KEYWORDS},
    {"ord", b_ord, 0, -1, 0},
    {"print", b_print, 0, -1, TW_BUILTIN_KEYWORDS},
    {"repr", b_repr, 0, -1, 0},
    {"setattr", b_setattr, 0, -1, 0},
    {"vars", b_vars, 0, -1, 0},
    {"__import__", b_import, 0, -1, TW_BUILTIN_KEYWORDS},
    {"__build_class__", tw_build_class, 0, -1, TW_BUILTIN_KEYWORDS},
    {NULL, NULL, 0, 0, 0},
};

static void set_item(TwValue d, const char *name, TwValue v) {
    if (!v || tw_dict_set(d, tw_str_intern_c(name), v) < 0) {
        fprintf(stderr, "twinpy: cannot initialise builtins.%s\n", name);
        abort();
    }
}

static void add_functions(TwValue d, const TwMethodDef *defs, TwValue modname) {
    for (const TwMethodDef *m = defs; m->name; m++) {
        TwValue f = tw_builtin_new(m->name, m->fn, m->min_args, m->max_args, m->flags);
        if (f) {
            TW_OBJ(f, TwBuiltin)->module = modname;
        }
        set_item(d, m->name, f);
    }
}

static void add_type(TwValue d, const char *name, TwType *t) {
    // weak references of types not linked in are NULL; zeroed stand-ins have no type
    if (t && t->hdr.type) {
        set_item(d, name, tw_from_obj(t));
    }
}

void tw_builtins_init(void) {
    tw_file_init();
    tw_builtins2_init();
    tw_traceback_module_register();
    TwValue modname = tw_str_intern_c("builtins");
    TwValue m = tw_module_new(modname);
    if (!m) {
        fprintf(stderr, "twinpy: cannot create the builtins module\n");
        abort();
    }
    tw_interp.builtins_module = m;
    tw_interp.builtins = TW_OBJ(m, TwModule)->dict;
    tw_gc_add_root(&tw_interp.builtins_module);
    tw_gc_add_root(&tw_interp.builtins);
    TwValue d = tw_interp.builtins;

    set_item(d, "None", TW_NONE);
    set_item(d, "Ellipsis", TW_ELLIPSIS);
    set_item(d, "NotImplemented", TW_NOTIMPL);
    set_item(d, "True", TW_TRUE);
    set_item(d, "False", TW_FALSE);
    set_item(d, "__debug__", TW_TRUE);

    add_type(d, "bool", &tw_type_bool);
    add_type(d, "bytearray", &tw_type_bytearray);
    add_type(d, "bytes", &tw_type_bytes);
    add_type(d, "classmethod", &tw_type_classmethod);
    add_type(d, "complex", &tw_type_complex);
    add_type(d, "dict", &tw_type_dict);
    add_type(d, "enumerate", &tw_type_enumerate);
    add_type(d, "filter", &tw_type_filter);
    add_type(d, "float", &tw_type_float);
    add_type(d, "frozenset", &tw_type_frozenset);
    add_type(d, "property", &tw_type_property);
    add_type(d, "int", &tw_type_int);
    add_type(d, "list", &tw_type_list);
    add_type(d, "map", &tw_type_map);
    add_type(d, "memoryview", &tw_type_memoryview);
    add_type(d, "object", &tw_type_object);
    add_type(d, "range", &tw_type_range);
    add_type(d, "reversed", &tw_type_reversed);
    add_type(d, "set", &tw_type_set);
    add_type(d, "slice", &tw_type_slice);
    add_type(d, "staticmethod", &tw_type_staticmethod);
    add_type(d, "str", &tw_type_str);
    add_type(d, "super", &tw_type_super);
    add_type(d, "tuple", &tw_type_tuple);
    add_type(d, "type", &tw_type_type);
    add_type(d, "zip", &tw_type_zip);

#define TW_EXC(name, base) add_type(d, #name, &tw_type_##name);
#include "exceptions.def"
#undef TW_EXC
    add_type(d, "EnvironmentError", &tw_type_OSError);
    add_type(d, "IOError", &tw_type_OSError);

    add_functions(d, functions, modname);
    add_functions(d, tw_builtins2_table(), modname);
    tw_sitebuiltins_init(d);
}
