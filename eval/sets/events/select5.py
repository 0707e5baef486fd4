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
sampled. This script, with its seed and counts, was committed before any sentence was read (a5ade0b).
Second pass (as select.py's): the first pass gave 45 sentences with events of 155, so, after those were labelled
and before any other sentence was read, two pools were added, at most SECOND_MAX_PER_DOC sentences an article in
all: every remaining candidate with a strong trigger (office or not) or naming an office (SECOND), and WORDS_N
among the sentences without a trigger word that hold another word for an event (WORDS: `received`, `hosted`,
`toured`, `arrived in`, `summit`, `agreement with`, `audience with`, ...). The first pass's choice is unchanged.

Usage: select5.py CORPORA_DIR  -> prints corpus, doc, start, end, date, pool and the sentence (TSV)
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select import OFFICE, STRONG, TRIGGER, sentences, take  # noqa: E402

CORPUS = "worldwide-events"
SEED = 20261211
STRONG_N = 1000  # all
OFFICE_N = 1000  # all
OTHER_N = 70
PLAIN_N = 15
MAX_PER_DOC = 2
SECOND_MAX_PER_DOC = 4
WORDS_N = 40
WORDS = re.compile(r"\b(received|receives|hosted|hosts|toured|tour of|arrived in|arrives in|summit|talked with|"
                   r"conversation with|held a meeting|videoconference|video call|agreement with|memorandum|"
                   r"audience with|courtesy call)\b", re.I)


def main():
    corpora = sys.argv[1]
    strong, office, other, plain, words = [], [], [], [], []
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
            else:
                if OFFICE.search(text):
                    plain.append(item)
                if WORDS.search(text):
                    words.append(item)
    rng = random.Random(SEED)
    rng.shuffle(strong)
    rng.shuffle(office)
    rng.shuffle(other)
    rng.shuffle(plain)
    per_doc = {}
    chosen = []
    take(chosen, (("strong", strong, STRONG_N), ("office", office, OFFICE_N), ("other", other, OTHER_N),
                  ("plain", plain, PLAIN_N)), per_doc, MAX_PER_DOC)
    taken = {(item[0], item[1]) for item in chosen}
    second = [item for item in strong + office + other if (item[0], item[1]) not in taken
              and (STRONG.search(item[4]) or OFFICE.search(item[4]))]
    words = [item for item in words if (item[0], item[1]) not in taken]
    rng.shuffle(words)
    take(chosen, (("second", second, len(second)), ("words", words, WORDS_N)), per_doc, SECOND_MAX_PER_DOC)
    for doc, s, e, date, text, name in chosen:
        print("\t".join([CORPUS, doc, str(s), str(e), date, name, " ".join(text.split())]))


if __name__ == "__main__":
    main()
