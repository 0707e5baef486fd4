#!/usr/bin/env python3
"""Rebuilds the crawler-news text corpus from its public source.

The saved article pages that the Alan Turing Institute's misinformation crawler (a Scrapy crawler of news
sites, mainstream and partisan, 2018-2020: alan-turing-institute/misinformation-crawler) keeps as test data of
its per-site article extraction, one folder per site under tests/site_test_data/, are rendered to plain text
by w3m, as a browser shows it, and cut the way a reader copies an article, with the rendering, body finding,
headline search and cut of dragnet-news and snacktory-news (corpuslib.cut_readability): from the headline to
20 lines past the end of the article body, the body being the main content readability-lxml (Debian package
python3-readability) finds. The crawler's own expected extractions (*_extracted_data.json) are not used.

Pages are chosen by a rule fixed (and committed) before any page was rendered or read:
  1. an HTML file *_article.html under tests/site_test_data/<site>/ at the commit SOURCE names (the
     default branch master, 2020-01-16);
  2-9. the steps of dragnet-news and snacktory-news (corpuslib.choose_news): declared English or declaring
     no language; names its own URL (canonical, else og:url); 4. of a news organisation: every folder of
     tests/site_test_data/ is a site the crawler was configured to crawl as a news site, and the page's
     organisation is its folder's name (no site is left out by name); says it is an article (og:type
     article, NewsArticle, a publication date or a year in its URL's path) and is not dated before
     FIRST_YEAR; none of the saved pages of the earlier web corpora's sources (neither its URL nor its first
     title has a fingerprint in the earlier.txt of eval/corpora/fixture-news/ (the corpora before
     fixture-news), eval/corpora/snacktory-news/ (fixture-news's and dragnet-news's sources) or this folder
     (snacktory-news's source, earlier.py)); one page per URL and per title (the first in path order); at
     most PER_SITE pages per site folder and at most MAX_PAGES pages: those whose URLs have the smallest
     SHA-256.
A chosen page is left out (counted, never replaced) when readability-lxml finds no English body, it has no
paragraph to start from, or its first paragraph is not found in the rendering (corpuslib.cut_readability).
One UTF-8 .txt per page, named by its site and the first 8 hex digits of its URL's SHA-256
(apnews.com-0123abcd.txt).

Usage: build.py MIRRORS OUT_DIR   (MIRRORS: a folder with a clone of alan-turing-institute/misinformation-crawler
as <owner>+<name>, see corpuslib.git_dir; needs w3m on PATH and readability-lxml with lxml importable: Debian's
python3-readability, run with Debian's /usr/bin/python3)
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (git, blobs, choose_news, write_cuts: corpuslib.py)

SOURCE = ("alan-turing-institute/misinformation-crawler", "578fe203b8f4135dd223854d57eb961b977ca145")
PAGE = re.compile(r"^tests/site_test_data/([^/]+)/[^/]*_article\.html$")
FIRST_YEAR = "2010"
PER_SITE = 3
MAX_PAGES = 150


def chosen(mirrors, notes):
    """Steps 1-9 of the rule: (commit, path, url, site folder, year) in path order (corpuslib.choose_news)."""
    repo, commit = SOURCE
    g = lib.git_dir(mirrors, repo)
    names = [p for p in lib.git(g, "ls-tree", "-r", "--name-only", "-z", commit).decode().split("\0") if p]
    pages = sorted(p for p in names if PAGE.search(p))
    found = ((commit, path, raw) for path, raw in zip(pages, lib.blobs(g, commit, pages)))
    earlier = lib.earlier_fingerprints("fixture-news", "snacktory-news", "crawler-news")
    return lib.choose_news(found, earlier, lambda path, url: PAGE.search(path).group(1), FIRST_YEAR, PER_SITE,
                           MAX_PAGES, notes)


def main(mirrors, out_dir):
    notes = {}
    g = lib.git_dir(mirrors, SOURCE[0])
    lib.write_cuts(out_dir, chosen(mirrors, notes), lambda commit, path: lib.git(g, "show", f"{commit}:{path}"), notes)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
