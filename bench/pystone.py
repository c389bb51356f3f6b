# pystone: a Dhrystone-flavoured synthetic workload in the spirit of pystone (written from
# scratch): record objects linked into a chain, many small procedures that read and write
# globals and record fields, integer and character arithmetic, and array indexing.
import sys

KIND_A, KIND_B, KIND_C, KIND_D, KIND_E = range(5)


class Record:
    def __init__(self, link=None, kind=KIND_A, tag=0, number=0, text=""):
        self.link = link
        self.kind = kind
        self.tag = tag
        self.number = number
        self.text = text

    def clone(self):
        return Record(self.link, self.kind, self.tag, self.number, self.text)


# Global state, as in the C original: the procedures communicate through these.
counter = 0
flag = False
letter_a = "\0"
letter_b = "\0"
table = [0] * 64
grid = [[0] * 64 for _ in range(64)]
head = None


def next_kind(kind):
    # Cycle through the five kinds with a character-flavoured twist.
    if kind == KIND_C:
        return KIND_A
    return (kind + 1) % 5


def same_letter(a, b):
    if a != b:
        return KIND_A
    return KIND_B


def letter_after(c, step):
    return chr(ord("A") + (ord(c) - ord("A") + step) % 26)


def compare_texts(s1, s2):
    # Compare two strings the way Dhrystone's Func_2 does: look at one character pair,
    # then fall back to a full comparison.
    global counter
    i = 2
    c = "A"
    while i <= 2:
        if same_letter(s1[i], s2[i + 1]) == KIND_A:
            c = "A"
            i += 1
    if "W" <= c <= "Z":
        i = 7
    if c == "R":
        return True
    if s1 > s2:
        counter = i + 7
        return True
    return False


def is_even_kind(kind):
    return kind == KIND_C or kind % 2 == 0


def update_record(rec):
    # Proc_1-like: copy the head record into rec's successor and rework both.
    nxt = rec.link
    copy = head.clone()
    nxt.kind = copy.kind
    nxt.tag = rec.tag
    nxt.number = 5
    rec.number = nxt.number
    nxt.link = rec.link
    nxt.link = advance_head(nxt.link)
    if nxt.tag == KIND_A:
        nxt.number = 6
        nxt.kind = choose_kind(rec.kind)
        nxt.link = head.link
        nxt.number = add_small(nxt.number, 10)
    else:
        rec.link = nxt.link
    return rec


def bump(x):
    # Proc_2-like: a small loop driven by the global letter.
    y = x + 10
    while True:
        if letter_a == "A":
            y -= 1
            x = y - counter
            return x


def advance_head(link):
    # Proc_3-like: walk one step along the chain and touch the global counter.
    global head
    if head is not None:
        link = head.link
    head.number = add_small(10, counter)
    return link


def set_flags():
    # Proc_4 and Proc_5 folded together.
    global flag, letter_b, letter_a
    ok = letter_a == "A"
    flag = ok or flag
    letter_b = "B"
    letter_a = "A"
    flag = False


def choose_kind(kind):
    # Proc_6-like: a switch over the kinds.
    if not is_even_kind(kind):
        result = KIND_D
    else:
        result = kind
    if kind == KIND_A:
        result = KIND_A
    elif kind == KIND_B:
        result = KIND_A if counter > 100 else KIND_D
    elif kind == KIND_C:
        result = KIND_B
    elif kind == KIND_E:
        result = KIND_C
    return result


def add_small(a, b):
    # Proc_7-like.
    return a + b + 2


def fill_tables(arr, mat, a, b):
    # Proc_8-like: write a small neighbourhood of the 1-D and 2-D tables.
    global counter
    i = a + 5
    arr[i] = b
    arr[i + 1] = arr[i]
    arr[i + 30] = i
    row = mat[i]
    for j in range(i, i + 2):
        row[j] = i
    row[i - 1] += 1
    mat[i + 20][i] = arr[i]
    counter = 5


def run(loops):
    global head
    tail = Record()
    head = Record(tail, KIND_A, KIND_C, 40, "SOME STRING, FIRST")
    text1 = "SOME STRING, 1ST STRING"
    grid[8][7] = 10
    checksum = 0
    mark = "A"
    for _ in range(loops):
        set_flags()
        a = 2
        b = 3
        text2 = "SOME STRING, 2ND STRING"
        kind = KIND_B
        flipped = not compare_texts(text1, text2)
        while a < b:
            c = 5 * a - b
            c = add_small(a, b)
            a += 1
        fill_tables(table, grid, a, c)
        head = update_record(head)
        ch = "A"
        while ch <= letter_b:
            if kind == same_letter(ch, "C"):
                kind = choose_kind(KIND_A)
            ch = chr(ord(ch) + 1)
        c = b * a
        b = c // a
        b = 7 * (c - b) - a
        a = bump(a)
        mark = letter_after(mark, kind + 1)
        checksum = (checksum * 31 + a + b + c + kind + head.number + counter + flipped
                    + ord(mark)) % 1000000007
    return checksum, head.number, table[7], grid[8][7]


def main(n):
    print("pystone", n, *run(n))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
