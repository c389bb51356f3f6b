// The command line, like python3's: run a script, `-c code`, `-m module`, a script on
// stdin, or the interactive REPL; exit status 0, 1 after an uncaught exception, or
// SystemExit's code. Also the developer switches `-d` (disassemble) and `--dump-ast`.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ast.h"
#include "compile.h"
#include "gc.h"
#include "runtime.h"
#include "vm.h"

#define TW_VERSION_TEXT "twinpy 0.1.0 (Python 3.11 compatible)"

static void usage(FILE *out) {
    fprintf(out,
            "usage: twinpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Options:\n"
            "-c cmd : program passed in as string (terminates option list)\n"
            "-m mod : run library module as a script (terminates option list)\n"
            "-d     : disassemble the program instead of running it\n"
            "--dump-ast : print the program's syntax tree (as ast.dump) instead of running it\n"
            "-h     : print this help message and exit (also --help)\n"
            "-V     : print the version number and exit (also --version)\n"
            "-W arg : warning control; arg is action:message:category:module:lineno\n"
            "file   : program read from script file\n"
            "-      : program read from stdin (default; interactive mode if a tty)\n"
            "arg ...: arguments passed to program in sys.argv[1:]\n"
            "Environment: TWINPY_VM=trace runs every frame in the tracing copy of the VM;\n"
            "TWINPY_VM=tracer installs a tracer that takes every event and does nothing.\n");
}

static void flush_std_streams(void) {
    if (!tw_interp.sys) {
        return;
    }
    TwValue exc = tw_error_fetch();
    TwValue out = tw_dict_get_c(TW_OBJ(tw_interp.sys, TwModule)->dict, "stdout");
    if (out && out != TW_NONE && !tw_call_method(out, TW_NAME(flush), 0, NULL)) {
        tw_error_clear();
    }
    TwValue err = tw_dict_get_c(TW_OBJ(tw_interp.sys, TwModule)->dict, "stderr");
    if (err && err != TW_NONE && !tw_call_method(err, TW_NAME(flush), 0, NULL)) {
        tw_error_clear();
    }
    tw_error_restore(exc);
}

// Report the pending exception as CPython does at top level; returns the exit status.
static int handle_exception(void) {
    TwValue exc = tw_error_fetch();
    if (!exc) {
        return 0;
    }
    if (tw_isinstance_type(exc, &tw_type_SystemExit)) {
        TwValue code = tw_getattr_opt(exc, TW_NAME(code));
        tw_error_clear();
        int64_t status;
        if (!code || code == TW_NONE) {
            return 0;
        }
        if (tw_int_to_i64(code, &status)) {
            return (int)(status & 0xff);
        }
        flush_std_streams();
        TwValue s = tw_str(code);
        if (s) {
            fprintf(stderr, "%s\n", tw_str_data(s));
        } else {
            tw_error_clear();
        }
        return 1;
    }
    flush_std_streams();
    if (tw_sys_report_exception(exc) < 0) {
        return handle_exception();   // the hook called sys.exit()
    }
    if (tw_isinstance_type(exc, &tw_type_KeyboardInterrupt)) {
        flush_std_streams();
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    return 1;
}

static TwValue new_main_module(TwValue file) {
    TwValue m = tw_module_new(tw_str_intern_c("__main__"));
    if (!m) {
        return TW_NULL;
    }
    TwValue d = TW_OBJ(m, TwModule)->dict;
    if (tw_dict_set(d, TW_NAME(__builtins__), tw_interp.builtins_module) < 0 ||
        (file && tw_dict_set(d, TW_NAME(__file__), file) < 0) ||
        tw_dict_set(tw_interp.modules, TW_NAME(__main__), m) < 0) {
        return TW_NULL;
    }
    tw_interp.main_dict = d;
    return m;
}

// sys.warnoptions: PYTHONWARNINGS (comma-separated) then the -W options, as CPython orders
// them; then import warnings, which applies them (CPython has it imported at start-up too).
static void set_warnoptions(const char *env, int n, const char **opts) {
    TwValue list = tw_getattr_opt(tw_interp.sys, tw_str_intern_c("warnoptions"));
    if (list && tw_is_type(list, &tw_type_list)) {
        while (env && *env) {
            const char *comma = strchr(env, ',');
            size_t len = comma ? (size_t)(comma - env) : strlen(env);
            TwValue s = len ? tw_str_new(env, len) : TW_NULL;
            if (s && tw_list_append(list, s) < 0) {
                break;
            }
            env = comma ? comma + 1 : NULL;
        }
        for (int i = 0; i < n; i++) {
            TwValue s = tw_str_from_c(opts[i]);
            if (!s || tw_list_append(list, s) < 0) {
                break;
            }
        }
    }
    tw_error_clear();
    if (!tw_import_c("warnings")) {
        handle_exception();
    }
}

enum { RUN, DIS, DUMP_AST };

// Compile and run (or disassemble, or dump) source text as __main__.
static int run_source(const char *src, size_t size, const char *filename, TwValue file_attr, int action) {
    TwValue fname = tw_str_from_c(filename);
    if (!fname) {
        return handle_exception();
    }
    if (action == DUMP_AST) {
        TwArena arena;
        if (tw_arena_init(&arena) < 0) {
            return handle_exception();
        }
        TwModuleAst *m = tw_parse(&arena, src, size, fname, TW_MODE_EXEC);
        TwValue text = m ? tw_ast_dump(m) : TW_NULL;
        tw_arena_free(&arena);
        if (!text) {
            return handle_exception();
        }
        printf("%s\n", tw_str_data(text));
        return 0;
    }
    TwValue module = new_main_module(file_attr);
    if (!module) {
        return handle_exception();
    }
    TwValue code = tw_compile_source(src, size, fname, TW_MODE_EXEC);
    if (!code) {
        return handle_exception();
    }
    if (action == DIS) {
        tw_dis(TW_OBJ(code, TwCode));
        return 0;
    }
    TwValue r = tw_vm_run(TW_OBJ(code, TwCode), TW_OBJ(module, TwModule)->dict, TW_NULL);
    if (!r) {
        return handle_exception();
    }
    flush_std_streams();
    return tw_error_occurred() ? handle_exception() : 0;
}

static int run_file(const char *path, int action) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        char abs[4096];
        const char *shown = path;
        if (path[0] != '/' && getcwd(abs, sizeof abs - strlen(path) - 2)) {
            strcat(abs, "/");
            strcat(abs, path);
            shown = abs;
        }
        fprintf(stderr, "twinpy: can't open file '%s': [Errno 2] No such file or directory\n", shown);
        return 2;
    }
    size_t size;
    char *src = tw_read_stream(f, &size);
    fclose(f);
    if (!src) {
        fprintf(stderr, "twinpy: out of memory reading '%s'\n", path);
        return 1;
    }
    // CPython 3.9+ runs the main script under its absolute path (__file__, tracebacks)
    char abs[4096];
    const char *full = path;
    if (path[0] != '/' && getcwd(abs, sizeof abs - strlen(path) - 2)) {
        strcat(abs, "/");
        strcat(abs, path);
        full = abs;
    }
    TwValue file_attr = tw_str_from_c(full);
    int status = run_source(src, size, full, file_attr, action);
    free(src);
    return status;
}

static int run_module(const char *name) {
    TwValue runpy = tw_str_from_c(name);
    if (!runpy) {
        return handle_exception();
    }
    // Find the module's file through the import system's search path without running it
    // as an ordinary import: look for name.py / name/__main__.py along sys.path.
    TwValue path = tw_getattr_opt(tw_interp.sys, TW_NAME(path));
    if (path && tw_is_type(path, &tw_type_list)) {
        TwBuf rel;
        tw_buf_init(&rel);
        for (const char *p = name; *p; p++) {
            char c = *p == '.' ? '/' : *p;
            tw_buf_append(&rel, &c, 1);
        }
        tw_buf_append(&rel, "", 1);
        for (size_t i = 0; i < tw_list_size(path); i++) {
            TwValue dir = tw_list_items(path)[i];
            if (!tw_is_str(dir)) {
                continue;
            }
            const char *d = *tw_str_data(dir) ? tw_str_data(dir) : ".";
            char file[4096];
            snprintf(file, sizeof file, "%s/%s.py", d, rel.data);
            if (access(file, R_OK) != 0) {
                snprintf(file, sizeof file, "%s/%s/__main__.py", d, rel.data);
                if (access(file, R_OK) != 0) {
                    continue;
                }
            }
            tw_buf_free(&rel);
            TwValue argv0 = tw_str_from_c(file);
            TwValue av = tw_getattr_opt(tw_interp.sys, TW_NAME(argv));
            if (argv0 && av && tw_is_type(av, &tw_type_list) && tw_list_size(av) > 0) {
                tw_list_items(av)[0] = argv0;
            }
            return run_file(file, RUN);
        }
        tw_buf_free(&rel);
    }
    fprintf(stderr, "twinpy: No module named %s\n", name);
    return 1;
}

// Does the SyntaxError pending mean "the statement is not finished yet"?
static bool input_incomplete(void) {
    if (!tw_error_matches(&tw_type_SyntaxError)) {
        return false;
    }
    TwValue exc = tw_error_fetch();
    TwValue msg = tw_getattr_opt(exc, TW_NAME(msg));
    tw_error_clear();
    bool incomplete = false;
    if (msg && tw_is_str(msg)) {
        const char *m = tw_str_data(msg);
        incomplete = tw_parse_hit_eof || strstr(m, "unexpected EOF") || strstr(m, "was never closed") ||
                     strstr(m, "expected an indented block") ||
                     strstr(m, "unterminated triple-quoted string");
    }
    tw_error_restore(exc);
    return incomplete;
}

static int repl(void) {
    bool tty = isatty(0);
    if (tty) {
        fprintf(stderr, "%s\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
                TW_VERSION_TEXT);
    }
    TwValue module = new_main_module(TW_NULL);
    if (!module) {
        return handle_exception();
    }
    TwValue fname = tw_str_from_c("<stdin>");
    TwBuf buf;
    tw_buf_init(&buf);
    bool compound = false;
    char line[65536];
    for (;;) {
        fputs(buf.size ? "... " : ">>> ", stderr);
        fflush(stderr);
        bool eof = !fgets(line, sizeof line, stdin);
        if (eof && !buf.size) {
            fputc('\n', stderr);
            break;
        }
        if (!eof) {
            size_t len = strlen(line);
            if (!buf.size) {
                // a line ending in ':' (ignoring comments roughly) starts a block
                size_t e = len;
                while (e > 0 && (line[e - 1] == '\n' || line[e - 1] == ' ' || line[e - 1] == '\t')) {
                    e--;
                }
                compound = e > 0 && line[e - 1] == ':';
            }
            tw_buf_append(&buf, line, len);
            bool blank = strspn(line, " \t\r\n") == len;
            if (blank && buf.size == len) {
                buf.size = 0;   // an empty line at the prompt: prompt again
                continue;
            }
            if (compound && !blank) {
                continue;
            }
        }
        TwValue code = tw_compile_source(buf.data, buf.size, fname, TW_MODE_SINGLE);
        if (!code && !eof && input_incomplete()) {
            tw_error_clear();
            continue;
        }
        buf.size = 0;
        compound = false;
        if (code) {
            TwValue d = TW_OBJ(module, TwModule)->dict;
            if (tw_vm_run(TW_OBJ(code, TwCode), d, TW_NULL)) {
                flush_std_streams();
                continue;
            }
        }
        if (tw_error_matches(&tw_type_SystemExit)) {
            tw_buf_free(&buf);
            return handle_exception();
        }
        handle_exception();
        if (eof) {
            break;
        }
    }
    tw_buf_free(&buf);
    return 0;
}

int main(int argc, char **argv) {
    int stack_bottom_marker = 0;
    int action = RUN;
    int i = 1;
    const char *command = NULL, *module = NULL;
    const char *warnopts[64];
    int nwarnopts = 0;
    bool ignore_env = false;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the %s option\n", a);
                usage(stderr);
                return 2;
            }
            if (a[1] == 'c') {
                command = argv[++i];
            } else {
                module = argv[++i];
            }
            i++;
            break;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("%s\n", TW_VERSION_TEXT);
            return 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "-d") == 0) {
            action = DIS;
        } else if (strcmp(a, "--dump-ast") == 0) {
            action = DUMP_AST;
        } else if (a[1] == 'W') {
            // -W action:message:category:module:lineno (or -Waction)
            const char *opt = a[2] ? a + 2 : i + 1 < argc ? argv[++i] : NULL;
            if (!opt) {
                fprintf(stderr, "Argument expected for the -W option\n");
                usage(stderr);
                return 2;
            }
            if (nwarnopts < (int)(sizeof warnopts / sizeof warnopts[0])) {
                warnopts[nwarnopts++] = opt;
            }
        } else if (strcmp(a, "-X") == 0) {
            i++;   // options CPython has that twinpy accepts and ignores
        } else if (strchr("uBEIsSOqi", a[1]) && a[2] == 0) {
            // -u -B -E -I -s -S -O -q -i: accepted for compatibility; -E and -I ignore
            // PYTHONWARNINGS, the only environment variable of CPython's twinpy reads
            if (a[1] == 'E' || a[1] == 'I') {
                ignore_env = true;
            }
            switch (a[1]) {
            case 'E': tw_sys_options.ignore_environment = 1; break;
            case 'I': tw_sys_options.isolated = 1; break;
            case 's': tw_sys_options.no_user_site = 1; break;
            case 'S': tw_sys_options.no_site = 1; break;
            case 'q': tw_sys_options.quiet = 1; break;
            case 'i': tw_sys_options.inspect = 1; break;
            default: break;
            }
        } else {
            fprintf(stderr, "Unknown option: %s\n", a);
            usage(stderr);
            return 2;
        }
    }

    // sys.argv as python3 builds it
    int sargc = argc - i + 1;
    char **sargv = calloc((size_t)sargc + 1, sizeof *sargv);
    if (!sargv) {
        return 1;
    }
    const char *script = NULL;
    if (command) {
        sargv[0] = "-c";
    } else if (module) {
        sargv[0] = (char *)module;
    } else if (i < argc) {
        script = argv[i];
        sargv[0] = argv[i];
        i++;
        sargc = argc - i + 1;
    } else {
        sargv[0] = "";
        sargc = 1;
    }
    for (int k = 1; k < sargc; k++) {
        sargv[k] = argv[i + k - 1];
    }
    tw_runtime_init(&stack_bottom_marker, sargc, sargv);
    set_warnoptions(ignore_env ? NULL : getenv("PYTHONWARNINGS"), nwarnopts, warnopts);

    // sys.path[0]: the script's directory, or '' for -c, -m and the REPL
    TwValue path = tw_getattr_opt(tw_interp.sys, TW_NAME(path));
    TwValue first;
    if (script && strcmp(script, "-") != 0) {
        char dir[4096];
        const char *slash = strrchr(script, '/');
        if (slash) {
            snprintf(dir, sizeof dir, "%.*s", (int)(slash - script), script);
        } else {
            dir[0] = 0;
        }
        char abs[4096];
        if (realpath(*dir ? dir : ".", abs)) {
            first = tw_str_from_c(abs);
        } else {
            first = tw_str_from_c(dir);
        }
    } else if (module) {
        char cwd[4096];
        first = tw_str_from_c(getcwd(cwd, sizeof cwd) ? cwd : "");
    } else {
        first = tw_str_from_c("");
    }
    if (path && first && tw_is_type(path, &tw_type_list)) {
        // insert at the front
        if (tw_list_append(path, TW_NONE) == 0) {
            TwValue *items = tw_list_items(path);
            memmove(items + 1, items, (tw_list_size(path) - 1) * sizeof *items);
            items[0] = first;
        }
    }

    int status;
    if (command) {
        status = run_source(command, strlen(command), "<string>", TW_NULL, action);
    } else if (module) {
        status = run_module(module);
    } else if (script && strcmp(script, "-") != 0) {
        status = run_file(script, action);
    } else if (!script && isatty(0) && action == RUN) {
        status = repl();
    } else {
        size_t size;
        char *src = tw_read_stream(stdin, &size);
        status = src ? run_source(src, size, "<stdin>", TW_NULL, action) : 1;
        free(src);
    }
    flush_std_streams();
    fflush(stdout);
    free(sargv);
    return status;
}
