#!/usr/bin/env python3
"""The peer a user would write: charset-normalizer detection + decode + json.dumps per file.

usage: python-peer.py IN_DIR OUT_DIR
"""
import json
import pathlib
import sys

from charset_normalizer import from_bytes


def main():
    source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.rglob("*.txt")):
        raw = path.read_bytes()
        best = from_bytes(raw).best()
        text = str(best) if best is not None else raw.decode("gb18030", errors="replace")
        paragraphs = [line for line in text.splitlines() if line.strip()]
        document = {"source": path.name, "encoding": best.encoding if best else None, "paragraphs": paragraphs}
        (target / (path.stem + ".json")).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
