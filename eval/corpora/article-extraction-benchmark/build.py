#!/usr/bin/env python3
"""Rebuilds the article-extraction-benchmark text corpus from its public source.

Each of the 181 news pages of scrapinghub/article-extraction-benchmark (HTML, 2019-2020) is
rendered to plain text by w3m, as a browser shows it, and cut the way a reader copies an
article: from the headline to a little past the end of the article body (the benchmark's
ground truth says where the body ends), so the text keeps the real site furniture between
and after (bylines, share widgets, captions, "read more", related links) but not the whole
site menu (w3m's image placeholders and its full-width rules for <hr> are left out). Pages
whose body is not English (fewer than 5 % of its words are the, and, of, to, is, in) are
left out. One UTF-8 .txt per page, named by the first 16 hex digits of the page's id.

Usage: build.py GIT_DIR OUT_DIR   (GIT_DIR: a clone of the repository; needs w3m on PATH)
"""
import gzip
import html
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

COMMIT = "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010"
TAIL_LINES = 20
IMAGE_ONLY = re.compile(r"^\s*\[(https?:)?//[^\]\s]*\]\s*$")
RULE_ONLY = re.compile(r"^\s*[\u2500-\u257f]{20,}\s*$")
ENGLISH = re.compile(r"\b(the|and|of|to|is|in)\b", re.I)
MIN_ENGLISH = 0.05


def git_show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def key(s):
    s = unicodedata.normalize("NFKC", html.unescape(s)).lower()
    return re.sub(r"[\W_]+", " ", s).strip()


def headline(page):
    for pattern in (r'<meta[^>]+property="og:title"[^>]+content="([^"]*)"',
                    r'<meta[^>]+content="([^"]*)"[^>]+property="og:title"',
                    r"<h1[^>]*>(.*?)</h1>", r"<title[^>]*>(.*?)</title>"):
        m = re.search(pattern, page, re.S | re.I)
        if m:
            text = re.sub(r"<[^>]+>", " ", m.group(1))
            if key(text):
                return key(text)
    return ""


def render(page_bytes):
    out = subprocess.run(["w3m", "-dump", "-T", "text/html", "-cols", "2000", "-I", "UTF-8", "-O", "UTF-8"],
                         input=page_bytes, check=True, capture_output=True).stdout
    lines = out.decode("utf-8", "replace").split("\n")
    return [l.rstrip() for l in lines if not IMAGE_ONLY.match(l) and not RULE_ONLY.match(l)]


def english(body):
    words = len(body.split())
    return words > 0 and len(ENGLISH.findall(body)) / words >= MIN_ENGLISH


def find_line(lines, wanted, start=0, prefix=60):
    w = key(wanted)[:prefix]
    if not w:
        return -1
    for i in range(start, len(lines)):
        if w in key(lines[i]):
            return i
    return -1


def headline_top(lines, first, title):
    """The line of the headline at or above the body's first line, else 12 lines above it; and how it was found."""
    if title:
        for i in range(first, -1, -1):
            k = key(lines[i])
            if k and (k == title or (len(k) >= 20 and title.startswith(k)) or (len(title) >= 20 and k.startswith(title))):
                return i, "headline"
    return max(0, first - 12), "no headline line: 12 lines above the body"


def cut(lines, title, body):
    paras = [p for p in body.split("\n") if key(p)]
    first = find_line(lines, paras[0]) if paras else -1
    if first < 0:
        return None, "body start not found"
    top, how = headline_top(lines, first, title)
    last = first
    for p in paras[-3:]:
        j = find_line(lines, p, last)
        if j >= 0:
            last = j
    end = min(len(lines), last + 1 + TAIL_LINES)
    text = "\n".join(lines[top:end]).strip("\n") + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text, how


def main(git_dir, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    truth = json.loads(git_show(git_dir, "ground-truth.json"))
    notes = {}
    for page_id in sorted(truth):
        if not english(truth[page_id]["articleBody"]):
            notes["not English"] = notes.get("not English", 0) + 1
            continue
        raw = gzip.decompress(git_show(git_dir, f"html/{page_id}.html.gz"))
        page = raw.decode("utf-8", "replace")
        text, how = cut(render(raw), headline(page), truth[page_id]["articleBody"])
        notes[how] = notes.get(how, 0) + 1
        if text is None:
            continue
        (out / f"{page_id[:16]}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
