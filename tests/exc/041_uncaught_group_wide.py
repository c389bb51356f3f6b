# more than 15 sub-exceptions are elided
print("start")
raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
