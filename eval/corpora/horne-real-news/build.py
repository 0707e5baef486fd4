#!/usr/bin/env python3
"""Rebuilds the horne-real-news corpus as JSON Lines for `gazette export`.

Source: the "Real" articles of the two datasets of Horne and Adali (2017), "This Just In: Fake News Packs
a Lot in Title, ...": the Buzzfeed Political News Dataset (53 real stories of 2016 that BuzzFeed News
analysed) and the Random Political News Dataset (75 real stories of 2016 from the Wall Street Journal, The
Economist, BBC, NPR, ABC, CBS, USA Today, The Guardian, NBC and The Washington Post), one plain-text body
a file, committed as Horne2017_FakeNewsData.zip in the public repository BenjaminDHorne/fakenewsdata1 at
74545f56e3b62d488eb153cef8e33a0d5e5385dc. Only the Real folders are read (not Fake, not Satire).
Licence: the repository's README.txt, "Copyright (c) 2017, Benjamin D. Horne & Sibel Adali ... Redistribution
and use in any form, with or without modification, are permitted provided that the above copyright notice,
this list of conditions and the following disclaimer are retained" (BSD-like, for the compilation; the
article texts remain the publishers'). Gazette commits only ids, offsets and labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/horne-real-news next to the repository root
Writes OUT_DIR/horne-real-news.jsonl, one object per article, Buzzfeed first, each set in order of file number:
{id: "bf-<n>" (Buzzfeed .../Real/<n>_Real.txt) or "rp-<n>" (Random .../Real/<n>.txt), text}. The files are
Windows-1252 with CRLF line ends: the text is decoded as Windows-1252 (the five undefined bytes become U+FFFD),
line ends made LF, each line stripped of surrounding blanks and empty lines dropped; nothing else is changed.
No title (the titles are separate files; they are left out so that offsets index the body only).
"""
import io, json, os, re, sys, zipfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)


REPO = "https://github.com/BenjaminDHorne/fakenewsdata1.git"
COMMIT = "74545f56e3b62d488eb153cef8e33a0d5e5385dc"
ZIP = "Horne2017_FakeNewsData.zip"
SETS = (("bf", re.compile(r"^Public Data/Buzzfeed Political News Dataset/Real/(\d+)_Real\.txt$")),
        ("rp", re.compile(r"^Public Data/Random Poltical News Dataset/Real/(\d+)\.txt$")))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "horne-real-news-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/horne-real-news")
    os.makedirs(out, exist_ok=True)
    blob = lib.git_show(git_dir, COMMIT, ZIP)
    archive = zipfile.ZipFile(io.BytesIO(blob))
    n = 0
    with open(os.path.join(out, "horne-real-news.jsonl"), "w", encoding="utf-8") as f:
        for prefix, pattern in SETS:
            files = sorted((int(m.group(1)), name) for name in archive.namelist() if (m := pattern.match(name)))
            for number, name in files:
                text = archive.read(name).decode("cp1252", errors="replace")
                text = text.replace("\r\n", "\n").replace("\r", "\n")
                text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
                if not text:
                    continue
                f.write(json.dumps({"id": f"{prefix}-{number}", "text": text}, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} articles -> {out}/horne-real-news.jsonl")


if __name__ == "__main__":
    main()
