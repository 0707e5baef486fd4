#!/usr/bin/env python3
"""Rebuilds the dragnet-news text corpus from its public source.

The web pages of Dragnet's training and test data (Moz, collected in 2012: seomoz/dragnet_data, whose HTML
archive is read from the copy in j-szulc/html-cleaning-dataset-merged, folder dragnet_data/input/, SOURCE)
that belong to news organisations are rendered to plain text by w3m, as a browser shows it, and cut the way a
reader copies an article, with the rendering, body finding, headline search and cut of
eval/corpora/fixture-news/build.py (corpuslib.cut_readability): from the headline to 20 lines past the end
of the article body, the body being the main content readability-lxml (Debian package python3-readability)
finds. Dragnet's own gold-standard texts are not used.

Pages are chosen by a rule fixed (and committed) before any page was rendered or read:
  1. an HTML file (.html) under dragnet_data/input/ at the commit SOURCE names;
  2. the page's declared language is English or it declares none (fixture-news's language: <html lang>,
     else og:locale, else JSON-LD inLanguage); the English test of the body below then decides;
  3. the page names its own URL (corpuslib.own_url: canonical, else og:url);
  4. the URL's host is, or is under, a domain of NEWS: the sites of news organisations among the 345
     domains of the pages that name their URL, chosen by the domain's name alone (newspapers, news
     agencies, broadcasters, news and opinion magazines, news websites of technology, business, sport,
     science and entertainment); not personal or group blogs, company, league, government, shopping,
     recipe, how-to or advice sites, nor blog hosts (blogspot, wordpress, tumblr, posterous);
  5. the page says it is an article: og:type "article", or the string NewsArticle, or a machine-readable
     publication date (corpuslib.published), or a year in its URL's path (/2012/); a page whose date or
     URL year is before 2010 is left out;
  6. the page is none of the saved pages of the earlier web corpora's sources: neither its URL nor its
     first title has a fingerprint in eval/corpora/fixture-news/earlier.txt (keyed by fixture-news's
     url_key and title_key);
  7. one page per URL and one per title (the first in path order);
  8. at most PER_SITE pages per news organisation (the key of NEWS): those whose URLs have the smallest
     SHA-256;
  9. at most MAX_PAGES pages: those whose URLs have the smallest SHA-256.
A chosen page is left out (counted, never replaced) when readability-lxml finds no English body, it has no
paragraph to start from, or its first paragraph is not found in the rendering (corpuslib.cut_readability).
One UTF-8 .txt per page, named by its site and the first 8 hex digits of its URL's SHA-256
(nytimes.com-0123abcd.txt).

Usage: build.py MIRRORS OUT_DIR   (MIRRORS: a folder with a clone of j-szulc/html-cleaning-dataset-merged as
<owner>+<name>, see corpuslib.git_dir; needs w3m on PATH and readability-lxml with lxml importable:
Debian's python3-readability, run with Debian's /usr/bin/python3)
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (git, blobs, choose_news, write_cuts: corpuslib.py)

SOURCE = ("j-szulc/html-cleaning-dataset-merged", "46e01a04b47051838a228bf23631430b2c9de375", "dragnet_data/input/")
PAGE = re.compile(r"\.html?$", re.I)
FIRST_YEAR = "2010"
PER_SITE = 3
MAX_PAGES = 150
# Domain (the host itself or any host under it) -> the news organisation it belongs to (step 4).
NEWS = {
    # newspapers, news agencies and broadcasters
    "abcnews.go.com": "abc", "abs-cbnnews.com": "abs-cbn", "bbc.co.uk": "bbc", "bbc.com": "bbc",
    "cbsnews.com": "cbs", "cnn.com": "cnn", "dallasnews.com": "dallasnews", "guardian.co.uk": "guardian",
    "huffingtonpost.com": "huffingtonpost", "ibnlive.in.com": "ibnlive", "msnbc.msn.com": "nbc",
    "nbcnews.com": "nbc", "nbcsports.com": "nbc", "news.com.au": "news.com.au", "nj.com": "nj.com",
    "nyasatimes.com": "nyasatimes", "nytimes.com": "nytimes", "reuters.com": "reuters",
    "skysports.com": "skysports", "sports.yahoo.com": "yahoo", "washingtonpost.com": "washingtonpost",
    "wsj.com": "wsj",
    # news and opinion magazines and news websites
    "breitbart.com": "breitbart", "businessinsider.com": "businessinsider", "deadline.com": "deadline",
    "deadspin.com": "deadspin", "discovermagazine.com": "discovermagazine", "edweek.org": "edweek",
    "foreignpolicy.com": "foreignpolicy", "forbes.com": "forbes", "gawker.com": "gawker", "grist.org": "grist",
    "hollywoodlife.com": "hollywoodlife", "jezebel.com": "jezebel", "mediaite.com": "mediaite",
    "pitchfork.com": "pitchfork", "poynter.org": "poynter", "sbnation.com": "sbnation", "si.com": "si",
    "bleacherreport.com": "bleacherreport", "slate.com": "slate", "theatlantic.com": "theatlantic",
    "theblaze.com": "theblaze", "theroot.com": "theroot", "thinkprogress.org": "thinkprogress",
    "universetoday.com": "universetoday", "wired.com": "wired",
    # technology and business news
    "247wallst.com": "247wallst", "allthingsd.com": "allthingsd", "arstechnica.com": "arstechnica",
    "cio.com": "cio", "cnet.com": "cnet", "computerworld.com": "computerworld", "engadget.com": "engadget",
    "extremetech.com": "extremetech", "geekwire.com": "geekwire", "gigaom.com": "gigaom",
    "infoworld.com": "infoworld", "joystiq.com": "joystiq", "kotaku.com": "kotaku", "mashable.com": "mashable",
    "techcrunch.com": "techcrunch", "thenextweb.com": "thenextweb", "theverge.com": "theverge",
    "venturebeat.com": "venturebeat",
}


def chosen(mirrors, notes):
    """Steps 1-9 of the rule: (commit, path, url, organisation, year) in path order (corpuslib.choose_news)."""
    repo, commit, prefix = SOURCE
    g = lib.git_dir(mirrors, repo)
    names = [p for p in lib.git(g, "ls-tree", "-r", "--name-only", "-z", commit).decode().split("\0") if p]
    pages = sorted(p for p in names if p.startswith(prefix) and PAGE.search(p))
    found = ((commit, path, raw) for path, raw in zip(pages, lib.blobs(g, commit, pages)))
    return lib.choose_news(found, lib.earlier_fingerprints("fixture-news"),
                           lambda path, url: lib.organisation(url, NEWS), FIRST_YEAR, PER_SITE, MAX_PAGES, notes)


def main(mirrors, out_dir):
    notes = {}
    g = lib.git_dir(mirrors, SOURCE[0])
    lib.write_cuts(out_dir, chosen(mirrors, notes), lambda commit, path: lib.git(g, "show", f"{commit}:{path}"), notes)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
