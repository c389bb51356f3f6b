# Slot wrappers and method descriptors word a wrong self differently.
for f in [lambda: bytes.__repr__(1), lambda: str.upper(1), lambda: list.append(1,2), lambda: dict.__getitem__(1, 2), lambda: int.__add__('a', 1),
          lambda: int.__radd__('a', 1), lambda: list.__iadd__(1, 2), lambda: list.__getitem__(1, 0), lambda: tuple.__getitem__(1, 0),
          lambda: set.__contains__(1, 0), lambda: str.__contains__(1, 0), lambda: object.__format__(1, ''), lambda: int.__format__('', ''), lambda: str.__len__(1),
          lambda: int.__truediv__('', 1), lambda: int.__rtruediv__('', 1), lambda: int.__floor__(''), lambda: str.__mod__(1, 2), lambda: str.__rmod__(1, 2)]:
    try: f()
    except TypeError as e: print(e)
