# str.format: automatic and manual numbering, keywords, escaped braces
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30), "{0}-{k}".format("p", k="kw"))
print("{{}} {{{}}} }}{{".format("in"), "{{literal}}".format())
print("no fields".format(1, 2), "".format(), "{}".format(""))
print("{}".format(None), "{}".format([1, 2]), "{}".format({"a": 1}), "{}".format((1,)))
print("é{}€{}😀".format("ü", "ñ"))
print("{0}{0}{0}".format("ab"), "{:}".format(5), "{!s:}".format("q"))
args = ["x", "y"]
kw = {"a": 1}
print("{} {} {a}".format(*args, **kw))
print(str.format("{}+{}", 1, 2), "{0[0]}{0[1]}".format("hi"))
