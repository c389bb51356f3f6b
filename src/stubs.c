// TEMPORARY scaffolding: weak stand-ins for functions not written yet, so the tree
// links during parallel development. Real definitions override these. Delete when done.
#include <stdio.h>
#include <stdlib.h>
#include "ast.h"
#include "bigint.h"
#include "compile.h"
#include "compile_int.h"
#include "config.h"
#include "container.h"
#include "gc.h"
#include "lex.h"
#include "mod_builtins.h"
#include "obj.h"
#include "obj_type.h"
#include "opcodes.h"
#include "parse.h"
#include "runtime.h"
#include "symtable.h"
#include "text.h"
#include "vm.h"
static void stub_missing(const char *name) { fprintf(stderr, "twinpy: %s is not implemented yet\n", name); abort(); }
__attribute__((weak)) int tw_arena_init(TwArena *a) { stub_missing("tw_arena_init"); return 0; }
__attribute__((weak)) void tw_arena_free(TwArena *a) { stub_missing("tw_arena_free"); }
__attribute__((weak)) void * tw_arena_alloc(TwArena *a, size_t size) { stub_missing("tw_arena_alloc"); return 0; }
__attribute__((weak)) TwValue tw_arena_keep(TwArena *a, TwValue v) { stub_missing("tw_arena_keep"); return 0; }
__attribute__((weak)) TwModuleAst * tw_parse(TwArena *arena, const char *src, size_t size, TwValue filename, TwParseMode mode) { stub_missing("tw_parse"); return 0; }
__attribute__((weak)) TwValue tw_ast_dump(TwModuleAst *m) { stub_missing("tw_ast_dump"); return 0; }
__attribute__((weak)) TwValue tw_ast_dump_ex(TwModuleAst *m, bool include_attributes) { stub_missing("tw_ast_dump_ex"); return 0; }
__attribute__((weak)) void tw_bigint_view(TwValue v, TwIntView *out) { stub_missing("tw_bigint_view"); }
__attribute__((weak)) TwValue tw_bigint_from_mag(const uint32_t *d, int64_t n, int sign) { stub_missing("tw_bigint_from_mag"); return 0; }
__attribute__((weak)) TwValue tw_bigint_add(TwValue a, TwValue b, bool subtract) { stub_missing("tw_bigint_add"); return 0; }
__attribute__((weak)) TwValue tw_bigint_mul(TwValue a, TwValue b) { stub_missing("tw_bigint_mul"); return 0; }
__attribute__((weak)) int tw_bigint_divmod(TwValue a, TwValue b, TwValue *q, TwValue *r) { stub_missing("tw_bigint_divmod"); return 0; }
__attribute__((weak)) TwValue tw_bigint_truediv(TwValue a, TwValue b) { stub_missing("tw_bigint_truediv"); return 0; }
__attribute__((weak)) TwValue tw_bigint_pow(TwValue a, TwValue b) { stub_missing("tw_bigint_pow"); return 0; }
__attribute__((weak)) TwValue tw_bigint_powmod(TwValue a, TwValue b, TwValue m) { stub_missing("tw_bigint_powmod"); return 0; }
__attribute__((weak)) TwValue tw_bigint_shift(TwValue a, uint64_t n, bool left) { stub_missing("tw_bigint_shift"); return 0; }
__attribute__((weak)) TwValue tw_bigint_bitop(int op, TwValue a, TwValue b) { stub_missing("tw_bigint_bitop"); return 0; }
__attribute__((weak)) TwValue tw_bigint_neg(TwValue a) { stub_missing("tw_bigint_neg"); return 0; }
__attribute__((weak)) TwValue tw_bigint_abs(TwValue a) { stub_missing("tw_bigint_abs"); return 0; }
__attribute__((weak)) int tw_bigint_cmp(TwValue a, TwValue b) { stub_missing("tw_bigint_cmp"); return 0; }
__attribute__((weak)) uint64_t tw_bigint_bit_length(TwValue a) { stub_missing("tw_bigint_bit_length"); return 0; }
__attribute__((weak)) uint64_t tw_bigint_bit_count(TwValue a) { stub_missing("tw_bigint_bit_count"); return 0; }
__attribute__((weak)) int tw_bigint_to_double(TwValue a, double *out) { stub_missing("tw_bigint_to_double"); return 0; }
__attribute__((weak)) TwValue tw_bigint_from_double(double d) { stub_missing("tw_bigint_from_double"); return 0; }
__attribute__((weak)) int64_t tw_bigint_hash(TwValue a) { stub_missing("tw_bigint_hash"); return 0; }
__attribute__((weak)) char * tw_bigint_to_digits(TwValue a, int base, size_t *len) { stub_missing("tw_bigint_to_digits"); return 0; }
__attribute__((weak)) TwValue tw_bigint_parse_digits(const char *s, size_t n, int base) { stub_missing("tw_bigint_parse_digits"); return 0; }
__attribute__((weak)) TwValue tw_bigint_invmod(TwValue a, TwValue m) { stub_missing("tw_bigint_invmod"); return 0; }
__attribute__((weak)) void tw_int_strip_space(const char **s, size_t *n) { stub_missing("tw_int_strip_space"); }
__attribute__((weak)) char * tw_int_ascii_text(const char *s, size_t n, size_t *outn) { stub_missing("tw_int_ascii_text"); return 0; }
__attribute__((weak)) int tw_float_fmt_parse_spec(TwValue spec, const char *tname, TwNumSpec *out) { stub_missing("tw_float_fmt_parse_spec"); return 0; }
__attribute__((weak)) TwValue tw_float_fmt_finish(const TwNumSpec *spec, const char *sign, const char *prefix, const char *body, size_t body_len, int group_width) { stub_missing("tw_float_fmt_finish"); return 0; }
__attribute__((weak)) int tw_float_fmt_shortest(double d, char *buf, int *decpt) { stub_missing("tw_float_fmt_shortest"); return 0; }
__attribute__((weak)) char * tw_float_fmt_body(double d, char type, int precision, bool alternate, bool add_dot_0) { stub_missing("tw_float_fmt_body"); return 0; }
__attribute__((weak)) TwValue tw_float_fmt_spec(double d, const TwNumSpec *spec, const char *tname) { stub_missing("tw_float_fmt_spec"); return 0; }
__attribute__((weak)) TwValue tw_float_pow(double a, double b) { stub_missing("tw_float_pow"); return 0; }
__attribute__((weak)) TwValue tw_float_from_int_value(TwValue v) { stub_missing("tw_float_from_int_value"); return 0; }
__attribute__((weak)) TwValue tw_complex_pow_values(double ar, double ai, double br, double bi) { stub_missing("tw_complex_pow_values"); return 0; }
__attribute__((weak)) TwValue tw_compile(TwModuleAst *m, TwValue filename, TwValue source_lines) { stub_missing("tw_compile"); return 0; }
__attribute__((weak)) TwValue tw_compile_source(const char *src, size_t size, TwValue filename, TwParseMode mode) { stub_missing("tw_compile_source"); return 0; }
__attribute__((weak)) TwValue tw_source_lines(const char *src, size_t size) { stub_missing("tw_source_lines"); return 0; }
__attribute__((weak)) void tw_dis(TwCode *code) { stub_missing("tw_dis"); }
__attribute__((weak)) int tw_container_index(TwValue key, const char *what, int64_t *index) { stub_missing("tw_container_index"); return 0; }
__attribute__((weak)) TwValue tw_container_iter_self(int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_container_iter_self"); return 0; }
__attribute__((weak)) TwValue tw_container_iter_next(int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_container_iter_next"); return 0; }
__attribute__((weak)) int64_t tw_container_hash(TwValue v) { stub_missing("tw_container_hash"); return 0; }
__attribute__((weak)) int tw_container_eq(TwValue a, TwValue b) { stub_missing("tw_container_eq"); return 0; }
__attribute__((weak)) int tw_container_repr_items(TwBuf *buf, const TwValue *items, size_t n) { stub_missing("tw_container_repr_items"); return 0; }
__attribute__((weak)) TwValue tw_seq_compare(int op, const TwValue *a, size_t na, const TwValue *b, size_t nb) { stub_missing("tw_seq_compare"); return 0; }
__attribute__((weak)) int tw_seq_repeat_count(TwValue n, int64_t *out) { stub_missing("tw_seq_repeat_count"); return 0; }
__attribute__((weak)) int tw_seq_index_bounds(int argc, TwValue *argv, int first, int64_t len, int64_t *start, int64_t *stop) { stub_missing("tw_seq_index_bounds"); return 0; }
__attribute__((weak)) int tw_set_inplace_op(TwValue s, int op, TwValue other) { stub_missing("tw_set_inplace_op"); return 0; }
__attribute__((weak)) size_t tw_dict_nentries(TwValue d) { stub_missing("tw_dict_nentries"); return 0; }
__attribute__((weak)) int tw_dict_equal(TwValue a, TwValue b) { stub_missing("tw_dict_equal"); return 0; }
__attribute__((weak)) void tw_dict_views_init(void) {  }
__attribute__((weak)) TwValue tw_dict_keys_m(int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_dict_keys_m"); return 0; }
__attribute__((weak)) TwValue tw_dict_values_m(int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_dict_values_m"); return 0; }
__attribute__((weak)) TwValue tw_dict_items_m(int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_dict_items_m"); return 0; }
__attribute__((weak)) TwValue tw_dict_iter_m(int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_dict_iter_m"); return 0; }
__attribute__((weak)) TwValue tw_dict_reversed_m(int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_dict_reversed_m"); return 0; }
__attribute__((weak)) TwObject * tw_gc_alloc(TwType *type, size_t size) { stub_missing("tw_gc_alloc"); return 0; }
__attribute__((weak)) void tw_gc_account(int64_t bytes) { stub_missing("tw_gc_account"); }
__attribute__((weak)) void * tw_gc_malloc(size_t size) { stub_missing("tw_gc_malloc"); return 0; }
__attribute__((weak)) void * tw_gc_realloc(void *p, size_t old_size, size_t new_size) { stub_missing("tw_gc_realloc"); return 0; }
__attribute__((weak)) void tw_gc_free(void *p, size_t size) { stub_missing("tw_gc_free"); }
__attribute__((weak)) void tw_gc_mark(TwValue v) { stub_missing("tw_gc_mark"); }
__attribute__((weak)) void tw_gc_mark_obj(void *obj) { stub_missing("tw_gc_mark_obj"); }
__attribute__((weak)) void tw_gc_mark_array(const TwValue *v, size_t n) { stub_missing("tw_gc_mark_array"); }
__attribute__((weak)) void tw_gc_add_root(TwValue *slot) { stub_missing("tw_gc_add_root"); }
__attribute__((weak)) void tw_gc_remove_root(TwValue *slot) { stub_missing("tw_gc_remove_root"); }
__attribute__((weak)) void tw_gc_add_static(void *obj) { stub_missing("tw_gc_add_static"); }
__attribute__((weak)) void tw_gc_add_root_fn(TwGcRootFn fn) { stub_missing("tw_gc_add_root_fn"); }
__attribute__((weak)) void tw_gc_init(void *stack_bottom) {  }
__attribute__((weak)) void tw_gc_collect(void) { stub_missing("tw_gc_collect"); }
__attribute__((weak)) void tw_gc_disable(void) { stub_missing("tw_gc_disable"); }
__attribute__((weak)) void tw_gc_enable(void) { stub_missing("tw_gc_enable"); }
__attribute__((weak)) size_t tw_gc_heap_size(void) { stub_missing("tw_gc_heap_size"); return 0; }
__attribute__((weak)) int tw_lex_run(TwLexer *lx, const char *src, size_t size, TwValue filename) { stub_missing("tw_lex_run"); return 0; }
__attribute__((weak)) void tw_lex_free(TwLexer *lx) { stub_missing("tw_lex_free"); }
__attribute__((weak)) TwValue tw_lex_line(TwLexer *lx, int lineno, bool with_newline) { stub_missing("tw_lex_line"); return 0; }
__attribute__((weak)) int tw_lex_char_col(TwLexer *lx, int lineno, int col) { stub_missing("tw_lex_char_col"); return 0; }
__attribute__((weak)) TwValue tw_lex_error(TwLexer *lx, TwType *type, int line, int col, int end_line, int end_col, const char *fmt, ...) { stub_missing("tw_lex_error"); return 0; }
__attribute__((weak)) int tw_builtins_arity(const char *name, int argc, int min, int max) { stub_missing("tw_builtins_arity"); return 0; }
__attribute__((weak)) int tw_builtins_one_arg(const char *name, int argc) { stub_missing("tw_builtins_one_arg"); return 0; }
__attribute__((weak)) int tw_builtins_npos(int argc, TwValue kwnames) { stub_missing("tw_builtins_npos"); return 0; }
__attribute__((weak)) const TwMethodDef * tw_builtins2_table(void) { stub_missing("tw_builtins2_table"); return 0; }
__attribute__((weak)) void tw_builtins2_init(void) {  }
__attribute__((weak)) void tw_traceback_module_register(void) { stub_missing("tw_traceback_module_register"); }
__attribute__((weak)) TwType tw_type_int;
__attribute__((weak)) TwType tw_type_float;
__attribute__((weak)) TwObject tw_none_obj;
__attribute__((weak)) TwObject tw_true_obj;
__attribute__((weak)) TwObject tw_false_obj;
__attribute__((weak)) TwObject tw_notimpl_obj;
__attribute__((weak)) TwObject tw_ellipsis_obj;
__attribute__((weak)) TwType tw_type_type;
__attribute__((weak)) TwType tw_type_object;
__attribute__((weak)) TwType tw_type_none;
__attribute__((weak)) TwType tw_type_bool;
__attribute__((weak)) TwType tw_type_notimpl;
__attribute__((weak)) TwType tw_type_ellipsis;
__attribute__((weak)) TwType tw_type_complex;
__attribute__((weak)) TwType tw_type_str;
__attribute__((weak)) TwType tw_type_bytes;
__attribute__((weak)) TwType tw_type_bytearray;
__attribute__((weak)) TwType tw_type_tuple;
__attribute__((weak)) TwType tw_type_list;
__attribute__((weak)) TwType tw_type_dict;
__attribute__((weak)) TwType tw_type_set;
__attribute__((weak)) TwType tw_type_frozenset;
__attribute__((weak)) TwType tw_type_range;
__attribute__((weak)) TwType tw_type_slice;
__attribute__((weak)) TwType tw_type_function;
__attribute__((weak)) TwType tw_type_builtin;
__attribute__((weak)) TwType tw_type_method;
__attribute__((weak)) TwType tw_type_code;
__attribute__((weak)) TwType tw_type_cell;
__attribute__((weak)) TwType tw_type_module;
__attribute__((weak)) TwType tw_type_generator;
__attribute__((weak)) TwType tw_type_property;
__attribute__((weak)) TwType tw_type_classmethod;
__attribute__((weak)) TwType tw_type_staticmethod;
__attribute__((weak)) TwType tw_type_super;
__attribute__((weak)) TwType tw_type_traceback;
__attribute__((weak)) TwType tw_type_frame;
__attribute__((weak)) TwType tw_type_member_descr;
__attribute__((weak)) TwType tw_type_getset_descr;
__attribute__((weak)) int64_t tw_int_max_str_digits;
__attribute__((weak)) TwValue tw_empty_tuple;
__attribute__((weak)) TwType tw_type_enumerate;
__attribute__((weak)) TwType tw_type_zip;
__attribute__((weak)) TwType tw_type_map;
__attribute__((weak)) TwType tw_type_filter;
__attribute__((weak)) TwType tw_type_reversed;
__attribute__((weak)) TwType tw_type_UnsupportedOperation;
__attribute__((weak)) TwValue tw_names[TW_NAME_COUNT_];
__attribute__((weak)) bool tw_isinstance_type(TwValue v, const TwType *t) { stub_missing("tw_isinstance_type"); return 0; }
__attribute__((weak)) bool tw_type_is_subtype(const TwType *sub, const TwType *t) { stub_missing("tw_type_is_subtype"); return 0; }
__attribute__((weak)) bool tw_is_intlike(TwValue v) { stub_missing("tw_is_intlike"); return 0; }
__attribute__((weak)) TwValue tw_int_from_i64(int64_t i) { stub_missing("tw_int_from_i64"); return 0; }
__attribute__((weak)) TwValue tw_int_from_u64(uint64_t u) { stub_missing("tw_int_from_u64"); return 0; }
__attribute__((weak)) TwValue tw_int_from_double(double d) { stub_missing("tw_int_from_double"); return 0; }
__attribute__((weak)) bool tw_int_to_i64(TwValue v, int64_t *out) { stub_missing("tw_int_to_i64"); return 0; }
__attribute__((weak)) int tw_int_as_i64(TwValue v, int64_t *out) { stub_missing("tw_int_as_i64"); return 0; }
__attribute__((weak)) int tw_index_as_ssize(TwValue v, int64_t *out) { stub_missing("tw_index_as_ssize"); return 0; }
__attribute__((weak)) double tw_int_to_double(TwValue v) { stub_missing("tw_int_to_double"); return 0; }
__attribute__((weak)) TwValue tw_int_parse(const char *s, size_t len, int base) { stub_missing("tw_int_parse"); return 0; }
__attribute__((weak)) TwValue tw_int_to_str(TwValue v, int base) { stub_missing("tw_int_to_str"); return 0; }
__attribute__((weak)) TwValue tw_int_binop(int op, TwValue a, TwValue b) { stub_missing("tw_int_binop"); return 0; }
__attribute__((weak)) int tw_int_compare(TwValue a, TwValue b) { stub_missing("tw_int_compare"); return 0; }
__attribute__((weak)) TwValue tw_int_neg(TwValue v) { stub_missing("tw_int_neg"); return 0; }
__attribute__((weak)) TwValue tw_int_invert(TwValue v) { stub_missing("tw_int_invert"); return 0; }
__attribute__((weak)) bool tw_int_is_zero(TwValue v) { stub_missing("tw_int_is_zero"); return 0; }
__attribute__((weak)) int tw_int_sign(TwValue v) { stub_missing("tw_int_sign"); return 0; }
__attribute__((weak)) int64_t tw_int_hash(TwValue v) { stub_missing("tw_int_hash"); return 0; }
__attribute__((weak)) TwValue tw_int_format(TwValue v, TwValue spec) { stub_missing("tw_int_format"); return 0; }
__attribute__((weak)) TwValue tw_int_value(TwValue v) { stub_missing("tw_int_value"); return 0; }
__attribute__((weak)) int tw_int_compare_double(TwValue i, double d) { stub_missing("tw_int_compare_double"); return 0; }
__attribute__((weak)) TwValue tw_float_repr(double d) { stub_missing("tw_float_repr"); return 0; }
__attribute__((weak)) TwValue tw_float_format(double d, TwValue spec) { stub_missing("tw_float_format"); return 0; }
__attribute__((weak)) TwValue tw_float_binop(int op, double a, double b) { stub_missing("tw_float_binop"); return 0; }
__attribute__((weak)) int64_t tw_float_hash(double d) { stub_missing("tw_float_hash"); return 0; }
__attribute__((weak)) TwValue tw_float_parse(const char *s, size_t len) { stub_missing("tw_float_parse"); return 0; }
__attribute__((weak)) int tw_number_as_double(TwValue v, double *out) { stub_missing("tw_number_as_double"); return 0; }
__attribute__((weak)) bool tw_is_floatlike(TwValue v) { stub_missing("tw_is_floatlike"); return 0; }
__attribute__((weak)) double tw_float_value(TwValue v) { stub_missing("tw_float_value"); return 0; }
__attribute__((weak)) TwValue tw_complex_new(double real, double imag) { stub_missing("tw_complex_new"); return 0; }
__attribute__((weak)) TwValue tw_str_new(const char *utf8, size_t size) { stub_missing("tw_str_new"); return 0; }
__attribute__((weak)) TwValue tw_str_from_c(const char *cstr) { stub_missing("tw_str_from_c"); return 0; }
__attribute__((weak)) TwValue tw_str_intern(TwValue s) { stub_missing("tw_str_intern"); return 0; }
__attribute__((weak)) TwValue tw_str_intern_c(const char *cstr) { stub_missing("tw_str_intern_c"); return 0; }
__attribute__((weak)) TwValue tw_str_fmt(const char *fmt, ...) { stub_missing("tw_str_fmt"); return 0; }
__attribute__((weak)) TwValue tw_str_vfmt(const char *fmt, va_list ap) { stub_missing("tw_str_vfmt"); return 0; }
__attribute__((weak)) TwValue tw_str_concat(TwValue a, TwValue b) { stub_missing("tw_str_concat"); return 0; }
__attribute__((weak)) bool tw_str_eq(TwValue a, TwValue b) { stub_missing("tw_str_eq"); return 0; }
__attribute__((weak)) bool tw_str_eq_c(TwValue s, const char *cstr) { stub_missing("tw_str_eq_c"); return 0; }
__attribute__((weak)) int64_t tw_str_hash(TwValue s) { stub_missing("tw_str_hash"); return 0; }
__attribute__((weak)) TwValue tw_str_repr(TwValue s) { stub_missing("tw_str_repr"); return 0; }
__attribute__((weak)) TwValue tw_str_format_spec(TwValue s, TwValue spec) { stub_missing("tw_str_format_spec"); return 0; }
__attribute__((weak)) TwValue tw_str_percent_format(TwValue fmt, TwValue args) { stub_missing("tw_str_percent_format"); return 0; }
__attribute__((weak)) TwValue tw_str_from_codepoint(uint32_t cp) { stub_missing("tw_str_from_codepoint"); return 0; }
__attribute__((weak)) int tw_format_spec_parse(TwValue spec, TwFormatSpec *out, TwValue obj) { stub_missing("tw_format_spec_parse"); return 0; }
__attribute__((weak)) TwValue tw_format_pad(TwValue body, const TwFormatSpec *spec, char default_align) { stub_missing("tw_format_pad"); return 0; }
__attribute__((weak)) TwValue tw_format_pad_number(const char *prefix, const char *digits, const TwFormatSpec *spec) { stub_missing("tw_format_pad_number"); return 0; }
__attribute__((weak)) char * tw_format_group_digits(const char *digits, size_t n, char sep, int every, int64_t min_width) { stub_missing("tw_format_group_digits"); return 0; }
__attribute__((weak)) void tw_buf_init(TwBuf *b) {  }
__attribute__((weak)) int tw_buf_append(TwBuf *b, const char *s, size_t n) { stub_missing("tw_buf_append"); return 0; }
__attribute__((weak)) int tw_buf_append_c(TwBuf *b, const char *s) { stub_missing("tw_buf_append_c"); return 0; }
__attribute__((weak)) int tw_buf_append_str(TwBuf *b, TwValue s) { stub_missing("tw_buf_append_str"); return 0; }
__attribute__((weak)) int tw_buf_append_codepoint(TwBuf *b, uint32_t cp) { stub_missing("tw_buf_append_codepoint"); return 0; }
__attribute__((weak)) int tw_buf_printf(TwBuf *b, const char *fmt, ...) { stub_missing("tw_buf_printf"); return 0; }
__attribute__((weak)) TwValue tw_buf_to_str(TwBuf *b) { stub_missing("tw_buf_to_str"); return 0; }
__attribute__((weak)) void tw_buf_free(TwBuf *b) { stub_missing("tw_buf_free"); }
__attribute__((weak)) TwValue tw_bytes_new(const void *data, size_t size) { stub_missing("tw_bytes_new"); return 0; }
__attribute__((weak)) TwValue tw_bytearray_new(const void *data, size_t size) { stub_missing("tw_bytearray_new"); return 0; }
__attribute__((weak)) TwValue tw_tuple_new(size_t n) { stub_missing("tw_tuple_new"); return 0; }
__attribute__((weak)) TwValue tw_tuple_from(size_t n, const TwValue *items) { stub_missing("tw_tuple_from"); return 0; }
__attribute__((weak)) TwValue tw_tuple_pack(int n, ...) { stub_missing("tw_tuple_pack"); return 0; }
__attribute__((weak)) TwValue tw_tuple_from_iterable(TwValue iterable) { stub_missing("tw_tuple_from_iterable"); return 0; }
__attribute__((weak)) int64_t tw_tuple_hash(TwValue t) { stub_missing("tw_tuple_hash"); return 0; }
__attribute__((weak)) TwValue tw_tuple_getitem(TwValue t, TwValue key) { stub_missing("tw_tuple_getitem"); return 0; }
__attribute__((weak)) int tw_repr_enter(TwValue v) { stub_missing("tw_repr_enter"); return 0; }
__attribute__((weak)) void tw_repr_leave(TwValue v) { stub_missing("tw_repr_leave"); }
__attribute__((weak)) TwValue tw_list_new(size_t cap) { stub_missing("tw_list_new"); return 0; }
__attribute__((weak)) TwValue tw_list_from(size_t n, const TwValue *items) { stub_missing("tw_list_from"); return 0; }
__attribute__((weak)) int tw_list_append(TwValue list, TwValue v) { stub_missing("tw_list_append"); return 0; }
__attribute__((weak)) int tw_list_extend(TwValue list, TwValue iterable) { stub_missing("tw_list_extend"); return 0; }
__attribute__((weak)) TwValue tw_list_from_iterable(TwValue iterable) { stub_missing("tw_list_from_iterable"); return 0; }
__attribute__((weak)) int tw_list_sort(TwValue list, TwValue key, bool reverse) { stub_missing("tw_list_sort"); return 0; }
__attribute__((weak)) TwValue tw_dict_new(void) { stub_missing("tw_dict_new"); return 0; }
__attribute__((weak)) int tw_dict_lookup(TwValue d, TwValue key, TwValue *out) { stub_missing("tw_dict_lookup"); return 0; }
__attribute__((weak)) TwValue tw_dict_get_str(TwValue d, TwValue str_key) { stub_missing("tw_dict_get_str"); return 0; }
__attribute__((weak)) TwValue tw_dict_get_c(TwValue d, const char *key) { stub_missing("tw_dict_get_c"); return 0; }
__attribute__((weak)) int tw_dict_set(TwValue d, TwValue key, TwValue value) { stub_missing("tw_dict_set"); return 0; }
__attribute__((weak)) int tw_dict_set_c(TwValue d, const char *key, TwValue value) { stub_missing("tw_dict_set_c"); return 0; }
__attribute__((weak)) int tw_dict_del(TwValue d, TwValue key) { stub_missing("tw_dict_del"); return 0; }
__attribute__((weak)) bool tw_dict_next(TwValue d, size_t *pos, TwValue *key, TwValue *value) { stub_missing("tw_dict_next"); return 0; }
__attribute__((weak)) int tw_dict_update(TwValue d, TwValue other) { stub_missing("tw_dict_update"); return 0; }
__attribute__((weak)) TwValue tw_dict_copy(TwValue d) { stub_missing("tw_dict_copy"); return 0; }
__attribute__((weak)) TwValue tw_set_new(TwType *type) { stub_missing("tw_set_new"); return 0; }
__attribute__((weak)) int tw_set_add(TwValue s, TwValue key) { stub_missing("tw_set_add"); return 0; }
__attribute__((weak)) int tw_set_contains(TwValue s, TwValue key) { stub_missing("tw_set_contains"); return 0; }
__attribute__((weak)) int tw_set_update(TwValue s, TwValue iterable) { stub_missing("tw_set_update"); return 0; }
__attribute__((weak)) int tw_set_discard(TwValue s, TwValue key) { stub_missing("tw_set_discard"); return 0; }
__attribute__((weak)) bool tw_set_next(TwValue s, size_t *pos, TwValue *key) { stub_missing("tw_set_next"); return 0; }
__attribute__((weak)) TwValue tw_seqiter_new(TwValue seq) { stub_missing("tw_seqiter_new"); return 0; }
__attribute__((weak)) TwValue tw_calliter_new(TwValue callable, TwValue sentinel) { stub_missing("tw_calliter_new"); return 0; }
__attribute__((weak)) TwValue tw_slice_new(TwValue start, TwValue stop, TwValue step) { stub_missing("tw_slice_new"); return 0; }
__attribute__((weak)) int64_t tw_slice_indices(TwValue slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step) { stub_missing("tw_slice_indices"); return 0; }
__attribute__((weak)) TwValue tw_builtin_new(const char *name, TwCFunc fn, int min_args, int max_args, int flags) { stub_missing("tw_builtin_new"); return 0; }
__attribute__((weak)) void tw_type_add_methods(TwType *t, const TwMethodDef *defs) { stub_missing("tw_type_add_methods"); }
__attribute__((weak)) void tw_type_add_getsets(TwType *t, const TwGetSetDef *defs) { stub_missing("tw_type_add_getsets"); }
__attribute__((weak)) TwValue tw_method_new(TwValue func, TwValue self) { stub_missing("tw_method_new"); return 0; }
__attribute__((weak)) TwValue tw_cell_new(TwValue v) { stub_missing("tw_cell_new"); return 0; }
__attribute__((weak)) int tw_check_args(const char *fname, int argc, int min, int max) { stub_missing("tw_check_args"); return 0; }
__attribute__((weak)) int tw_check_no_kwargs(const char *fname, TwValue kwnames) { stub_missing("tw_check_no_kwargs"); return 0; }
__attribute__((weak)) int tw_parse_args(const char *fname, int argc, TwValue *argv, TwValue kwnames, const char *const *names, int nnames, int npos_only, int nkw_only_from, int nrequired, TwValue *out) { stub_missing("tw_parse_args"); return 0; }
__attribute__((weak)) TwValue tw_file_new_std(int fd, const char *mode, const char *name) { stub_missing("tw_file_new_std"); return 0; }
__attribute__((weak)) int tw_file_write_str(TwValue file, TwValue str) { stub_missing("tw_file_write_str"); return 0; }
__attribute__((weak)) int tw_file_flush(TwValue file) { stub_missing("tw_file_flush"); return 0; }
__attribute__((weak)) TwValue tw_file_open(int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_file_open"); return 0; }
__attribute__((weak)) void tw_file_init(void) {  }
__attribute__((weak)) bool tw_file_is_builtin(TwValue v) { stub_missing("tw_file_is_builtin"); return 0; }
__attribute__((weak)) TwValue tw_module_new(TwValue name) { stub_missing("tw_module_new"); return 0; }
__attribute__((weak)) void tw_module_register(const char *name, TwModuleInit init) { stub_missing("tw_module_register"); }
__attribute__((weak)) TwValue tw_import(TwValue name, TwValue globals, TwValue fromlist, int level) { stub_missing("tw_import"); return 0; }
__attribute__((weak)) TwValue tw_import_c(const char *name) { stub_missing("tw_import_c"); return 0; }
__attribute__((weak)) TwValue tw_import_from(TwValue module, TwValue name) { stub_missing("tw_import_from"); return 0; }
__attribute__((weak)) int tw_import_star(TwValue module, TwValue locals) { stub_missing("tw_import_star"); return 0; }
__attribute__((weak)) TwValue tw_type_lookup(TwType *t, TwValue name) { stub_missing("tw_type_lookup"); return 0; }
__attribute__((weak)) TwValue tw_type_new_class(TwType *meta, TwValue name, TwValue bases, TwValue dict, TwValue kwnames_kwargs) { stub_missing("tw_type_new_class"); return 0; }
__attribute__((weak)) TwValue tw_build_class(int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_build_class"); return 0; }
__attribute__((weak)) void tw_type_init_builtin(TwType *t, const char *name, TwType *base) { stub_missing("tw_type_init_builtin"); }
__attribute__((weak)) TwValue tw_type_name(TwType *t) { stub_missing("tw_type_name"); return 0; }
__attribute__((weak)) const char * tw_type_cname(TwType *t) { stub_missing("tw_type_cname"); return 0; }
__attribute__((weak)) TwValue tw_error(TwType *type, const char *fmt, ...) { stub_missing("tw_error"); return 0; }
__attribute__((weak)) TwValue tw_error_value(TwType *type, TwValue arg) { stub_missing("tw_error_value"); return 0; }
__attribute__((weak)) TwValue tw_error_nomem(void) { stub_missing("tw_error_nomem"); return 0; }
__attribute__((weak)) TwValue tw_raise(TwValue exc) { stub_missing("tw_raise"); return 0; }
__attribute__((weak)) bool tw_error_occurred(void) { stub_missing("tw_error_occurred"); return 0; }
__attribute__((weak)) bool tw_error_matches(TwType *type) { stub_missing("tw_error_matches"); return 0; }
__attribute__((weak)) TwValue tw_error_fetch(void) { stub_missing("tw_error_fetch"); return 0; }
__attribute__((weak)) void tw_error_restore(TwValue exc) { stub_missing("tw_error_restore"); }
__attribute__((weak)) void tw_error_clear(void) { stub_missing("tw_error_clear"); }
__attribute__((weak)) TwValue tw_exc_new(TwType *type, TwValue args) { stub_missing("tw_exc_new"); return 0; }
__attribute__((weak)) void tw_exc_print(TwValue exc) { stub_missing("tw_exc_print"); }
__attribute__((weak)) int tw_exc_add_traceback(TwValue exc, TwCode *code, uint32_t instr, TwValue frame) { stub_missing("tw_exc_add_traceback"); return 0; }
__attribute__((weak)) TwValue tw_syntax_error(TwType *type, TwValue filename, int line, int col, int end_line, int end_col, TwValue source_line, const char *fmt, ...) { stub_missing("tw_syntax_error"); return 0; }
__attribute__((weak)) void tw_error_set_name_obj(TwValue name, TwValue obj) { stub_missing("tw_error_set_name_obj"); }
__attribute__((weak)) TwValue tw_binop(int op, TwValue a, TwValue b) { stub_missing("tw_binop"); return 0; }
__attribute__((weak)) TwValue tw_compare(int op, TwValue a, TwValue b) { stub_missing("tw_compare"); return 0; }
__attribute__((weak)) int tw_compare_bool(int op, TwValue a, TwValue b) { stub_missing("tw_compare_bool"); return 0; }
__attribute__((weak)) int tw_eq(TwValue a, TwValue b) { stub_missing("tw_eq"); return 0; }
__attribute__((weak)) TwValue tw_neg(TwValue v) { stub_missing("tw_neg"); return 0; }
__attribute__((weak)) TwValue tw_pos(TwValue v) { stub_missing("tw_pos"); return 0; }
__attribute__((weak)) TwValue tw_invert(TwValue v) { stub_missing("tw_invert"); return 0; }
__attribute__((weak)) int tw_truthy(TwValue v) { stub_missing("tw_truthy"); return 0; }
__attribute__((weak)) int64_t tw_hash(TwValue v) { stub_missing("tw_hash"); return 0; }
__attribute__((weak)) TwValue tw_repr(TwValue v) { stub_missing("tw_repr"); return 0; }
__attribute__((weak)) TwValue tw_str(TwValue v) { stub_missing("tw_str"); return 0; }
__attribute__((weak)) TwValue tw_format(TwValue v, TwValue spec) { stub_missing("tw_format"); return 0; }
__attribute__((weak)) TwValue tw_ascii(TwValue v) { stub_missing("tw_ascii"); return 0; }
__attribute__((weak)) int64_t tw_len(TwValue v) { stub_missing("tw_len"); return 0; }
__attribute__((weak)) TwValue tw_getitem(TwValue o, TwValue key) { stub_missing("tw_getitem"); return 0; }
__attribute__((weak)) int tw_setitem(TwValue o, TwValue key, TwValue v) { stub_missing("tw_setitem"); return 0; }
__attribute__((weak)) int tw_delitem(TwValue o, TwValue key) { stub_missing("tw_delitem"); return 0; }
__attribute__((weak)) int tw_contains(TwValue container, TwValue item) { stub_missing("tw_contains"); return 0; }
__attribute__((weak)) TwValue tw_iter(TwValue o) { stub_missing("tw_iter"); return 0; }
__attribute__((weak)) TwValue tw_next(TwValue it) { stub_missing("tw_next"); return 0; }
__attribute__((weak)) TwValue tw_getattr(TwValue o, TwValue name) { stub_missing("tw_getattr"); return 0; }
__attribute__((weak)) TwValue tw_getattr_c(TwValue o, const char *name) { stub_missing("tw_getattr_c"); return 0; }
__attribute__((weak)) TwValue tw_getattr_opt(TwValue o, TwValue name) { stub_missing("tw_getattr_opt"); return 0; }
__attribute__((weak)) int tw_setattr(TwValue o, TwValue name, TwValue v) { stub_missing("tw_setattr"); return 0; }
__attribute__((weak)) TwValue tw_getmethod(TwValue o, TwValue name, TwValue *self_out) { stub_missing("tw_getmethod"); return 0; }
__attribute__((weak)) TwValue tw_object_getattr(TwValue o, TwValue name, bool suppress) { stub_missing("tw_object_getattr"); return 0; }
__attribute__((weak)) int tw_object_setattr(TwValue o, TwValue name, TwValue v) { stub_missing("tw_object_setattr"); return 0; }
__attribute__((weak)) TwValue tw_call(TwValue f, int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_call"); return 0; }
__attribute__((weak)) TwValue tw_call0(TwValue f) { stub_missing("tw_call0"); return 0; }
__attribute__((weak)) TwValue tw_call1(TwValue f, TwValue a) { stub_missing("tw_call1"); return 0; }
__attribute__((weak)) TwValue tw_call2(TwValue f, TwValue a, TwValue b) { stub_missing("tw_call2"); return 0; }
__attribute__((weak)) TwValue tw_call_method(TwValue o, TwValue name, int argc, TwValue *argv) { stub_missing("tw_call_method"); return 0; }
__attribute__((weak)) TwValue tw_call_special(TwValue o, TwValue name, int argc, TwValue *argv, bool *found) { stub_missing("tw_call_special"); return 0; }
__attribute__((weak)) TwValue tw_call_args_tuple(TwValue f, TwValue args, TwValue kwargs) { stub_missing("tw_call_args_tuple"); return 0; }
__attribute__((weak)) bool tw_callable(TwValue v) { stub_missing("tw_callable"); return 0; }
__attribute__((weak)) int tw_isinstance(TwValue o, TwValue cls) { stub_missing("tw_isinstance"); return 0; }
__attribute__((weak)) int tw_issubclass(TwValue c, TwValue cls) { stub_missing("tw_issubclass"); return 0; }
__attribute__((weak)) TwValue tw_sequence_fast(TwValue iterable, size_t *n, TwValue **items) { stub_missing("tw_sequence_fast"); return 0; }
__attribute__((weak)) TwValue tw_object_getattribute_fn;
__attribute__((weak)) TwValue tw_object_setattr_fn;
__attribute__((weak)) TwValue tw_object_delattr_fn;
__attribute__((weak)) TwValue tw_type_getattribute_fn;
__attribute__((weak)) TwValue tw_type_setattr_fn;
__attribute__((weak)) TwValue tw_type_delattr_fn;
__attribute__((weak)) TwValue tw_object_new_fn;
__attribute__((weak)) TwValue tw_object_init_fn;
__attribute__((weak)) TwValue tw_type_call_fn;
__attribute__((weak)) TwValue tw_descr_get(TwValue descr, TwValue obj, TwType *type) { stub_missing("tw_descr_get"); return 0; }
__attribute__((weak)) bool tw_descr_has_get(TwValue descr) { stub_missing("tw_descr_has_get"); return 0; }
__attribute__((weak)) bool tw_descr_is_data(TwValue descr) { stub_missing("tw_descr_is_data"); return 0; }
__attribute__((weak)) int tw_descr_set(TwValue descr, TwValue obj, TwValue v) { stub_missing("tw_descr_set"); return 0; }
__attribute__((weak)) TwValue tw_descr_member_new(TwType *owner, TwValue name, uint32_t offset) { stub_missing("tw_descr_member_new"); return 0; }
__attribute__((weak)) TwValue tw_descr_getset_new(TwType *owner, const TwGetSetDef *def) { stub_missing("tw_descr_getset_new"); return 0; }
__attribute__((weak)) TwValue tw_descr_wrap(TwType *kind, TwValue func) { stub_missing("tw_descr_wrap"); return 0; }
__attribute__((weak)) void tw_descr_init(void) {  }
__attribute__((weak)) TwValue tw_descr_mappingproxy_new(TwValue dict) { stub_missing("tw_descr_mappingproxy_new"); return 0; }
__attribute__((weak)) TwValue tw_call_unbound(TwValue func, TwValue self, int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_call_unbound"); return 0; }
__attribute__((weak)) TwValue tw_type_getattr(TwValue cls, TwValue name, bool suppress) { stub_missing("tw_type_getattr"); return 0; }
__attribute__((weak)) int tw_type_setattr(TwValue cls, TwValue name, TwValue v) { stub_missing("tw_type_setattr"); return 0; }
__attribute__((weak)) void tw_type_update_flags(TwType *t) { stub_missing("tw_type_update_flags"); }
__attribute__((weak)) TwValue tw_super_getattr(TwValue su, TwValue name, bool suppress) { stub_missing("tw_super_getattr"); return 0; }
__attribute__((weak)) TwValue tw_object_dict(TwValue o, bool create) { stub_missing("tw_object_dict"); return 0; }
__attribute__((weak)) TwValue tw_attr_error(TwValue o, TwValue name) { stub_missing("tw_attr_error"); return 0; }
__attribute__((weak)) const char *const tw_opcode_names[OP_COUNT_];
__attribute__((weak)) const uint8_t tw_opcode_argkinds[OP_COUNT_];
__attribute__((weak)) void tw_runtime_init(void *stack_bottom, int argc, char **argv) {  }
__attribute__((weak)) void tw_names_init(void) {  }
__attribute__((weak)) void tw_type_init(void) {  }
__attribute__((weak)) void tw_int_init(void) {  }
__attribute__((weak)) void tw_float_init(void) {  }
__attribute__((weak)) void tw_complex_init(void) {  }
__attribute__((weak)) void tw_str_init(void) {  }
__attribute__((weak)) void tw_bytes_init(void) {  }
__attribute__((weak)) void tw_tuple_init(void) {  }
__attribute__((weak)) void tw_list_init(void) {  }
__attribute__((weak)) void tw_dict_init(void) {  }
__attribute__((weak)) void tw_set_init(void) {  }
__attribute__((weak)) void tw_range_init(void) {  }
__attribute__((weak)) void tw_iter_init(void) {  }
__attribute__((weak)) void tw_func_init(void) {  }
__attribute__((weak)) void tw_gen_init(void) {  }
__attribute__((weak)) void tw_exc_init(void) {  }
__attribute__((weak)) void tw_builtins_init(void) {  }
__attribute__((weak)) void tw_sys_init(int argc, char **argv) {  }
__attribute__((weak)) void tw_import_init(void) {  }
__attribute__((weak)) TwSymtable * tw_symtable_build(TwModuleAst *m, TwValue filename, TwValue source_lines) { stub_missing("tw_symtable_build"); return 0; }
__attribute__((weak)) void tw_symtable_free(TwSymtable *st) { stub_missing("tw_symtable_free"); }
__attribute__((weak)) TwScope * tw_symtable_lookup(TwSymtable *st, const void *node) { stub_missing("tw_symtable_lookup"); return 0; }
__attribute__((weak)) TwSymbol * tw_scope_get(TwScope *s, TwValue name) { stub_missing("tw_scope_get"); return 0; }
__attribute__((weak)) TwValue tw_symtable_mangle(TwValue private_name, TwValue name) { stub_missing("tw_symtable_mangle"); return 0; }
__attribute__((weak)) TwValue tw_symtable_error(TwValue filename, TwValue source_lines, TwPos pos, const char *fmt, ...) { stub_missing("tw_symtable_error"); return 0; }
__attribute__((weak)) TwValue tw_str_empty;
__attribute__((weak)) TwType tw_type_str_iterator;
__attribute__((weak)) TwType tw_type_str_ascii_iterator;
__attribute__((weak)) size_t tw_utf8_count(const char *s, size_t n) { stub_missing("tw_utf8_count"); return 0; }
__attribute__((weak)) size_t tw_utf8_check(const char *s, size_t n, bool allow_surrogates) { stub_missing("tw_utf8_check"); return 0; }
__attribute__((weak)) TwStr * tw_str_alloc(size_t size, size_t length) { stub_missing("tw_str_alloc"); return 0; }
__attribute__((weak)) TwValue tw_str_new_len(const char *utf8, size_t size, size_t length) { stub_missing("tw_str_new_len"); return 0; }
__attribute__((weak)) void tw_str_forget_cursor(const void *p) { stub_missing("tw_str_forget_cursor"); }
__attribute__((weak)) size_t tw_str_offset(TwValue s, size_t i) { stub_missing("tw_str_offset"); return 0; }
__attribute__((weak)) TwValue tw_str_char(uint32_t cp) { stub_missing("tw_str_char"); return 0; }
__attribute__((weak)) uint64_t tw_siphash13(const void *data, size_t n) { stub_missing("tw_siphash13"); return 0; }
__attribute__((weak)) int64_t tw_bytes_hash_raw(const void *data, size_t n) { stub_missing("tw_bytes_hash_raw"); return 0; }
__attribute__((weak)) int tw_buf_reserve(TwBuf *b, size_t extra) { stub_missing("tw_buf_reserve"); return 0; }
__attribute__((weak)) TwValue tw_buf_to_str_len(TwBuf *b, size_t length) { stub_missing("tw_buf_to_str_len"); return 0; }
__attribute__((weak)) int tw_str_repr_buf(TwBuf *b, TwValue s, bool ascii_only) { stub_missing("tw_str_repr_buf"); return 0; }
__attribute__((weak)) TwValue tw_str_ascii_escape(TwValue repr) { stub_missing("tw_str_ascii_escape"); return 0; }
__attribute__((weak)) int64_t tw_text_find(const char *hay, size_t n, const char *needle, size_t m) { stub_missing("tw_text_find"); return 0; }
__attribute__((weak)) int64_t tw_text_rfind(const char *hay, size_t n, const char *needle, size_t m) { stub_missing("tw_text_rfind"); return 0; }
__attribute__((weak)) int64_t tw_text_count(const char *hay, size_t n, const char *needle, size_t m, int64_t maxcount) { stub_missing("tw_text_count"); return 0; }
__attribute__((weak)) TwValue tw_str_new_subclass(TwType *cls, TwValue s) { stub_missing("tw_str_new_subclass"); return 0; }
__attribute__((weak)) TwValue tw_str_join(TwValue sep, TwValue iterable) { stub_missing("tw_str_join"); return 0; }
__attribute__((weak)) bool tw_str_isidentifier(TwValue s) { stub_missing("tw_str_isidentifier"); return 0; }
__attribute__((weak)) void tw_str_methods_init(void) {  }
__attribute__((weak)) void tw_str_methods2_init(void) {  }
__attribute__((weak)) TwValue tw_str_encode(TwValue s, const char *encoding, const char *errors) { stub_missing("tw_str_encode"); return 0; }
__attribute__((weak)) TwValue tw_bytes_decode(const uint8_t *data, size_t n, const char *encoding, const char *errors) { stub_missing("tw_bytes_decode"); return 0; }
__attribute__((weak)) bool tw_bytes_view(TwValue v, const uint8_t **data, size_t *size) { stub_missing("tw_bytes_view"); return 0; }
__attribute__((weak)) TwValue tw_bytes_percent_format(TwValue fmt, TwValue args) { stub_missing("tw_bytes_percent_format"); return 0; }
__attribute__((weak)) TwValue tw_bytes_from_object(TwValue v) { stub_missing("tw_bytes_from_object"); return 0; }
__attribute__((weak)) TwValue tw_bytes_like(TwValue self, const void *data, size_t n) { stub_missing("tw_bytes_like"); return 0; }
__attribute__((weak)) int tw_bytes_repr_buf(TwBuf *b, const uint8_t *d, size_t n) { stub_missing("tw_bytes_repr_buf"); return 0; }
__attribute__((weak)) void tw_bytes_methods_init(void) {  }
__attribute__((weak)) TwValue tw_format_str_with_spec(TwValue s, const TwFormatSpec *spec) { stub_missing("tw_format_str_with_spec"); return 0; }
__attribute__((weak)) TwValue tw_format_str_format(TwValue fmt, int argc, TwValue *args, TwValue kwnames, TwValue mapping) { stub_missing("tw_format_str_format"); return 0; }
__attribute__((weak)) unsigned tw_unicode_flags(uint32_t cp) { stub_missing("tw_unicode_flags"); return 0; }
__attribute__((weak)) int tw_unicode_decimal(uint32_t cp) { stub_missing("tw_unicode_decimal"); return 0; }
__attribute__((weak)) int tw_unicode_digit(uint32_t cp) { stub_missing("tw_unicode_digit"); return 0; }
__attribute__((weak)) int tw_unicode_case(uint32_t cp, int which, uint32_t out[3]) { stub_missing("tw_unicode_case"); return 0; }
__attribute__((weak)) int tw_unicode_lookup_name(const char *name, size_t n) { stub_missing("tw_unicode_lookup_name"); return 0; }
__attribute__((weak)) uint32_t tw_unicode_simple_case(uint32_t cp, int which) { stub_missing("tw_unicode_simple_case"); return 0; }
__attribute__((weak)) TwThreadState tw_ts;
__attribute__((weak)) TwInterp tw_interp;
__attribute__((weak)) TwEvalFn tw_vm_eval;
__attribute__((weak)) TwObject tw_vm_switch_obj;
__attribute__((weak)) TwValue tw_vm_run(TwCode *code, TwValue globals, TwValue locals) { stub_missing("tw_vm_run"); return 0; }
__attribute__((weak)) TwValue tw_function_call(TwValue func, int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_function_call"); return 0; }
__attribute__((weak)) TwValue tw_vm_call_with_locals(TwValue func, TwValue locals) { stub_missing("tw_vm_call_with_locals"); return 0; }
__attribute__((weak)) int tw_enter_recursive_call(const char *where) { stub_missing("tw_enter_recursive_call"); return 0; }
__attribute__((weak)) void tw_leave_recursive_call(void) { stub_missing("tw_leave_recursive_call"); }
__attribute__((weak)) TwValue tw_vm_globals(void) { stub_missing("tw_vm_globals"); return 0; }
__attribute__((weak)) TwValue tw_vm_locals(void) { stub_missing("tw_vm_locals"); return 0; }
__attribute__((weak)) void tw_vm_init(void) {  }
__attribute__((weak)) int tw_frame_lineno(TwFrame *f) { stub_missing("tw_frame_lineno"); return 0; }
__attribute__((weak)) size_t tw_frame_size(TwCode *code) { stub_missing("tw_frame_size"); return 0; }
__attribute__((weak)) TwValue tw_vm_eval_fast(TwFrame *f, int throwflag) { stub_missing("tw_vm_eval_fast"); return 0; }
__attribute__((weak)) TwValue tw_vm_eval_trace(TwFrame *f, int throwflag) { stub_missing("tw_vm_eval_trace"); return 0; }
__attribute__((weak)) TwValue tw_vm_run_frame(TwFrame *f, int throwflag) { stub_missing("tw_vm_run_frame"); return 0; }
__attribute__((weak)) TwFrame * tw_vm_push_frame(TwCode *code, TwValue func, TwValue globals, TwValue builtins, TwValue locals) { stub_missing("tw_vm_push_frame"); return 0; }
__attribute__((weak)) void tw_vm_pop_frame(TwFrame *f) { stub_missing("tw_vm_pop_frame"); }
__attribute__((weak)) int tw_vm_bind_args(TwFrame *f, TwFunction *fn, int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_vm_bind_args"); return 0; }
__attribute__((weak)) void tw_vm_copy_frees(TwFrame *f, TwFunction *fn) { stub_missing("tw_vm_copy_frees"); }
__attribute__((weak)) TwValue tw_function_new(TwValue code, TwValue globals) { stub_missing("tw_function_new"); return 0; }
__attribute__((weak)) TwValue tw_gen_new_call(TwFunction *fn, int argc, TwValue *argv, TwValue kwnames) { stub_missing("tw_gen_new_call"); return 0; }
__attribute__((weak)) int tw_gen_send_ex(TwValue gen, TwValue arg, TwValue *out) { stub_missing("tw_gen_send_ex"); return 0; }
__attribute__((weak)) bool tw_is_gen(TwValue v) { stub_missing("tw_is_gen"); return 0; }
__attribute__((weak)) TwValue tw_vm_load_name(TwFrame *f, TwValue name) { stub_missing("tw_vm_load_name"); return 0; }
__attribute__((weak)) TwValue tw_vm_load_global(TwFrame *f, TwValue name) { stub_missing("tw_vm_load_global"); return 0; }
__attribute__((weak)) TwValue tw_vm_make_function(TwFrame *f, TwValue code, int flags, TwValue *extras) { stub_missing("tw_vm_make_function"); return 0; }
__attribute__((weak)) int tw_vm_unpack(TwValue seq, int before, int after, bool has_star, TwValue *out) { stub_missing("tw_vm_unpack"); return 0; }
__attribute__((weak)) int tw_vm_list_extend(TwValue list, TwValue iterable) { stub_missing("tw_vm_list_extend"); return 0; }
__attribute__((weak)) TwValue tw_vm_call_ex(TwValue func, TwValue args, TwValue kwargs) { stub_missing("tw_vm_call_ex"); return 0; }
__attribute__((weak)) int tw_vm_dict_merge(TwValue dict, TwValue other, TwValue func) { stub_missing("tw_vm_dict_merge"); return 0; }
__attribute__((weak)) TwValue tw_vm_format_value(TwValue v, int conv, TwValue spec) { stub_missing("tw_vm_format_value"); return 0; }
__attribute__((weak)) TwValue tw_vm_build_string(TwValue *items, int n) { stub_missing("tw_vm_build_string"); return 0; }
__attribute__((weak)) int tw_vm_raise(TwValue exc, TwValue cause) { stub_missing("tw_vm_raise"); return 0; }
__attribute__((weak)) int tw_vm_check_exc_match(TwValue exc, TwValue type) { stub_missing("tw_vm_check_exc_match"); return 0; }
__attribute__((weak)) int tw_vm_before_with(TwValue mgr, TwValue *exit_out, TwValue *enter_out) { stub_missing("tw_vm_before_with"); return 0; }
__attribute__((weak)) int tw_vm_handle_breaker(TwFrame *f) { stub_missing("tw_vm_handle_breaker"); return 0; }
__attribute__((weak)) TwValue tw_vm_unbound_error(TwFrame *f, uint32_t index, bool deref) { stub_missing("tw_vm_unbound_error"); return 0; }
__attribute__((weak)) TwValue tw_vm_name_error(TwValue name) { stub_missing("tw_vm_name_error"); return 0; }
__attribute__((weak)) const TwExcEntry * tw_vm_find_handler(TwCode *code, uint32_t lasti) { stub_missing("tw_vm_find_handler"); return 0; }
#define TW_EXC(name, base) __attribute__((weak)) TwType tw_type_##name;
#include "exceptions.def"
#undef TW_EXC
