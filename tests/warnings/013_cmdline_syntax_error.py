# Run with -W error: a SyntaxWarning of the compiler stops the script as a SyntaxError.
print("never printed")
value = 3
if value is 3:
    print("not reached")
