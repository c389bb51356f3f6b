# Errors raised while matching, with CPython's messages.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class NoArgs:
    pass
class ListArgs:
    __match_args__ = ["a"]
class IntArgs:
    __match_args__ = ("a", 2)
    a = 1
class Twice:
    __match_args__ = ("a", "a")
    a = 1
class One:
    __match_args__ = ("a",)
    a = 1

def m_noargs():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def m_too_many():
    match One():
        case One(1, 2):
            return "matched"
def m_list_args():
    match ListArgs():
        case ListArgs(1):
            return "matched"
def m_int_args():
    match IntArgs():
        case IntArgs(1, 2):
            return "matched"
def m_twice():
    match Twice():
        case Twice(x, y):
            return "matched"
def m_pos_and_kw():
    match One():
        case One(x, a=y):
            return "matched"
def m_not_a_class():
    match 1:
        case len():
            return "matched"
def m_not_a_class_instance():
    f = 42
    match 1:
        case f.real():
            return "matched"
def m_builtin_two():
    match "s":
        case str(a, b):
            return "matched"

attempt("no __match_args__", m_noargs)
attempt("too many positional", m_too_many)
attempt("list __match_args__", m_list_args)
attempt("non-str element", m_int_args)
attempt("same attribute twice", m_twice)
attempt("positional and keyword", m_pos_and_kw)
attempt("len()", m_not_a_class)
attempt("int.real()", m_not_a_class_instance)
attempt("str(a, b)", m_builtin_two)

# The type check happens first: a non-instance never looks at __match_args__.
def m_wrong_type():
    match "not a NoArgs":
        case NoArgs(1, 2, 3):
            return "matched"
        case _:
            return "no match, no error"
attempt("wrong type", m_wrong_type)

# Duplicate keys found at run time (value patterns).
class K:
    one = 1
    also_one = 1
def m_dup_keys():
    match {1: "a"}:
        case {K.one: _, K.also_one: _}:
            return "matched"
def m_dup_mixed():
    match {1: "a", 2: "b"}:
        case {1: _, K.one: _}:
            return "matched"
attempt("duplicate value keys (short dict)", m_dup_keys)
attempt("duplicate literal and value key", m_dup_mixed)

# Unhashable key values.
class H:
    key = []
def m_unhashable():
    match {1: 2}:
        case {H.key: _}:
            return "matched"
attempt("unhashable key", m_unhashable)

# Exceptions from user code propagate: __eq__, __len__, get, attributes, guards.
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("no comparing")
class BadLen(list):
    def __len__(self):
        raise RuntimeError("no len")
class BadGet(dict):
    def get(self, key, default=None):
        raise KeyError(key)
class BadAttr:
    @property
    def x(self):
        raise ValueError("bad x")

def m_eq():
    match BadEq():
        case 1:
            return "matched"
def m_len():
    match BadLen([1]):
        case [x]:
            return "matched"
def m_get():
    match BadGet(a=1):
        case {"a": 1}:
            return "matched"
def m_attr():
    match BadAttr():
        case BadAttr(x=1):
            return "matched"
def m_guard():
    match 0:
        case n if 1 / n:
            return "matched"
def m_len_huge():
    class Huge(list):
        def __len__(self):
            return 2 ** 100
    match Huge():
        case [*_, 1]:
            return "matched"
attempt("__eq__", m_eq)
attempt("__len__", m_len)
attempt("get", m_get)
attempt("property", m_attr)
attempt("guard", m_guard)
attempt("huge __len__", m_len_huge)

# A mapping whose get() claims keys it does not hold: **rest cannot delete them.
class Liar(dict):
    def get(self, key, default=None):
        return "lie"
def m_liar():
    match Liar(other=1):
        case {"ghost": v, **rest}:
            return v, rest
attempt("lying get", m_liar)
