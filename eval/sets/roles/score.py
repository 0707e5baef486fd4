#!/usr/bin/env python3
"""Precision of the role-timeline and role-conflict findings against hand judgements.

Usage: score.py FINDINGS.tsv JUDGEMENTS.tsv [--judge]
FINDINGS.tsv comes from RolesHarness (article, rule, start, end, line, message, context).
JUDGEMENTS.tsv: article, rule, start, end, verdict (correct | wrong), note; one line per finding judged
by reading it in its article. --judge prints the findings not judged yet, with their context.

Precision is correct / judged, per rule.
"""
import csv
import sys

csv.field_size_limit(1 << 24)


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
        rows = [f for f in findings if f["rule"] == rule]
        verdicts = [judged[(f["article"], f["rule"], f["start"])]["verdict"] for f in rows
                    if (f["article"], f["rule"], f["start"]) in judged]
        correct = sum(1 for v in verdicts if v == "correct")
        precision = f"{correct / len(verdicts):.3f}" if verdicts else "-"
        print(f"{rule}: findings={len(rows)} judged={len(verdicts)} correct={correct} precision={precision}")


if __name__ == "__main__":
    main()
