# match, case and _ stay ordinary names wherever a match statement cannot start.
match = [1, 2, 3]
case = {"a": 1}
print(match[0], case["a"])
match not in [[1]]
match * 2
match - match if False else None
print(match not in [[1]], match * 2)
match[1] = 20
print(match)
print(match [2])
def match_(*a):
    return a
match = match_
print(match(1), match (2, 3))
match = 5
match -1:
    case -1:
        print("a match statement on -1")
print(match - 1, match * 2)
case = 3
match case:
    case 3:
        print("matched case =", case)
match match:
    case match if match == 5:
        print("match captured itself:", match)
_ = "u"
match _:
    case "u":
        print("matching on _")

class match:
    case = "class attribute named case"
print(match.case)
def case(match, case):
    return match + case
print(case(1, 2))
match (1, 2):
    case (match, case):
        print("captured", match, case)
import sys
x = [match for match in range(3)]
print(x)
