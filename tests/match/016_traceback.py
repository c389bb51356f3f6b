# Line numbers of errors raised in patterns, guards and case bodies; the program ends with
# an uncaught exception from inside a case body.
import sys

def lines_of(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        tb = e.__traceback__
        out = []
        while tb is not None:
            out.append(tb.tb_lineno)
            tb = tb.tb_next
        return type(e).__name__, out[1:]
    return None

class Bad:
    __match_args__ = ["a"]
class Eq:
    def __eq__(self, other):
        raise ValueError("eq")

def in_pattern(x):
    match x:
        case [1, 2]:
            pass
        case {"k": Eq.missing}:
            pass
        case Bad(
                1):
            pass

def in_value(x):
    match x:
        case (
            1
            | 2
        ):
            pass

def in_guard(x):
    match x:
        case [a, b] if (
            a / b
        ):
            pass

def in_body(x):
    match x:
        case 1:
            pass
        case n:
            y = 10
            return y // (n - n)

print(lines_of(in_pattern, {"k": 1}))
print(lines_of(in_pattern, Bad()))
print(lines_of(in_value, Eq()))
print(lines_of(in_guard, [1, 0]))
print(lines_of(in_body, 5))

def process(items):
    for item in items:
        match item:
            case {"op": "div", "args": [a, b]}:
                print("dividing", a, b)
                print(a // b)
            case {"op": "neg", "args": [a]}:
                print(-a)

process([{"op": "neg", "args": [3]}, {"op": "div", "args": [7, 2]}, {"op": "div", "args": [1, 0]}])
