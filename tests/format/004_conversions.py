# conversions !r !s !a, with and without specs
class C:
    def __repr__(self):
        return "C<é>"
    def __str__(self):
        return "c-str"
    def __format__(self, spec):
        return "fmt[" + spec + "]"
c = C()
print("{0} {0!s} {0!r} {0!a}".format(c))
print("{0:xyz} {0!s:>8} {0!r:^10}|".format(c))
print("{!r}".format("quote'd"), "{!a}".format("ünï"), "{!s}".format(1.5), "{!r:>6}".format(1))
print(f"{c} {c!s} {c!r} {c!a} {c:spec}")
for f in ["{!x}", "{!}", "{0!r x}", "{!rr}"]:
    try:
        print(f.format(1))
    except ValueError as e:
        print(repr(f), "ValueError", e)
