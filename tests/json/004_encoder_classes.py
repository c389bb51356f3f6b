import json
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}, 'c': 1+2j}, cls=E))
print(E(indent=1).encode([{1, 2}]))
try: json.dumps({'x': object()}, cls=E)
except TypeError as e: print('TypeError', e)
print(json.dumps([1, object()], default=repr)[:13])
print(json.dumps({(1, 2): 1, 'a': 2}, skipkeys=True), json.dumps({(1, 2): 1, 'a': 2}, skipkeys=True, indent=1))
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
class MyDict(dict): pass
class MyList(list): pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyDict(a=1), MyList([1]), (1, 2), True]))
print(json.dumps({MyInt(3): 1, MyFloat(1.5): 2, MyStr('k'): 3, False: 4}))
print(json.dumps(10**30), json.dumps(-10**30), json.dumps(1/3), json.dumps(1e-7), json.dumps(123456789.0))
d = [[]]
x = d
for i in range(100000): x.append([]); x = x[-1]
try: json.dumps(d)
except RecursionError as e: print('RecursionError', e)
try: json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e: print('RecursionError', e)
try: json.loads('{"a":' * 100000 + '1' + '}' * 100000)
except RecursionError as e: print('RecursionError', e)
try: json.dumps({'a': [1, {'b': l}]} if (l := []) or l.append(l) is None else 0, check_circular=True)
except ValueError as e: print('ValueError', e)
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=0))
print(json.dumps({}, indent=4), json.dumps([], indent=4), json.dumps([[]], indent=4))
print(json.dumps({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_keys=True, indent=2))
try: json.dumps({1: 2, 'a': 3}, sort_keys=True)
except TypeError as e: print('TypeError', e)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx {"a": 1}', 3), dec.decode('  {"é": "ü"} \n'))
print(json.decoder.JSONDecodeError, json.JSONDecodeError.__mro__[1], issubclass(json.JSONDecodeError, ValueError))
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
print(json.encoder.encode_basestring('a"b'), json.encoder.encode_basestring_ascii('é'), json.decoder.scanstring('"abc"x', 1))
print(json.loads('"\\u0041\\n"'), json.loads('["a", "a"]'), json.loads('{"k": "v", "k": "w"}'))
print(json.dumps('\ud800'), json.loads('"\\udc00\\ud800"') == '\udc00\ud800')
print(json.dumps(float('nan')), json.dumps([float('-inf')]))
print(json.loads('1' * 100)[:0] if False else len(str(json.loads('1' * 100))))
print(json.loads('[1,\t2,\r\n3]'), json.loads('{ }'), json.loads('[ ]'))
print(json.dumps("\u2028\u2029"), json.dumps(["a\\b"]))
print(json.dumps(None), json.dumps(True), json.dumps('x'), json.loads('null'), json.loads('true'), json.loads('false'))
