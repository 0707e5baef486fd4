#!/usr/bin/env python3
"""Rebuilds the readability-news text corpus from its public source.

The test pages of mozilla/readability (test/test-pages/<name>/source.html, saved web pages, with
expected.html, the article body Readability extracts) include some 35 pages of English news
publishers (2012-2020). Each page of NEWS below is rendered to plain text by w3m, as a browser
shows it, and cut the way a reader copies an article: from the headline to 20 lines past the end
of the article body (expected.html says where the body ends), with the same rendering and cut as
eval/corpora/article-extraction-benchmark/build.py. One UTF-8 .txt per page, named by the page's
folder name.

Usage: build.py GIT_DIR OUT_DIR   (GIT_DIR: a clone of the repository; needs w3m on PATH)
"""
import html
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (render, key, headline, the cut: eval/corpora/corpuslib.py)

COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"
# The test pages that are articles of English-language news publishers (newspapers, broadcasters,
# news sites and magazines). Left out: other languages, blogs and documentation (mozilla-*,
# medium-*, *-blog, wikipedia*, google-sre-book-1, daringfireball-1), how-to pages (ehow-*,
# lifehacker-*), advocacy and trade pages (aclu, iab-1, spiceworks, simplyfound-1), fiction
# (archive-of-our-own, royal-road) and the synthetic test cases (001, basic-tags-cleaning, ...).
NEWS = ["ars-1", "bbc-1", "breitbart", "buzzfeed-1", "citylab-1", "cnet", "cnn", "engadget", "guardian-1",
        "herald-sun-1", "lwn-1", "medicalnewstoday", "msn", "nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4",
        "nytimes-5", "quanta-1", "salon-1", "seattletimes-1", "telegraph", "theverge", "tmz-1", "wapo-1",
        "wapo-2", "webmd-1", "webmd-2", "yahoo-1", "yahoo-2", "yahoo-3"]
BLOCK = re.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|table|tr|td|th|figure|figcaption|section|"
                   r"article|br|hr|header|footer|dl|dt|dd)\b[^>]*>", re.I)


def git_show(git_dir, path):
    return lib.git_show(git_dir, COMMIT, path)


def body_text(expected_html):
    """The paragraphs of the expected article body, one a line."""
    text = BLOCK.sub("\n", re.sub(r"<(script|style)\b.*?</\1>", " ", expected_html, flags=re.S | re.I))
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return "\n".join(" ".join(l.split()) for l in text.split("\n") if l.strip())


def main(git_dir, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    for name in NEWS:
        base = f"test/test-pages/{name}"
        raw = git_show(git_dir, f"{base}/source.html")
        meta = json.loads(git_show(git_dir, f"{base}/expected-metadata.json"))
        title = lib.key(meta.get("title") or "") or lib.headline(raw.decode("utf-8", "replace"))
        text, how = lib.cut_one_title(lib.render(raw), title, body_text(git_show(git_dir, f"{base}/expected.html").decode("utf-8")))
        notes[how] = notes.get(how, 0) + 1
        if text is None:
            print(f"{name}: {how}", file=sys.stderr)
            continue
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
