#!/usr/bin/env python3
"""Labelling aid for pairs.tsv: shows each sampled candidate pair with two uses of each form in context.

  pair_contexts.py ids PAIRS_TSV MENTIONS_CSV IDS_TXT
      the article ids whose texts are needed (then: dev.gazette.eval.names.ArticleTexts --ids IDS_TXT)
  pair_contexts.py show PAIRS_TSV MENTIONS_CSV TEXTS_JSONL
      prints the numbered pairs with contexts (a form the corpus never writes is a registry name)
"""
import csv, json, sys, collections

def pairs(path):
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if not l.startswith("#")]
    return rows[1:]

def uses(mentions, wanted):
    out = collections.defaultdict(list)
    for m in csv.DictReader(open(mentions, encoding="utf-8")):
        f = m["surface"]
        if f in wanted and len(out[f]) < 2 and all(u["article_id"] != m["article_id"] for u in out[f]):
            out[f].append(m)
    return out

if sys.argv[1] == "ids":
    rows = pairs(sys.argv[2])
    u = uses(sys.argv[3], {r[1] for r in rows} | {r[2] for r in rows})
    ids = sorted({m["article_id"] for ms in u.values() for m in ms})
    open(sys.argv[4], "w").write("\n".join(ids) + "\n")
elif sys.argv[1] == "show":
    rows = pairs(sys.argv[2])
    u = uses(sys.argv[3], {r[1] for r in rows} | {r[2] for r in rows})
    texts = {}
    for l in open(sys.argv[4], encoding="utf-8"):
        o = json.loads(l)
        texts[o["id"]] = o["raw"]
    for i, r in enumerate(rows, 1):
        print(f"{i}\t{r[0]}\t{r[1]!r} ~ {r[2]!r}\t{r[3]}")
        for f in (r[1], r[2]):
            if not u.get(f):
                print(f"    {f!r}: (not written in the corpus: a registry name)")
            for m in u.get(f, []):
                t = texts[m["article_id"]]
                s, e = int(m["start"]), int(m["end"])
                print(f"    {f!r} {m['article_id']}: " + (t[max(0, s - 100):s] + "[[" + t[s:e] + "]]" + t[e:e + 60]).replace("\n", " "))
