#!/usr/bin/env python3
"""Writes a benchmark corpus for scripts/bench-archive: the shipped originals replicated with small
variations (numbers changed, so every copy has its own bytes and id), in their original encodings,
filed by year as Archive/originals is.

usage: bench-archive-corpus.py SOURCE_DIR TARGET_DIR MEGABYTES
"""
import os
import random
import re
import sys


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


def main():
    source, target, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
    pool = seeds(source)
    budget = int(megabytes * 1_000_000)
    written = 0
    index = 0
    while written < budget:
        year, encoding, text = pool[index % len(pool)]
        rng = random.Random(index)
        body = vary(text, rng).encode(encoding, errors="replace")
        folder = os.path.join(target, year)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "report-%07d.txt" % index), "wb") as out:
            out.write(body)
        written += len(body)
        index += 1
    print("%d files, %.1f MB in %s" % (index, written / 1e6, target))


if __name__ == "__main__":
    main()
