"""Text wrapping and filling: twinpy's textwrap module.

TextWrapper cuts the text into chunks (words, runs of whitespace, the pieces of
hyphenated words), then fills lines greedily with them; wrap, fill and shorten are
one-shot wrappers around it. dedent and indent work line by line.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these count as whitespace: Unicode spaces such as U+00A0 must not break lines.
_whitespace = '\t\n\x0b\x0c\r '


def _chunk_pattern():
    ws = '[\\t\\n\\x0b\\x0c\\r ]'
    nws = '[^\\t\\n\\x0b\\x0c\\r ]'
    punct = r'[\w!"\'&.,?]'       # what may precede an em-dash
    letter = r'[^\d\W]'
    hyphen_split = ('-(?:(?<=%s{2}-)|(?<=%s-%s-))(?=%s-?%s)'
                    % (letter, letter, letter, letter, letter))
    word = '%s+?(?:%s|(?=%s|\\Z)|(?<=%s)(?=-{2,}\\w))' % (nws, hyphen_split, ws, punct)
    emdash = '(?<=%s)-{2,}(?=\\w)' % punct
    return re.compile('(%s+|%s|%s)' % (ws, emdash, word))


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re = _chunk_pattern()
    wordsep_simple_re = re.compile('([\\t\\n\\x0b\\x0c\\r ]+)')
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        pat = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [c for c in pat.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        search = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than the line: cut it (after a hyphen if one fits), or put it
        # whole on an empty line when long words may not be broken.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        max_lines = self.max_lines
        drop = self.drop_whitespace
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()       # popping from the end is cheap
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if drop and lines and chunks[-1].strip() == '':
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if drop and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or (not chunks or drop and len(chunks) == 1 and not chunks[0].strip())
                    and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # the last line allowed: end it with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                    cur_line.append(placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(placeholder) <= self.width:
                        lines[-1] = prev + placeholder
                        break
                lines.append(indent + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """wrap(text : string) -> [string]"""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string"""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    if not isinstance(text, str):
        # CPython's message comes from the re module it uses
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[i] = ''          # lines of only blanks and tabs are emptied
            continue
        ind = line[:len(line) - len(body)]
        if margin is None or ind.startswith(margin):
            if margin is None:
                margin = ind
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            while margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        n = len(margin)
        lines = [line[n:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        return ''.join([prefix + line if line.strip() else line
                        for line in text.splitlines(True)])
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
