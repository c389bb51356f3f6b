import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for w in ['if', 'If', 'match', 'case', '_', 'print', 'None', 'async', 'await', '', 'yield']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(3))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError", e)
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print([k for k in keyword.kwlist if k.istitle()])
import builtins
print([k for k in keyword.kwlist if hasattr(builtins, k)])
for k in keyword.kwlist:
    try:
        exec(k + " = 1")
        print("assigned", k)
    except SyntaxError:
        pass
