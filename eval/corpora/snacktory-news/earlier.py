#!/usr/bin/env python3
"""Writes earlier.txt: the fingerprints of every saved page of the sources of fixture-news and dragnet-news.

eval/corpora/fixture-news/earlier.txt holds the fingerprints of the saved pages of the web corpora before
fixture-news. This adds those of the two web corpora after them, so that snacktory-news holds no page of any
earlier web corpus: every HTML page (chosen or not) of fixture-news's SOURCES (its build.py) and of
dragnet-news's SOURCE (Dragnet's pages in j-szulc/html-cleaning-dataset-merged), at the commits their build
scripts name. For each page it takes the URL the page names (corpuslib.own_url) and its first title, keyed
and fingerprinted by fixture-news's url_key, title_key and fingerprint ("url " + key, "title " + key, first 16
hex digits of the SHA-256), one a line, sorted: only fingerprints are committed.

Usage: earlier.py MIRRORS > earlier.txt   (MIRRORS: a folder with a clone of each repository as
<owner>+<name>, see corpuslib.git_dir)
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import corpuslib as lib  # noqa: E402


def load(name):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), HERE.parent / name / "build.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def main(mirrors):
    fn, dn = load("fixture-news"), load("dragnet-news")
    sources = [(repo, commit, tuple(prefixes)) for repo, commit, prefixes in fn.SOURCES]
    repo, commit, prefix = dn.SOURCE
    sources.append((repo, commit, (prefix,)))
    out, counts = set(), {}
    for repo, commit, prefixes in sources:
        g = lib.git_dir(mirrors, repo)
        names = [p for p in lib.git(g, "ls-tree", "-r", "--name-only", "-z", commit).decode().split("\0") if p]
        pages = [p for p in names if p.startswith(prefixes) and fn.PAGE.search(p)]
        for raw in lib.blobs(g, commit, pages):
            page = raw.decode("utf-8", "replace")
            url = lib.own_url(page)
            if url and fn.url_key(url):
                out.add(fn.fingerprint("url", fn.url_key(url)))
            title = fn.title_key(page)
            if title:
                out.add(fn.fingerprint("title", title))
        counts[repo] = counts.get(repo, 0) + len(pages)
    print(counts, len(out), file=sys.stderr)
    sys.stdout.write("".join(f + "\n" for f in sorted(out)))


if __name__ == "__main__":
    main(sys.argv[1])
