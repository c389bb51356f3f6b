# Uncaught: an exception raised in a handler (with the matched part as its context)
# and the unmatched rest, printed as one group.
def check(items):
    errors = [ValueError(f"bad item {i}") for i in items if i < 0]
    errors.append(TypeError("wrong type"))
    raise ExceptionGroup("check failed", errors)

def main():
    try:
        check([1, -2, 3, -4])
    except* ValueError as e:
        print("fixing", len(e.exceptions), "values")
        raise RuntimeError("could not fix")

main()
