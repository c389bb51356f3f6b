# f_trace_lines = False suppresses 'line' events; f_trace_opcodes gives 'opcode' events after
# the 'line' event of the same instruction
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == "no_lines":
        frame.f_trace_lines = False
    if frame.f_code.co_name == "opcodes":
        frame.f_trace_opcodes = True
    events.append((frame.f_code.co_name, event))
    return tracer

def no_lines():
    a = 1
    b = 2
    return a + b

def opcodes():
    a = 1
    return a

sys.settrace(tracer)
no_lines()
opcodes()
sys.settrace(None)
# collapse runs of opcode events: the instructions differ between implementations
out = []
for e in events:
    if out and e == out[-1][0] and e[1] == "opcode":
        out[-1][1] += 1
    else:
        out.append([e, 1])
for e, n in out:
    print(*e, "(several)" if n > 1 else "")
