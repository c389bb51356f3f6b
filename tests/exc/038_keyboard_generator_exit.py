# BaseException subclasses are not caught by "except Exception"
for cls in (KeyboardInterrupt, GeneratorExit, SystemExit):
    try:
        try:
            raise cls()
        except Exception:
            print("wrong: caught by Exception")
    except BaseException as e:
        print("BaseException caught", type(e).__name__)

def g():
    try:
        yield 1
    except GeneratorExit:
        print("generator closing")
        raise

gen = g()
next(gen)
gen.close()
