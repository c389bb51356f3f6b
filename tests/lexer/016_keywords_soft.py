match = 1
case = 2
_ = 3
print(match, case, _)
def match_(x):
    match x:
        case 1:
            return "one"
        case [a, b]:
            return f"pair {a} {b}"
        case _:
            return "other"
print(match_(1), match_([1, 2]), match_("x"))
