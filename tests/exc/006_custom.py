# user-defined exception classes with their own attributes and methods
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message

    def describe(self):
        return "[%d] %s" % (self.code, self.message)

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, "not found: " + what)
        self.what = what

try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e.code, e.what, e.describe())
    print(e.args, str(e), repr(e))
    print(sorted(e.__dict__.items()))

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b

e = NoSuper(1, 2)
print(e.args, e.a, e.b, str(e), repr(e))

class Attr(Exception):
    pass
e = Attr("x")
e.extra = [1, 2]
print(e.extra, hasattr(e, "extra"), hasattr(e, "nothing"))

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("given"))

class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("m")
except AttributeError as e:
    print("caught as AttributeError:", repr(e))

class Deep(NotFound):
    pass
try:
    raise Deep("deep")
except NotFound as e:
    print(e.code, isinstance(e, AppError), Deep.__mro__[1].__name__)

try:
    raise AppError(1, "x")
except NotFound:
    print("wrong")
except AppError as e:
    print("right", e.describe())
