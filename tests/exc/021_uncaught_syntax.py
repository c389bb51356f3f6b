# a SyntaxError raised by exec, uncaught: location display with carets
print("running")
exec("x = 1\ny = x +* 2\n")
