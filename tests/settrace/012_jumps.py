# frame.f_lineno = n from a 'line' event: allowed jumps and CPython 3.11's error messages
import sys

def make_jumper(at, to):
    done = []
    def tracer(frame, event, arg):
        if frame.f_code.co_name != "target":
            return tracer
        if event == "line" and frame.f_lineno == at and not done:
            done.append(1)
            try:
                frame.f_lineno = to
                print("jumped", at, "->", to)
            except ValueError as e:
                print("ValueError:", e)
        return tracer
    return tracer

def target(out):
    out.append(1)
    out.append(2)
    for i in range(2):
        out.append(3)
    out.append(4)
    try:
        out.append(5)
    except ValueError:
        out.append(6)
    finally:
        out.append(7)
    out.append(8)

def run(at, to):
    out = []
    sys.settrace(make_jumper(at, to))
    target(out)
    sys.settrace(None)
    print(at, to, out)

run(20, 22)   # forward skip
run(21, 20)   # backward
run(23, 24)   # out of a for body
run(24, 23)   # into a for body
run(20, 28)   # into an except block
run(20, 60)   # after the code block
run(20, 10)   # before the code block
run(26, 31)   # out of a try body
run(20, 30)   # into a finally body
run(30, 31)   # out of a finally body
run(20, 32)   # to a blank line after the last line
run(23, 20)   # backward, out of a for body

def call_tracer(frame, event, arg):
    if frame.f_code.co_name == "target" and event == "call":
        try:
            frame.f_lineno = 21
        except ValueError as e:
            print("ValueError:", e)
    return call_tracer

sys.settrace(call_tracer)
target([])
sys.settrace(None)

def ret_tracer(frame, event, arg):
    if frame.f_code.co_name == "target" and event == "return":
        try:
            frame.f_lineno = 21
        except ValueError as e:
            print("ValueError:", e)
    return ret_tracer

sys.settrace(ret_tracer)
target([])
sys.settrace(None)

try:
    sys._getframe().f_lineno = 1
except ValueError as e:
    print("ValueError:", e)
