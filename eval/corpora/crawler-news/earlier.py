#!/usr/bin/env python3
"""Writes earlier.txt: the fingerprints of every saved page of snacktory-news's source.

eval/corpora/fixture-news/earlier.txt holds the fingerprints of the saved pages of the web corpora before
fixture-news, eval/corpora/snacktory-news/earlier.txt those of fixture-news's and dragnet-news's sources. This
adds those of the web corpus after them, so that crawler-news holds no page of any earlier web corpus: every
HTML page (chosen or not) of smallrivers/snacktory at the two commits of snacktory-news's SOURCE (its
build.py). For each page it takes the URL the page names (corpuslib.own_url) and its first title, keyed and
fingerprinted by fixture-news's url_key, title_key and fingerprint ("url " + key, "title " + key, first 16 hex
digits of the SHA-256), one a line, sorted: only fingerprints are committed.

Usage: earlier.py MIRRORS > earlier.txt   (MIRRORS: a folder with a clone of smallrivers/snacktory as
<owner>+<name>, see corpuslib.git_dir)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402


def main(mirrors):
    fn, sn = lib.load_build("fixture-news"), lib.load_build("snacktory-news")
    g = lib.git_dir(mirrors, sn.REPO)
    found = sn.pages(g)
    out = set()
    for raw in lib.objects(g, [f"{c}:{p}" for c, p in found]):
        page = raw.decode("utf-8", "replace")
        url = lib.own_url(page)
        if url and fn.url_key(url):
            out.add(fn.fingerprint("url", fn.url_key(url)))
        title = fn.title_key(page)
        if title:
            out.add(fn.fingerprint("title", title))
    print({sn.REPO: len(found)}, len(out), file=sys.stderr)
    sys.stdout.write("".join(f + "\n" for f in sorted(out)))


if __name__ == "__main__":
    main(sys.argv[1])
