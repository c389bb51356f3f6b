# Set displays of constants: CPython folds them into a frozenset constant, which changes
# the insertion order for colliding hashes.
print({9, 17, 25, 1})
print(frozenset({9, 17, 25, 1}))
x = 25
print({9, 17, x, 1})
print({1, 9, 17, 25, 33, 41})
