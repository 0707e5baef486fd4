#!/usr/bin/env python3
"""Rebuilds the FA-KES Syria corpus as JSON Lines for `gazette export`.

Source: FA-KES (Abu Salem et al., ICWSM 2019), CC BY 4.0, as committed in the public repository
fmohsen/Fake-news-res at 396124a80e3c4ae447d3b708487a5033cf82b400 (FA-KES-Dataset.csv).

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/fakes-syria next to the repository root
Writes OUT_DIR/fakes-syria.jsonl: one object per article {id, title, date, text, source}; the id is
"fakes-" and the unit_id, suffixed -2, -3 for a unit_id that the file repeats (9 do).
"""
import csv, io, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)


REPO = "https://github.com/fmohsen/Fake-news-res.git"
COMMIT = "396124a80e3c4ae447d3b708487a5033cf82b400"
PATH = "FA-KES-Dataset.csv"


def show(git_dir, path):
    return lib.git_show(git_dir, COMMIT, path).decode("utf-8")


def iso(date):
    m, d, y = date.split("/")
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "fakes-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/fakes-syria")
    os.makedirs(out, exist_ok=True)
    rows = list(csv.DictReader(io.StringIO(show(git_dir, PATH))))
    with open(os.path.join(out, "fakes-syria.jsonl"), "w", encoding="utf-8") as f:
        seen = {}
        for r in rows:
            base = "fakes-" + r["unit_id"]
            seen[base] = seen.get(base, 0) + 1
            rid = base if seen[base] == 1 else f"{base}-{seen[base]}"
            rec = {"id": rid, "title": r["article_title"].strip(),
                   "date": iso(r["date"]), "text": r["article_content"].strip(),
                   "source": r["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles -> {out}/fakes-syria.jsonl")


if __name__ == "__main__":
    main()
