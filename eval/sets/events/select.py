#!/usr/bin/env python3
"""Chooses the sentences of the `heldout2` split (Al Jazeera Gaza corpus) to label by hand: the
procedure of README.md ("How the sentences were chosen") written down as a script, with a fixed seed.

Sentences: each paragraph (line) of an article's text split at `.`/`?`/`!` (and a closing quote)
followed by a space and a capital or an opening quote. A candidate holds a trigger word (TRIGGER).
Sampled with random.Random(SEED): OFFICE_N among the candidates that also name an office (OFFICE),
then ALL_N among the other candidates, at most one sentence per article, in the order sampled; then a
second pass (as for the Current events sentences) of SECOND_N more among the candidates with a strong
trigger (STRONG: `met with`, `meets`, `held talks`, `visited`, `phone call`, ...) and an office, from
articles not chosen yet (the first pass gave 50 sentences with events of 120).
Articles already in sentences.tsv are skipped.

Usage: select.py CORPORA_DIR  -> prints corpus, doc, start, end, date and the sentence (TSV)
"""
import csv
import json
import os
import random
import re
import sys

SEED = 20261207
OFFICE_N = 75
ALL_N = 45
SECOND_N = 25
STRONG = re.compile(r"\b(met with|meets|held talks|holds talks|hold talks|visited|phone call|spoke by phone|hosted)\b", re.I)
TRIGGER = re.compile(r"\b(meet|meets|met|meeting|meetings|talks|visit|visits|visited|visiting|trip to|"
                     r"sign|signs|signed|signing|telephone|phone call|phoned|spoke by phone|call with)\b", re.I)
OFFICE = re.compile(r"\b(minister|president|secretary|prime|king|emir|crown prince|chancellor|ambassador|"
                    r"envoy|leader|chief|head|spokesperson|spokesman|foreign|mediator|official)\b", re.I)
SPLIT = re.compile(r"(?<=[.?!])[\"”’']?\s+(?=[A-Z“\"‘])")


def sentences(text):
    offset = 0
    for line in text.split("\n"):
        start = 0
        for m in SPLIT.finditer(line):
            yield offset + start, offset + m.start()
            start = m.end()
        if line[start:].strip():
            yield offset + start, offset + len(line)
        offset += len(line) + 1


def take(chosen, pools, per_doc, max_per_doc):
    """Appends to `chosen`, pool by pool ((name, items, n) in `pools`), the first n items (as item + (name,)) whose
    document (item[0]) holds fewer than `max_per_doc` chosen items in `per_doc`, which it counts. Shared by the
    selection scripts of the later splits."""
    for name, pool, n in pools:
        k = 0
        for item in pool:
            if k == n:
                break
            if per_doc.get(item[0], 0) >= max_per_doc:
                continue
            per_doc[item[0]] = per_doc.get(item[0], 0) + 1
            chosen.append(item + (name,))
            k += 1


def main():
    corpora = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    done = {row["doc"] for row in csv.DictReader(open(os.path.join(here, "sentences.tsv"), encoding="utf-8"),
                                                 delimiter="\t")}
    office, other = [], []
    for line in open(os.path.join(corpora, "aljazeera-gaza", "aljazeera-gaza.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        if r["id"] in done:
            continue
        for s, e in sentences(r["text"]):
            text = r["text"][s:e]
            if TRIGGER.search(text):
                (office if OFFICE.search(text) else other).append((r["id"], s, e, r["date"], text))
    rng = random.Random(SEED)
    rng.shuffle(office)
    rng.shuffle(other)
    seen = set()
    chosen = []
    strong = [item for item in office if STRONG.search(item[4])]
    for pool, n in ((office, OFFICE_N), (other, ALL_N), (strong, SECOND_N)):
        k = 0
        for item in pool:
            if k == n:
                break
            if item[0] in seen:
                continue
            seen.add(item[0])
            chosen.append(item)
            k += 1
    for doc, s, e, date, text in chosen:
        print("\t".join(["aljazeera-gaza", doc, str(s), str(e), date, " ".join(text.split())]))


if __name__ == "__main__":
    main()
