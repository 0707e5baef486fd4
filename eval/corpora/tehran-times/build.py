#!/usr/bin/env python3
"""Rebuilds the Tehran Times corpus as JSON Lines for `gazette export`.

Source: 33,724 English news pages of the Tehran Times website (tehrantimes.com, page ids 2807 to
486502, about 2003-2023), one .txt per page (the text of the page's <p> elements joined by spaces,
as the crawler of the repository wrote it), committed in the public repository
Kmahmoudi/Tehran-Times-Dataset at b9e0bbba1c605df30ecadf14c6abc0ffe4a7d074 (folder data/; the
file name is "_news_<page id>_<headline slug>.txt"). Licence: every page carries the notice "All
Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International
License" (CC BY 4.0), repeated in the repository's README. Gazette commits only ids, offsets and
labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/tehran-times next to the repository root
Writes OUT_DIR/tehran-times.jsonl, one object per page in order of page id:
{id: "tt-<page id>", text} (no title: the file name holds only a lossy slug of the headline,
apostrophes and punctuation dropped, so it is left out). The text is the file's with each line stripped of surrounding blanks, empty lines dropped and the licence notice
(a page footer) removed; nothing else is changed (the crawler's repeated passages stay).
Files of one page id are kept once (the first in path order; three files repeat an id).
"""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)


REPO = "https://github.com/Kmahmoudi/Tehran-Times-Dataset.git"
COMMIT = "b9e0bbba1c605df30ecadf14c6abc0ffe4a7d074"
NOTICE = re.compile(r"\s*All Content by [^\n]*? is licensed under a Creative Commons Attribution 4\.0 International License\.?\s*$")
NAME = re.compile(r"^data/_news_(\d+)_(.*)\.txt$")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "tehran-times-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/tehran-times")
    os.makedirs(out, exist_ok=True)
    entries = {}
    listing = lib.git(git_dir, "ls-tree", "-r", "-z", COMMIT, "data").decode("utf-8").split("\0")
    for entry in sorted(e for e in listing if e):
        meta, path = entry.split("\t", 1)
        m = NAME.match(path)
        if m and int(m.group(1)) not in entries:
            entries[int(m.group(1))] = (meta.split()[2], m.group(2))
    ids = sorted(entries)
    texts = lib.objects(git_dir, [entries[i][0] for i in ids])
    n = 0
    with open(os.path.join(out, "tehran-times.jsonl"), "w", encoding="utf-8") as f:
        for page, raw in zip(ids, texts):
            text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
            text = NOTICE.sub("", text)
            text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
            if not text:
                continue
            rec = {"id": f"tt-{page}", "text": text}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles -> {out}/tehran-times.jsonl")


if __name__ == "__main__":
    main()
