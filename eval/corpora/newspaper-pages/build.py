#!/usr/bin/env python3
"""Rebuilds the newspaper-pages text corpus from its public source.

The test data of AndyTheFactory/newspaper4k (tests/data/html/<name>.html, saved pages of English
news sites of 2013-2016, mostly two per site, with tests/data/text/<name>.txt holding the article
body the library is expected to extract) is rendered to plain text by w3m, as a browser shows it,
and cut the way a reader copies an article, with the rendering of
eval/corpora/article-extraction-benchmark/build.py: from the headline to 20 lines past the end of
the article body. The expected text's first paragraph finds the body's first line and its last
three paragraphs its end. The headline is the nearest non-empty line at or above the body's first
line that matches one of the page's own titles (og:title, twitter:title, the first <h1>, <title>
with and without a " | Site" or " - Site" tail), compared without case and punctuation; when none
matches, the cut starts 12 lines above the body (counted in the notes). One UTF-8 .txt per page,
named by the page's file name.

Usage: build.py GIT_DIR OUT_DIR   (GIT_DIR: a clone of the repository; needs w3m on PATH)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (git, render, titles, the cut: eval/corpora/corpuslib.py)

COMMIT = "79553f6302cea1a6e36103fb4dc1c675ca704cd3"
# Pages of news publishers, broadcasters and magazines, chosen by file name before any page was
# read. Left out by name: pages not in English (arabic_, chinese_, japanese_, spanish_, thai_,
# vogue.de), synthetic or non-article pages (ap_meta_refresh, google_meta_refresh, cnn_main_site,
# yahoo_main_site), and sites that are not news publishers or magazines: how-to, recipe, home and
# adoption sites (about.com, adoption.com, recipe.com, thekitchn.com, apartmenttherapy.com), a
# vendor's blog and a personal blog (parsely.com, pixelmonkey.org), developer tutorials
# (sitepoint.com), a research centre's reports (pewresearch.org), viral aggregators (lifebuzz.com,
# pixable.com, upworthy.com), satire (theonion.com) and a beauty-advice site (youbeauty.com),
# a design blog (coolhunting.com).
NEWS = ["247wallst.com1", "247wallst.com2", "al.com1", "al.com2", "architecturaldigest.com1",
        "architecturaldigest.com2", "avclub.com1", "avclub.com2", "backstage.com1", "backstage.com2", "bhg.com1",
        "bhg.com2", "bloomberg.com1", "bostonherald.com1", "bostonherald.com2", "businessinsider.com1",
        "businessinsider.com2", "businessweek.com1", "businessweek.com2", "cleveland.com1", "cleveland.com2",
        "cnn_article", "cntraveler.com1", "cntraveler.com2", "cricket.com.au1", "cricket.com.au2", "dailycaller.com1",
        "dailycaller.com2", "dailystar.co.uk1", "dailystar.co.uk2", "dallasnews.com1", "dallasnews.com2",
        "details.com1", "details.com2", "elle.com1", "elle.com2", "flavorwire.com1", "flavorwire.com2", "fool.com1",
        "fool.com2", "foxbusiness.com1", "foxbusiness.com2", "foxnews.com1", "foxnews.com2", "glamour.com1",
        "glamour.com2", "globalnews.ca1", "globalnews.ca2", "gq.com1", "gq.com2", "graziadaily.co.uk1",
        "graziadaily.co.uk2", "gulflive.com1", "gulflive.com2", "huffingtonpost.com1", "livescience.com1",
        "livescience.com2", "mashable.com1", "mashable.com2", "mlive.com1", "mlive.com2", "newyorker.com1",
        "nj.com1", "nola.com1", "nydailynews.com1", "nypost.com1", "nypost.com2", "ok.co.uk1", "ok.co.uk2",
        "oregonlive.com1", "oregonlive.com2", "pe.com1", "readwrite.com1", "reuters.com1", "reuters.com2",
        "reuters.com3", "reuters.com4", "self.com1", "self.com2", "slate.com1", "slate.com2", "space.com1",
        "space.com2", "syracuse.com1", "syracuse.com2", "talkingpointsmemo.com1", "technologyreview.com1",
        "technologyreview.com2", "teenvogue.com1", "teenvogue.com2", "telegraph.co.uk1", "telegraph.co.uk2",
        "theatlantic.com1", "theatlantic.com2", "theatlanticcities.com1", "theatlanticcities.com2",
        "thedailybeast.com1", "thedailybeast.com2", "thedebrief.co.uk1", "thedebrief.co.uk2",
        "theglobeandmail.com1", "theglobeandmail.com2", "thenextweb.com1", "theroot.com1", "tnr.com1", "tnr.com2",
        "uproxx.com1", "uproxx.com2", "usnews.com1", "usnews.com2", "vanityfair.com1", "wetpaint.com1",
        "wetpaint.com2", "wired.com1", "wired.com2", "wnet.org1", "wnet.org2"]
# The expected text's file when it is not named like the page.
TEXT_NAME = {"cnn_article": "cnn"}


def main(git_dir, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    for name in NEWS:
        raw = lib.git(git_dir, "show", f"{COMMIT}:tests/data/html/{name}.html")
        body = lib.git(git_dir, "show", f"{COMMIT}:tests/data/text/{TEXT_NAME.get(name, name)}.txt").decode("utf-8", "replace")
        if not lib.english(body):
            notes["expected text empty or not English"] = notes.get("expected text empty or not English", 0) + 1
            print(f"{name}: expected text empty or not English", file=sys.stderr)
            continue
        text, how = lib.cut_last_paragraphs(lib.render(raw), lib.titles(raw.decode("utf-8", "replace")), body)
        notes[how] = notes.get(how, 0) + 1
        if text is None:
            print(f"{name}: {how}", file=sys.stderr)
            continue
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
