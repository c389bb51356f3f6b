# unparenthesized exception types with `as`: the error reaches the colon
try:
    pass
except ValueError, TypeError as e  :
    pass
