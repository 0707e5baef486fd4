#!/usr/bin/env python3
"""Chooses the sentences of the `heldout7` split (kremlin-news: the English news of the President of Russia's website,
2021-10-24 to 2022-06-24; branch events-blind13) to label by hand: select6.py's pools on another corpus, with its own
seed and counts, and one more pool for this copy's wording.

Sentences and candidates as in select.py (a trigger word, TRIGGER). Only sentences of 60 to 400 characters.
The Kremlin writes `had a telephone conversation with`, `Russian-X talks took place`, `meeting with`, rarely
select.py's strong triggers (`met with`, `held talks`, `phone call`), so the pool of strong candidates naming an
office holds only 74 sentences (68 items); a pool RICH of the other office candidates with this copy's event words
(RICH) is sampled second. Sampled with random.Random(SEED), at most MAX_PER_DOC sentences per item, in this order:
STRONG_N among the candidates with a strong trigger (select.STRONG) that name an office (select.OFFICE; all of
them); RICH_N among the other office candidates matching RICH; OFFICE_N among the remaining office candidates;
OTHER_N among the candidates without an office word (most of them hard negatives). The counts were set from the
pools' sizes (74 strong in 68 items; 345 rich in 268 items; 262 other office candidates; 1,059 candidates without an
office word, 342 items) and the aim (at least 150 sentences with events and 100 without) before any sentence was
read; this script was committed before any sentence was read.

Second pass (--second), fixed in the same commit before any sentence was read: to be run only if the first pass
gives fewer than 150 sentences with events: SECOND_N more among the RICH candidates not yet taken, in the same
shuffled order, at most MAX_PER_DOC sentences per item counting the first pass's.

Usage: select7.py CORPORA_DIR [--sizes] [--second] -> prints corpus, doc, start, end, date, pool and the sentence
(TSV); with --second, the first pass's rows and then the second pass's.
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select import OFFICE, STRONG, TRIGGER, sentences, take  # noqa: E402

CORPUS = "kremlin-news"
SEED = 20261213
STRONG_N = 74
RICH_N = 125
OFFICE_N = 45
OTHER_N = 36
SECOND_N = 40
MAX_PER_DOC = 2
RICH = re.compile(r"\b(telephone conversation|phone conversation|talks with|talks took place|meeting with|met|"
                  r"visit to|official visit|state visit|working visit|signed|signing)\b", re.I)


def pools(corpora):
    strong, rich, office, other = [], [], [], []
    for line in open(os.path.join(corpora, CORPUS, CORPUS + ".jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for s, e in sentences(r["text"]):
            text = r["text"][s:e]
            if not 60 <= len(text) <= 400 or not TRIGGER.search(text):
                continue
            item = (r["id"], s, e, r["date"], text)
            if OFFICE.search(text):
                if STRONG.search(text):
                    strong.append(item)
                elif RICH.search(text):
                    rich.append(item)
                else:
                    office.append(item)
            else:
                other.append(item)
    return strong, rich, office, other


def main():
    strong, rich, office, other = pools(sys.argv[1])
    if "--sizes" in sys.argv:
        for name, pool in (("strong", strong), ("rich", rich), ("office", office), ("other", other)):
            print(name, len(pool), len({item[0] for item in pool}))
        return
    rng = random.Random(SEED)
    rng.shuffle(strong)
    rng.shuffle(rich)
    rng.shuffle(office)
    rng.shuffle(other)
    chosen = []
    per_doc = {}
    take(chosen, (("strong", strong, STRONG_N), ("rich", rich, RICH_N), ("office", office, OFFICE_N),
                  ("other", other, OTHER_N)), per_doc, MAX_PER_DOC)
    if "--second" in sys.argv:
        taken = {(item[0], item[1]) for item in chosen}
        take(chosen, (("second", [item for item in rich if (item[0], item[1]) not in taken], SECOND_N),), per_doc,
             MAX_PER_DOC)
    for doc, s, e, date, text, name in chosen:
        print("\t".join([CORPUS, doc, str(s), str(e), date, name, " ".join(text.split())]))


if __name__ == "__main__":
    main()
