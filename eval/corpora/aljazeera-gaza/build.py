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
import json, os, subprocess, sys, tempfile

REPO = "https://github.com/Zainab1317/FASDH25-portfolio2.git"
COMMIT = "9e876cff99e472829e574a1002da5cd3fa691f45"


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True).stdout


def git_dir_of(arg):
    if arg:
        return arg if os.path.isdir(os.path.join(arg, "objects")) else os.path.join(arg, ".git")
    tmp = tempfile.mkdtemp(prefix="aljazeera-")
    subprocess.run(["git", "clone", "--bare", "--quiet", REPO, tmp], check=True)
    return tmp


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = git_dir_of(sys.argv[1] if len(sys.argv) > 1 else None)
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/aljazeera-gaza")
    os.makedirs(out, exist_ok=True)
    names = sorted(n for n in git(git_dir, "ls-tree", "--name-only", f"{COMMIT}:articles").decode().split("\n")
                   if n.endswith(".txt"))
    n = 0
    with open(os.path.join(out, "aljazeera-gaza.jsonl"), "w", encoding="utf-8") as f:
        for name in names:
            raw = git(git_dir, "show", f"{COMMIT}:articles/{name}").decode("utf-8").replace("\r\n", "\n")
            head, sep, body = raw.partition("\n-----\n")
            if not sep:
                head, body = "", raw
            rec = {"id": "aj-" + name[:-4], "title": head.strip(), "date": name[:10], "text": body.strip("\n")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles -> {out}/aljazeera-gaza.jsonl")


if __name__ == "__main__":
    main()
