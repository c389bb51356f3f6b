# several types without parentheses
try:
    pass
except* ValueError, TypeError as e:
    pass
