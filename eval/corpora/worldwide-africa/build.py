#!/usr/bin/env python3
"""Rebuilds the worldwide-africa corpus as JSON Lines for `gazette export`.

Source: the African articles of the English Worldwide Newswire dataset (Shan, Bauer, Carlson and Manning, "Do
'English' Named Entity Recognizers Work Well on Global Englishes?", Findings of EMNLP 2023): English news copy of
2022 (the Addis Tribune features undated) from allAfrica, afrol News and Inter Press Service (Africa desk), the Addis
Tribune (Ethiopia), News Ghana, the Daily Nation, The Standard and Tuko (Kenya), Le Matinal's English edition
(Mauritius), The Namibian and the Namibia Economist, Pan African Visions, and IOL, The Star and the Mail & Guardian
(South Africa), one plain text file per article (first line the page's URL), committed in the public repository
stanfordnlp/en-worldwide-newswire at e082527b86d9a68475166ab584b9c47f282177da, folder original_articles/.
Read: the files of the prefixes regions.txt puts in Africa (af_, afs_, et_, ghana_, kenya_, mauritius_, nm_, panaf_,
sa_), less alg_ and eg_, which eval/corpora/worldwide-mideast reads. One file whose text is that of an earlier file
(sa_star_13, the text of sa_iol_6) is left out. The repository's NER annotations (processed_annotated/) are not read.
Licence: none stated in the repository; the texts are the publishers'. Gazette commits only this script,
ids, offsets and labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/worldwide-africa next to the repository root
Writes OUT_DIR/worldwide-africa.jsonl, one object per article in order of file name:
{id: the file name without ".txt" (e.g. "kenya_nation_3"), url: the first line, text}. The text is the rest of
the file with CRLF made LF, each line stripped of surrounding blanks and empty lines dropped; nothing else is
changed (the transformation of eval/corpora/worldwide-mideast/build.py).
"""
import importlib.util, os, re, sys

NAME = re.compile(r"^original_articles/((?:af|afs|et|ghana|kenya|mauritius|nm|panaf|sa)(?:_[A-Za-z]+)*_\d+)\.txt$")


def main():
    """The build of eval/corpora/worldwide-mideast/build.py (loaded as a module), with this corpus's files and
    the duplicate text left out."""
    spec = importlib.util.spec_from_file_location("worldwide_mideast_build", os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "worldwide-mideast", "build.py"))
    mideast = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mideast)
    mideast.build("worldwide-africa", NAME, sys.argv, drop_duplicates=True)


if __name__ == "__main__":
    main()
