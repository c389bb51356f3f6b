# Exceptions raised in functions called inside the try: tracebacks go through them.
def parse(s):
    return int(s)

def parse_all(items):
    errors, values = [], []
    for s in items:
        try:
            values.append(parse(s))
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("parse errors", errors)
    return values

def lookup(d, keys):
    missing = [KeyError(k) for k in keys if k not in d]
    if missing:
        raise ExceptionGroup("lookup errors", missing)

def task():
    try:
        print(parse_all(["1", "2"]))
        parse_all(["3", "x", "y"])
    except* ValueError as e:
        print("bad values:", [str(x) for x in e.exceptions])
    try:
        lookup({"a": 1}, ["a", "b"])
    except* LookupError as e:
        print("missing:", e.exceptions)
        raise

def main():
    try:
        task()
    except* TypeError:
        print("not reached")

main()
