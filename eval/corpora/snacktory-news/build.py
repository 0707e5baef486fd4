#!/usr/bin/env python3
"""Rebuilds the snacktory-news text corpus from its public source.

The web pages that the Java article extractor Snacktory keeps as test pages (its fork
smallrivers/snacktory, which gathered the pages of Peter Karich's original, karussell/snacktory, of its
contributors and of the skyshard fork: pages saved from 2010 to 2020, mostly 2014-2017) that belong to news
organisations are rendered to plain text by w3m, as a browser shows it, and cut the way a reader copies an
article, with the rendering, body finding, headline search and cut of dragnet-news
(corpuslib.cut_readability): from the headline to 20 lines past the end of the article body, the body being
the main content readability-lxml (Debian package python3-readability) finds. Snacktory's own expected
texts (its tests) are not used.

Pages are chosen by a rule fixed (and committed) before any page was rendered or read:
  1. an HTML file (.html, .htm) of the repository at one of the two commits of SOURCE (the default branch
     `smallrivers` and the branch `skyshard-master`, which holds the skyshard fork's pages); a path in both
     is read at the first;
  2. the page's declared language is English or it declares none (fixture-news's language: <html lang>,
     else og:locale, else JSON-LD inLanguage); the English test of the body below then decides;
  3. the page names its own URL (corpuslib.own_url: canonical, else og:url);
  4. the URL's host is, or is under, a domain of NEWS: the sites of news organisations among the 207 hosts
     of the pages that name their URL, chosen by the host's name alone (newspapers, news agencies,
     broadcasters and their local stations, news and opinion magazines, news websites of technology,
     business, sport, science and entertainment, and the trade press); not company, product or
     government sites, company or personal blogs, press-release wires and aggregators, how-to, advice,
     recipe, wedding, lifestyle or enthusiast sites, question-and-answer or video sites;
  5. the page says it is an article: og:type "article", or the string NewsArticle, or a machine-readable
     publication date (corpuslib.published), or a year in its URL's path (/2016/); a page whose date or
     URL year is before 2013 is left out (modern markup);
  6. the page is none of the saved pages of the earlier web corpora's sources: neither its URL nor its
     first title has a fingerprint in eval/corpora/fixture-news/earlier.txt (the corpora before
     fixture-news) or in this folder's earlier.txt (fixture-news's and dragnet-news's sources, earlier.py),
     keyed by fixture-news's url_key and title_key;
  7. one page per URL and one per title (the first in path order);
  8. at most PER_SITE pages per news organisation (the value of NEWS): those whose URLs have the smallest
     SHA-256;
  9. at most MAX_PAGES pages: those whose URLs have the smallest SHA-256.
A chosen page is left out (counted, never replaced) when readability-lxml finds no English body, it has no
paragraph to start from, or its first paragraph is not found in the rendering (corpuslib.cut_readability).
One UTF-8 .txt per page, named by its site and the first 8 hex digits of its URL's SHA-256
(reuters.com-0123abcd.txt).

Usage: build.py MIRRORS OUT_DIR   (MIRRORS: a folder with a clone of smallrivers/snacktory as
<owner>+<name>, see corpuslib.git_dir; needs w3m on PATH and readability-lxml with lxml importable:
Debian's python3-readability, run with Debian's /usr/bin/python3)
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (git, objects, choose_news, write_cuts: corpuslib.py)

REPO = "smallrivers/snacktory"
# The default branch `smallrivers` (2020-04-24) and the branch `skyshard-master` (2017-06-22).
SOURCE = ("6a87f3f19d13843166dd689760cbdc2ff3af34f6", "b489095f49d0f172c8349fb1a6644bc215d75791")
PAGE = re.compile(r"\.html?$", re.I)
FIRST_YEAR = "2013"
PER_SITE = 3
MAX_PAGES = 150
# Domain (the host itself or any host under it) -> the news organisation it belongs to (step 4).
NEWS = {
    # news agencies, newspapers and their sites, broadcasters and local stations
    "apnews.com": "ap", "apnewsarchive.com": "ap", "reuters.com": "reuters", "upi.com": "upi",
    "bloomberg.com": "bloomberg", "afr.com": "afr", "ft.com": "ft", "wsj.com": "wsj", "economist.com": "economist",
    "nytimes.com": "nytimes", "washingtonpost.com": "washingtonpost", "usatoday.com": "usatoday",
    "dailymail.co.uk": "dailymail", "theglobeandmail.com": "theglobeandmail", "khaleejtimes.com": "khaleejtimes",
    "khaama.com": "khaama", "tolonews.com": "tolonews", "shropshirestar.com": "shropshirestar",
    "metronews.ca": "metronews", "theloop.ca": "theloop", "telegram.com": "telegram.com",
    "thetelegram.com": "thetelegram", "seattletimes.com": "seattletimes", "mercurynews.com": "mercurynews",
    "newsobserver.com": "newsobserver", "philly.com": "philly", "nola.com": "nola", "mlive.com": "mlive",
    "nydailynews.com": "nydailynews", "sltrib.com": "sltrib", "sfgate.com": "sfchronicle",
    "sfchronicle.com": "sfchronicle", "patch.com": "patch", "connectionnewspapers.com": "connectionnewspapers",
    "washingtoncitypaper.com": "washingtoncitypaper", "golocalprov.com": "golocalprov",
    "therivardreport.com": "therivardreport", "theislandnow.com": "theislandnow", "newsgram.com": "newsgram",
    "themedialine.org": "themedialine", "spiegel.de": "spiegel", "faz.net": "faz",
    "cnn.com": "cnn", "sportsillustrated.cnn.com": "si", "foxnews.com": "fox", "foxbusiness.com": "fox",
    "abcnews.go.com": "abc", "msnbc.msn.com": "nbc", "today.com": "nbc", "cnbc.com": "cnbc",
    "bbc.co.uk": "bbc", "bbc.com": "bbc", "news.sky.com": "sky", "itv.com": "itv", "cbc.ca": "cbc",
    "wamu.org": "wamu", "kagstv.com": "kagstv", "kcci.com": "kcci", "kjrh.com": "kjrh", "kwch.com": "kwch",
    "tulsacw.com": "tulsacw", "aolnews.com": "aol", "news.yahoo.com": "yahoo", "finance.yahoo.com": "yahoo",
    "yahoo.com": "yahoo", "msn.com": "msn",
    # news and opinion magazines and news websites (politics, business, sport, science, entertainment)
    "time.com": "time", "newsweek.com": "newsweek", "theatlantic.com": "theatlantic", "nymag.com": "nymag",
    "thedailybeast.com": "thedailybeast", "politico.com": "politico", "huffingtonpost.com": "huffpost",
    "huffpost.com": "huffpost", "gawker.com": "gawker", "jezebel.com": "jezebel", "fortune.com": "fortune",
    "inc.com": "inc", "entrepreneur.com": "entrepreneur", "investors.com": "investors", "thestreet.com": "thestreet",
    "247wallst.com": "247wallst", "bizjournals.com": "bizjournals", "money.cnn.com": "cnn",
    "scientificamerican.com": "scientificamerican", "universetoday.com": "universetoday",
    "sports.espn.go.com": "espn", "sportingnews.com": "sportingnews", "slamonline.com": "slamonline",
    "yardbarker.com": "yardbarker", "people.com": "people", "billboard.com": "billboard", "eurweb.com": "eurweb",
    "teenvogue.com": "teenvogue", "cosmopolitan.com": "cosmopolitan",
    # technology news
    "techcrunch.com": "techcrunch", "venturebeat.com": "venturebeat", "theverge.com": "theverge",
    "engadget.com": "engadget", "cnet.com": "cnet", "wired.com": "wired", "mashable.com": "mashable",
    "gigaom.com": "gigaom", "readwriteweb.com": "readwriteweb", "gizmodo.com": "gizmodo",
    "gizmodo.com.au": "gizmodo", "slashdot.org": "slashdot",
    # trade press (business, technology, marketing, media, finance, health)
    "adweek.com": "adweek", "mediapost.com": "mediapost", "chiefmarketer.com": "chiefmarketer",
    "bulldogreporter.com": "bulldogreporter", "mycustomer.com": "mycustomer", "beet.tv": "beet.tv",
    "cio.com": "cio", "computerweekly.com": "computerweekly", "networkworld.com": "networkworld",
    "networkcomputing.com": "networkcomputing", "v3.co.uk": "v3", "techworld.com": "techworld",
    "cbronline.com": "cbronline", "mspmentor.net": "mspmentor", "enterpriseinnovation.net": "enterpriseinnovation",
    "bankinfosecurity.com": "bankinfosecurity", "americanbanker.com": "americanbanker",
    "thefinancialbrand.com": "thefinancialbrand", "riabiz.com": "riabiz", "mortgageorb.com": "mortgageorb",
    "worldpropertyjournal.com": "worldpropertyjournal", "modernhealthcare.com": "modernhealthcare",
    "ajmc.com": "ajmc", "publicnet.co.uk": "publicnet",
}


def pages(g):
    """Step 1: (commit, path) of every HTML file at the commits of SOURCE, a path once (the first commit's)."""
    seen = {}
    for commit in SOURCE:
        for p in lib.git(g, "ls-tree", "-r", "--name-only", "-z", commit).decode().split("\0"):
            if p and PAGE.search(p) and p not in seen:
                seen[p] = commit
    return sorted((c, p) for p, c in seen.items())


def chosen(mirrors, notes):
    """Steps 1-9 of the rule: (commit, path, url, organisation, year) in path order (corpuslib.choose_news)."""
    g = lib.git_dir(mirrors, REPO)
    found = sorted(pages(g), key=lambda cp: cp[1])
    read = zip(found, lib.objects(g, [f"{c}:{p}" for c, p in found]))
    earlier = lib.earlier_fingerprints("fixture-news", "snacktory-news")
    return lib.choose_news(((c, p, raw) for (c, p), raw in read), earlier,
                           lambda path, url: lib.organisation(url, NEWS), FIRST_YEAR, PER_SITE, MAX_PAGES, notes)


def main(mirrors, out_dir):
    notes = {}
    g = lib.git_dir(mirrors, REPO)
    lib.write_cuts(out_dir, chosen(mirrors, notes), lambda commit, path: lib.git(g, "show", f"{commit}:{path}"), notes)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
