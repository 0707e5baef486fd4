#!/usr/bin/env python3
"""Writes hand verdicts into pairs.tsv: VERDICTS holds 'N match|different [note]' lines, N the 1-based
pair of the file (as pair_contexts.py numbers them). Rows already judged keep their verdict.

  fill_pairs.py PAIRS_TSV VERDICTS
"""
import sys
path, verdicts = sys.argv[1:3]
lines = open(path, encoding="utf-8").read().split("\n")
given = {}
for l in open(verdicts, encoding="utf-8"):
    l = l.strip()
    if not l or l.startswith("#"):
        continue
    p = l.split(None, 2)
    if p[1] not in ("match", "different"):
        sys.exit(f"{verdicts}: '{l}': verdict must be match or different")
    given[int(p[0])] = (p[1], p[2] if len(p) > 2 else "")
out, n = [], 0
header_seen = False
for l in lines:
    if l.startswith("#") or not l:
        out.append(l)
        continue
    if not header_seen:
        header_seen = True
        out.append(l)
        continue
    n += 1
    f = l.split("\t")
    while len(f) < 6:
        f.append("")
    if not f[4] and n in given:
        f[4], f[5] = given[n]
    out.append("\t".join(f))
open(path, "w", encoding="utf-8").write("\n".join(out))
print(n, "pairs;", sum(1 for l in out if l.count("\t") >= 5 and l.split("\t")[4] in ("match", "different")), "judged")
