#!/usr/bin/env python3
"""Prints the labelled sentences of sentences.tsv with their labels, read from the corpora.

Usage: show.py [CORPORA_DIR]   (default ../shared/corpora next to the repository)
"""
import csv
import glob
import json
import os
import sys


def load(corpora):
    texts = {}
    for path in sorted(glob.glob(os.path.join(corpora, "reuters-21578", "*.json"))):
        for record in json.load(open(path, encoding="utf-8")):
            texts[("reuters-21578", record["attrs"]["newid"])] = record.get("body") or ""
    path = os.path.join(corpora, "wikipedia-current-events", "current-events.jsonl")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            texts[("wikipedia-current-events", record["id"])] = record["text"]
    for name in ("aljazeera-gaza", "tehran-times", "tempeval3-silver", "worldwide-events", "whitehouse-releases",
                 "kremlin-news"):
        path = os.path.join(corpora, name, name + ".jsonl")
        if os.path.exists(path):
            for line in open(path, encoding="utf-8"):
                record = json.loads(line)
                texts[(name, record["id"])] = record["text"]
    return texts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    corpora = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "shared", "corpora")
    texts = load(corpora)
    for row in csv.DictReader(open(os.path.join(here, "sentences.tsv"), encoding="utf-8"), delimiter="\t"):
        text = texts.get((row["corpus"], row["doc"]))
        sentence = " ".join(text[int(row["start"]):int(row["end"])].split()) if text else "(corpus missing)"
        label = row["type"] if row["type"] == "none" else " | ".join(
            row[k] for k in ("type", "participants", "place", "date", "expression", "status"))
        print(f"{row['corpus']} {row['doc']} {row['start']}-{row['end']} [{row['split']}] {sentence}\n    -> {label}")


if __name__ == "__main__":
    main()
