#!/usr/bin/env python3
"""Draws the articles of a blind names set from its corpus alone (no Gazette output): a seeded random
sample of the articles whose text is MIN_CHARS to MAX_CHARS long (Python's random.Random(SEED).sample over
the sorted ids), printed one id a line in order of the number in the id.

Usage: sample_text.py CORPUS_JSONL SIZE SEED MIN_CHARS MAX_CHARS > sample.txt
"""
import json, random, re, sys

corpus, size, seed, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
ids = []
for line in open(corpus, encoding="utf-8"):
    rec = json.loads(line)
    if lo <= len(rec["text"]) <= hi:
        ids.append(rec["id"])
ids.sort()
for i in sorted(random.Random(seed).sample(ids, size), key=lambda x: [int(n) for n in re.findall(r"\d+", x)] or [0]):
    print(i)
