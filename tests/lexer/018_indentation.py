if True:
	x = 1
	if x:
		y = 2
		print(x, y)
for i in range(2):
  print(i)
  for j in range(1):
        print(i, j)
print('done')
