#!/usr/bin/env python3
"""Rebuilds the wcxb-news text corpus from its public source.

The development split of Murrough-Foley/web-content-extraction-benchmark (WCXB v1.0: web pages saved in
2025, one per domain, dev/html/<id>.html.gz, with dev/ground-truth/<id>.json holding the page's URL, title,
publication date and the main content an extractor is expected to return, and metadata.json each page's
type) is rendered to plain text by w3m, as a browser shows it, and cut the way a reader copies an article,
with the rendering and headline search of eval/corpora/newspaper-pages (eval/corpora/corpuslib.py): from the
headline to 20 lines past the end of the article body. The ground truth's first paragraph finds the body's
first line and the sentences of its paragraphs, looked for in order, its last line
(corpuslib.cut_by_sentences).

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
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (git, render, titles, the sentence cut: eval/corpora/corpuslib.py)

COMMIT = "c039d5ee9f5a3a984a0e167e63aacd04e76e78a9"
SPLIT = "dev"
NEWS = "NewsArticle"
FIRST_YEAR = "2015"


def main(git_dir, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    files = json.loads(lib.git(git_dir, "show", f"{COMMIT}:metadata.json"))["files"]
    for fid in sorted(files):
        meta = files[fid]
        if meta["split"] != SPLIT or meta["page_type"] != "article":
            continue
        raw = gzip.decompress(lib.git(git_dir, "show", f"{COMMIT}:{SPLIT}/html/{fid}.html.gz"))
        page = raw.decode("utf-8", "replace")
        if NEWS not in page:
            continue
        lib.note(notes, "article pages declaring NewsArticle")
        if not lib.english_lang(page):
            lib.note(notes, "html lang not English", fid)
            continue
        truth = json.loads(lib.git(git_dir, "show", f"{COMMIT}:{SPLIT}/ground-truth/{fid}.json"))["ground_truth"]
        if (truth.get("publish_date") or "")[:4] < FIRST_YEAR:
            lib.note(notes, "no publication date or before 2015", fid)
            continue
        body = truth.get("main_content") or ""
        if not lib.english(body):
            lib.note(notes, "expected text empty or not English", fid)
            continue
        text, how = lib.cut_by_sentences(lib.render(raw), lib.titles(page), body)
        lib.note(notes, how, None if text is not None else fid)
        if text is None:
            continue
        (out / f"{fid}-{meta['domain']}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
