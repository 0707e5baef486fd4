#!/usr/bin/env python3
"""Draws the articles of a blind names set from its corpus alone (no Gazette output): a seeded random
sample of the articles whose text is MIN_CHARS to MAX_CHARS long (Python's random.Random(SEED).sample over
the sorted ids), printed one id a line in order of the number in the id, or with --drawn in the order drawn: a labeller who reads
the articles in that order and stops after N has labelled the sample this script draws with SIZE N and the same
seed, provided random.Random.sample picks both by one method (it draws from a pool when the population is at
most 21 + 4 ** ceil(log4(3 * SIZE)) and by rejection otherwise; for 194 articles both SIZEs must be 22 or more).

Usage: sample_text.py CORPUS_JSONL SIZE SEED MIN_CHARS MAX_CHARS [--drawn] > sample.txt
"""
import json, random, re, sys

corpus, size, seed, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
drawn = sys.argv[6:] == ["--drawn"]
ids = []
for line in open(corpus, encoding="utf-8"):
    rec = json.loads(line)
    if lo <= len(rec["text"]) <= hi:
        ids.append(rec["id"])
ids.sort()
picked = random.Random(seed).sample(ids, size)
for i in picked if drawn else sorted(picked, key=lambda x: [int(n) for n in re.findall(r"\d+", x)] or [0]):
    print(i)
