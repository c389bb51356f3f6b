# `as` takes a plain name: anything after it is invalid syntax
try:
    pass
except ValueError as e.x:
    pass
