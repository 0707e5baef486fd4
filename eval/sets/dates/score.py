#!/usr/bin/env python3
"""Compares estimated publication ranges with the true dates of articles.tsv.

Usage: score.py ESTIMATES.tsv [--split tune|heldout|all]
Prints, per corpus: articles, with any evidence, ranges that contain the true date (of those
with evidence), ranges closed at both ends, and the median width in days of the closed ranges.
"""
import csv
import datetime
import os
import statistics
import sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "all"
    truth = {}
    for r in csv.DictReader(open(os.path.join(here, "articles.tsv")), delimiter="\t"):
        if split in ("all", r["split"]):
            truth[("reu-" if r["corpus"] == "reuters-21578" else "") + r["doc"]] = (r["corpus"], r["published"])
    est = {r["article"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t")}
    by_corpus = {}
    for article, (corpus, published) in truth.items():
        s = by_corpus.setdefault(corpus, {"n": 0, "evidence": 0, "contains": 0, "closed": 0, "widths": [], "closed_contains": 0})
        s["n"] += 1
        e = est.get(article)
        if not e or not (e["earliest"] or e["latest"]):
            continue
        s["evidence"] += 1
        day = datetime.date.fromisoformat(published)
        lo = datetime.date.fromisoformat(e["earliest"]) if e["earliest"] else None
        hi = datetime.date.fromisoformat(e["latest"]) if e["latest"] else None
        inside = (lo is None or lo <= day) and (hi is None or day <= hi)
        s["contains"] += inside
        if lo and hi:
            s["closed"] += 1
            s["closed_contains"] += inside
            s["widths"].append((hi - lo).days + 1)
    for corpus, s in sorted(by_corpus.items()):
        median = statistics.median(s["widths"]) if s["widths"] else None
        print(f"{corpus} split={split}: articles={s['n']} with_evidence={s['evidence']} "
              f"contains={s['contains']}/{s['evidence']} closed={s['closed']} "
              f"closed_contains={s['closed_contains']}/{s['closed']} median_width_days={median}")


if __name__ == "__main__":
    main()
