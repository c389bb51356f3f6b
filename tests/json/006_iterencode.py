# JSONEncoder.iterencode yields CPython's chunks; dump writes them
import json

enc = json.JSONEncoder()
print(list(enc.iterencode([1, 'a', None, [2, 3], {'k': [True]}])))
print(list(json.JSONEncoder(indent=2, sort_keys=True).iterencode({'b': [1, {}], 'a': {'c': 'x'}})))
print(list(json.JSONEncoder(separators=(',', ':')).iterencode({'a': [1.5, float('inf')]})))
print(list(enc.iterencode('string')), list(enc.iterencode(5)), list(enc.iterencode([])))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
json.dump({'a': [1, 2], 'b': 'c'}, w)
print(w.parts, ''.join(w.parts))
w = W()
json.dump([1, {'x': None}], w, indent=1)
print(w.parts)
class Enc(json.JSONEncoder):
    def default(self, o):
        return {'__set__': sorted(o)}
print(list(Enc().iterencode({'s': {2, 1}})))
try:
    list(json.JSONEncoder(allow_nan=False).iterencode([float('nan')]))
except ValueError as e:
    print('ValueError', e)
l = [1]
l.append(l)
try:
    list(enc.iterencode(l))
except ValueError as e:
    print('ValueError', e)
