# a try needs an except, except* or finally block
try:
    x = 1
print(x)
