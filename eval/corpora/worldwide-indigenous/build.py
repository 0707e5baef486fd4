#!/usr/bin/env python3
"""Rebuilds the worldwide-indigenous corpus as JSON Lines for `gazette export`.

Source: the articles of the English Worldwide Newswire dataset (Shan, Bauer, Carlson and Manning, "Do 'English'
Named Entity Recognizers Work Well on Global Englishes?", Findings of EMNLP 2023) that its regions.txt lists under
"Indigenous": English news copy of 2022 from ABC News and news.com.au (Australia), Indigenous news of Canada
(canada_indig_), Nunavut News and the Yukon News (Canada), and RNZ (New Zealand), one plain text file per article
(first line the page's URL), committed in the public repository stanfordnlp/en-worldwide-newswire at
e082527b86d9a68475166ab584b9c47f282177da, folder original_articles/.
Read: the files of the prefixes aus_, canada_ and nz_rnz (no other corpus cut from this dataset reads them:
worldwide-mideast, worldwide-asia, worldwide-africa and worldwide-events leave them out). An article whose text is
that of an earlier file is left out (named on the standard error). The repository's NER annotations
(processed_annotated/) are not read.
Licence: none stated in the repository; the texts are the publishers'. Gazette commits only this script,
ids, offsets and labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/worldwide-indigenous next to the repository root
Writes OUT_DIR/worldwide-indigenous.jsonl, one object per article in order of file name:
{id: the file name without ".txt" (e.g. "nz_rnz_3"), url: the first line, text}. The text is the rest of the file
with CRLF made LF, each line stripped of surrounding blanks and empty lines dropped; nothing else is changed (the
transformation of eval/corpora/worldwide-mideast/build.py).
"""
import importlib.util, os, re, sys

NAME = re.compile(r"^original_articles/((?:aus|canada|nz_rnz)(?:_[A-Za-z]+)*_\d+)\.txt$")


def main():
    """The build of eval/corpora/worldwide-mideast/build.py (loaded as a module), with this corpus's files and
    duplicate texts left out."""
    spec = importlib.util.spec_from_file_location("worldwide_mideast_build", os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "worldwide-mideast", "build.py"))
    mideast = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mideast)
    mideast.build("worldwide-indigenous", NAME, sys.argv, drop_duplicates=True)


if __name__ == "__main__":
    main()
