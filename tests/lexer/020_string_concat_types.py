s = ('abc'
     "def"
     '''ghi''')
print(s)
print('%s-%d' % ('a', 1), '{}+{}'.format(1, 2))
print("tab\there", 'nul\0end'.split('\0'))
print(repr("\\"), repr('\''), repr("\""))
