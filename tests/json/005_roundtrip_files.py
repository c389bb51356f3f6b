# dump/load through files; round trips; JSONDecoder.raw_decode for streams
import json

name = '_tmp_json_005_%d.json' % id(object())

data = {'users': [{'id': i, 'name': 'user%d' % i, 'tags': ['x'] * (i % 3), 'ratio': i / 7} for i in range(5)],
        'ok': True, 'none': None, 'nested': {'a': {'b': [1, 2, {'c': 'é'}]}}}
with open(name, 'w') as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open(name) as f:
    text = f.read()
print(text)
with open(name) as f:
    print(json.load(f) == data)
with open(name, 'w') as f:
    json.dump(data, f)
with open(name, 'rb') as f:
    print(json.load(f) == data)
try:
    import os
    os.remove(name)
except ImportError:
    pass
for obj in [[], {}, '', 0, -1.5, [None, [True, [False]]], {'a': {'b': {}}}, 'é\u2028😀', 10**40]:
    for kw in [{}, {'indent': 1}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
        assert json.loads(json.dumps(obj, **kw)) == obj, (obj, kw)
print('round trips ok')
stream = '{"a": 1} {"b": 2}\n[3, 4]   "five"'
dec = json.JSONDecoder()
pos, out = 0, []
while pos < len(stream):
    while pos < len(stream) and stream[pos].isspace():
        pos += 1
    obj, pos = dec.raw_decode(stream, pos)
    out.append(obj)
print(out)
print(json.loads(json.dumps(data, indent='\t')) == data)
