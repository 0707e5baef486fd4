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
import importlib.util, os, re, sys

NAME = re.compile(r"^original_articles/((?:asia_aljazeera|bangladesh_[a-z]+|in_[A-Za-z_]+|mong_montsame)_\d*)\.txt$")


def main():
    """The build of eval/corpora/worldwide-mideast/build.py (loaded as a module), with this corpus's files."""
    spec = importlib.util.spec_from_file_location("worldwide_mideast_build", os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "worldwide-mideast", "build.py"))
    mideast = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mideast)
    mideast.build("worldwide-asia", NAME, sys.argv)


if __name__ == "__main__":
    main()
