# missing file
