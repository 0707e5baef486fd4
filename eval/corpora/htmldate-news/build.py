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
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
from readability import Document

COMMIT = "b8952828329abaeeb3be21387b526f2be614ce67"
ROOT = "tests/eval"
FIRST_DATE = "2015-01-01"
NEWS = "NewsArticle"
LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z-]+)", re.I)
MAX_PAGES = 150
# The body's first line is found by its first paragraph of at least this many compared characters, so that
# a short label readability keeps at the top of the content ("Advertisement", a photo credit) does not
# stand for it.
MIN_FIRST_KEY = 40
BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def module(name, rel):
    here = Path(__file__).resolve().parent
    spec = importlib.util.spec_from_file_location(name, here.parent / rel)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def sha(url):
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def site(url):
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def chosen(git_dir, n, note, notes):
    """Steps 1-6 of the rule: (file, url) pairs in file-name order (counted by wcxb-news's note)."""
    index = json.loads(n.git(git_dir, "show", f"{COMMIT}:tests/eval_default.json"))
    present = set(n.git(git_dir, "ls-tree", "--name-only", "-z", COMMIT, ROOT + "/").decode().split("\0"))
    by_site = {}
    for url, entry in sorted(index.items()):
        path = f"{ROOT}/{entry.get('file')}"
        if path not in present:
            continue
        note(notes, "1 pages in tests/eval")
        if str(entry.get("date") or "") < FIRST_DATE:
            continue
        note(notes, "2 dated 2015 or later")
        page = n.git(git_dir, "show", f"{COMMIT}:{path}").decode("utf-8", "replace")
        lang = LANG.search(page)
        if not lang or not lang.group(1).lower().startswith("en"):
            continue
        note(notes, "3 html lang English")
        if NEWS not in page:
            continue
        note(notes, "4 declaring NewsArticle")
        s = site(url)
        if s not in by_site or sha(url) < sha(by_site[s][1]):
            by_site[s] = (path, url)
    notes["5 sites (one page each)"] = len(by_site)
    picked = sorted(by_site.values(), key=lambda p: sha(p[1]))[:MAX_PAGES]
    notes["6 pages chosen"] = len(picked)
    return sorted(picked)


def body(page):
    """The main content readability-lxml finds, one paragraph a line."""
    summary = Document(page).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    paras = []
    for el in tree.iter(*BLOCKS):
        if any(p.tag in BLOCKS for p in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        if text:
            paras.append(text)
    return "\n".join(paras)


def main(git_dir, out_dir):
    a = module("aeb", "article-extraction-benchmark/build.py")
    n = module("npages", "newspaper-pages/build.py")
    w = module("wcxb", "wcxb-news/build.py")
    note = w.note  # the counting of wcxb-news/build.py
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    for path, url in chosen(git_dir, n, note, notes):
        fid = path.rsplit("/", 1)[1][: -len(".html")]
        raw = n.git(git_dir, "show", f"{COMMIT}:{path}")
        page = raw.decode("utf-8", "replace")
        found = body(page)
        if not a.english(found):
            note(notes, "readability body empty or not English", fid)
            continue
        lines = found.split("\n")
        start = next((i for i, p in enumerate(lines) if len(a.key(p)) >= MIN_FIRST_KEY), None)
        if start is None:
            note(notes, "readability body has no paragraph to start from", fid)
            continue
        text, how = w.cut(a, n, a.render(raw), n.titles(a, page), "\n".join(lines[start:]))
        note(notes, how, None if text is not None else fid)
        if text is None:
            continue
        (out / f"{fid}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
