#!/usr/bin/env python3
"""Rebuilds the fixture-news text corpus from its public sources.

Saved web pages among the test fixtures of nine open-source content and metadata extractors (SOURCES:
trafilatura's evaluation and cache pages, metascraper's, goose3's, defuddle's, Media Cloud metadata-lib's,
the readability test pages of Omnivore and of SmartReader, and two forks of the Mercury parser, by
shinyfrog and agg23), none of them a source of an earlier corpus (and any of their pages that is also a
page of an earlier corpus's source is left out by step 6), are rendered to plain text by w3m, as a browser
shows it, and cut the way a reader copies an article, with the rendering, body finding, headline search and
cut of eval/corpora/chaos-news/build.py (those of eval/corpora/htmldate-news/build.py): from the headline
to 20 lines past the end of the article body, the body being the main content readability-lxml (Debian
package python3-readability) finds: its first sentence-length paragraph marks the body's first line, its
sentences, looked for in order, the last.

Pages are chosen by a rule fixed (and committed) before any page was read:
  1. an HTML file (.html, .htm) under a source's folder, at the commit SOURCES names;
  2. the page's declared language is English: its <html lang> attribute (en, en-US, en-GB, ...); a page
     without one counts by its og:locale, else its JSON-LD inLanguage; a page that declares no language at
     all is kept, the English test of the body below then decides;
  3. the page declares itself a news article in its own schema.org markup (the string NewsArticle, as a
     JSON-LD @type or a microdata itemtype, which also covers ReportageNewsArticle, OpinionNewsArticle, ...);
  4. the page names its own URL: <link rel="canonical">, else <meta property="og:url">, an absolute
     http(s) URL; its site is the URL's host without a leading www. (chaos-news's own_url);
  5. the page's own machine-readable publication date (chaos-news's DATES: the first pattern that matches)
     is 2015-01-01 or later; a page with none is left out;
  6. the page is none of the saved pages of the earlier web corpora's sources: neither its URL (url_key)
     nor its first title (title_key) has a fingerprint in earlier.txt (written by earlier.py);
  7. one page per URL and one per title (the first in SOURCES order, then path order);
  8. at most PER_SITE pages per site: those whose URLs have the smallest SHA-256;
  9. at most MAX_PAGES pages: those whose URLs have the smallest SHA-256.
A chosen page is left out (counted, never replaced) when readability-lxml finds no English body (the test
of eval/corpora/article-extraction-benchmark, corpuslib.english), it has no paragraph to start from, or its
first paragraph is not found in the rendering. One UTF-8 .txt per page, named by its site and the
first 8 hex digits of its URL's SHA-256 (wsj.com-0123abcd.txt).

Usage: build.py MIRRORS OUT_DIR   (MIRRORS: a folder with a clone of each source as <owner>+<name>, see
git_dir; needs w3m on PATH and readability-lxml with lxml importable: Debian's python3-readability, run
with Debian's /usr/bin/python3)
"""
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (git, blobs, own_url, published, the readability cut: corpuslib.py)

HERE = Path(__file__).resolve().parent
SOURCES = [
    ("adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5", ("tests/eval/", "tests/cache/")),
    ("microlinkhq/metascraper", "20423f52ef9b4a07d3b25e56e34d2756b3291250", ("packages/",)),
    ("goose3/goose3", "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7", ("tests/data/",)),
    ("kepano/defuddle", "6de16345bbc822e69397bd6a126861bad9ff469f", ("tests/fixtures/",)),
    ("mediacloud/metadata-lib", "23948e286dbadf9d05cae697de22c7e505304d05", ("mcmetadata/test/",)),
    ("omnivore-app/omnivore", "322ce62b2e09a4fc8f328dde6003e7066953a9ca", ("packages/readabilityjs/test/test-pages/",)),
    ("Strumenta/SmartReader", "882c7073fcdc3afa478c389ae5a960334ae58146", ("src/SmartReaderTests/test-pages/",)),
    ("shinyfrog/mercury-parser", "5a46209b6bec1180692c3ea9f6ca306d7b9252bd", ("fixtures/",)),
    ("agg23/mercury-parser", "9d96a64f9b27fc4cf180af5c757f33b758fb74c3", ("fixtures/",)),
]
PAGE = re.compile(r"\.html?$", re.I)
FIRST_DATE = "2015-01-01"
NEWS = "NewsArticle"
LOCALE = re.compile(r"<meta[^>]*[\"']og:locale[\"'][^>]*content=[\"']\s*([A-Za-z_-]+)"
                    r"|<meta[^>]*content=[\"']\s*([A-Za-z_-]+)[\"'][^>]*[\"']og:locale[\"']", re.I)
IN_LANGUAGE = re.compile(r"[\"']inLanguage[\"']\s*:\s*[\"']\s*([A-Za-z_-]+)")
# A title shorter than this (as keyed) is too generic ("Home", a site name) to tell two pages apart.
MIN_TITLE_KEY = 20
PER_SITE = 2
MAX_PAGES = 150


def url_key(url):
    """A URL compared: host in lower case without www., path without a trailing /, no query or fragment."""
    s = urlsplit(url.strip())
    host = (s.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    return host + s.path.rstrip("/") if host else ""


def title_key(page):
    """The page's first title (og:title, twitter:title, first <h1>, <title>) keyed like aeb.key, or ''."""
    found = lib.titles(page)
    return found[0] if found and len(found[0]) >= MIN_TITLE_KEY else ""


def fingerprint(kind, key):
    return hashlib.sha256(f"{kind} {key}".encode("utf-8")).hexdigest()[:16]


def language(page):
    """Step 2: 'en', another language tag, or None when the page declares none."""
    for m in (lib.LANG.search(page), LOCALE.search(page), IN_LANGUAGE.search(page)):
        if m:
            tag = next(g for g in m.groups() if g).lower()
            return "en" if tag.startswith("en") else tag
    return None


def chosen(mirrors, note, notes):
    """Steps 1-9 of the rule: (repo, path, url, date) in SOURCES order (counted by corpuslib.note)."""
    earlier = set((HERE / "earlier.txt").read_text(encoding="ascii").split())
    by_url, titles = {}, set()
    for repo, commit, prefixes in SOURCES:
        g = lib.git_dir(mirrors, repo)
        names = [p for p in lib.git(g, "ls-tree", "-r", "--name-only", "-z", commit).decode().split("\0") if p]
        pages = [p for p in names if p.startswith(prefixes) and PAGE.search(p)]
        for path, raw in zip(pages, lib.blobs(g, commit, pages)):
            note(notes, "1 html files")
            page = raw.decode("utf-8", "replace")
            lang = language(page)
            if lang not in ("en", None):
                continue
            note(notes, "2 declared English" if lang else "2 declaring no language")
            if NEWS not in page:
                continue
            note(notes, "3 declaring NewsArticle")
            url = lib.own_url(page)
            if url is None:
                continue
            note(notes, "4 naming its own URL")
            date = lib.published(page)
            if date is None or date < FIRST_DATE:
                continue
            note(notes, "5 dated 2015 or later")
            key, title = url_key(url), title_key(page)
            if fingerprint("url", key) in earlier or (title and fingerprint("title", title) in earlier):
                continue
            note(notes, "6 not among the earlier sources' pages")
            if key in by_url or (title and title in titles):
                continue
            note(notes, "7 distinct URLs and titles")
            by_url[key] = (repo, path, url, date)
            titles.add(title)
    by_site = {}
    for key in sorted(by_url, key=lambda k: lib.sha(by_url[k][2])):
        by_site.setdefault(lib.site(by_url[key][2]), []).append(by_url[key])
    notes["8 sites"] = len(by_site)
    capped = [p for pages in by_site.values() for p in pages[:PER_SITE]]
    notes["8 pages, at most %d a site" % PER_SITE] = len(capped)
    picked = sorted(capped, key=lambda p: lib.sha(p[2]))[:MAX_PAGES]
    notes["9 pages chosen"] = len(picked)
    order = [r for r, _, _ in SOURCES]
    return sorted(picked, key=lambda p: (order.index(p[0]), p[1]))


def main(mirrors, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    years, per_source = {}, {}
    commits = {r: c for r, c, _ in SOURCES}
    for repo, path, url, date in chosen(mirrors, lib.note, notes):
        fid = f"{lib.site(url)}-{lib.sha(url)[:8]}"
        text, how = lib.cut_readability(lib.git(lib.git_dir(mirrors, repo), "show", f"{commits[repo]}:{path}"))
        lib.note(notes, how, None if text is not None else fid)
        if text is None:
            continue
        (out / f"{fid}.txt").write_text(text, encoding="utf-8")
        years[date[:4]] = years.get(date[:4], 0) + 1
        per_source[repo] = per_source.get(repo, 0) + 1
    notes["years of the files written"] = dict(sorted(years.items()))
    notes["files written per source"] = per_source
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
