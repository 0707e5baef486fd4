#!/usr/bin/env python3
"""Writes earlier.txt: the fingerprints of every saved page of the sources of the earlier web corpora.

fixture-news must hold no page that an earlier corpus holds. Rather than compare texts, build.py leaves out
every page whose URL or headline is the URL or headline of any saved page (chosen or not) in the source
repositories of the earlier web corpora, at the commits their build scripts name:
scrapinghub/article-extraction-benchmark, mozilla/readability, postlight/parser, AndyTheFactory/newspaper4k,
flairNLP/fundus, Murrough-Foley/web-content-extraction-benchmark (both splits), adbar/htmldate and
MSVCode/ir-research-data. For each page it takes the URL the page names (corpuslib.own_url) and the URL its
source's index gives (ground-truth.json, eval_default.json, WCXB's ground truths), each normalised by
build.url_key, and its first title (build.title_key). Each is written as the first 16 hex digits of the
SHA-256 of "url " + key or "title " + key, one a line, sorted: only fingerprints are committed.

Usage: earlier.py MIRRORS > earlier.txt   (MIRRORS: a folder with a clone of each repository as
<owner>+<name>, see build.git_dir)
"""
import gzip
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (repository, commit, path prefix of its saved pages, index files: path -> how to read URLs from it)
EARLIER = [
    ("scrapinghub/article-extraction-benchmark", "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010", "html/"),
    ("mozilla/readability", "ab4027a8b37669745016869a37a504727992b2ba", "test/test-pages/"),
    ("postlight/parser", "e8ba7ece291efa4d915d50dd4deeec17d54359f2", "fixtures/"),
    ("AndyTheFactory/newspaper4k", "79553f6302cea1a6e36103fb4dc1c675ca704cd3", "tests/data/html/"),
    ("flairNLP/fundus", "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8", "tests/resources/parser/test_data/"),
    ("Murrough-Foley/web-content-extraction-benchmark", "c039d5ee9f5a3a984a0e167e63aacd04e76e78a9", ""),
    ("adbar/htmldate", "b8952828329abaeeb3be21387b526f2be614ce67", "tests/eval/"),
    ("MSVCode/ir-research-data", "cbb428cea48e1392496a6542b610fb422a436b52", "Extraction/chaos-all/html/"),
]
PAGE = re.compile(r"\.html?(\.gz)?$", re.I)


def load_build():
    spec = importlib.util.spec_from_file_location("fnews", HERE / "build.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def fingerprint(kind, key):
    return hashlib.sha256(f"{kind} {key}".encode("utf-8")).hexdigest()[:16]


def main(mirrors):
    b = load_build()
    out = set()
    counts = {}
    for repo, commit, prefix in EARLIER:
        g = b.lib.git_dir(mirrors, repo)
        names = [p for p in b.lib.git(g, "ls-tree", "-r", "--name-only", "-z", commit).decode().split("\0") if p]
        pages = [p for p in names if p.startswith(prefix) and PAGE.search(p)]
        urls = []
        for path, raw in zip(pages, b.lib.blobs(g, commit, pages)):
            if path.endswith(".gz"):
                raw = gzip.decompress(raw)
            page = raw.decode("utf-8", "replace")
            url = b.lib.own_url(page)
            if url:
                urls.append(url)
            title = b.title_key(page)
            if title:
                out.add(fingerprint("title", title))
        index = []
        if repo == "scrapinghub/article-extraction-benchmark":
            index = [v["url"] for v in json.loads(b.lib.git(g, "show", f"{commit}:ground-truth.json")).values()]
        elif repo == "adbar/htmldate":
            index = list(json.loads(b.lib.git(g, "show", f"{commit}:tests/eval_default.json")))
        elif repo == "Murrough-Foley/web-content-extraction-benchmark":
            truths = [p for p in names if re.match(r"(dev|test)/ground-truth/.*\.json$", p)]
            index = [json.loads(r).get("url") or "" for r in b.lib.blobs(g, commit, truths)]
        for url in urls + index:
            if url and b.url_key(url):
                out.add(fingerprint("url", b.url_key(url)))
        counts[repo] = (len(pages), len(urls), len(index))
    for repo, c in counts.items():
        print(f"{repo}: {c[0]} pages, {c[1]} naming their URL, {c[2]} index URLs", file=sys.stderr)
    print(f"{len(out)} fingerprints", file=sys.stderr)
    sys.stdout.write("".join(f + "\n" for f in sorted(out)))


if __name__ == "__main__":
    main(sys.argv[1])
