// Opcode numbers, names and argument kinds, generated from opcodes.def.
#ifndef TW_OPCODES_H
#define TW_OPCODES_H

#include <stdint.h>

typedef enum TwOpcode {
#define OP(name, argkind, pops, pushes) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT_
} TwOpcode;

typedef enum TwArgKind {
    TW_ARG_NONE, TW_ARG_CONST, TW_ARG_NAME, TW_ARG_LOCAL, TW_ARG_CELL, TW_ARG_JUMP,
    TW_ARG_COUNT, TW_ARG_OTHER
} TwArgKind;

extern const char *const tw_opcode_names[OP_COUNT_];
extern const uint8_t tw_opcode_argkinds[OP_COUNT_];

static inline uint32_t tw_instr(int op, uint32_t arg) { return (uint32_t)op | (arg << 8); }
static inline int tw_instr_op(uint32_t instr) { return (int)(instr & 0xFF); }
static inline uint32_t tw_instr_arg(uint32_t instr) { return instr >> 8; }

#endif
