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
  5. the page's own machine-readable publication date (DATES: the first pattern that matches, in order)
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
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

COMMIT = "cbb428cea48e1392496a6542b610fb422a436b52"
ROOT = "Extraction/chaos-all/html"
FIRST_DATE = "2015-01-01"
NEWS = "NewsArticle"
LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z-]+)", re.I)
CANONICAL = re.compile(r"<link[^>]*\brel\s*=\s*[\"']?canonical\b[^>]*>", re.I)
OG_URL = re.compile(r"<meta[^>]*[\"']og:url[\"'][^>]*>", re.I)
HREF = re.compile(r"\b(?:href|content)\s*=\s*[\"']\s*(https?://[^\"'\s]+)", re.I)
DATE_KEYS = (r"(?:article:published_time|og:published_time|datePublished|pubdate|publishdate|publish-date"
             r"|sailthru\.date|dc\.date|dcterms\.created|date)")
ISO = r"(\d{4}[-/]\d\d[-/]\d\d)"
DATES = (
    re.compile(r"<meta[^>]*(?:property|name|itemprop)=[\"']" + DATE_KEYS + r"[\"'][^>]*content=[\"']\s*" + ISO, re.I),
    re.compile(r"<meta[^>]*content=[\"']\s*" + ISO + r"[^\"']*[\"'][^>]*(?:property|name|itemprop)=[\"']" + DATE_KEYS
               + r"[\"']", re.I),
    re.compile(r"[\"']datePublished[\"']\s*:\s*[\"']\s*" + ISO),
    re.compile(r"itemprop=[\"']datePublished[\"'][^>]*(?:content|datetime)=[\"']\s*" + ISO, re.I),
    re.compile(r"<time[^>]*datetime=[\"']\s*" + ISO + r"[^>]*itemprop=[\"']datePublished", re.I),
)
PER_SITE = 2
MAX_PAGES = 120
FILE = re.compile(r"^(.*?) \((\d+)\)\.html?$|^(.*?)\.html?$")


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


def own_url(page):
    """Step 4: the page's canonical URL, else its og:url (absolute http(s) only), or None."""
    for pattern in (CANONICAL, OG_URL):
        tag = pattern.search(page)
        m = tag and HREF.search(tag.group(0))
        if m and site(m.group(1)):
            return m.group(1)
    return None


def published(page):
    """Step 5: the page's own publication date as YYYY-MM-DD, or None."""
    for pattern in DATES:
        m = pattern.search(page)
        if m:
            return m.group(1).replace("/", "-")
    return None


def file_id(path, url):
    """The file's name: site, search (lower case, runs of other characters as one '-') and number."""
    m = FILE.match(path.rsplit("/", 1)[1])
    query, number = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), None)
    slug = re.sub(r"[^a-z0-9]+", "-", query.lower()).strip("-")
    return f"{site(url)}-{slug}" + (f"-{number}" if number else "")


def chosen(git_dir, n, note, notes):
    """Steps 1-8 of the rule: (path, url, date) triples in file-name order (counted by wcxb-news's note)."""
    names = n.git(git_dir, "ls-tree", "--name-only", "-z", COMMIT, ROOT + "/").decode().split("\0")
    by_url = {}
    for path in sorted(p for p in names if p):
        if not FILE.match(path.rsplit("/", 1)[1]):
            continue
        note(notes, "1 html files")
        page = n.git(git_dir, "show", f"{COMMIT}:{path}").decode("utf-8", "replace")
        lang = LANG.search(page)
        if not lang or not lang.group(1).lower().startswith("en"):
            continue
        note(notes, "2 html lang English")
        if NEWS not in page:
            continue
        note(notes, "3 declaring NewsArticle")
        url = own_url(page)
        if url is None:
            continue
        note(notes, "4 naming its own URL")
        date = published(page)
        if date is None or date < FIRST_DATE:
            continue
        note(notes, "5 dated 2015 or later")
        if url in by_url:
            continue
        note(notes, "6 distinct URLs")
        by_url[url] = (path, url, date)
    by_site = {}
    for url in sorted(by_url, key=sha):
        by_site.setdefault(site(url), []).append(by_url[url])
    notes["7 sites"] = len(by_site)
    capped = [p for pages in by_site.values() for p in pages[:PER_SITE]]
    notes["7 pages, at most %d a site" % PER_SITE] = len(capped)
    picked = sorted(capped, key=lambda p: sha(p[1]))[:MAX_PAGES]
    notes["8 pages chosen"] = len(picked)
    return sorted(picked)


def main(git_dir, out_dir):
    a = module("aeb", "article-extraction-benchmark/build.py")
    n = module("npages", "newspaper-pages/build.py")
    w = module("wcxb", "wcxb-news/build.py")
    h = module("hnews", "htmldate-news/build.py")  # its body(): readability-lxml's main content
    note = w.note
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    years = {}
    for path, url, date in chosen(git_dir, n, note, notes):
        fid = file_id(path, url)
        raw = n.git(git_dir, "show", f"{COMMIT}:{path}")
        page = raw.decode("utf-8", "replace")
        found = h.body(page)
        if not a.english(found):
            note(notes, "readability body empty or not English", fid)
            continue
        lines = found.split("\n")
        start = next((i for i, p in enumerate(lines) if len(a.key(p)) >= h.MIN_FIRST_KEY), None)
        if start is None:
            note(notes, "readability body has no paragraph to start from", fid)
            continue
        text, how = w.cut(a, n, a.render(raw), n.titles(a, page), "\n".join(lines[start:]))
        note(notes, how, None if text is not None else fid)
        if text is None:
            continue
        (out / f"{fid}.txt").write_text(text, encoding="utf-8")
        years[date[:4]] = years.get(date[:4], 0) + 1
    notes["years of the files written"] = dict(sorted(years.items()))
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
