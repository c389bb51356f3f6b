# format() with the integer format-spec mini-language.
specs = ["", "d", "5", "<5", "^7", "*>8", "+d", " d", "08", "=+8", ",", "_", "010,", "08,",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#010_x", "n", "e", ".2f", "%", "g"]
for s in specs:
    print(repr(s), repr(format(1234, s)), repr(format(-1234, s)), repr(format(65, s)))
print(format(2 ** 100, ","), format(-(2 ** 70), "_x"), format(10 ** 25, ".3e"))
for s in ["q", ".2", ",x", "+c", "z", "#c", ",n", "abc", "_,"]:
    try:
        print(format(12, s))
    except ValueError as e:
        print(e)
try:
    format(-1, "c")
except OverflowError as e:
    print(e)
print(f"{255:#06x} {7:03} {1000000:,} {42:>6} {42:<6}|")
