# strings: string-heavy work. Builds a pseudo-random text from a small vocabulary, then
# tokenises it, changes case, replaces and searches substrings, formats records with
# %-formatting, str.format and f-strings, encodes runs, checks palindromes and slices.
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "an", "el", "or"]


def make_words(count, seed):
    words = []
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        parts = 1 + x % 3
        w = ""
        y = x >> 8
        for _ in range(parts):
            w += SYLLABLES[y % len(SYLLABLES)]
            y //= len(SYLLABLES)
        words.append(w)
    return words


def run_length(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)


def caesar(s, shift):
    lower = "abcdefghijklmnopqrstuvwxyz"
    table = str.maketrans(lower, lower[shift:] + lower[:shift])
    return s.translate(table)


def is_palindrome(w):
    return len(w) > 2 and w == w[::-1]


def main(n):
    words = make_words(n, 42)
    text = " ".join(words)
    checksum = 0

    # Sentences: capitalise and punctuate every seventh word boundary.
    sentences = []
    for i in range(0, len(words), 7):
        chunk = words[i:i + 7]
        sentences.append(" ".join(chunk).capitalize() + ".")
    doc = " ".join(sentences)
    checksum += len(doc) + doc.count("Ka") + doc.count(".")

    # Tokenise again, normalise and classify.
    tokens = doc.replace(".", " ").lower().split()
    checksum += len(tokens)
    longest = ""
    for t in tokens:
        if len(t) > len(longest) or (len(t) == len(longest) and t < longest):
            longest = t
        if t.startswith("qu") and t.endswith("or"):
            checksum += 3
        if "mine" in t:
            checksum += 1
    checksum += len(longest)

    # Searching: walk through every occurrence of a few substrings.
    for needle in ("lomi", "zeka", "elan", "ruqu"):
        pos = text.find(needle)
        while pos >= 0:
            checksum += pos % 97
            pos = text.find(needle, pos + 1)

    # Formatting: three styles on the same records.
    lines = []
    for i, w in enumerate(words[: n // 4]):
        a = "%-8s|%5d|%x" % (w, i, len(w) * i)
        b = "{:>9}:{:04d}".format(w.upper(), i % 10000)
        c = f"{w!r}={len(w) * 1.5:.2f}"
        lines.append(a + b + c)
    blob = "\n".join(lines)
    checksum += len(blob) + blob.count("\n")

    # Encodings and transformations.
    rle = run_length("".join(sorted(text[: n * 2])))
    checksum += len(rle)
    shifted = caesar(text[: n * 3], 13)
    back = caesar(shifted, 13)
    checksum += (back == text[: n * 3]) + shifted.count("x")
    pal = sum(1 for w in words if is_palindrome(w))
    checksum += pal
    parts = [w.strip("aeiou").zfill(6) for w in words[: n // 2]]
    checksum += sum(len(p) for p in parts) + len(set(parts))
    joined = "-".join(w[1:3] + w[-1] for w in words[: n // 2])
    checksum += joined.count("-a") + len(joined.split("-"))
    print("strings", n, checksum, longest, blob[-20:].replace("\n", "/"))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
