#!/usr/bin/env python3
"""Records hand judgements of sampled name findings: reads the scorer's to-judge.tsv (each finding with
its context) and a verdict file written by the person who read them, and appends the judged rows to the
set's rewrites.tsv (header written when the file is new; a finding judged before is not added twice).

  judge.py TO_JUDGE_TSV VERDICTS REWRITES_TSV

VERDICTS: one line per judged item, 'N right|wrong [note]', N being the 1-based row of TO_JUDGE_TSV
(without its header). Rows of TO_JUDGE_TSV not listed in VERDICTS are left unjudged.
"""
import csv
import os
import sys

to_judge, verdicts, rewrites = sys.argv[1:4]
rows = list(csv.DictReader(open(to_judge, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
seen = set()
if os.path.exists(rewrites):
    for r in csv.DictReader(open(rewrites, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        seen.add((r["article_id"], r["start"], r["surface"], r["canonical"]))
new = os.path.getsize(rewrites) == 0 if os.path.exists(rewrites) else True
added = 0
with open(rewrites, "a", encoding="utf-8") as w:
    if new:
        w.write("article_id\tstart\tend\tsurface\tcanonical\tverdict\tnote\n")
    for line in open(verdicts, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 2)
        n, verdict = int(parts[0]), parts[1]
        note = parts[2] if len(parts) > 2 else ""
        if verdict not in ("right", "wrong"):
            sys.exit(f"{verdicts}: '{line}': verdict must be right or wrong")
        r = rows[n - 1]
        key = (r["article_id"], r["start"], r["surface"], r["canonical"])
        if key in seen:
            continue
        seen.add(key)
        w.write("\t".join([r["article_id"], r["start"], r["end"], r["surface"], r["canonical"], verdict,
                           note.replace("\t", " ")]) + "\n")
        added += 1
print(added, "judgements added to", rewrites)
