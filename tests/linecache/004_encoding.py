# linecache reads files as tokenize.open does: UTF-8 by default, a BOM, coding cookies on
# the first two lines; undecodable files give no lines
import linecache
import os

TMP = '_tmp_linecache_004_%d' % os.getpid()
os.mkdir(TMP)
try:
    cases = [
        ('utf8', 'x = "\u00e9\u20ac"\n'.encode('utf-8')),
        ('bom', b'\xef\xbb\xbfbom = 1\nline2\n'),
        ('latin1', b'# -*- coding: latin-1 -*-\ns = "\xe9"\n'),
        ('latin1b', b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\ns = "\xe9"\n'),
        ('latin1_late', b'import os\n# coding: latin-1\ns = "\xe9"\n'),
        ('ascii', b'# coding=ascii\nok\n'),
        ('ascii_bad', b'# coding=ascii\nnot \xc3\xa9 ascii\n'),
        ('unknown', b'# coding: no-such-codec\nx\n'),
        ('bom_latin', b'\xef\xbb\xbf# coding: latin-1\nx\n'),
        ('bom_utf8', b'\xef\xbb\xbf# coding: utf-8\nx\n'),
        ('bad_utf8', b'x = 1\ny = "\xff"\n'),
        ('bad_first', b'\xff\n'),
        ('blank_then', b'\n# coding: latin-1\n\xe9\n'),
        ('utf_8_name', b'# coding: UTF_8\n\xc3\xa9\n'),
        ('cookie_word', b'# this file has a coding: latin-1 comment\n\xe9\n'),
        ('not_comment', b'x = 1 # coding: latin-1\n\xe9\n'),
        ('mixed_nl', b'a\r\n\xc3\xa9\rc'),
        ('nul', b'a\x00b\nc\n'),
    ]
    for name, data in cases:
        path = os.path.join(TMP, name + '.py')
        with open(path, 'wb') as fh:
            fh.write(data)
        print(name, [ascii(line) for line in linecache.getlines(path)])
finally:
    for name in os.listdir(TMP):
        os.remove(os.path.join(TMP, name))
    os.rmdir(TMP)
