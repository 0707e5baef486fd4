#!/usr/bin/env python3
"""Writes the articles of sentences.tsv as one JSON Lines corpus for Gazette (id, title, date,
text), from the corpora. Reuters ids become reu-<newid>; the text is the record's body or text.
Articles of a corpus that is not in CORPORA_DIR are left out, with a note on stderr (score.py then
leaves their sentences out too and says so).

With --by-corpus, OUT.jsonl is not written: each corpus's articles go to a file of their own beside it,
OUT-<corpus>.jsonl, for one export per corpus (a user exports one corpus at a time, and an entity's canonical name,
which the events table writes for each participant, then does not depend on which other corpora are in CORPORA_DIR).

Usage: prepare.py CORPORA_DIR OUT.jsonl [--hide-dates] [--by-corpus]
"""
import csv
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from show import load  # noqa: E402


def reuters_dates(corpora):
    import glob
    out = {}
    for path in sorted(glob.glob(os.path.join(corpora, "reuters-21578", "*.json"))):
        for record in json.load(open(path, encoding="utf-8")):
            out[record["attrs"]["newid"]] = (record.get("title") or "", record.get("date") or "")
    return out


def main():
    corpora, out = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    texts = load(corpora)
    meta = reuters_dates(corpora)
    titles = {}
    for name, file in (("wikipedia-current-events", "current-events.jsonl"), ("aljazeera-gaza", "aljazeera-gaza.jsonl"),
                       ("tempeval3-silver", "tempeval3-silver.jsonl"), ("worldwide-events", "worldwide-events.jsonl"),
                       ("whitehouse-releases", "whitehouse-releases.jsonl"),
                       ("kremlin-news", "kremlin-news.jsonl")):
        path = os.path.join(corpora, name, file)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            # worldwide-events records have no title, and a date only when their URL carries one
            titles[r["id"]] = (r.get("title", ""), r.get("date", ""))
    docs = []
    for row in csv.DictReader(open(os.path.join(here, "sentences.tsv"), encoding="utf-8"), delimiter="\t"):
        key = (row["corpus"], row["doc"])
        if key not in docs:
            docs.append(key)
    missing = sorted({corpus for corpus, doc in docs if (corpus, doc) not in texts})
    if missing:
        print(f"prepare.py: corpora not in {corpora}, their articles left out: {', '.join(missing)}", file=sys.stderr)
    by_corpus = "--by-corpus" in sys.argv
    sinks = {}
    try:
        for corpus, doc in docs:
            if (corpus, doc) not in texts:
                continue
            name = out[:-len(".jsonl")] + "-" + corpus + ".jsonl" if by_corpus else out
            if name not in sinks:
                sinks[name] = open(name, "w", encoding="utf-8")
            sink = sinks[name]
            if corpus == "reuters-21578":
                title, date = meta[doc]
                rid = "reu-" + doc
            else:
                # tehran-times pages have neither title nor date (nor most worldwide-events articles)
                title, date = titles.get(doc, ("", ""))
                rid = doc
            record = {"id": rid, "title": title, "text": texts[(corpus, doc)]}
            if "--hide-dates" not in sys.argv and date:
                record["date"] = date
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        for sink in sinks.values():
            sink.close()


if __name__ == "__main__":
    main()
