#!/usr/bin/env python3
"""Classifies the events extraction's errors by component, pooled over splits (branch events13, docs/events.md).

Usage: errors.py CORPORA_DIR PREDICTED.tsv [--list CLASS] [--tsv OUT.tsv]

Every gold event without an exact match and every predicted event without one is an error. Within a sentence, the
unmatched gold and predicted events are paired (same type and shared participants first, then shared participants
of another type, then same type); a pair is one error whose wrong components are listed (type, participants,
place, date), each with a sub-class read from the data:

  participants  missing (a gold side not predicted: `written` when its name is in the sentence, `absent` when the
                sentence does not write it as the label does), extra (a predicted side not in gold: `outside the
                labelled span` when the labelled sentence does not hold it (select.py cut the sentence shorter than the
                extractor's, "President Joseph R." / "Biden, Jr. met ..."), `a description resolved to a person` when the
                extractor resolved "the Iranian minister" to a person whom the labels leave out (unnamed), `place` when it is a place of the
                sentence's labels or predictions, `title` when it is a title, an office word or the meeting's own name
                ("Sherpa", "Ministers of Finance", "Meeting"), `name` otherwise), substituted (a side resolved to another entity: the predicted name shares a
                word with the gold one, or the canonical form differs)
  place         missing, extra, wrong
  date          unresolved (gold date, prediction keeps the expression only), missing (no expression found),
                extra (predicted date, gold none; `outside the labelled span` when the expression is not in the
                labelled sentence), wrong (both dated, different)
  type          wrong type

A gold event without a partner is `not triggered` (no prediction in its sentence) or `not built` (other events
predicted there); a predicted event without a partner is `spurious, no event` (the sentence has no gold event),
`spurious, extra event` (the sentence has gold events, all already paired) or `counted twice` (same type and the
same participants as another prediction of the sentence).
"""
import collections
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import attach, fold, norm, same_name, participants_match  # noqa: E402
from show import load  # noqa: E402

csv.field_size_limit(1 << 24)
SPLITS = ["tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"]
TITLE = re.compile(r"^(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:president|ministers?|secretary|secretaries|leaders?|chancellor|"
                   r"premier|king|queen|prince|emir|ambassador|governor|mayor|officials?|delegation|counterparts?|advis[eo]r|"
                   r"sherpa|commissioner|meetings?|summit|ministerial)(?:\s+(?:of|for|to)\s+.*)?$", re.I)


def exact(g, p):
    return (g["type"] == p["type"]
            and participants_match(g["participants"].split("; "), p["participants"].split("; "))
            and ((not g["place"] and not p["place"]) or (g["place"] and p["place"] and same_name(g["place"], p["place"])))
            and g["date"] == p["date"])


def sides(s):
    return [x for x in s.split("; ") if x]


def shared(g, p):
    gs, ps = sides(g["participants"]), sides(p["participants"])
    return sum(1 for x in gs if any(same_name(x, y) for y in ps))


def words(name):
    return set(w for w in fold(name.split("|")[0]).split() if len(w) > 2)


def compare(g, p, text, places):
    out = []
    if g["type"] != p["type"]:
        out.append(("type", "wrong type"))
    gs, ps = sides(g["participants"]), sides(p["participants"])
    if not participants_match(gs, ps):
        unmatched_p = [y for y in ps if not any(same_name(x, y) for x in gs)]
        unmatched_g = [x for x in gs if not any(same_name(x, y) for y in ps)]
        for x in unmatched_g:
            sub = next((y for y in unmatched_p if words(x) & words(y)), None)
            if sub is not None:
                unmatched_p.remove(sub)
                out.append(("participants", "substituted (other entity)"))
            elif fold(x) in fold(text):
                out.append(("participants", "missing, written"))
            else:
                out.append(("participants", "missing, absent"))
        for y in unmatched_p:
            written = y.split("|")[-1].strip()
            if re.match(r"^(?:the|The|his|her|their)\s+(?:[\w.-]+\s+)*[a-z][\w-]*$", written):
                out.append(("participants", "extra, a description resolved to a person (implicit participant)"))
            elif written and fold(written) not in fold(text):
                out.append(("participants", "extra, outside the labelled span (sentence cut by select.py)"))
            elif any(same_name(pl, y) for pl in places if pl):
                out.append(("participants", "extra, a place"))
            elif TITLE.match(y.split("|")[-1].strip()):
                out.append(("participants", "extra, a title"))
            else:
                out.append(("participants", "extra, a name"))
        if not unmatched_g and not unmatched_p:
            out.append(("participants", "count (duplicate side)"))
    if not ((not g["place"] and not p["place"]) or (g["place"] and p["place"] and same_name(g["place"], p["place"]))):
        out.append(("place", "missing" if not p["place"] else "extra" if not g["place"] else "wrong"))
    if g["date"] != p["date"]:
        if g["date"] and not p["date"]:
            out.append(("date", "unresolved (expression kept)" if p["expression"] else "missing (no expression)"))
        elif p["date"] and not g["date"]:
            outside = p["expression"] and fold(p["expression"]) not in fold(text)
            out.append(("date", "extra, outside the labelled span (sentence cut by select.py)" if outside else "extra"))
        else:
            out.append(("date", "wrong"))
    return out


def main():
    corpora, predicted_path = sys.argv[1], sys.argv[2]
    listing = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    here = os.path.dirname(os.path.abspath(__file__))
    texts = load(corpora)
    sentences = {}
    for row in csv.DictReader(open(os.path.join(here, "sentences.tsv"), encoding="utf-8"), delimiter="\t"):
        if (row["corpus"], row["doc"]) not in texts:
            continue
        article = ("reu-" if row["corpus"] == "reuters-21578" else "") + row["doc"]
        key = (article, int(row["start"]))
        text = norm(texts[(row["corpus"], row["doc"])][int(row["start"]):int(row["end"])])
        entry = sentences.setdefault(key, {"text": text, "gold": [], "pred": [], "split": row["split"]})
        if row["type"] != "none":
            entry["gold"].append(row)
    attach(sentences, predicted_path)
    # counts[(component, class)][split] = n ; errors[split] = (wrong events, missed events)
    counts = collections.defaultdict(collections.Counter)
    events = collections.defaultdict(collections.Counter)
    rows = []
    for entry in sentences.values():
        split, text = entry["split"], entry["text"]
        gold = [g for g in entry["gold"] if not any(exact(g, p) for p in entry["pred"])]
        pred = [p for p in entry["pred"] if not any(exact(g, p) for g in entry["gold"])]
        places = [x["place"] for x in entry["gold"] + entry["pred"]]
        pairs = []
        for rank in (lambda g, p: g["type"] == p["type"] and shared(g, p) > 0,
                     lambda g, p: shared(g, p) > 0,
                     lambda g, p: g["type"] == p["type"]):
            for g in list(gold):
                best = max((p for p in pred if rank(g, p)), key=lambda p: shared(g, p), default=None)
                if best is not None:
                    pairs.append((g, best))
                    gold.remove(g)
                    pred.remove(best)
        for g, p in pairs:
            diffs = compare(g, p, text, places)
            events[split]["paired"] += 1
            comps = sorted(set(c for c, _ in diffs))
            events[split]["wrong: " + "+".join(comps)] += 1
            for c, k in diffs:
                counts[(c, k)][split] += 1
            rows.append((split, "pair", "+".join(comps), "; ".join(f"{c}: {k}" for c, k in diffs), text, g, p))
        for g in gold:
            k = "not triggered" if not entry["pred"] else "not built (other events predicted)"
            counts[("event", "missed, " + k)][split] += 1
            events[split]["missed"] += 1
            rows.append((split, "missed", k, k, text, g, None))
        for p in pred:
            twin = any(q is not p and q["type"] == p["type"] and participants_match(
                sides(q["participants"]), sides(p["participants"])) for q in entry["pred"])
            k = "counted twice" if twin else "spurious, no event" if not entry["gold"] else "spurious, extra event"
            counts[("event", k)][split] += 1
            events[split]["spurious"] += 1
            rows.append((split, "spurious", k, k, text, None, p))
    if listing:
        for split, kind, comps, detail, text, g, p in rows:
            if listing in detail or listing == comps:
                print(f"[{split}] {detail}\n  S: {text[:400]}")
                if g:
                    print("  GOLD", g["type"], "|", g["participants"], "|", g["place"], "|", g["date"], "|", g["expression"])
                if p:
                    print("  PRED", p["type"], "|", p["participants"], "|", p["place"], "|", p["date"], "|", p["expression"])
        return
    present = [s for s in SPLITS if any(events[s].values())]
    print("| class | " + " | ".join(present) + " | all | splits |")
    print("|---|" + "---|" * (len(present) + 2))
    for (c, k), by in sorted(counts.items(), key=lambda kv: (kv[0][0], -sum(kv[1].values()))):
        n = sum(by.values())
        print(f"| {c}: {k} | " + " | ".join(str(by[s]) for s in present) + f" | {n} | {sum(1 for s in present if by[s])} |")
    print()
    print("| paired errors by wrong components | " + " | ".join(present) + " | all |")
    print("|---|" + "---|" * (len(present) + 1))
    keys = sorted({k for s in present for k in events[s] if k.startswith("wrong: ")})
    for k in keys + ["missed", "spurious"]:
        print(f"| {k} | " + " | ".join(str(events[s][k]) for s in present) + f" | {sum(events[s][k] for s in present)} |")


if __name__ == "__main__":
    main()
