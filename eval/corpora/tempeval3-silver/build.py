#!/usr/bin/env python3
"""Rebuilds the TempEval-3 silver newswire corpus as JSON Lines for `gazette export`.

Source: the TempEval-3 (SemEval-2013 task 1) "silver" training data, 2,452 English newswire stories
of Agence France-Presse (AFP, 1997, 2005-06) and Xinhua (2005-06) from the English Gigaword, one
TimeML file per story, committed in the public repository qiangning/StructTempRel-EMNLP17 at
d6518a5a79d940d749c95ee5b72830714b132238 (folders data/TempEval3/Training/TE3-Silver-data-0 to -5,
files <DOCID>.tml). Licence: the repository has no licence file; the stories are copyright of AFP and
Xinhua, distributed in the English Gigaword by the LDC under its licence and re-released by the
TempEval-3 organisers for research. Gazette commits only ids, offsets and labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/tempeval3-silver next to the repository root
Writes OUT_DIR/tempeval3-silver.jsonl, one object per story in order of DOCID:
{id: "te3-<DOCID>", title, date, text}. `date` is the value of the DCT's TIMEX3 (the story's date,
YYYY-MM-DD); `title` the TITLE element; `text` the TEXT element with the TimeML tags (EVENT, TIMEX3,
SIGNAL) removed, XML entities decoded, each line stripped of surrounding blanks and empty lines
dropped (one paragraph a line). The dateline (city and agency) is in the DCT, not in `text`. Nothing
else is changed: the Gigaword's own tokenisation artefacts (`Arab- Malaysian`) stay.
"""
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)

REPO = "https://github.com/qiangning/StructTempRel-EMNLP17.git"
COMMIT = "d6518a5a79d940d749c95ee5b72830714b132238"
FOLDER = "data/TempEval3/Training"
NAME = re.compile(r"^data/TempEval3/Training/TE3-Silver-data-\d/([A-Z]{3}_ENG_\d{8}\.\d{4})\.tml$")
DOCID = re.compile(r"<DOCID>\s*(.*?)\s*</DOCID>", re.S)
DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})\".*?</DCT>", re.S)
TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
TAG = re.compile(r"<[^>]*>")


def clean(fragment):
    text = html.unescape(TAG.sub("", fragment)).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "tempeval3-silver-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/tempeval3-silver")
    os.makedirs(out, exist_ok=True)
    entries = {}
    listing = lib.git(git_dir, "ls-tree", "-r", "-z", COMMIT, FOLDER).decode("utf-8").split("\0")
    for entry in sorted(e for e in listing if e):
        meta, path = entry.split("\t", 1)
        m = NAME.match(path)
        if m and m.group(1) not in entries:
            entries[m.group(1)] = meta.split()[2]
    names = sorted(entries)
    raws = lib.objects(git_dir, [entries[n] for n in names])
    n = 0
    with open(os.path.join(out, "tempeval3-silver.jsonl"), "w", encoding="utf-8") as f:
        for name, raw in zip(names, raws):
            xml = raw.decode("utf-8")
            docid = DOCID.search(xml).group(1)
            if docid != name:
                raise SystemExit(f"{name}: DOCID {docid}")
            text = clean(TEXT.search(xml).group(1))
            if not text:
                continue
            title = TITLE.search(xml)
            rec = {"id": f"te3-{docid}", "title": clean(title.group(1)) if title else "",
                   "date": DCT.search(xml).group(1), "text": text}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles -> {out}/tempeval3-silver.jsonl")


if __name__ == "__main__":
    main()
