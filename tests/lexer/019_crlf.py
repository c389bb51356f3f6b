x = 1
if x:
    print('crlf', x)
s = '''a
b'''
print(repr(s))
