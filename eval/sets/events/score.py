#!/usr/bin/env python3
"""Scores extracted events against sentences.tsv (see README.md, "Scoring").

Usage: score.py CORPORA_DIR PREDICTED.tsv [--split tune|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|all] [--errors] [--relaxed]
(heldout2: the Al Jazeera set of 2026-12-07; heldout: the first held-out split, spent; heldout4: the
TempEval-3 silver newswire set of branch events-heldout10; heldout5: the worldwide-events set of branch
events-blind11, Latin American and East Asian copy, most articles undated; heldout6: the White House
statements and releases of branch events-blind12, 2021-25, every item dated; heldout7: the Kremlin's English
news of branch events-blind13, 2021-10 to 2022-06, every item dated; see README.md)
--relaxed scores (type, participants) only, to show how much place and date cost.
PREDICTED.tsv: article, sentence, type, participants ('; '), place, date, expression, status.
"""
import csv
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from show import load  # noqa: E402

csv.field_size_limit(1 << 24)


def fold(name):
    s = unicodedata.normalize("NFD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")
    s = s.replace("'s ", " ").strip(" .,")
    if s.endswith("'s"):
        s = s[:-2]
    for article in ("the ",):
        if s.startswith(article):
            s = s[len(article):]
    return " ".join(s.replace("-", " ").split())


def same_name(gold, predicted):
    """A predicted name may carry alternatives ('canonical|as written'): any of them may match."""
    return any(same_one(gold, alternative) for alternative in predicted.split("|"))


def same_one(gold, predicted):
    g, p = fold(gold), fold(predicted)
    if not g or not p:
        return False
    return g == p or p.endswith(" " + g) or g.endswith(" " + p)


def participants_match(gold, predicted):
    gold = [x for x in gold if x]
    predicted = [x for x in predicted if x]
    if len(gold) != len(predicted):
        return False
    used = set()
    for g in gold:
        hit = next((i for i, p in enumerate(predicted) if i not in used and same_name(g, p)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


RELAXED = "--relaxed" in sys.argv


def event_match(g, p):
    if RELAXED:
        return g["type"] == p["type"] and participants_match(g["participants"].split("; "), p["participants"].split("; "))
    return (g["type"] == p["type"]
            and participants_match(g["participants"].split("; "), p["participants"].split("; "))
            and ((not g["place"] and not p["place"]) or (g["place"] and p["place"] and same_name(g["place"], p["place"])))
            and g["date"] == p["date"])


def norm(s):
    return " ".join(s.split())


def attach(sentences, predicted_path):
    """Adds each predicted event to the labelled sentence it was found in (entry["pred"]): same article, one sentence's
    text inside the other's. sentences: {(article, start): {"text", "gold", "pred", ...}}."""
    by_article = {}
    for key, entry in sentences.items():
        by_article.setdefault(key[0], []).append(entry)
    seen = set()
    for p in csv.DictReader(open(predicted_path, encoding="utf-8"), delimiter="\t"):
        ptext = norm(p["sentence"])
        # a page that repeats a passage (tehran-times) gives the same event once per copy: count it once
        same = (p["article"], ptext, p["type"], p["participants"], p["place"], p["date"])
        if same in seen:
            continue
        seen.add(same)
        for entry in by_article.get(p["article"], []):
            if entry["text"] in ptext or ptext in entry["text"]:
                entry["pred"].append(p)
                break


def main():
    corpora, predicted_path = sys.argv[1], sys.argv[2]
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "all"
    errors = "--errors" in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    texts = load(corpora)
    sentences = {}
    missing = set()
    for row in csv.DictReader(open(os.path.join(here, "sentences.tsv"), encoding="utf-8"), delimiter="\t"):
        if split != "all" and row["split"] != split:
            continue
        if (row["corpus"], row["doc"]) not in texts:
            missing.add(row["corpus"])
            continue
        article = ("reu-" if row["corpus"] == "reuters-21578" else "") + row["doc"]
        key = (article, int(row["start"]))
        text = norm(texts[(row["corpus"], row["doc"])][int(row["start"]):int(row["end"])])
        entry = sentences.setdefault(key, {"text": text, "gold": [], "pred": []})
        if row["type"] != "none":
            entry["gold"].append(row)
    attach(sentences, predicted_path)
    tp_pred = n_pred = tp_gold = n_gold = 0
    for entry in sentences.values():
        n_pred += len(entry["pred"])
        n_gold += len(entry["gold"])
        tp_pred += sum(1 for p in entry["pred"] if any(event_match(g, p) for g in entry["gold"]))
        tp_gold += sum(1 for g in entry["gold"] if any(event_match(g, p) for p in entry["pred"]))
        if errors:
            wrong = [p for p in entry["pred"] if not any(event_match(g, p) for g in entry["gold"])]
            missed = [g for g in entry["gold"] if not any(event_match(g, p) for p in entry["pred"])]
            if wrong or missed:
                print("S:", entry["text"][:300])
                for g in missed:
                    print("   MISSED", g["type"], "|", g["participants"], "|", g["place"], "|", g["date"])
                for p in wrong:
                    print("   WRONG ", p["type"], "|", p["participants"], "|", p["place"], "|", p["date"], "|", p["expression"])
    if missing:
        print(f"corpora missing, their sentences left out of the score: {', '.join(sorted(missing))}")
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    print(f"{'relaxed (type, participants) ' if RELAXED else ''}split={split} sentences={len(sentences)} gold_events={n_gold} predicted={n_pred} "
          f"precision={precision:.3f} ({tp_pred}/{n_pred}) recall={recall:.3f} ({tp_gold}/{n_gold})")


if __name__ == "__main__":
    main()
