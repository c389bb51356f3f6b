// The opcode name/argument-kind tables (generated from opcodes.def) and the disassembler
// behind `twinpy -d file.py`: every code object (nested ones from co_consts too) with line
// numbers, instruction indices, jump targets, resolved arguments and the exception table.
#include <stdio.h>
#include <stdlib.h>

#include "compile.h"
#include "opcodes.h"

const char *const tw_opcode_names[OP_COUNT_] = {
#define OP(name, kind, pops, pushes) #name,
#include "opcodes.def"
#undef OP
};

const uint8_t tw_opcode_argkinds[OP_COUNT_] = {
#define OP(name, kind, pops, pushes) TW_ARG_##kind,
#include "opcodes.def"
#undef OP
};

static void print_value(TwValue v) {
    if (tw_is_type(v, &tw_type_code)) {
        TwCode *co = TW_OBJ(v, TwCode);
        printf("<code object %s, line %d>", tw_str_data(co->name), co->firstlineno);
        return;
    }
    TwValue r = tw_repr(v);
    if (!r) {
        tw_error_clear();
        printf("<%s object>", tw_type_cname(tw_type_of(v)));
        return;
    }
    // Long constants are cut so that the listing stays readable.
    size_t n = tw_str_size(r);
    if (n > 60) {
        printf("%.57s...", tw_str_data(r));
    } else {
        printf("%s", tw_str_data(r));
    }
}

static const char *name_at(TwValue tuple, uint32_t i) {
    if (!tuple || i >= tw_tuple_size(tuple)) {
        return "?";
    }
    return tw_str_data(tw_tuple_items(tuple)[i]);
}

static const char *const binop_names[TW_OP_COUNT] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

static void print_arg(TwCode *co, int op, uint32_t arg) {
    switch (tw_opcode_argkinds[op]) {
    case TW_ARG_NONE:
        return;
    case TW_ARG_CONST:
        printf("%5u (", arg);
        if (arg < tw_tuple_size(co->consts)) {
            print_value(tw_tuple_items(co->consts)[arg]);
        }
        printf(")");
        return;
    case TW_ARG_NAME:
        printf("%5u (%s)", arg, name_at(co->names, arg));
        return;
    case TW_ARG_LOCAL:
        printf("%5u (%s)", arg, name_at(co->varnames, arg));
        return;
    case TW_ARG_CELL:
        if (arg < (uint32_t)co->ncells) {
            printf("%5u (%s)", arg, name_at(co->cellvars, arg));
        } else {
            printf("%5u (%s)", arg, name_at(co->freevars, arg - (uint32_t)co->ncells));
        }
        return;
    case TW_ARG_JUMP:
        printf("%5u (to %u)", arg, arg);
        return;
    case TW_ARG_COUNT:
        printf("%5u", arg);
        return;
    default:
        break;
    }
    printf("%5u", arg);
    if (op == OP_BINARY_OP && arg < TW_OP_COUNT) {
        printf(" (%s)", binop_names[arg]);
    } else if (op == OP_COMPARE_OP && arg < 6) {
        printf(" (%s)", cmp_names[arg]);
    } else if (op == OP_IS_OP || op == OP_CONTAINS_OP) {
        printf(" (%s)", arg ? (op == OP_IS_OP ? "is not" : "not in") : (op == OP_IS_OP ? "is" : "in"));
    } else if (op == OP_MAKE_FUNCTION && arg) {
        printf(" (%s%s%s%s)", arg & 1 ? "defaults " : "", arg & 2 ? "kwdefaults " : "",
               arg & 4 ? "annotations " : "", arg & 8 ? "closure" : "");
    } else if (op == OP_FORMAT_VALUE) {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        printf(" (%s%s)", conv[arg & 3], arg & 4 ? ", with format" : "");
    } else if (op == OP_UNPACK_EX) {
        printf(" (%u, %u)", arg & 0xFF, arg >> 8);
    }
}

static void dis_one(TwCode *co) {
    printf("Disassembly of <code object %s, file \"%s\", line %d>:\n", tw_str_data(co->qualname ? co->qualname : co->name),
           co->filename ? tw_str_data(co->filename) : "?", co->firstlineno);
    bool *target = calloc(co->ncode + 1, sizeof(bool));
    if (target) {
        for (uint32_t i = 0; i < co->ncode; i++) {
            int op = tw_instr_op(co->code[i]);
            if (op < OP_COUNT_ && tw_opcode_argkinds[op] == TW_ARG_JUMP && tw_instr_arg(co->code[i]) <= co->ncode) {
                target[tw_instr_arg(co->code[i])] = true;
            }
        }
        for (uint32_t i = 0; i < co->nexc; i++) {
            if (co->exc_table[i].handler <= co->ncode) {
                target[co->exc_table[i].handler] = true;
            }
        }
    }
    int last_line = -2;
    for (uint32_t i = 0; i < co->ncode; i++) {
        uint32_t ins = co->code[i];
        int op = tw_instr_op(ins);
        TwPosition p = co->positions ? co->positions[i] : (TwPosition){0, 0, -1, -1};
        if (p.line != last_line && p.line > 0) {
            if (i > 0) {
                printf("\n");
            }
            printf("%4d ", p.line);
            last_line = p.line;
        } else {
            printf("     ");
        }
        printf("%s %5u %-24s", target && target[i] ? ">>" : "  ", i,
               op < OP_COUNT_ ? tw_opcode_names[op] : "<bad opcode>");
        if (op < OP_COUNT_) {
            print_arg(co, op, tw_instr_arg(ins));
        }
        printf("\n");
    }
    if (co->nexc) {
        printf("ExceptionTable:\n");
        for (uint32_t i = 0; i < co->nexc; i++) {
            TwExcEntry *e = &co->exc_table[i];
            printf("  %u to %u -> %u [%u]%s\n", e->start, e->end, e->handler, e->depth, e->push_lasti ? " lasti" : "");
        }
    }
    free(target);
}

void tw_dis(TwCode *code) {
    dis_one(code);
    if (!code->consts) {
        return;
    }
    for (size_t i = 0; i < tw_tuple_size(code->consts); i++) {
        TwValue v = tw_tuple_items(code->consts)[i];
        if (tw_is_type(v, &tw_type_code)) {
            printf("\n");
            tw_dis(TW_OBJ(v, TwCode));
        }
    }
}
