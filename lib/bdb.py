"""Debugger basics: the Bdb base class, breakpoints and BdbQuit, with the API and
behaviour of CPython 3.11's bdb module (pdb and other debuggers build on it).

A debugger subclasses Bdb and overrides user_call / user_line / user_return /
user_exception, which run when execution stops; from there it calls one of the set_*
methods to say where to stop next.

twinpy runs every frame that has no local tracer in the fast copy of its VM. Bdb gives a
local tracer only to frames it may stop in, as CPython's does; and while it only waits
for breakpoints (after set_continue) it tells the VM, with the twinpy extension
sys._settrace_filter, which code needs its 'call' event at all: code in files without
breakpoints then runs at full speed, as if no debugger were there.
"""

import fnmatch
import os
import sys

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

# co_flags of generator, coroutine and async generator code.
GENERATOR_AND_COROUTINE_FLAGS = 0x20 | 0x80 | 0x200


class BdbQuit(Exception):
    """Exception to give up completely."""


class Bdb:
    """Generic Python debugger base class.

    Stopping state: the debugger stops in a frame below `stopframe` (any frame when it
    is None), in `stopframe` itself at a line >= `stoplineno` (never when it is -1),
    and when `returnframe` returns.
    """

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}          # canonical file name -> [line numbers]
        self.fncache = {}         # file name -> canonical file name
        self.frame_returning = None
        for filename, lineno in Breakpoint.bplist:
            self._add_to_breaks(filename, lineno)

    def canonic(self, filename):
        """Return the canonical form of filename: an absolute, case-normalised path;
        names like "<string>" stay as they are."""
        if filename == "<" + filename[1:-1] + ">":
            return filename
        canonic = self.fncache.get(filename)
        if not canonic:
            canonic = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = canonic
        return canonic

    def reset(self):
        """Set up to start debugging from scratch."""
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # ---- the trace function and its four events

    def trace_dispatch(self, frame, event, arg):
        """The trace function given to sys.settrace: dispatch the event to the
        dispatch_* method for it, and return the local trace function to use (None:
        no more events for this frame)."""
        if self.quitting:
            return None
        if event == "line":
            return self.dispatch_line(frame)
        if event == "call":
            return self.dispatch_call(frame, arg)
        if event == "return":
            return self.dispatch_return(frame, arg)
        if event == "exception":
            return self.dispatch_exception(frame, arg)
        if event in ("c_call", "c_exception", "c_return"):
            return self.trace_dispatch
        print("bdb.Bdb.dispatch: unknown debugging event:", repr(event))
        return self.trace_dispatch

    def dispatch_line(self, frame):
        """Stop here (user_line) when it is a stopping point or a breakpoint."""
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        """Trace the new frame only if the debugger may stop in it."""
        if self.botframe is None:
            # the first call: the frame that started debugging is the bottom one
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None
        if self.stopframe and frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
            # a generator stepped into by next/until/return: only its lines matter
            return self.trace_dispatch
        self.user_call(frame, arg)
        if self.quitting:
            raise BdbQuit
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        """Stop (user_return) when the frame is a stopping point or the one to return."""
        if self.stop_here(frame) or frame == self.returnframe:
            if self.stopframe and frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
                return self.trace_dispatch   # a yield, not the real return
            try:
                self.frame_returning = frame
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            if self.quitting:
                raise BdbQuit
            if self.stopframe is frame and self.stoplineno != -1:
                self._set_stopinfo(None, None)   # stop in the caller next
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        """Stop (user_exception) for an exception at a stopping point; also when a
        generator being stepped over ends or is closed."""
        if self.stop_here(frame):
            # a generator's normal end raises StopIteration: not worth stopping for
            is_gen = frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS
            if not (is_gen and arg[0] is StopIteration and arg[2] is None):
                self.user_exception(frame, arg)
                if self.quitting:
                    raise BdbQuit
        elif (self.stopframe and frame is not self.stopframe
              and self.stopframe.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS
              and arg[0] in (StopIteration, GeneratorExit)):
            self.user_exception(frame, arg)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    # ---- where to stop

    def is_skipped_module(self, module_name):
        """Does module_name match one of the skip patterns?"""
        if module_name is None:
            return False
        return any(fnmatch.fnmatch(module_name, pattern) for pattern in self.skip)

    def stop_here(self, frame):
        """Is frame a stopping point (given the stopping state)?"""
        if self.skip and self.is_skipped_module(frame.f_globals.get("__name__")):
            return False
        if frame is self.stopframe:
            return self.stoplineno != -1 and frame.f_lineno >= self.stoplineno
        return not self.stopframe

    def break_here(self, frame):
        """Is there an effective breakpoint at frame's current line (or, for a
        breakpoint on a function, at its first line)? Deletes a temporary one hit."""
        filename = self.canonic(frame.f_code.co_filename)
        lines = self.breaks.get(filename)
        if lines is None:
            return False
        lineno = frame.f_lineno
        if lineno not in lines:
            lineno = frame.f_code.co_firstlineno
            if lineno not in lines:
                return False
        bp, ok_to_delete = effective(filename, lineno, frame)
        if not bp:
            return False
        self.currentbp = bp.number
        if ok_to_delete and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        """Remove temporary breakpoint number arg: subclasses must provide it."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        """Is there any breakpoint in frame's file?"""
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # ---- for subclasses: called when execution stops

    def user_call(self, frame, argument_list):
        """Called when there is the possibility that a break might be necessary
        anywhere inside the called function."""

    def user_line(self, frame):
        """Called when the debugger stops at (or just before) a line."""

    def user_return(self, frame, return_value):
        """Called when a return trap is set here."""

    def user_exception(self, frame, exc_info):
        """Called when an exception occurs and the debugger stops there."""

    # ---- for subclasses: where to stop next

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = False
        self.stoplineno = stoplineno
        self._update_call_filter()

    def set_until(self, frame, lineno=None):
        """Stop when a line beyond lineno (default: the current one) is reached in
        frame, or when frame returns."""
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._set_stopinfo(frame, frame, lineno)

    def set_step(self):
        """Stop after one line of code."""
        # When stepping from a return event, the caller goes on with a local tracer
        # even if it was not given one (it had nothing to stop at).
        if self.frame_returning:
            caller = self.frame_returning.f_back
            if caller and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        """Stop on the next line in or below frame."""
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        """Stop when returning from frame."""
        if frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
            self._set_stopinfo(frame, None, -1)
        else:
            self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging from frame (default: the caller's frame)."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        while frame:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Stop only at breakpoints or when finished; with no breakpoints, stop tracing."""
        self._set_stopinfo(self.botframe, None, -1)
        if not self.breaks:
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame and frame is not self.botframe:
                del frame.f_trace
                frame = frame.f_back

    def set_quit(self):
        """Quit: the next event raises BdbQuit (the trace function is removed)."""
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # ---- twinpy: leave code that cannot stop untraced

    def _update_call_filter(self):
        # Waiting only for breakpoints (set_continue), the 'call' event of code in a
        # file without breakpoints would be answered None with no other effect: the VM
        # need not deliver it. Any other stopping state may stop anywhere.
        set_filter = getattr(sys, "_settrace_filter", None)
        if set_filter is None or sys.gettrace() != self.trace_dispatch:
            return
        waiting = (self.stopframe is not None and self.stopframe is self.botframe
                   and self.stoplineno == -1 and self.returnframe is None and self.breaks)
        set_filter(self._may_stop_in if waiting else None)

    def _may_stop_in(self, code):
        return self.canonic(code.co_filename) in self.breaks

    # ---- breakpoints

    def _add_to_breaks(self, filename, lineno):
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        """Set a breakpoint; return an error message, or None when it was set."""
        filename = self.canonic(filename)
        import linecache
        if not linecache.getline(filename, lineno):
            return "Line %s:%d does not exist" % (filename, lineno)
        self._add_to_breaks(filename, lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        self._update_call_filter()
        return None

    def _prune_breaks(self, filename, lineno):
        # Forget (filename, lineno) when no Breakpoint is left there.
        if (filename, lineno) not in Breakpoint.bplist:
            self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]

    def clear_break(self, filename, lineno):
        """Delete the breakpoints at filename:lineno; return an error message or None."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return "There are no breakpoints in %s" % filename
        if lineno not in self.breaks[filename]:
            return "There is no breakpoint at %s:%d" % (filename, lineno)
        for bp in list(Breakpoint.bplist[filename, lineno]):
            bp.deleteMe()
        self._prune_breaks(filename, lineno)
        self._update_call_filter()
        return None

    def clear_bpbynumber(self, arg):
        """Delete breakpoint number arg; return an error message or None."""
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._prune_breaks(bp.file, bp.line)
        self._update_call_filter()
        return None

    def clear_all_file_breaks(self, filename):
        """Delete every breakpoint in filename; return an error message or None."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return "There are no breakpoints in %s" % filename
        for line in self.breaks[filename]:
            for bp in Breakpoint.bplist[filename, line]:
                bp.deleteMe()
        del self.breaks[filename]
        self._update_call_filter()
        return None

    def clear_all_breaks(self):
        """Delete every breakpoint; return an error message or None."""
        if not self.breaks:
            return "There are no breakpoints"
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        self._update_call_filter()
        return None

    def get_bpbynumber(self, arg):
        """The Breakpoint numbered arg (str or int); ValueError with the reason if none."""
        if not arg:
            raise ValueError("Breakpoint number expected")
        try:
            number = int(arg)
        except ValueError:
            raise ValueError("Non-numeric breakpoint number %s" % arg) from None
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            raise ValueError("Breakpoint number %d out of range" % number) from None
        if bp is None:
            raise ValueError("Breakpoint %d already deleted" % number)
        return bp

    def get_break(self, filename, lineno):
        """Is there a breakpoint at filename:lineno?"""
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        """The Breakpoints at filename:lineno, or []."""
        filename = self.canonic(filename)
        return (filename in self.breaks and lineno in self.breaks[filename]
                and Breakpoint.bplist[filename, lineno] or [])

    def get_file_breaks(self, filename):
        """The breakpoint lines of filename, or []."""
        filename = self.canonic(filename)
        return self.breaks.get(filename, [])

    def get_all_breaks(self):
        """All breakpoints: canonical file name -> lines."""
        return self.breaks

    # ---- stack inspection, for debuggers' display

    def get_stack(self, f, t):
        """The (frame, lineno) list from the bottom frame to f, then through the
        traceback t; and the index of f in it."""
        stack = []
        if t and t.tb_frame is f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        i = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            i = max(0, len(stack) - 1)
        return stack, i

    def format_stack_entry(self, frame_lineno, lprefix=": "):
        """'file(line)name()->return value: source line' for a (frame, lineno) pair."""
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        s = "%s(%r)%s()" % (filename, lineno, frame.f_code.co_name or "<lambda>")
        if "__return__" in frame.f_locals:
            s += "->" + reprlib.repr(frame.f_locals["__return__"])
        if lineno is not None:
            line = linecache.getline(filename, lineno, frame.f_globals)
            if line:
                s += lprefix + line.strip()
        return s

    # ---- starting to debug: code, an expression, a call

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (source or code object) run by exec()."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        sys.settrace(self.trace_dispatch)
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression run by eval(); return its value."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        """For backwards compatibility: run(cmd, globals, locals)."""
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug a call of func(*args, **kwds); return its result."""
        self.reset()
        sys.settrace(self.trace_dispatch)
        res = None
        try:
            res = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return res


def set_trace():
    """Start debugging with a Bdb instance from the caller's frame."""
    Bdb().set_trace(sys._getframe().f_back)


class Breakpoint:
    """A breakpoint: a file and line, optionally a condition, an ignore count, a
    function name (then it stops at the function's first line), and temporary (deleted
    when hit). Breakpoints are numbered from 1 and shared by every Bdb instance:
    `bpbynumber` lists them by number (None once deleted), `bplist` maps (file, line)
    to the breakpoints there."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file    # canonical
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        """Remove this breakpoint from the lists (Bdb.breaks is pruned by the caller)."""
        key = (self.file, self.line)
        self.bpbynumber[self.number] = None
        self.bplist[key].remove(self)
        if not self.bplist[key]:
            del self.bplist[key]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def bpprint(self, out=None):
        """Print bpformat() to out (default sys.stdout)."""
        print(self.bpformat(), file=out if out is not None else sys.stdout)

    def bpformat(self):
        """A description of the breakpoint, as pdb's break command lists it."""
        disp = ("del  " if self.temporary else "keep ") + ("yes  " if self.enabled else "no   ")
        text = "%-4dbreakpoint   %s at %s:%d" % (self.number, disp, self.file, self.line)
        if self.cond:
            text += "\n\tstop only if %s" % (self.cond,)
        if self.ignore:
            text += "\n\tignore next %d hits" % (self.ignore,)
        if self.hits:
            text += "\n\tbreakpoint already hit %d time%s" % (self.hits, "s" if self.hits > 1 else "")
        return text

    def __str__(self):
        return "breakpoint %s at %s:%s" % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Does breakpoint b apply to frame's current line? A line breakpoint only at its
    line (not when the function a def there defines is called); a function breakpoint
    at the first line the function runs."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False   # the def statement runs, not the function
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno   # entered for the first time
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """The breakpoint at file:line that stops frame now, and whether it may be deleted
    if temporary: (bp, flag), or (None, None). Counts hits and ignore counts; a
    condition that fails to evaluate stops without allowing the deletion."""
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if not b.cond:
            if b.ignore > 0:
                b.ignore -= 1
                continue
            return (b, True)
        try:
            val = eval(b.cond, frame.f_globals, frame.f_locals)
        except:
            return (b, False)
        if val:
            if b.ignore > 0:
                b.ignore -= 1
            else:
                return (b, True)
    return (None, None)


# -------------------------------------------------------- a demonstration, as CPython's

class Tdb(Bdb):
    def user_call(self, frame, args):
        name = frame.f_code.co_name
        if not name:
            name = "???"
        print("+++ call", name, args)

    def user_line(self, frame):
        import linecache
        name = frame.f_code.co_name
        if not name:
            name = "???"
        fn = self.canonic(frame.f_code.co_filename)
        line = linecache.getline(fn, frame.f_lineno, frame.f_globals)
        print("+++", fn, frame.f_lineno, name, ":", line.strip())

    def user_return(self, frame, retval):
        print("+++ return", retval)

    def user_exception(self, frame, exc_stuff):
        print("+++ exception", exc_stuff)
        self.set_continue()


def foo(n):
    print("foo(", n, ")")
    x = bar(n * 10)
    print("bar returned", x)


def bar(a):
    print("bar(", a, ")")
    return a / 2


def test():
    t = Tdb()
    t.run("import bdb; bdb.foo(10)")
