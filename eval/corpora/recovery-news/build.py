#!/usr/bin/env python3
"""Rebuilds the ReCOVery news corpus (2020 web news in English) as JSON Lines for `gazette export`.

Source: ReCOVery (Zhou, Mulay, Ferrara, Zafarani, CIKM 2020), licence CC BY-NC-SA 4.0, from the
public repository apurvamulay/ReCOVery at 0faae02ac15efecb3db86d970cbc67a8ccb7bda2, folder
dataset/reliable/ (22 CSV files, one per publisher: Reuters, NPR, CBS, CNBC, USA Today, the
Chicago Sun-Times, ...; news_id, url, publisher, publish_date, title, body_text, ...). The text is
the publishers' copyright and the licence is non-commercial: it is never committed to Gazette.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/recovery-news next to the repository root
Writes OUT_DIR/recovery-news.jsonl: one object per article {id, title, date, text, publisher},
the id being "rc-", the file's publisher part and the row's news_id (rc-npr-12; news_id
counts from 0 in each file); articles without body text are left out.
"""
import csv, io, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)


REPO = "https://github.com/apurvamulay/ReCOVery.git"
COMMIT = "0faae02ac15efecb3db86d970cbc67a8ccb7bda2"
csv.field_size_limit(1 << 30)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "recovery-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/recovery-news")
    os.makedirs(out, exist_ok=True)
    names = sorted(n for n in lib.git(git_dir, "ls-tree", "--name-only", f"{COMMIT}:dataset/reliable").decode().split("\n")
                   if n.endswith(".csv") and not n.startswith("._"))
    seen, n = set(), 0
    with open(os.path.join(out, "recovery-news.jsonl"), "w", encoding="utf-8") as f:
        for name in names:
            text = lib.git(git_dir, "show", f"{COMMIT}:dataset/reliable/{name}").decode("utf-8")
            for r in csv.DictReader(io.StringIO(text)):
                body = (r.get("body_text") or "").replace("\r\n", "\n").strip()
                outlet = name[:-4].replace("news-dataset-", "").replace("news-dataset_", "").replace("_", "-")
                nid = outlet + "-" + r["news_id"].strip()
                if not body or nid in seen:
                    continue
                seen.add(nid)
                rec = {"id": "rc-" + nid, "title": (r.get("title") or "").strip(),
                       "date": (r.get("publish_date") or "").strip()[:10], "text": body,
                       "publisher": (r.get("publisher") or "").strip()}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} articles -> {out}/recovery-news.jsonl")


if __name__ == "__main__":
    main()
