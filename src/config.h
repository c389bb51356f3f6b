// Every feature flag of twinpy, always defined to 0 or 1 and tested with #if.
// The build uses -Wundef, so a misspelt flag is an error rather than a silent 0.
#ifndef TW_CONFIG_H
#define TW_CONFIG_H

// Build the tracing copy of the VM (sys.settrace/setprofile). 0 builds the fast copy
// alone: the baseline that proves the fast copy pays nothing for tracing.
#ifndef TW_SETTRACE
#define TW_SETTRACE 1
#endif

// Build only the tracing copy and run every frame in it (the seeds' "settrace" row in
// the benchmarks). Only meaningful with TW_SETTRACE=1.
#ifndef TW_SINGLE_VM
#define TW_SINGLE_VM 0
#endif

// Dispatch with computed goto (GCC/Clang "labels as values") instead of a switch.
#ifndef TW_COMPUTED_GOTO
#if defined(__GNUC__)
#define TW_COMPUTED_GOTO 1
#else
#define TW_COMPUTED_GOTO 0
#endif
#endif

// Collect garbage on every allocation: finds heap fields a trace function forgot.
#ifndef TW_DEBUG_GC_STRESS
#define TW_DEBUG_GC_STRESS 0
#endif

// Extra consistency checks (asserts on stack depth, value tags).
#ifndef TW_DEBUG_CHECKS
#define TW_DEBUG_CHECKS 0
#endif

#endif
