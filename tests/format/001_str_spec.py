# format() of strings with the format-spec mini-language
for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", "-<6", "é>5", ".2", "10.3", ">8.1s", "^3", "0", "05", "<05", "x<05", "3"]:
    print(repr(spec), repr(format("abcd", spec)), repr(format("é€", spec)))
print(repr("{:>{}}".format("x", 4)), repr(f"{'ab':_^8}"), repr(format("", "^4")))
for spec in ["d", "+", " ", "=5", "#", ",", "_", "z", "xyz", "1" * 30, ".", "5.", "\x01"]:
    try:
        print(repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
