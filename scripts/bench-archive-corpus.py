#!/usr/bin/env python3
"""Writes a benchmark corpus for scripts/bench-archive, filed by year as Archive/originals is, in the
originals' encodings.

Each report keeps a shipped original's line structure: short lines (headings, table labels, the
template every agency fills in) verbatim, numbers varied, and the body lines rewritten by
"dissociated press" over the shipped text: runs of 2-6 characters copied from random places that
share the previous two characters. So every report is its own text with the statistics of real
reports, and no report is a near-copy of its neighbour. That matters: a corpus of near-identical
copies lets a solid tar.gz compress 40x across files, which no per-member (seekable) gzip can, and
which real collections of different agencies' reports do not allow either.

usage: bench-archive-corpus.py SOURCE_DIR TARGET_DIR MEGABYTES [--distinct]
  default: the originals replicated with about a third of their numbers varied (near-copies);
  --distinct: the rewritten reports described above.
"""
import os
import random
import re
import sys

HEADING = 24  # lines up to this many characters are template: headings, labels, table cells


def seeds(source):
    found = []
    for year in sorted(os.listdir(source)):
        folder = os.path.join(source, year)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            raw = open(os.path.join(folder, name), "rb").read()
            encoding = "utf-8"
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                encoding = "gb18030"
            found.append((year, encoding, raw.decode(encoding, errors="replace")))
    return found


def vary(text, rng):
    """Changes about a third of the numbers, keeping their length, so the report stays plausible."""
    def change(match):
        digits = match.group(0)
        if rng.random() > 0.33 or len(digits) == 4:  # keep years
            return digits
        return "".join(rng.choice("0123456789") for _ in digits)
    return re.sub(r"[0-9]+", change, text)


class Babble:
    """Dissociated press over the body text of every seed."""

    def __init__(self, texts):
        self.text = "".join(line for text in texts for line in text.splitlines() if len(line) > HEADING)
        self.after = {}
        for position in range(len(self.text) - 2):
            self.after.setdefault(self.text[position:position + 2], []).append(position + 2)

    def line(self, length, rng):
        out = []
        position = rng.randrange(len(self.text) - 8)
        produced = 0
        while produced < length:
            run = self.text[position:position + rng.randint(2, 6)]
            out.append(run)
            produced += len(run)
            context = "".join(out)[-2:]
            choices = self.after.get(context)
            position = rng.choice(choices) if choices else rng.randrange(len(self.text) - 8)
            if position >= len(self.text) - 1:
                position = rng.randrange(len(self.text) - 8)
        return "".join(out)[:length]


def rewrite(text, babble, rng):
    lines = []
    for line in text.split("\n"):
        end = "\r" if line.endswith("\r") else ""
        body = line[:-1] if end else line
        lines.append((body if len(body) <= HEADING else babble.line(len(body), rng)) + end)
    return vary("\n".join(lines), rng)


def main():
    source, target, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
    replicated = "--distinct" not in sys.argv[4:]
    pool = seeds(source)
    babble = Babble([text for _, _, text in pool])
    budget = int(megabytes * 1_000_000)
    written = 0
    index = 0
    while written < budget:
        year, encoding, text = pool[index % len(pool)]
        rng = random.Random(index)
        body = (vary(text, rng) if replicated else rewrite(text, babble, rng)).encode(encoding, errors="replace")
        folder = os.path.join(target, year)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "report-%07d.txt" % index), "wb") as out:
            out.write(body)
        written += len(body)
        index += 1
    print("%d files, %.1f MB in %s" % (index, written / 1e6, target))


if __name__ == "__main__":
    main()
