#!/usr/bin/env python3
"""Rebuilds the worldwide-mideast corpus as JSON Lines for `gazette export`.

Source: the Middle East and North Africa articles of the English Worldwide Newswire dataset (Shan, Bauer,
Carlson and Manning, "Do 'English' Named Entity Recognizers Work Well on Global Englishes?", Findings of
EMNLP 2023): English news copy of 2022-23 from local outlets (Arab Times, Kuwait Times, Gulf Times, Khaleej
Times, Times of Oman, The Peninsula, Saudi Gazette, Saudi Daily, Jordan Times, Al Bawaba, Egypt Today, Egypt
Times, Haaretz, The Jerusalem Post, Africanews and the Algeria Press Service, two Pakistani dailies), one plain
text file per article (first line the page's URL), committed in the public repository
stanfordnlp/en-worldwide-newswire at e082527b86d9a68475166ab584b9c47f282177da, folder original_articles/.
Read: the files whose prefix regions.txt puts in the Middle East (jr_, kw_, oman_, qt_, saud_, uae_,
israel_) plus eg_, alg_ (North Africa) and pk_ (Pakistan, counted with the Middle East in the README).
Left out: iran_ (Tehran Times pages, a source Gazette has labelled before: eval/corpora/tehran-times).
Licence: none stated in the repository; the texts are the publishers'. Gazette commits only this script,
ids, offsets and labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/worldwide-mideast next to the repository root
Writes OUT_DIR/worldwide-mideast.jsonl, one object per article in order of file name:
{id: the file name without ".txt" (e.g. "kw_arabtimes_12"), url: the first line, text}. The text is the rest
of the file with CRLF made LF, each line stripped of surrounding blanks and empty lines dropped; nothing else
is changed.
"""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)


REPO = "https://github.com/stanfordnlp/en-worldwide-newswire.git"
COMMIT = "e082527b86d9a68475166ab584b9c47f282177da"
NAME = re.compile(r"^original_articles/((?:jr|kw|oman|qt|saud|uae|israel|eg|alg|pk)_[A-Za-z_]+_\d+)\.txt$")


def articles(git_dir, pattern):
    """The (id, blob id) of the files of original_articles/ whose path `pattern` matches (group 1 the id), in the
    order of their git blob ids (the sorted ls-tree lines), and their raw bytes."""
    entries = []
    listing = lib.git(git_dir, "ls-tree", "-r", "-z", COMMIT, "original_articles").decode("utf-8").split("\0")
    for entry in sorted(e for e in listing if e):
        meta, path = entry.split("\t", 1)
        m = pattern.match(path)
        if m:
            entries.append((m.group(1), meta.split()[2]))
    return entries, lib.objects(git_dir, [sha for _, sha in entries])


def build(name, pattern, argv, drop_duplicates=False):
    """Writes OUT_DIR/<name>.jsonl from the files of original_articles/ whose path `pattern` matches (group 1 the
    id); argv as this script's. Shared by the corpora cut from this dataset (worldwide-asia and worldwide-africa
    reuse it). With drop_duplicates, an article whose text equals an earlier one's (in the order written) is left
    out and named on the standard error."""
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(argv[1] if len(argv) > 1 else None, REPO, name + "-")
    out = argv[2] if len(argv) > 2 else os.path.join(here, "../../../../shared/corpora/" + name)
    os.makedirs(out, exist_ok=True)
    entries, texts = articles(git_dir, pattern)
    n, texts_seen = 0, {}
    with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as f:
        for (article, _), raw in zip(entries, texts):
            text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
            url, _, body = text.partition("\n")
            body = "\n".join(line.strip() for line in body.split("\n") if line.strip())
            if not body:
                continue
            if drop_duplicates:
                if body in texts_seen:
                    print(f"{article}: the text of {texts_seen[body]}, left out", file=sys.stderr)
                    continue
                texts_seen[body] = article
            f.write(json.dumps({"id": article, "url": url.strip(), "text": body}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles -> {out}/{name}.jsonl")


def main():
    build("worldwide-mideast", NAME, sys.argv)


if __name__ == "__main__":
    main()
