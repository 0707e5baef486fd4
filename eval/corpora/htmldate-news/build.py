#!/usr/bin/env python3
"""Rebuilds the htmldate-news text corpus from its public source.

The evaluation pages of adbar/htmldate (tests/eval/<file>.html: web pages saved in 2020-2024 for the date
extractor's evaluation, with tests/eval_default.json giving each page's URL, file and publication date)
are rendered to plain text by w3m, as a browser shows it, and cut the way a reader copies an article, with
the rendering, headline search and cut of eval/corpora/wcxb-news/build.py: from the headline to 20 lines
past the end of the article body. This source has no expected body text, so the body is the main content
that readability-lxml (Debian package python3-readability, a port of Arc90's Readability) finds in the
page: its first sentence-length paragraph marks the body's first line, its sentences, looked for in order,
the last one.

Pages are chosen by a rule fixed before any page was read:
  1. an entry of tests/eval_default.json whose file is in tests/eval/;
  2. its publication date (the benchmark's gold date) is 2015-01-01 or later;
  3. the page's <html lang> attribute is English (en, en-US, en-GB, ...);
  4. the page declares itself a news article in its own schema.org markup (the string NewsArticle, as a
     JSON-LD @type or a microdata itemtype, which also covers ReportageNewsArticle, OpinionNewsArticle, ...);
  5. one page per site (the URL's host without a leading www.): the one whose URL has the smallest SHA-256;
  6. at most MAX_PAGES pages: those whose URLs have the smallest SHA-256.
A chosen page is left out (counted, never replaced) when readability-lxml finds no English body
(the test of eval/corpora/article-extraction-benchmark/build.py) or its first paragraph is not found in the
rendering. One UTF-8 .txt per page, named by the page's file name without .html.

Usage: build.py GIT_DIR OUT_DIR   (GIT_DIR: a clone of the repository; needs w3m on PATH and
readability-lxml with lxml importable: Debian's python3-readability, run with Debian's /usr/bin/python3)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (git, sha, site, the readability cut: eval/corpora/corpuslib.py)

COMMIT = "b8952828329abaeeb3be21387b526f2be614ce67"
ROOT = "tests/eval"
FIRST_DATE = "2015-01-01"
NEWS = "NewsArticle"
MAX_PAGES = 150


def chosen(git_dir, notes):
    """Steps 1-6 of the rule: (file, url) pairs in file-name order (counted by corpuslib.note)."""
    index = json.loads(lib.git(git_dir, "show", f"{COMMIT}:tests/eval_default.json"))
    present = set(lib.git(git_dir, "ls-tree", "--name-only", "-z", COMMIT, ROOT + "/").decode().split("\0"))
    by_site = {}
    for url, entry in sorted(index.items()):
        path = f"{ROOT}/{entry.get('file')}"
        if path not in present:
            continue
        lib.note(notes, "1 pages in tests/eval")
        if str(entry.get("date") or "") < FIRST_DATE:
            continue
        lib.note(notes, "2 dated 2015 or later")
        page = lib.git(git_dir, "show", f"{COMMIT}:{path}").decode("utf-8", "replace")
        if not lib.english_lang(page):
            continue
        lib.note(notes, "3 html lang English")
        if NEWS not in page:
            continue
        lib.note(notes, "4 declaring NewsArticle")
        s = lib.site(url)
        if s not in by_site or lib.sha(url) < lib.sha(by_site[s][1]):
            by_site[s] = (path, url)
    notes["5 sites (one page each)"] = len(by_site)
    picked = lib.by_url_hash(by_site.values())[:MAX_PAGES]
    notes["6 pages chosen"] = len(picked)
    return sorted(picked)


def main(git_dir, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    for path, url in chosen(git_dir, notes):
        fid = path.rsplit("/", 1)[1][: -len(".html")]
        text, how = lib.cut_readability(lib.git(git_dir, "show", f"{COMMIT}:{path}"))
        lib.note(notes, how, None if text is not None else fid)
        if text is None:
            continue
        (out / f"{fid}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
