// Warnings: the machinery behind warnings.warn() and every warning the interpreter itself
// emits (SyntaxWarning from the compiler, DeprecationWarning from the string parser and the
// runtime), with CPython 3.11's semantics.
//
// A warning is (category, message text, filename, lineno, module, registry). The filter
// list decides its action: "error" raises the warning instance, "ignore" drops it,
// "always" shows it, "default" shows it once per (text, category, lineno) in the module's
// registry (the `__warningregistry__` dict of the code's globals), "module" once per
// (text, category) in that registry, and "once" once per (text, category) too (CPython's C
// implementation keeps "once" in the module registry as well). A registry remembers the
// filters' version and is cleared when the filters change.
//
// The state (filters, default action, once-registry) lives here until the `warnings`
// module (mod_warnings.c) is imported; from then on the module's attributes are the truth,
// so code that rebinds warnings.filters (catch_warnings does) is honoured. Showing a
// warning goes through warnings._showwarnmsg when the module is imported (so replacing
// warnings.showwarning works), else straight to sys.stderr.
#ifndef TW_WARNINGS_H
#define TW_WARNINGS_H

#include "obj.h"

// Warn from C code on behalf of the running Python code: stacklevel 1 is the innermost
// Python frame (the caller of the builtin that warns), 2 its caller, and so on; past the
// outermost frame the warning is attributed to "sys", line 1. `message` is UTF-8 text.
// Returns 0, or -1 with an exception set ("error" action, or a failing hook).
int tw_warn(TwType *category, const char *message, int stacklevel) TW_RAISES;
// Like tw_warn with a tw_str_fmt format.
int tw_warn_format(TwType *category, int stacklevel, const char *fmt, ...) TW_RAISES;
// warnings.warn(message, category, stacklevel, source): message is a str or a Warning
// instance (whose class then is the category); category a Warning subclass or TW_NULL/None
// for UserWarning; source the object the warning is about (ResourceWarning) or TW_NULL.
// Raises TypeError for a bad category.
int tw_warn_value(TwValue message, TwValue category, int64_t stacklevel, TwValue source) TW_RAISES;
// The DeprecationWarning of CPython 3.11 for a conversion method that returned an instance
// of a strict subclass of the expected type: "<what> returned non-<type> (type X).  The
// ability to return an instance of a strict subclass of <type> is deprecated, ...".
// `what` names the method ("__index__", "A.__float__"), `type` the expected type.
int tw_warn_subclass_result(const char *what, const char *type, TwValue result) TW_RAISES;
// Warn at an explicit location (the compiler and parser use it, with module and registry
// TW_NULL: the module name is then the filename without ".py", and no registry means the
// warning is shown every time). category is a type value, message a str or a Warning
// instance, registry a dict, None or TW_NULL; module a str, None (ignore the warning) or
// TW_NULL.
int tw_warn_explicit(TwValue category, TwValue message, TwValue filename, int lineno,
                     TwValue module, TwValue registry) TW_RAISES;
// tw_warn_explicit with the `source` object (TW_NULL for none) given to WarningMessage.
int tw_warn_explicit_source(TwValue category, TwValue message, TwValue filename, int lineno,
                            TwValue module, TwValue registry, TwValue source) TW_RAISES;

// Format a warning the standard way: "file:line: Category: message\n" and, when the source
// line is available (given as `line`, a str or None/TW_NULL to read it from the file),
// "  stripped line\n". message is any value (str() is used), category a class.
TwValue tw_warn_format_message(TwValue message, TwValue category, TwValue filename,
                               TwValue lineno, TwValue line) TW_RAISES;
// Line `lineno` of the file `filename` (a str) without its line end, as linecache.getline
// finds it (relative names are also tried along sys.path), or TW_NULL (no error) when the
// file or line does not exist.
TwValue tw_warn_source_line(TwValue filename, int64_t lineno);

// The state the warnings module starts with: the current filter list, once-registry and
// default action (the module's attributes take over from then on).
TwValue tw_warn_filters(void) TW_RAISES;        // warnings.filters (ValueError if not a list)
TwValue tw_warn_once_registry(void);
TwValue tw_warn_default_action(void);
void tw_warn_filters_mutated(void);             // bump the filters version (registries reset)
// Insert the filter (action, message, category, module, lineno) at the front of the
// filters, removing an equal one first, or with `append` add it at the end unless an equal
// one exists (warnings._add_filter).
int tw_warn_add_filter(TwValue action, TwValue message, TwValue category, TwValue module,
                       TwValue lineno, bool append) TW_RAISES;

void tw_warn_init(void);          // warnings.c: the state and the default filters
void tw_warnings_module_register(void);   // mod_warnings.c: the `warnings` module

#endif
