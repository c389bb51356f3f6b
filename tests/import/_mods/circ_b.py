import _mods.circ_a
B = "b"
def partial():
    return hasattr(_mods.circ_a, "A")
