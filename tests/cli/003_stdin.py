# program from stdin
