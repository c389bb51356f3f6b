# exceptions: exception-heavy control flow. Raising and catching builtin and user-defined
# exceptions (a small hierarchy with attributes), exceptions crossing several frames,
# try/finally, re-raise and chaining, context managers whose __exit__ swallows errors,
# and EAFP-style dict/list/attribute access that fails half of the time.
import sys


class AppError(Exception):
    def __init__(self, code, detail=""):
        Exception.__init__(self, code, detail)
        self.code = code


class ParseError(AppError):
    pass


class RangeError(AppError):
    pass


def parse_digit(ch):
    if "0" <= ch <= "9":
        return ord(ch) - 48
    raise ParseError(ord(ch) % 11, ch)


def check_range(v, limit):
    if v >= limit:
        raise RangeError(v - limit)
    return v


def deep(level, v):
    # The exception starts at the bottom of a few frames and unwinds through finally blocks.
    try:
        if level == 0:
            return check_range(v, 7)
        return deep(level - 1, v + 1)
    finally:
        pass


class Suppress:
    def __init__(self, kind):
        self.kind = kind
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        if typ is not None and issubclass(typ, self.kind):
            self.caught += 1
            return True
        return False


class Thing:
    def __init__(self, i):
        if i % 2:
            self.extra = i


def main(n):
    text = "".join("0123456789abcdefghij"[(i * 7 + i // 3) % 20] for i in range(200))
    score = 0
    errors = 0

    # 1. Parsing with a user-defined exception hierarchy.
    for rep in range(n):
        ch = text[rep % len(text)]
        try:
            score += parse_digit(ch)
        except ParseError as e:
            errors += 1
            score += e.code

    # 2. Exceptions that cross frames, caught by a base class.
    for rep in range(n):
        try:
            score += deep(3, rep % 8)
        except AppError as e:
            errors += 1
            score += e.code * 3

    # 3. EAFP lookups: KeyError, IndexError, AttributeError.
    table = {i: i * i for i in range(0, 100, 2)}
    seq = list(range(50))
    things = [Thing(i) for i in range(10)]
    for rep in range(n):
        k = rep % 100
        try:
            score += table[k]
        except KeyError:
            errors += 1
        try:
            score += seq[k]
        except IndexError:
            errors += 1
        try:
            score += things[rep % 10].extra
        except AttributeError:
            errors += 1

    # 4. Re-raise, chaining, finally counting, and a suppressing context manager.
    finals = 0
    guard = Suppress(ArithmeticError)
    for rep in range(n // 2):
        try:
            try:
                if rep % 3 == 0:
                    raise ValueError(rep)
                score += 10 // (rep % 4)
            except ZeroDivisionError as e:
                raise LookupError("wrapped") from e
            finally:
                finals += 1
        except LookupError as e:
            errors += 1
            if isinstance(e.__cause__, ZeroDivisionError):
                score += 5
        except ValueError as e:
            score += e.args[0] % 10
        with guard:
            score += 100 // (rep % 5)
    print("exceptions", n, score, errors, finals, guard.caught)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
