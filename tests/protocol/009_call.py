# __call__ and callable().
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2])))


class NotCallable:
    pass


print(callable(NotCallable()), callable(len), callable(5), callable(print), callable(lambda: 0))
for f in [NotCallable(), 5, "s", None]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class CallCls:
    def __call__(self):
        return "instance call"


c = CallCls()
c.__call__ = lambda: "instance attr"
print(c(), c.__call__())


class Deep:
    def __call__(self):
        return Deep()


print(type(Deep()()()()).__name__)


class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), len(fib.cache))
