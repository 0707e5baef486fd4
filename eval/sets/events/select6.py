#!/usr/bin/env python3
"""Chooses the sentences of the `heldout6` split (whitehouse-releases: the White House Briefing Room's statements
and releases, 2021-01 to 2025-01; branch events-blind12) to label by hand: select5.py's pools on another corpus, with
its own seed and counts.

Sentences and candidates as in select.py (a trigger word, TRIGGER). Only sentences of 60 to 400 characters.
Sampled with random.Random(SEED), at most MAX_PER_DOC sentence per item, in this order: STRONG_N among the
candidates with a strong trigger (select.STRONG) that also name an office (select.OFFICE): most of them the
readouts' "President Biden spoke with / met with ..." sentences, rich in events; OFFICE_N among the other
candidates that name an office; OTHER_N among the remaining candidates (no office word: most of them hard
negatives, `meet the demand`, `sign up`, `visit the website`). The counts were set from the pools' sizes and
the aim (at least 90 sentences with events and 60 without, about 170 sentences in all) before any sentence was
read (pools: 472 strong candidates in 417 items, 2,784 other office candidates, 4,421 remaining candidates);
this script was committed before any sentence was read.

Usage: select6.py CORPORA_DIR  -> prints corpus, doc, start, end, date, pool and the sentence (TSV)
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select import OFFICE, STRONG, TRIGGER, sentences, take  # noqa: E402

CORPUS = "whitehouse-releases"
SEED = 20261212
STRONG_N = 105
OFFICE_N = 40
OTHER_N = 25
MAX_PER_DOC = 1


def pools(corpora):
    strong, office, other = [], [], []
    for line in open(os.path.join(corpora, CORPUS, CORPUS + ".jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for s, e in sentences(r["text"]):
            text = r["text"][s:e]
            if not 60 <= len(text) <= 400 or not TRIGGER.search(text):
                continue
            item = (r["id"], s, e, r["date"], text)
            if OFFICE.search(text):
                (strong if STRONG.search(text) else office).append(item)
            else:
                other.append(item)
    return strong, office, other


def main():
    strong, office, other = pools(sys.argv[1])
    if "--sizes" in sys.argv:
        for name, pool in (("strong", strong), ("office", office), ("other", other)):
            print(name, len(pool), len({item[0] for item in pool}))
        return
    rng = random.Random(SEED)
    rng.shuffle(strong)
    rng.shuffle(office)
    rng.shuffle(other)
    chosen = []
    take(chosen, (("strong", strong, STRONG_N), ("office", office, OFFICE_N), ("other", other, OTHER_N)), {},
         MAX_PER_DOC)
    for doc, s, e, date, text, name in chosen:
        print("\t".join([CORPUS, doc, str(s), str(e), date, name, " ".join(text.split())]))


if __name__ == "__main__":
    main()
