#!/usr/bin/env python3
"""Rebuilds the allsides-world corpus as JSON Lines for `gazette export`.

Source: the articles of Baly, Da San Martino, Glass and Nakov, "We Can Detect Your Bias: Predicting the Political
Ideology of News Articles" (EMNLP 2020), crawled from www.allsides.com: 37,554 English news articles of 2012-2020
from 73 outlets (AP, Reuters, CNN, Fox News, The New York Times, Breitbart, BBC News, Al Jazeera, The Guardian,
...), one JSON object a file, committed in the public repository ramybaly/Article-Bias-Prediction at
ced8111a720948e6a410e52031ace99c4e53f096, folder data/jsons/ (fields ID, topic, source, url, date, title,
content_original: the body as the newspaper3k library returned it, content: a tokenised copy, ...).
Read: the articles whose AllSides topic is one of TOPICS (world news, the Middle East, Russia, China, the two
Koreas, Europe, Britain, Israel and Palestine, Asia, Africa, Mexico, ISIS; and sports and business, for
ordinary English names of clubs and companies): copy in which transliterated Arabic, Persian, Russian,
Ukrainian, Chinese and Korean names stand next to ordinary English ones. An article whose text (after the
transformation below) is empty or is that of an earlier file (in order of ID) is left out (counted on the
standard error). The tokenised `content`, the title and the bias labels are not read.
Licence: the repository is Apache License 2.0 (its LICENSE file); the article texts are their publishers'.
Gazette commits only this script, ids, offsets and labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/allsides-world next to the repository root
Writes OUT_DIR/allsides-world.jsonl, one object per article in order of ID: {id: the article's ID (e.g.
"zzsIeGXjKOkMZ0Lq"), source: the outlet as AllSides names it, topic, date, url, text}. The text is
content_original with CRLF and CR made LF, each line stripped of surrounding blanks and empty lines dropped;
nothing else is changed. No title (offsets index the body only).
"""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)

REPO = "https://github.com/ramybaly/Article-Bias-Prediction.git"
COMMIT = "ced8111a720948e6a410e52031ace99c4e53f096"
FOLDER = "data/jsons/"
TOPICS = {"world", "middle_east", "north_korea", "south_korea", "russia", "china", "europe", "great_britain",
          "israel", "palestine", "asia", "africa", "mexico", "isis", "sports", "business"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "allsides-world-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/allsides-world")
    os.makedirs(out, exist_ok=True)
    names = lib.git(git_dir, "ls-tree", "-r", "--name-only", COMMIT, FOLDER).decode("utf-8").split("\n")
    names = sorted(n for n in names if re.fullmatch(re.escape(FOLDER) + r"[A-Za-z0-9]+\.json", n))
    records = [json.loads(b.decode("utf-8")) for b in lib.blobs(git_dir, COMMIT, names)]
    records.sort(key=lambda r: r["ID"])
    seen, n, empty, duplicate = set(), 0, 0, 0
    with open(os.path.join(out, "allsides-world.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            if rec["topic"] not in TOPICS:
                continue
            text = lib.stripped_lines((rec.get("content_original") or ""))
            if not text:
                empty += 1
                continue
            if text in seen:
                duplicate += 1
                continue
            seen.add(text)
            f.write(json.dumps({"id": rec["ID"], "source": rec["source"], "topic": rec["topic"], "date": rec["date"],
                                "url": rec["url"], "text": text}, ensure_ascii=False) + "\n")
            n += 1
    print(f"left out: {empty} empty, {duplicate} duplicate texts", file=sys.stderr)
    print(f"{n} articles -> {out}/allsides-world.jsonl")


if __name__ == "__main__":
    main()
