#!/usr/bin/env python3
"""Turns a hand-written family spec into the occurrence rows the names scorer reads.

A spec line 'family: form | ?form | form@article' names the surface forms that denote one
real-world entity (judged by reading them in context); '?' marks an optional form (its span is
longer or shorter than the name, or it is an alias: merging it is neither required nor a false
merge); 'form@article' limits a form to one article (the same string names different entities
elsewhere; 'form!article' counts it everywhere but in that article; a pinned form counts even when its article is outside the sample). 'neg: familyA familyB | note' records a hard negative: two families that look alike
and denote different entities. Every occurrence of a listed form in the sampled articles, as
exported by `gazette export` (mentions.csv: surface, article_id, start, end), becomes a row.

Families are split into tune and held-out parts by a seeded hash of their group (a family and
the families it forms hard negatives with stay together), so no tuning sees the held-out part.

Usage: expand.py SPEC MENTIONS_CSV SAMPLE_IDS OUT_DIR SEED HELDOUT_PERCENT
Writes OUT_DIR/families.tsv and OUT_DIR/negatives.tsv; prints forms of the spec never seen.
"""
import csv, hashlib, json, sys, collections

spec, mentions_csv, sample_file, out, seed, heldout = sys.argv[1:7]
heldout = int(heldout)
if sample_file.endswith(".json"):
    sample = set(json.load(open(sample_file)))
else:
    sample = {l.strip() for l in open(sample_file, encoding="utf-8") if l.strip()}
fams, negs = collections.OrderedDict(), []
for raw in open(spec, encoding="utf-8"):
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    head, _, rest = line.partition(":")
    if head == "neg":
        pair, _, note = rest.partition("|")
        a, b = pair.split()
        negs.append((a, b, note.strip()))
        continue
    forms = []
    for f in rest.split("|"):
        f = f.strip()
        if not f:
            continue
        optional = f.startswith("?")
        f = f.lstrip("?")
        if "!" in f:
            # 'form!article': the form everywhere in the sample but in that article (another entity there)
            form, _, skip = f.partition("!")
            forms.append((form, "!" + skip, optional))
            continue
        form, _, art = f.partition("@")
        forms.append((form, art or None, optional))
    if head in fams:
        sys.exit(f"{spec}: family {head} listed twice")
    fams[head] = forms
for a, b, _ in negs:
    for f in (a, b):
        if f not in fams:
            sys.exit(f"{spec}: negative names unknown family {f}")
# groups: families joined by negatives
parent = {f: f for f in fams}
def find(x):
    while parent[x] != x:
        x = parent[x]
    return x
for a, b, _ in negs:
    parent[find(a)] = find(b)
def split_of(fam):
    h = hashlib.sha256(f"{seed}:{find(fam)}".encode()).digest()
    return "heldout" if int.from_bytes(h[:4], "big") % 100 < heldout else "tune"
by_form = collections.defaultdict(list)
for fam, forms in fams.items():
    for form, art, optional in forms:
        by_form[form].append((fam, art, optional))
rows, seen = [], collections.Counter()
for m in csv.DictReader(open(mentions_csv, encoding="utf-8")):
    for fam, art, optional in by_form.get(m["surface"], ()):
        # a form pinned to an article counts there even outside the sample (hard negatives read in
        # the articles where the baseline merged them)
        if ((art is None or (art.startswith("!") and art[1:] != m["article_id"])) and m["article_id"] in sample) \
                or art == m["article_id"]:
            rows.append((fam, split_of(fam), "optional" if optional else "required", m["surface"],
                         m["article_id"], int(m["start"]), int(m["end"])))
            seen[(fam, m["surface"])] += 1
rows.sort(key=lambda r: (r[0], r[4], r[5]))
with open(f"{out}/families.tsv", "w", encoding="utf-8", newline="") as w:
    w.write("family\tsplit\tkind\tsurface\tarticle_id\tstart\tend\n")
    for r in rows:
        w.write("\t".join(map(str, r)) + "\n")
with open(f"{out}/negatives.tsv", "w", encoding="utf-8", newline="") as w:
    w.write("family_a\tfamily_b\tsplit\tnote\n")
    for a, b, note in negs:
        w.write(f"{a}\t{b}\t{split_of(a)}\t{note}\n")
missing = [(fam, form) for fam, forms in fams.items() for form, _, _ in forms if not seen[(fam, form)]]
empty = [fam for fam in fams if not any(seen[(fam, form)] for form, _, _ in fams[fam])]
print(f"{len(rows)} occurrences, {len(fams) - len(empty)} families with occurrences, {len(negs)} negatives")
print("forms not in the sample:", missing)
print("families without occurrences:", empty)
