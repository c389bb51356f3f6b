print(b'abc', B"xyz", b'\x00\xff\n', b'\101')
print(b'a' b'b', len(b'\x00'), list(b'AZ'))
print(b'''multi
line''')
print(br'\x', type(b''))
