# SyntaxErrors in patterns, reported by compile() with CPython's message and position.
sources = [
    # unreachable cases
    "match x:\n case 1: pass\n case y: pass\n case 2: pass",
    "match x:\n case _: pass\n case 2: pass",
    "match x:\n case (y): pass\n case 2: pass",
    "match x:\n case y as z: pass\n case 2: pass",
    "match x:\n case y | 1: pass",
    "match x:\n case (1 | y): pass\n case 2: pass",
    "match x:\n case (_ | x): pass",
    "match x:\n case z:\n  pass\n case _: pass",
    # names
    "match x:\n case [a, a]: pass",
    "match x:\n case C(x, x): pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case [a, ([a] | [a])]: pass",
    "match x:\n case 1 | (y as z): pass",
    "match x:\n case [x, y] | {'a': x}: pass",
    "match x:\n case (a as b) | (b as a): pass",
    "match x:\n case __debug__: pass",
    "match x:\n case 1 as __debug__: pass",
    "match x:\n case [*__debug__]: pass",
    "match x:\n case {**__debug__}: pass",
    "match x:\n case C(__debug__=1): pass",
    "match x:\n case C(x=__debug__): pass",
    # structure
    "match x:\n case [a, *b, *c]: pass",
    "match x:\n case [*_, *_]: pass",
    "match x:\n case {1: a, 1: b}: pass",
    "match x:\n case {'a': a, 'a': b}: pass",
    "match x:\n case {0: 1, False: 2}: pass",
    "match x:\n case {-0: 1, 0: 2}: pass",
    "match x:\n case {1+2j: 1, 1+2j: 2}: pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case C(a=1, b, c): pass",
    # the pattern grammar
    "match x:\n case 1 + 2: pass",
    "match x:\n case 1j + 2j: pass",
    "match x:\n case -1j - 2j: pass",
    "match x:\n case 1 - -2j: pass",
    "match x:\n case -x: pass",
    "match x:\n case f'a': pass",
    "match x:\n case 'a' f'b': pass",
    "match x:\n case *a: pass",
    "match x:\n case {**_}: pass",
    "match x:\n case {**a, 1: b}: pass",
    "match x:\n case {**a, **b}: pass",
    "match x:\n case {(): 1}: pass",
    "match x:\n case y as _: pass",
    "match x:\n case y as z.w: pass",
    "match x:\n case 1 as 2: pass",
    "match x:\n case [1, 2] as [a, b]: pass",
    "match x:\n case 1(1): pass",
    "match x:\n case a := 1: pass",
    "match x:\n case True as t | False: pass",
    "match x:\n case 1 pass",
    "match x:\n case 1\n  pass",
    "match x\n case 1: pass",
    "match *x:\n case _: pass",
    "match x:\n pass",
    "match x:\ncase 1: pass",
    "match x:\n case 1:\n pass",
]
for src in sources:
    try:
        compile(src, "<pattern>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

# Valid corner cases compile.
for src in [
    "match x:\n case y if y: pass\n case 2: pass",
    "match x:\n case _ if x: pass\n case _: pass",
    "match x:\n case (a, b) | (b, a): pass",
    "match x:\n case {a.b: 1, a.b: 2}: pass",
    "match x:\n case {b'a': 1, 'a': 2}: pass",
    "match x:\n case a.b(): pass\n case _: pass",
    "match x:\n case -1.5 - 2j | 'a' 'b' | None | True | False: pass",
    "match x:\n case [1, 2,]: pass",
    "match x:\n case C(1, 2, a=3,): pass",
    "match x:\n case {1: _,}: pass",
    "match x, y:\n case _: pass",
    "match x, *y:\n case _: pass",
]:
    compile(src, "<pattern>", "exec")
    print("ok:", repr(src))
