# AssertionError from assert, with and without a message
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)

try:
    assert False, "custom message"
except AssertionError as e:
    print(repr(e))

try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)

def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x

print(check(1))
check(-2)
