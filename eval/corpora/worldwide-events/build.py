#!/usr/bin/env python3
"""Rebuilds the worldwide-events corpus as JSON Lines for `gazette export` (the events split `heldout5`).

Source: the Latin American and East / South-East Asian articles of the English Worldwide Newswire dataset
(Shan, Bauer, Carlson and Manning, "Do 'English' Named Entity Recognizers Work Well on Global Englishes?",
Findings of EMNLP 2023): English news copy of 2022 from local outlets, one plain text file per article (first
line the page's URL), committed in the public repository stanfordnlp/en-worldwide-newswire at
e082527b86d9a68475166ab584b9c47f282177da, folder original_articles/.
Read: the files whose prefix regions.txt puts in LATAM (arg_, bol_, chile_, col_, cosric_, cosrica_, cuba_,
ecuador_, elsalv_, guyana_, hond_, mex_, nic_, pan_, paraguay_, peru_, uruguay_, ven_) and the East and
South-East Asian ones of its Asia list (cn_article, jp_, kr_, my_star, th_, tw_).
Left out: every file read by eval/corpora/worldwide-mideast and eval/corpora/worldwide-asia, the African files
(af_, afs_, alg_, eg_, ghana_, et_, kenya_, mauritius_, nm, panaf_, sa_; another set), the Indigenous ones
(aus_, canada_, nz_rnz) and cn_article_xinhua_ (Xinhua, a source the events set has labelled: heldout4).
A file whose text (after the transformation below) or URL equals an earlier file's is a copy and is left out.
Licence: none stated in the repository; the texts are the publishers'. Gazette commits only this script,
ids, offsets and labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/worldwide-events next to the repository root
Writes OUT_DIR/worldwide-events.jsonl, one object per article, in the order of the sorted `git ls-tree` lines
(that is, of the blob ids, as eval/corpora/worldwide-mideast/build.py orders its files; select5.py depends on it),
the first of two copies in that order kept:
{id: the file name without ".txt" (e.g. "mex_mexicodailypost_3"), url: the first line, [date,] text}. The
text is the rest of the file with CRLF made LF, each line stripped of surrounding blanks and empty lines
dropped; nothing else is changed (the transformation of eval/corpora/worldwide-mideast/build.py). `date`
(YYYY-MM-DD) is present only when the URL carries the page's date: a path /YYYY/MM/DD/ or a Korea Herald
`ud=YYYYMMDD...` id; the files themselves state no publication date.
"""
import datetime
import importlib.util
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, objects, clone_or_git_dir: eval/corpora/corpuslib.py)

NAME = re.compile(r"^original_articles/((?:arg|bol|chile|col|cosrica?|cuba|ecuador|elsalv|guyana|hond|mex|nic|pan|"
                  r"paraguay|peru|uruguay|ven)_[a-z]+_\d+|cn_article(?:_scmp|_thestandard)?_\d+|"
                  r"(?:jp|kr|tw|th)_[a-z_]+_\d+|my_star_\d+)\.txt$")
URL_DATE = re.compile(r"/(20\d\d)/([01]\d)/([0-3]\d)/|[?&]ud=(20\d\d)([01]\d)([0-3]\d)")


def sibling(rel):
    spec = importlib.util.spec_from_file_location(rel.replace("/", "_").replace("-", "_").replace(".", "_"), os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", rel))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def url_date(url):
    m = URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = [int(g) for g in (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6))]
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


def main():
    mideast = sibling("worldwide-mideast/build.py")
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, mideast.REPO, "worldwide-events-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/worldwide-events")
    os.makedirs(out, exist_ok=True)
    entries, texts = mideast.articles(git_dir, NAME)
    n = dated = copies = 0
    seen = set()
    with open(os.path.join(out, "worldwide-events.jsonl"), "w", encoding="utf-8") as f:
        for (article, _), raw in zip(entries, texts):
            text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
            url, _, body = text.partition("\n")
            body = "\n".join(line.strip() for line in body.split("\n") if line.strip())
            if not body:
                continue
            if body in seen or url.strip() in seen:
                copies += 1
                continue
            seen.update((body, url.strip()))
            record = {"id": article, "url": url.strip()}
            date = url_date(url)
            if date:
                record["date"] = date
                dated += 1
            record["text"] = body
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles ({dated} dated, {copies} copies left out) -> {out}/worldwide-events.jsonl")


if __name__ == "__main__":
    main()
