#!/usr/bin/env python3
"""Rebuilds the whitehouse-releases corpus as JSON Lines for `gazette export` (the events split `heldout6`).

Source: the "Statements and Releases" of the White House Briefing Room, 2021-01 to 2025-01 (readouts of the
President's, Vice President's and officials' calls and meetings, statements, fact sheets, announcements), as
the public repository brian14708/wh-briefings (a scraper of whitehouse.gov, CC0) stores them: one Markdown file
per item, statements-releases/YYYY-MM/<date>-<slug>.md, with a YAML front matter (title, date, source_url) and
the item's text converted to Markdown (lines wrapped at about 72 characters). Commit
737ca03a271adc205c67766074ec8d0070f7ad95 (2026-08-21).
Licence: works of the United States Government (not copyrighted, 17 U.S.C. 105), collected under CC0. Gazette
still commits only this script, ids, offsets and labels, as for every corpus.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/whitehouse-releases next to the repository root
Writes OUT_DIR/whitehouse-releases.jsonl, one object per item, in the order of the file paths (git ls-tree):
{id: "wh-" + the file name without ".md", url: source_url, title, date: the front matter's date (YYYY-MM-DD),
text}. The text is the body made plain, one paragraph a line: paragraphs are the blocks between blank lines, a
list item ("- ", "* ", "1. ") starts a paragraph of its own (its marker dropped), the wrapped lines of a
paragraph are stripped and joined by one space; links [text](url) (also [[text]](url)) become their text, <url> its url, ** and
*...* emphasis markers (and any ** left unpaired), inline HTML tags (<u>, <em>, ...) and Markdown's backslash escapes (\\_, \\[, \\#, ...) are removed; paragraphs of nothing
but "###" (the end mark), "<!-- -->" or blanks are dropped. An item whose text equals an earlier item's is a
copy and is left out (as are items with an empty text).
"""
import json
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)

REPO = "https://github.com/brian14708/wh-briefings"
COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"
FOLDER = "statements-releases"
NAME = re.compile(r"^statements-releases/\d{4}-\d\d/([^/]+)\.md$")
ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
LINK = re.compile(r"\[+([^\[\]]*)\]+\([^)\s]*(?:\s+\"[^\"]*\")?\)")
TAG = re.compile(r"</?(?:u|b|i|em|strong|sup|sub|span)(?:\s[^>]*)?>")
AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$'\"|<>~&^%@=:;,/? ])")
STRONG = re.compile(r"\*\*(.+?)\*\*")
EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
DROP = re.compile(r"^(?:\\?#+|<!-- -->)?$")


def plain(line):
    line = LINK.sub(r"\1", line)
    line = AUTOLINK.sub(r"\1", line)
    line = TAG.sub("", line)
    line = STRONG.sub(r"\1", line).replace("**", "")
    line = EMPHASIS.sub(r"\1", line)
    return " ".join(ESCAPE.sub(r"\1", line).split())


def paragraphs(body):
    out = []
    for block in re.split(r"\n[ \t]*\n", body):
        current = []
        for line in block.split("\n"):
            stripped = line.strip()
            if ITEM.match(stripped):
                if current:
                    out.append(" ".join(current))
                current = [ITEM.sub("", stripped)]
            elif stripped:
                current.append(stripped)
        if current:
            out.append(" ".join(current))
    return [p for p in (plain(p) for p in out) if not DROP.match(p)]


def split_front(text):
    """(front matter dict, body) of a file that starts with ---\\n...\\n---\\n."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]) or {}, text[end + 5:]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "whitehouse-releases-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/whitehouse-releases")
    os.makedirs(out, exist_ok=True)
    listing = lib.git(git_dir, "ls-tree", "-r", COMMIT, FOLDER + "/").decode("utf-8").splitlines()
    entries = []
    for row in listing:
        meta, path = row.split("\t", 1)
        m = NAME.match(path)
        if m and meta.split()[1] == "blob":
            entries.append((m.group(1), meta.split()[2]))
    texts = lib.objects(git_dir, [sha for _, sha in entries])
    n = copies = empty = 0
    seen = set()
    with open(os.path.join(out, "whitehouse-releases.jsonl"), "w", encoding="utf-8") as f:
        for (name, _), raw in zip(entries, texts):
            front, body = split_front(raw.decode("utf-8").replace("\r\n", "\n"))
            text = "\n".join(paragraphs(body))
            if not text:
                empty += 1
                continue
            if text in seen:
                copies += 1
                continue
            seen.add(text)
            title = " ".join(str(front.get("title", "")).replace("\u00a0", " ").split())
            record = {"id": "wh-" + name, "url": front.get("source_url", ""), "title": title,
                      "date": str(front.get("date", ""))[:10], "text": text}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} items ({copies} copies, {empty} empty left out) -> {out}/whitehouse-releases.jsonl")


if __name__ == "__main__":
    main()
