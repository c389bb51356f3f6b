# runs -c
