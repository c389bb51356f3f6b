# line events: a new line, or a backward jump even to the same line
import sys

def tracer(frame, event, arg):
    if event == "line":
        print("line", frame.f_lineno)
    else:
        print(event, frame.f_code.co_name)
    return tracer

def loops():
    for i in range(2): pass
    j = 0
    while j < 2:
        j += 1
    k = [0, 1]
    for x in k:
        if x:
            continue
        else:
            pass
    return j

def nested():
    for a in range(2):
        for b in range(2):
            pass

def multiline(a,
              b):
    return (a +
            b)

sys.settrace(tracer)
loops()
nested()
multiline(1,
          2)
sys.settrace(None)
