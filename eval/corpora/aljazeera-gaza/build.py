#!/usr/bin/env python3
"""Rebuilds the Al Jazeera Gaza corpus as JSON Lines for `gazette export`.

Source: 4,341 English articles of the Al Jazeera website (2017-2024, most on the Gaza war of
2023-24), one .txt per article (headline, a line of dashes, then the body), as committed in the
public repository Zainab1317/FASDH25-portfolio2 at 9e876cff99e472829e574a1002da5cd3fa691f45
(folder articles/). The articles are Al Jazeera's copyright: the text is never committed to
Gazette; only ids, offsets and labels are.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/aljazeera-gaza next to the repository root
Writes OUT_DIR/aljazeera-gaza.jsonl: one object per article {id, title, date, text}, the id being
"aj-" and the file name without .txt (e.g. aj-2021-05-11_9031), the date its first ten characters.
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)


REPO = "https://github.com/Zainab1317/FASDH25-portfolio2.git"
COMMIT = "9e876cff99e472829e574a1002da5cd3fa691f45"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "aljazeera-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/aljazeera-gaza")
    os.makedirs(out, exist_ok=True)
    names = sorted(n for n in lib.git(git_dir, "ls-tree", "--name-only", f"{COMMIT}:articles").decode().split("\n")
                   if n.endswith(".txt"))
    n = 0
    with open(os.path.join(out, "aljazeera-gaza.jsonl"), "w", encoding="utf-8") as f:
        for name in names:
            raw = lib.git(git_dir, "show", f"{COMMIT}:articles/{name}").decode("utf-8").replace("\r\n", "\n")
            head, sep, body = raw.partition("\n-----\n")
            if not sep:
                head, body = "", raw
            rec = {"id": "aj-" + name[:-4], "title": head.strip(), "date": name[:10], "text": body.strip("\n")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles -> {out}/aljazeera-gaza.jsonl")


if __name__ == "__main__":
    main()
