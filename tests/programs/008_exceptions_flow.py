def parse(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError as e:
            out.append(None)
            print("bad:", e)
        else:
            print("ok:", item)
        finally:
            print("done", item)
    return out


print(parse(["1", "x", "3"]))


def cleanup():
    try:
        return "from try"
    finally:
        print("finally runs")


print(cleanup())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
