#!/usr/bin/env python3
"""Rebuilds the fundus-pages text corpus from its public source.

The parser test data of flairNLP/fundus (tests/resources/parser/test_data/<country>/<Publisher>_<date>.html.gz:
news pages saved by the crawler in 2023-2026, with <Publisher>.json holding, per parser version, the article
the library is expected to extract) is rendered to plain text by w3m, as a browser shows it, and cut the way
a reader copies an article, with the rendering and cutting of eval/corpora/newspaper-pages/build.py: from
the headline to 20 lines past the end of the article body. The expected body (its summary and sections'
paragraphs) of the parser version whose first paragraph is found in the rendered page marks the body's
first and last lines. Pages are chosen by folder (the English-language countries below) before any page
was read; a page whose expected text is not English by the benchmark's test is left out. One UTF-8 .txt
per page, named by the page's file name without .html.gz, prefixed by the country folder.

Usage: build.py GIT_DIR OUT_DIR   (GIT_DIR: a clone of the repository; needs w3m on PATH)
"""
import gzip
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (git, render, titles, the cut: eval/corpora/corpuslib.py)

COMMIT = "18da6e53"
ROOT = "tests/resources/parser/test_data"
# Countries whose publishers in the test data write in English (chosen by folder name only).
ENGLISH_FOLDERS = ["us", "uk", "ca", "au", "za", "ind", "my", "na", "tz", "ls", "il", "lb"]


def bodies(expected):
    """Each parser version's expected article body as paragraphs joined by blank lines."""
    out = []
    for version in expected.values():
        body = version.get("body") or {}
        paras = list(body.get("summary") or [])
        for section in body.get("sections") or []:
            paras.extend(section.get("headline") or [])
            paras.extend(section.get("paragraphs") or [])
        if paras:
            out.append("\n\n".join(p for p in paras if p and p.strip()))
    return out


def main(git_dir, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes = {}
    names = lib.git(git_dir, "ls-tree", "-r", "--name-only", COMMIT, ROOT + "/").decode().split("\n")
    for folder in ENGLISH_FOLDERS:
        pages = sorted(p for p in names if p.startswith(f"{ROOT}/{folder}/") and p.endswith(".html.gz"))
        for path in pages:
            file = path.rsplit("/", 1)[1]
            publisher = file.rsplit("_", 3)[0]
            try:
                expected = json.loads(lib.git(git_dir, "show", f"{COMMIT}:{ROOT}/{folder}/{publisher}.json"))
            except subprocess.CalledProcessError:
                notes["no expected file"] = notes.get("no expected file", 0) + 1
                continue
            raw = gzip.decompress(lib.git(git_dir, "show", f"{COMMIT}:{path}"))
            candidates = [b for b in bodies(expected) if lib.english(b)]
            if not candidates:
                notes["expected text empty or not English"] = notes.get("expected text empty or not English", 0) + 1
                print(f"{path}: expected text empty or not English", file=sys.stderr)
                continue
            lines = lib.render(raw)
            titles = lib.titles(raw.decode("utf-8", "replace"))
            text, how = None, "body start not found"
            for body in candidates:
                text, how = lib.cut_last_paragraphs(lines, titles, body)
                if text is not None:
                    break
            notes[how] = notes.get(how, 0) + 1
            if text is None:
                print(f"{path}: {how}", file=sys.stderr)
                continue
            (out / f"{folder}-{file[:-len('.html.gz')]}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
