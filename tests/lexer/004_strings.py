print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("""line1
line2""")
print('a' 'b' "c" '''d''')
print(len(''), len(""), repr(''))
