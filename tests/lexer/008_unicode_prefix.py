print(u'abc', U"def", u'\u00e9')
print(type(u''), u'a' 'b')
print('ünïcödé', len('日本語'), '日本語'[1])
