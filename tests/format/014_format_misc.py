# format() builtin and __format__ protocol of user classes
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$%.2f" % self.v
        return format(self.v, spec)
m = Money(3.5)
print(format(m, "usd"), format(m, ".1f"), "{:usd}".format(m), f"{m:usd} {m:>8.3f}")
class Plain:
    pass
print(format(Plain(), "")[:7] == "<__main", "{}".format(Plain()).startswith("<"))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError", e)
print(format("s"), format(5), format(2.5), format(True), format(True, "d"), format(None))
print(str.__format__("abc", ">5"), "abc".__format__(""), "x".__format__("^3"))
try:
    "x".__format__(5)
except TypeError as e:
    print("TypeError", e)
