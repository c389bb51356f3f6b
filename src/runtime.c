// Runtime start-up: brings the subsystems up in dependency order.
#include "runtime.h"

#include "buffer.h"
#include "gc.h"
#include "trace.h"
#include "modules.h"
#include "vm.h"
#include "warnings.h"

void tw_runtime_init(void *stack_bottom, int argc, char **argv) {
    tw_gc_init(stack_bottom);
    tw_names_init();    // interned strs: needs only the str type's static layout
    tw_type_init();     // type and object first: every other type's dict hangs off them
    tw_int_init();
    tw_float_init();
    tw_complex_init();
    tw_str_init();
    tw_bytes_init();
    tw_memoryview_init();
    tw_tuple_init();
    tw_list_init();
    tw_dict_init();
    tw_set_init();
    tw_range_init();
    tw_iter_init();
    tw_func_init();
    tw_gen_init();
    tw_exc_init();
    tw_vm_init();
    tw_builtins_init();
    tw_structseq_setup();   // record types of the C modules (sys.version_info, ...)
    tw_math_init();
    tw_cmath_init();
    tw_time_init();
    tw_gcmod_init();
    tw_errno_init();
    tw_posix_init();
    tw_pwd_init();
    tw_random_init();
    tw_sha512_init();
    tw_operator_init();
    tw_bisect_init();
    tw_itertools_init();
    tw_functools_init();
    tw_re_init();
    tw_json_init();
    tw_struct_init();
    tw_array_init();
    tw_io_init();
    tw_sys_init(argc, argv);
    tw_trace_init();    // sys.settrace & co.
    tw_import_init();
    tw_warn_init();     // the default filters, the warnings module
    tw_sys_init_late(); // what depends on every module being registered
}
