#!/usr/bin/env python3
"""Labelling aid for sets of ordinary English copy: draws the sample of articles and lists candidate
pairs of surface forms in it, each with contexts, for a person to judge.

  pairs.py sample MENTIONS_CSV N SEED SAMPLE_TXT
      a seeded random sample of N articles among those with mentions (ids sorted first)
  pairs.py list MENTIONS_CSV SAMPLE_TXT TEXTS_JSONL OUT_TXT
      candidate pairs among the sample's forms (TEXTS_JSONL from dev.gazette.eval.names.ArticleTexts)

A pair is listed when the two forms share a loose consonant key (key), one form's words end or begin
the other's (suffix, prefix), one is the other's initials (acronym), they fold to the same letters
(case), or the export put them in one entity (export). Candidates only: every family and negative in
the sets is decided by reading the forms in their articles.
"""
import collections
import csv
import itertools
import json
import random
import re
import sys
import unicodedata


def base(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[’'`ʿʾ‘]", "", s)


def toks(s):
    return [t for t in re.split(r"[^a-z0-9]+", base(s)) if t]


def sk(s):
    s = re.sub(r"[^a-z]", "", base(s))
    for a, b in [("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ph", "f"), ("q", "k"),
                 ("c", "k"), ("z", "d"), ("w", "v"), ("j", "g"), ("y", "")]:
        s = s.replace(a, b)
    s = re.sub(r"[aeiouh]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


STOP = {"the", "of", "and", "for", "de", "la", "le", "du", "des", "&"}


def initials(s):
    return "".join(t[0] for t in toks(s) if t not in STOP).upper()


def sample(mentions, n, seed, out):
    have = sorted({m["article_id"] for m in csv.DictReader(open(mentions, encoding="utf-8"))})
    picked = sorted(random.Random(seed).sample(have, min(n, len(have))))
    with open(out, "w", encoding="utf-8") as w:
        w.write("\n".join(picked) + "\n")
    print(len(have), "articles with mentions;", len(picked), "sampled")


def listing(mentions, sample_txt, texts_jsonl, out):
    chosen = {l.strip() for l in open(sample_txt, encoding="utf-8") if l.strip()}
    texts = {}
    for l in open(texts_jsonl, encoding="utf-8"):
        o = json.loads(l)
        texts[o["id"]] = o["raw"]
    forms = collections.defaultdict(list)
    entity = collections.defaultdict(collections.Counter)
    for m in csv.DictReader(open(mentions, encoding="utf-8")):
        if m["article_id"] in chosen:
            forms[m["surface"]].append(m)
            entity[m["surface"]][m["entity_id"]] += 1
    F = sorted(forms)
    pairs = {}

    def add(a, b, why):
        if a == b:
            return
        k = (a, b) if a < b else (b, a)
        pairs.setdefault(k, set()).add(why)

    by = collections.defaultdict(list)
    for f in F:
        s = sk(f)
        if len(s) >= 2:
            by["k:" + s].append(f)
        by["c:" + "".join(toks(f))].append(f)
        t = toks(f)
        if t:
            by["l:" + t[-1]].append(f)
            by["f:" + t[0]].append(f)
        if len(t) >= 2:
            by["i:" + initials(f)].append(f)
        if re.fullmatch(r"[A-Z][A-Z.&-]+", f):
            by["i:" + re.sub(r"[^A-Z]", "", f)].append(f)
    for key, g in by.items():
        if len(g) > 60:
            continue
        for a, b in itertools.combinations(sorted(set(g)), 2):
            ta, tb = toks(a), toks(b)
            if key.startswith("k:"):
                add(a, b, "key")
            elif key.startswith("c:"):
                add(a, b, "case")
            elif key.startswith("i:"):
                if (re.fullmatch(r"[A-Z][A-Z.&-]+", a)) != (re.fullmatch(r"[A-Z][A-Z.&-]+", b)):
                    add(a, b, "acronym")
            else:
                short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
                if len(short) < len(long_) and long_[-len(short):] == short:
                    add(a, b, "suffix")
                elif len(short) < len(long_) and long_[:len(short)] == short:
                    add(a, b, "prefix")
    for eid_forms in _by_entity(entity).values():
        for a, b in itertools.combinations(sorted(eid_forms), 2):
            add(a, b, "export")
    with open(out, "w", encoding="utf-8") as w:
        for i, ((a, b), why) in enumerate(sorted(pairs.items())):
            ea = entity[a].most_common(1)[0][0]
            eb = entity[b].most_common(1)[0][0]
            w.write(f"P{i}\t{','.join(sorted(why))}\t{a}\t{b}\tgaz={'SAME' if ea == eb else 'diff'}\n")
            for f in (a, b):
                for m in forms[f][:2]:
                    t = texts.get(m["article_id"], "")
                    s, e = int(m["start"]), int(m["end"])
                    ctx = (t[max(0, s - 90):s] + "[[" + t[s:e] + "]]" + t[e:e + 60]).replace("\n", " ")
                    w.write(f"   {f!r} ({len(forms[f])}) {m['article_id']}: {ctx}\n")
    print(len(F), "forms,", len(pairs), "pairs", collections.Counter(w for v in pairs.values() for w in v))


def _by_entity(entity):
    out = collections.defaultdict(set)
    for f, c in entity.items():
        for e in c:
            out[e].add(f)
    return {e: fs for e, fs in out.items() if len(fs) > 1}


if __name__ == "__main__":
    if sys.argv[1] == "sample":
        sample(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    elif sys.argv[1] == "list":
        listing(*sys.argv[2:6])
    else:
        sys.exit(__doc__)
