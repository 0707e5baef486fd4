#!/usr/bin/env python3
"""Rebuilds the chaos-news text corpus from its public source.

The "Chaos" web content extraction dataset of MSVCode/ir-research-data (Utomo & Leu: 360 web pages saved in
2017 from the results of 36 Google searches, about 240 sites, Extraction/chaos-all/html/<query> (<n>).htm,
with a human-made gold text beside each that this script does not use) is rendered to plain text by w3m,
as a browser shows it, and cut the way a reader copies an article, with the rendering, body finding,
headline search and cut of eval/corpora/htmldate-news/build.py: from the headline to 20 lines past the end
of the article body, the body being the main content readability-lxml (Debian package python3-readability)
finds in the page: its first sentence-length paragraph marks the body's first line, its sentences, looked
for in order, the last one.

Pages are chosen by a rule fixed before any page was read:
  1. an HTML file in Extraction/chaos-all/html/ (360);
  2. the page's <html lang> attribute is English (en, en-US, en-GB, ...);
  3. the page declares itself a news article in its own schema.org markup (the string NewsArticle, as a
     JSON-LD @type or a microdata itemtype, which also covers ReportageNewsArticle, OpinionNewsArticle, ...);
  4. the page names its own URL: <link rel="canonical">, else <meta property="og:url">, an absolute
     http(s) URL; its site is the URL's host without a leading www.;
  5. the page's own machine-readable publication date (corpuslib.DATES: the first that matches)
     is 2015-01-01 or later; a page with none is left out;
  6. one file per URL (the same page saved for two searches: the first file in name order);
  7. at most PER_SITE pages per site: those whose URLs have the smallest SHA-256;
  8. at most MAX_PAGES pages: those whose URLs have the smallest SHA-256.
A chosen page is left out (counted, never replaced) when readability-lxml finds no English body
(the test of eval/corpora/article-extraction-benchmark/build.py), it has no paragraph to start from, or
its first paragraph is not found in the rendering. One UTF-8 .txt per page, named by its site, the search
and the file's number (9to5mac.com-apple-8.txt for "apple (8).htm").

Usage: build.py GIT_DIR OUT_DIR   (GIT_DIR: a clone of the repository; needs w3m on PATH and
readability-lxml with lxml importable: Debian's python3-readability, run with Debian's /usr/bin/python3)
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (git, own_url, published, site, sha, the readability cut: corpuslib.py)

COMMIT = "cbb428cea48e1392496a6542b610fb422a436b52"
ROOT = "Extraction/chaos-all/html"
FIRST_DATE = "2015-01-01"
NEWS = "NewsArticle"
PER_SITE = 2
MAX_PAGES = 120
FILE = re.compile(r"^(.*?) \((\d+)\)\.html?$|^(.*?)\.html?$")


def file_id(path, url):
    """The file's name: site, search (lower case, runs of other characters as one '-') and number."""
    m = FILE.match(path.rsplit("/", 1)[1])
    query, number = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), None)
    slug = re.sub(r"[^a-z0-9]+", "-", query.lower()).strip("-")
    return f"{lib.site(url)}-{slug}" + (f"-{number}" if number else "")


def chosen(git_dir, notes):
    """Steps 1-8 of the rule: (path, url, date) triples in file-name order (counted by corpuslib.note)."""
    names = lib.git(git_dir, "ls-tree", "--name-only", "-z", COMMIT, ROOT + "/").decode().split("\0")
    by_url = {}
    for path in sorted(p for p in names if p):
        if not FILE.match(path.rsplit("/", 1)[1]):
            continue
        lib.note(notes, "1 html files")
        page = lib.git(git_dir, "show", f"{COMMIT}:{path}").decode("utf-8", "replace")
        if not lib.english_lang(page):
            continue
        lib.note(notes, "2 html lang English")
        if NEWS not in page:
            continue
        lib.note(notes, "3 declaring NewsArticle")
        url = lib.own_url(page)
        if url is None:
            continue
        lib.note(notes, "4 naming its own URL")
        date = lib.published(page)
        if date is None or date < FIRST_DATE:
            continue
        lib.note(notes, "5 dated 2015 or later")
        if url in by_url:
            continue
        lib.note(notes, "6 distinct URLs")
        by_url[url] = (path, url, date)
    notes["7 sites"], capped = lib.cap_per_group(by_url.values(), lambda p: lib.site(p[1]), PER_SITE)
    notes["7 pages, at most %d a site" % PER_SITE] = len(capped)
    picked = lib.by_url_hash(capped)[:MAX_PAGES]
    notes["8 pages chosen"] = len(picked)
    return sorted(picked)


def main(git_dir, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    years = {}
    for path, url, date in chosen(git_dir, notes):
        fid = file_id(path, url)
        text, how = lib.cut_readability(lib.git(git_dir, "show", f"{COMMIT}:{path}"))
        lib.note(notes, how, None if text is not None else fid)
        if text is None:
            continue
        (out / f"{fid}.txt").write_text(text, encoding="utf-8")
        years[date[:4]] = years.get(date[:4], 0) + 1
    notes["years of the files written"] = dict(sorted(years.items()))
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
