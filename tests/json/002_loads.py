# json.loads: values, whitespace, escapes, hooks, bytes input
import json

print(json.loads('{"name": "Ada", "langs": ["en", "fr"], "age": 36, "x": null}'))
print(json.loads('[1, -2, 3.5, -4.25e2, 1E3, 0, -0, 0.0, 1e-5, 123456789012345678901234567890]'))
print(json.loads(' \n\t\r [ true , false , null ] \n'))
print(repr(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\u20ac\\ud83d\\ude00"')))
print(json.loads('"plain é text"'), json.loads('{"": ""}'), json.loads('[[[[]]]]'))
print(json.loads('{"a": {"b": {"c": [1, {"d": 2}]}}}')['a']['b']['c'][1]['d'])
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"x": 1.5, "y": 2}', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('{"b": 1, "a": 2, "b": 3}'), json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
def hook(d):
    return Point(d['x'], d['y']) if set(d) == {'x', 'y'} else d
print(json.loads('[{"x": 1, "y": 2}, {"x": 3, "y": 4, "z": 5}]', object_hook=hook))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hooked', object_pairs_hook=lambda p: 'pairs'))
def no_constants(c):
    raise ValueError('invalid constant ' + c)
try:
    json.loads('[1, NaN]', parse_constant=no_constants)
except ValueError as e:
    print('ValueError', e)
print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'[true]')), json.loads('"x"'.encode('utf-16')))
print(json.loads(b'\xef\xbb\xbf[1]'), json.loads('[2]'.encode('utf-32')), json.loads('[3]'.encode('utf-16-le')))
print(json.loads('"a\tb\nc"', strict=False))
print(json.loads('1.0'), type(json.loads('1.0')).__name__, type(json.loads('1')).__name__, json.loads('-1e0'))
print(json.loads('{"\\u00e9": "\\u00E9"}'), json.loads('["\\ud800x"]') == ['\ud800x'])
text = json.dumps({'k%d' % i: [i, str(i)] for i in range(50)})
print(json.loads(text) == {'k%d' % i: [i, str(i)] for i in range(50)})
