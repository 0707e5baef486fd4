#!/usr/bin/env python3
"""Rebuilds the article-extraction-benchmark text corpus from its public source.

Each of the 181 news pages of scrapinghub/article-extraction-benchmark (HTML, 2019-2020) is
rendered to plain text by w3m, as a browser shows it, and cut the way a reader copies an
article: from the headline to a little past the end of the article body (the benchmark's
ground truth says where the body ends), so the text keeps the real site furniture between
and after (bylines, share widgets, captions, "read more", related links) but not the whole
site menu (w3m's image placeholders and its full-width rules for <hr> are left out). Pages
whose body is not English (fewer than 5 % of its words are the, and, of, to, is, in) are
left out. One UTF-8 .txt per page, named by the first 16 hex digits of the page's id.

Usage: build.py GIT_DIR OUT_DIR   (GIT_DIR: a clone of the repository; needs w3m on PATH)
"""
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (render, english, headline, the cut: eval/corpora/corpuslib.py)

COMMIT = "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010"


def git_show(git_dir, path):
    return lib.git_show(git_dir, COMMIT, path)


def main(git_dir, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    truth = json.loads(git_show(git_dir, "ground-truth.json"))
    notes = {}
    for page_id in sorted(truth):
        if not lib.english(truth[page_id]["articleBody"]):
            notes["not English"] = notes.get("not English", 0) + 1
            continue
        raw = gzip.decompress(git_show(git_dir, f"html/{page_id}.html.gz"))
        page = raw.decode("utf-8", "replace")
        text, how = lib.cut_one_title(lib.render(raw), lib.headline(page), truth[page_id]["articleBody"])
        notes[how] = notes.get(how, 0) + 1
        if text is None:
            continue
        (out / f"{page_id[:16]}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
