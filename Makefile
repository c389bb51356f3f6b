# twinpy: one plain Makefile. `make` builds build/twinpy; each configuration has its own
# build directory so builds can be compared side by side.
#   make                    default dual-VM build        -> build/twinpy
#   make TW_SETTRACE=0      fast copy only (baseline)     -> build-nosettrace/twinpy
#   make TW_SINGLE_VM=1     tracing copy only             -> build-singlevm/twinpy
#   make asan | ubsan | gcstress                          -> build-<name>/twinpy
#   make test               run the suite (default build, both VM copies)
#   make exp                regenerate every tests/**/*.exp with CPython 3.11
#   make bench              benchmarks vs CPython 3.11 (BENCH_ARGS="--builds --callgrind ...",
#                           see bench/run.py and docs/PERFORMANCE.md)

CC ?= cc
PYTHON ?= python3
OPT ?= -O2
WARN = -Wall -Wextra -Wundef -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
       -Wno-unused-parameter -Wno-missing-field-initializers -Werror=implicit-function-declaration \
       -Werror=return-type -Werror=incompatible-pointer-types -Werror=int-conversion
CFLAGS_BASE = -std=gnu11 $(OPT) -g $(WARN) -fno-strict-aliasing
LDLIBS = -lm

TW_SETTRACE ?= 1
TW_SINGLE_VM ?= 0
BUILD ?= build
ifeq ($(TW_SETTRACE),0)
  BUILD = build-nosettrace
endif
ifeq ($(TW_SINGLE_VM),1)
  BUILD = build-singlevm
endif
DEFS = -DTW_SETTRACE=$(TW_SETTRACE) -DTW_SINGLE_VM=$(TW_SINGLE_VM) $(EXTRA_DEFS)

SRCS = $(wildcard src/*.c)
OBJS = $(patsubst src/%.c,$(BUILD)/%.o,$(SRCS))
HDRS = $(wildcard src/*.h src/*.def src/*.inc)

all: $(BUILD)/twinpy

# V=1 shows full commands
Q = $(if $(V),,@)

$(BUILD)/twinpy: $(OBJS)
	@echo "LINK $@"
	$(Q)$(CC) $(CFLAGS_BASE) $(EXTRA_CFLAGS) -o $@ $(OBJS) $(LDLIBS) $(EXTRA_LDFLAGS)

$(BUILD)/%.o: src/%.c $(HDRS) | $(BUILD)
	@echo "CC   $<"
	$(Q)$(CC) $(CFLAGS_BASE) $(EXTRA_CFLAGS) $(DEFS) -c -o $@ $<

$(BUILD):
	mkdir -p $(BUILD)

asan:
	$(MAKE) BUILD=build-asan OPT=-O1 EXTRA_CFLAGS="-fsanitize=address -fno-omit-frame-pointer" EXTRA_LDFLAGS="-fsanitize=address"
ubsan:
	$(MAKE) BUILD=build-ubsan OPT=-O1 EXTRA_CFLAGS="-fsanitize=undefined -fno-sanitize-recover=undefined" EXTRA_LDFLAGS="-fsanitize=undefined"
gcstress:
	$(MAKE) BUILD=build-gcstress EXTRA_DEFS=-DTW_DEBUG_GC_STRESS=1

test: all
	$(PYTHON) tests/run.py --twinpy $(BUILD)/twinpy

exp:
	$(PYTHON) tests/run.py --regen

# bench/run.py builds whatever configurations it compares (make -j2 ...) itself.
bench:
	$(PYTHON) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf build build-*

.PHONY: all asan ubsan gcstress test exp bench clean
