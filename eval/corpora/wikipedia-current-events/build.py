#!/usr/bin/env python3
"""Rebuilds the Wikipedia "Current events" corpus used by the events evaluation.

Source: the daily pages of Wikipedia's Portal:Current events (text CC BY-SA 4.0, by Wikipedia
contributors), as converted to Markdown by the public repository fordred/wikinews (commit below).
Every news item of a day (a bullet that ends with its source citations) becomes a paragraph of
that day's article, with links reduced to their text and the citations removed.

Usage: build.py GIT_DIR OUT.jsonl   (GIT_DIR: a clone or bare mirror of fordred/wikinews)
"""
import json
import re
import subprocess
import sys

COMMIT = "0441f5273b8763fa543a6148b97efbbbae37b371"
POST = re.compile(r"^docs/_posts/(\d{4}-\d{2}-\d{2})-index\.md$")
BULLET = re.compile(r"^\s*[*+-] (.*)$")
CITATION = re.compile(r"(\s*\[\(\*?[^\]]*?\*?\)\]\([^)]*\))+\s*$")
LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")


def items(markdown):
    for line in markdown.splitlines():
        bullet = BULLET.match(line)
        if not bullet or not CITATION.search(bullet.group(1)):
            continue
        text = CITATION.sub("", bullet.group(1))
        text = LINK.sub(lambda m: m.group(1), text)
        text = text.replace("*", "").strip()
        if text:
            yield text


def main(git_dir, out):
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", COMMIT],
                           check=True, capture_output=True, text=True).stdout.split("\n")
    with open(out, "w", encoding="utf-8") as sink:
        for name in sorted(names):
            post = POST.match(name)
            if not post or not ("2025-01-01" <= post.group(1) <= "2026-12-31"):
                continue
            markdown = subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{name}"],
                                      check=True, capture_output=True, text=True).stdout
            paragraphs = list(items(markdown))
            if paragraphs:
                day = post.group(1)
                record = {"id": "wce-" + day, "title": "Current events " + day, "date": day,
                          "text": "\n\n".join(paragraphs)}
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
