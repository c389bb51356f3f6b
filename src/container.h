// Private helpers shared by the container files (obj_tuple.c, obj_list.c, list_sort.c,
// obj_dict.c, obj_set.c, obj_range.c, obj_iter.c). Nothing outside them includes this.
#ifndef TW_CONTAINER_H
#define TW_CONTAINER_H

#include "obj.h"

// Classify a subscript of a sequence: 1 and *index set for an int (or __index__) key,
// 0 for a slice, -1 with TypeError "<what> indices must be integers or slices, not T".
int tw_container_index(TwValue key, const char *what, int64_t *index) TW_RAISES;
// Generic dunders for iterator types: __iter__ returns self; __next__ calls type->iternext
// and raises StopIteration at the end.
TwValue tw_container_iter_self(int argc, TwValue *argv, TwValue kwnames);
TwValue tw_container_iter_next(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
// Hash one element: fast for str and small ints, else tw_hash (may raise).
int64_t tw_container_hash(TwValue v) TW_RAISES;
// Equality of two elements already known to have equal hashes (or any two): identity,
// str fast path, then tw_eq.
int tw_container_eq(TwValue a, TwValue b) TW_RAISES;
// Join reprs of n items with ", " into buf (used by list/tuple/set reprs).
int tw_container_repr_items(TwBuf *buf, const TwValue *items, size_t n) TW_RAISES;
// Lexicographic rich comparison of two item arrays (tuple, list).
TwValue tw_seq_compare(int op, const TwValue *a, size_t na, const TwValue *b, size_t nb) TW_RAISES;
// Count for seq * n: 1 with *out set, 0 if n is not an integer (NotImplemented), -1 error.
int tw_seq_repeat_count(TwValue n, int64_t *out) TW_RAISES;
// Optional start/stop arguments of index() at argv[first], argv[first+1], clamped to len.
int tw_seq_index_bounds(int argc, TwValue *argv, int first, int64_t len, int64_t *start, int64_t *stop) TW_RAISES;
// In-place set operations on a set `s` with any iterable (obj_set.c): op is one of
// '|' update, '-' difference_update, '^' symmetric_difference_update, '&' intersection_update.
int tw_set_inplace_op(TwValue s, int op, TwValue other) TW_RAISES;
// dict internals for dict_views.c (obj_dict.c).
size_t tw_dict_nentries(TwValue d);          // entries including deleted ones
int tw_dict_equal(TwValue a, TwValue b) TW_RAISES;   // two dicts: 1, 0, -1
void tw_dict_views_init(void);               // dict_views.c
// dict methods implemented in dict_views.c.
TwValue tw_dict_keys_m(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
TwValue tw_dict_values_m(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
TwValue tw_dict_items_m(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
TwValue tw_dict_iter_m(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;
TwValue tw_dict_reversed_m(int argc, TwValue *argv, TwValue kwnames) TW_RAISES;

#endif
