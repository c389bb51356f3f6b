# The whole program fails to parse: keyword sub-patterns must follow positional ones.
print("never printed")

match point:
    case Point(x=0, 1):
        pass
