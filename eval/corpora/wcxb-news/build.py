#!/usr/bin/env python3
"""Rebuilds the wcxb-news text corpus from its public source.

The development split of Murrough-Foley/web-content-extraction-benchmark (WCXB v1.0: web pages saved in
2025, one per domain, dev/html/<id>.html.gz, with dev/ground-truth/<id>.json holding the page's URL, title,
publication date and the main content an extractor is expected to return, and metadata.json each page's
type) is rendered to plain text by w3m, as a browser shows it, and cut the way a reader copies an article,
with the rendering and headline search of eval/corpora/newspaper-pages/build.py: from the headline to 20
lines past the end of the article body. The ground truth's first paragraph finds the body's first line and
the sentences of its paragraphs, looked for in order, its last line (see cut).

Pages are chosen by a rule fixed before any page was read: page type `article` in metadata.json, the page
declares itself a news article in its own schema.org markup (the string NewsArticle, as a JSON-LD @type or
a microdata itemtype, which also covers ReportageNewsArticle, OpinionNewsArticle, ...), the <html lang>
attribute is English (en, en-US, en-GB, ...), the ground truth's publication date is 2015 or later, and the
expected text is English by the benchmark script's test. Only the development split is used: the test
split's pages were saved without their scripts, so their schema.org JSON-LD is gone. One UTF-8 .txt per
page, named by the page's id and domain.

Usage: build.py GIT_DIR OUT_DIR   (GIT_DIR: a clone of the repository; needs w3m on PATH)
"""
import gzip
import importlib.util
import json
import re
import sys
from pathlib import Path

COMMIT = "c039d5ee9f5a3a984a0e167e63aacd04e76e78a9"
SPLIT = "dev"
NEWS = "NewsArticle"
LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z-]+)", re.I)
FIRST_YEAR = "2015"
TAIL_LINES = 20
# A paragraph shorter than this (as compared) is not used to find the body's end: short lines such as
# "Related" or a subheading can also stand in the page's furniture below the article.
MIN_END_KEY = 25
# Some ground truths are one paragraph without line breaks: the end is looked for sentence by sentence.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def module(name, rel):
    here = Path(__file__).resolve().parent
    spec = importlib.util.spec_from_file_location(name, here.parent / rel)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def note(notes, how, fid=None):
    notes[how] = notes.get(how, 0) + 1
    if fid is not None:
        print(f"{fid}: {how}", file=sys.stderr)


def cut(a, n, lines, titles, body):
    """The cut of newspaper-pages/build.py (module n; its body_top), with the body's end found by every
    sentence in order.

    The ground truth of this benchmark was written with a language model's help and does not always copy
    the page's last paragraphs word for word, nor keep its paragraph breaks, so instead of only the last
    three paragraphs, each sentence of the ground truth, if at least MIN_END_KEY characters long, is
    looked for after the line the previous one was found on; the last line found ends the body.
    """
    paras = [p for p in re.split(r"\n\s*\n|\n", body) if a.key(p)]
    found = n.body_top(a, lines, titles, paras)
    if found is None:
        return None, "body start not found"
    first, top, how = found
    last = first
    for p in [s for p in paras for s in SENTENCE_END.split(p)][1:]:
        if len(a.key(p)) < MIN_END_KEY:
            continue
        j = a.find_line(lines, p, last)
        if j >= 0:
            last = j
    end = min(len(lines), last + 1 + TAIL_LINES)
    text = "\n".join(lines[top:end]).strip("\n") + "\n"
    return re.sub(r"\n{3,}", "\n\n", text), how


def main(git_dir, out_dir):
    a = module("aeb", "article-extraction-benchmark/build.py")
    n = module("npages", "newspaper-pages/build.py")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    files = json.loads(n.git(git_dir, "show", f"{COMMIT}:metadata.json"))["files"]
    for fid in sorted(files):
        meta = files[fid]
        if meta["split"] != SPLIT or meta["page_type"] != "article":
            continue
        raw = gzip.decompress(n.git(git_dir, "show", f"{COMMIT}:{SPLIT}/html/{fid}.html.gz"))
        page = raw.decode("utf-8", "replace")
        if NEWS not in page:
            continue
        note(notes, "article pages declaring NewsArticle")
        lang = LANG.search(page)
        if not lang or not lang.group(1).lower().startswith("en"):
            note(notes, "html lang not English", fid)
            continue
        truth = json.loads(n.git(git_dir, "show", f"{COMMIT}:{SPLIT}/ground-truth/{fid}.json"))["ground_truth"]
        if (truth.get("publish_date") or "")[:4] < FIRST_YEAR:
            note(notes, "no publication date or before 2015", fid)
            continue
        body = truth.get("main_content") or ""
        if not a.english(body):
            note(notes, "expected text empty or not English", fid)
            continue
        text, how = cut(a, n, a.render(raw), n.titles(a, page), body)
        note(notes, how, None if text is not None else fid)
        if text is None:
            continue
        (out / f"{fid}-{meta['domain']}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
