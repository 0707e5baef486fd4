#!/usr/bin/env python3
"""Rebuilds the worldwide-asia corpus as JSON Lines for `gazette export`.

Source: the South Asian and Central Asian articles of the English Worldwide Newswire dataset (Shan, Bauer,
Carlson and Manning, "Do 'English' Named Entity Recognizers Work Well on Global Englishes?", Findings of
EMNLP 2023): English news copy of 2021-22 from local outlets of Bangladesh (The Daily Star, The Daily
Observer), India (Hindustan Times, Deccan Herald, The Indian Express, The Times of India, the Milli Gazette,
Kashmir Observer, Kashmir Times) and Mongolia (MONTSAME), and Al Jazeera's Asia desk (South and Central Asia),
one plain text file per article (first line the page's URL), committed in the public repository
stanfordnlp/en-worldwide-newswire at e082527b86d9a68475166ab584b9c47f282177da, folder original_articles/.
Read: the files of prefix asia_aljazeera_, bangladesh_, in_ and mong_ (regions.txt puts them in Asia).
Left out: every file read by eval/corpora/worldwide-mideast (the Middle East, North Africa and pk_ files),
iran_ (Tehran Times), and the East and South-East Asian files (cn_, jp_, kr_, tw_, th_, my_star).
Licence: none stated in the repository; the texts are the publishers'. Gazette commits only this script,
ids, offsets and labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/worldwide-asia next to the repository root
Writes OUT_DIR/worldwide-asia.jsonl, one object per article in order of file name:
{id: the file name without ".txt" (e.g. "bangladesh_star_13"), url: the first line, text}. The text is the
rest of the file with CRLF made LF, each line stripped of surrounding blanks and empty lines dropped; nothing
else is changed (the transformation of eval/corpora/worldwide-mideast/build.py).
"""
import importlib.util, json, os, re, subprocess, sys, tempfile

REPO = "https://github.com/stanfordnlp/en-worldwide-newswire.git"
COMMIT = "e082527b86d9a68475166ab584b9c47f282177da"
NAME = re.compile(r"^original_articles/((?:asia_aljazeera|bangladesh_[a-z]+|in_[A-Za-z_]+|mong_montsame)_\d*)\.txt$")


def helper(rel):
    """A sibling corpus script loaded as a module (its git helpers are reused, not copied)."""
    spec = importlib.util.spec_from_file_location(rel.replace("/", "_"), os.path.join(os.path.dirname(
        os.path.abspath(__file__)), "..", rel))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def git_dir_of(arg):
    if arg:
        return arg if os.path.isdir(os.path.join(arg, "objects")) else os.path.join(arg, ".git")
    tmp = tempfile.mkdtemp(prefix="worldwide-asia-")
    subprocess.run(["git", "clone", "--bare", "--quiet", REPO, tmp], check=True)
    return tmp


def main():
    tt = helper("tehran-times/build.py")
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = git_dir_of(sys.argv[1] if len(sys.argv) > 1 else None)
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/worldwide-asia")
    os.makedirs(out, exist_ok=True)
    entries = []
    listing = tt.git(git_dir, "ls-tree", "-r", "-z", COMMIT, "original_articles").decode("utf-8").split("\0")
    for entry in sorted(e for e in listing if e):
        meta, path = entry.split("\t", 1)
        m = NAME.match(path)
        if m:
            entries.append((m.group(1), meta.split()[2]))
    texts = tt.blobs(git_dir, [sha for _, sha in entries])
    n = 0
    with open(os.path.join(out, "worldwide-asia.jsonl"), "w", encoding="utf-8") as f:
        for (name, _), raw in zip(entries, texts):
            text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
            url, _, body = text.partition("\n")
            body = "\n".join(line.strip() for line in body.split("\n") if line.strip())
            if not body:
                continue
            f.write(json.dumps({"id": name, "url": url.strip(), "text": body}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles -> {out}/worldwide-asia.jsonl")


if __name__ == "__main__":
    main()
