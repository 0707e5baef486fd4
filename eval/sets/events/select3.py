#!/usr/bin/env python3
"""Chooses the sentences of the `heldout3` split (Tehran Times corpus, branch events9) to label by hand:
select.py's procedure on another corpus, with its own seed and counts.

Sentences and candidates as in select.py (a trigger word, TRIGGER). Sampled with random.Random(SEED):
STRONG_N among the candidates with a strong trigger (select.STRONG) that also name an office
(select.OFFICE), then OTHER_N among all the other candidates, at most one sentence per article, in the
order sampled. Only sentences of 60 to 400 characters (page furniture and run-on pages left out).

Usage: select3.py CORPORA_DIR  -> prints corpus, doc, start, end, date (empty: the pages have none) and
the sentence (TSV)
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select import OFFICE, STRONG, TRIGGER, sentences  # noqa: E402

SEED = 20261209
STRONG_N = 65
OTHER_N = 45


def main():
    corpora = sys.argv[1]
    strong, other = [], []
    for line in open(os.path.join(corpora, "tehran-times", "tehran-times.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for s, e in sentences(r["text"]):
            text = r["text"][s:e]
            if not 60 <= len(text) <= 400 or not TRIGGER.search(text):
                continue
            (strong if STRONG.search(text) and OFFICE.search(text) else other).append((r["id"], s, e, text))
    rng = random.Random(SEED)
    rng.shuffle(strong)
    rng.shuffle(other)
    seen = set()
    chosen = []
    for pool, n in ((strong, STRONG_N), (other, OTHER_N)):
        k = 0
        for item in pool:
            if k == n:
                break
            if item[0] in seen:
                continue
            seen.add(item[0])
            chosen.append(item)
            k += 1
    for doc, s, e, text in chosen:
        print("\t".join(["tehran-times", doc, str(s), str(e), "", " ".join(text.split())]))


if __name__ == "__main__":
    main()
