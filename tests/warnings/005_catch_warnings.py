# catch_warnings: record=True collects WarningMessage objects; the filters and
# showwarning are restored on exit; nesting; the action= shortcut; misuse.
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(DeprecationWarning("third"))
    print(len(log))
    for w in log:
        print(type(w).__name__, repr(w.message), w.category.__name__, w.lineno, w.line, w.file, w.source)
        print(w.filename == __file__, w.message.args)
    first = log[0]
    print(str(first).replace(__file__, "FILE"))
print(warnings.filters == before, warnings.showwarning is warnings._showwarning_orig)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("raised inside")
    except UserWarning as e:
        print("caught", e)
print(warnings.filters == before)

# nesting: each level restores what it saw
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner")
    warnings.warn("outer 2")
print([str(w.message) for w in outer], [str(w.message) for w in inner])

# without record, warnings are printed as usual
with warnings.catch_warnings() as nothing:
    warnings.simplefilter("always")
    warnings.warn("printed")
print(nothing)

with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print("action caught", e)
    warnings.warn("user warnings still shown")
print(len(warnings.filters))

# restored even when the block raises
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e, warnings.filters == before)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.catch_warnings(True)
except TypeError:
    print("record is keyword-only")
