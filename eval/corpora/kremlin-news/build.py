#!/usr/bin/env python3
"""Rebuilds the kremlin-news corpus as JSON Lines for `gazette export` (the events split `heldout7`).

Source: the English news of the President of Russia's website (en.kremlin.ru/events/president/news), 2021-10-24 to
2022-06-24, as the public repository PeiYiZhuo/zelenskyy-putin stores them: press_release_data/putin.csv, one row
per item (link, headline, date, location, summary, body; the body's paragraphs joined by one space by the
scraper, r/scrape_putin.R). Commit 134450b5183c05bcbaac31d87e0e0ed65d54986e (2022-08-02).
Licence: the Kremlin's website content is under Creative Commons Attribution 4.0 International
(en.kremlin.ru/about/copyrights); reproduction must name the source. Gazette still commits only this script, ids,
offsets and labels, as for every corpus.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/kremlin-news next to the repository root
Writes OUT_DIR/kremlin-news.jsonl, one object per row in the file's order:
{id: "kr-" + the item's number in its link, url: link, title: headline, date: the date's first ten characters
(YYYY-MM-DD), location: the item's place line, text}. The text is the summary (the item's lead, its first line)
and the body (second line), each with runs of white space made one space; a row whose text equals an earlier row's
is a copy and is left out.
"""
import csv
import io
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, clone_or_git_dir: eval/corpora/corpuslib.py)

REPO = "https://github.com/PeiYiZhuo/zelenskyy-putin"
COMMIT = "134450b5183c05bcbaac31d87e0e0ed65d54986e"
PATH = "press_release_data/putin.csv"
NUMBER = re.compile(r"/events/president/news/(\d+)$")


def clean(s):
    return " ".join((s or "").split())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "kremlin-news-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/kremlin-news")
    os.makedirs(out, exist_ok=True)
    csv.field_size_limit(1 << 24)
    raw = lib.git_show(git_dir, COMMIT, PATH).decode("utf-8")
    n = copies = 0
    seen = set()
    with open(os.path.join(out, "kremlin-news.jsonl"), "w", encoding="utf-8") as f:
        for row in csv.DictReader(io.StringIO(raw, newline="")):
            text = "\n".join(p for p in (clean(row["summary"]), clean(row["body"])) if p)
            if not text or text in seen:
                copies += 1
                continue
            seen.add(text)
            record = {"id": "kr-" + NUMBER.search(row["link"]).group(1), "url": row["link"],
                      "title": clean(row["headline"]), "date": row["date"][:10], "location": clean(row["location"]),
                      "text": text}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} items ({copies} copies or empty left out) -> {out}/kremlin-news.jsonl")


if __name__ == "__main__":
    main()
