#!/usr/bin/env python3
"""Precision of the role-timeline and role-conflict findings against hand judgements.

Usage: score.py FINDINGS.tsv JUDGEMENTS.tsv [--judge]
FINDINGS.tsv comes from RolesHarness (article, rule, start, end, line, message, context).
JUDGEMENTS.tsv: article, rule, start, end, verdict (correct | wrong), note; one line per finding judged
by reading it in its article. --judge prints the findings not judged yet, with their context.

The split: Reuters articles with newid <= 1000 (reut2-000.json) were read while the rules were written
("seen"); the others were not ("unseen"). Precision is given for each and for all.
"""
import csv
import sys

csv.field_size_limit(1 << 24)


def split(article):
    try:
        return "seen" if int(article) <= 1000 else "unseen"
    except ValueError:
        return "unseen"


def main():
    findings = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
    judged = {}
    for r in csv.DictReader((l for l in open(sys.argv[2], encoding="utf-8") if not l.startswith("#")), delimiter="\t"):
        judged[(r["article"], r["rule"], r["start"])] = r
    if "--judge" in sys.argv:
        for f in findings:
            if (f["article"], f["rule"], f["start"]) not in judged:
                print(f"{f['article']}\t{f['rule']}\t{f['start']}\t{f['end']}\n  {f['message']}\n  ...{f['context']}...\n")
        return
    for rule in ("role-timeline", "role-conflict"):
        for part in ("seen", "unseen", "all"):
            rows = [f for f in findings if f["rule"] == rule and part in ("all", split(f["article"]))]
            verdicts = [judged[(f["article"], f["rule"], f["start"])]["verdict"] for f in rows
                        if (f["article"], f["rule"], f["start"]) in judged]
            correct = sum(1 for v in verdicts if v == "correct")
            precision = f"{correct / len(verdicts):.3f}" if verdicts else "-"
            print(f"{rule} {part}: findings={len(rows)} judged={len(verdicts)} correct={correct} precision={precision}")


if __name__ == "__main__":
    main()
