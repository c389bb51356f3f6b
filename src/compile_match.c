// The match statement (PEP 634). Not compiled yet: a SyntaxError at the statement.
#include "compile_int.h"

int cc_match(Compiler *c, TwStmt *s);
int cc_match(Compiler *c, TwStmt *s) {
    cc_error(c, s->pos, "match statement is not supported yet");
    return -1;
}
