#!/usr/bin/env python3
"""Chooses the sentences of the `heldout5` split (worldwide-events: Latin American and East / South-East Asian
copy of the English Worldwide Newswire dataset, 2022; branch events-blind11) to label by hand: select4.py's
pools on another corpus, with its own seed and counts.

Sentences and candidates as in select.py (a trigger word, TRIGGER). Only sentences of 60 to 400 characters.
Sampled with random.Random(SEED), at most MAX_PER_DOC sentences per article, in this order: STRONG_N among the
candidates with a strong trigger (select.STRONG) that also name an office (select.OFFICE); OFFICE_N among the
other candidates that name an office; OTHER_N among the remaining candidates; PLAIN_N among the sentences with
no trigger word that name an office (events written with other words, and plain text).
The counts were fixed from the pools' sizes alone (numbers, no sentence read): this local copy has few
diplomatic sentences (16 strong candidates naming an office in 14 articles, 87 candidates naming an office in
55 articles, 259 other candidates, 894 plain sentences naming an office), so the first two pools are taken
whole, with up to two sentences an article (one an article would leave about 55), and the other pool is
sampled. This script, with its seed and counts, was committed before any sentence was read.

Usage: select5.py CORPORA_DIR  -> prints corpus, doc, start, end, date, pool and the sentence (TSV)
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select import OFFICE, STRONG, TRIGGER, sentences  # noqa: E402

CORPUS = "worldwide-events"
SEED = 20261211
STRONG_N = 1000  # all
OFFICE_N = 1000  # all
OTHER_N = 70
PLAIN_N = 15
MAX_PER_DOC = 2


def main():
    corpora = sys.argv[1]
    strong, office, other, plain = [], [], [], []
    for line in open(os.path.join(corpora, CORPUS, CORPUS + ".jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for s, e in sentences(r["text"]):
            text = r["text"][s:e]
            if not 60 <= len(text) <= 400:
                continue
            item = (r["id"], s, e, r.get("date", ""), text)
            if TRIGGER.search(text):
                if STRONG.search(text) and OFFICE.search(text):
                    strong.append(item)
                else:
                    (office if OFFICE.search(text) else other).append(item)
            elif OFFICE.search(text):
                plain.append(item)
    rng = random.Random(SEED)
    rng.shuffle(strong)
    rng.shuffle(office)
    rng.shuffle(other)
    rng.shuffle(plain)
    per_doc = {}
    chosen = []
    for name, pool, n in (("strong", strong, STRONG_N), ("office", office, OFFICE_N), ("other", other, OTHER_N),
                           ("plain", plain, PLAIN_N)):
        k = 0
        for item in pool:
            if k == n:
                break
            if per_doc.get(item[0], 0) >= MAX_PER_DOC:
                continue
            per_doc[item[0]] = per_doc.get(item[0], 0) + 1
            chosen.append(item + (name,))
            k += 1
    for doc, s, e, date, text, name in chosen:
        print("\t".join([CORPUS, doc, str(s), str(e), date, name, " ".join(text.split())]))


if __name__ == "__main__":
    main()
