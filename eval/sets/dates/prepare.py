#!/usr/bin/env python3
"""Writes the articles of articles.tsv as one JSON Lines corpus for Gazette with their dates
hidden (id, title, text; no date). Reuters ids become reu-<newid>.

Usage: prepare.py CORPORA_DIR OUT.jsonl
"""
import csv
import glob
import json
import os
import sys


def main():
    corpora, out = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    wanted = {(r["corpus"], r["doc"]) for r in csv.DictReader(open(os.path.join(here, "articles.tsv")), delimiter="\t")}
    records = []
    for path in sorted(glob.glob(os.path.join(corpora, "reuters-21578", "*.json"))):
        for r in json.load(open(path, encoding="utf-8")):
            if ("reuters-21578", r["attrs"]["newid"]) in wanted:
                records.append({"id": "reu-" + r["attrs"]["newid"], "title": r.get("title") or "", "text": r["body"]})
    for line in open(os.path.join(corpora, "wikipedia-current-events", "current-events.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        if ("wikipedia-current-events", r["id"]) in wanted:
            records.append({"id": r["id"], "title": "Current events", "text": r["text"]})
    with open(out, "w", encoding="utf-8") as sink:
        for r in records:
            sink.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
