print(eval("1 + 2 * 3"), eval("  x", {"x": 5}), eval("[i * i for i in range(4)]"))
g = {"a": 2}
print(eval("a * 10", g), eval("a + b", g, {"b": 3}))
exec("y = 10\nz = y * 2", g)
print(g["y"], g["z"], "__builtins__" in g)
ns = {}
exec("def f(n):\n    return n + 1\nr = f(4)", ns)
print(ns["r"], ns["f"](10))
loc = {}
exec("q = 1", {}, loc)
print(loc)
x = 7
print(eval("x + 1"))
exec("print('exec prints', x)")

def scope():
    local_v = 3
    return eval("local_v * 2")
print(scope())

code = compile("40 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
code = compile("w = 5", "<stmt>", "exec")
d = {}
exec(code, d)
print(d["w"])
print(exec("1"), eval(b"3"))

for f in [lambda: eval(1), lambda: exec(1), lambda: eval("x", []), lambda: eval("1", {}, 1),
          lambda: eval("1 +"), lambda: exec("x = ", {}), lambda: eval("undefined_thing"),
          lambda: exec("raise KeyError('in exec')"), lambda: eval("")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
