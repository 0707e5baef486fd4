#!/usr/bin/env python3
"""Rebuilds the fnc-mideast corpus as JSON Lines for `gazette export`.

Source: the article bodies of the Fake News Challenge stage 1 (FNC-1) stance-detection dataset, committed in the
public repository FakeNewsChallenge/fnc-1 at 29d473af2d15278f0464d5e41e4cbe7eb58231f2 (2017-06-14), files
train_bodies.csv (1,683 bodies) and competition_test_bodies.csv (904 bodies), columns `Body ID` and
`articleBody`. The bodies are English-language news copy of 2014-2015 from many outlets (agencies, newspapers,
broadcasters, blogs), collected for the claims of the Emergent project (Ferreira and Vlachos, NAACL 2016): many
outlets writing on one claim, so that one person, group or place is spelled each outlet's way.
Read: the bodies that name the Middle East (REGION below: a case-sensitive whole-word match of one of its words:
Iraq, Syria, Iran, Yemen, the Kurds, Lebanon, Gaza, Saudi Arabia, Libya, Qatar, the Islamic State and its
places and leaders). A body whose text (after the transformation below) is empty or is that of an earlier one
(train bodies first, each file in order of Body ID) is left out (counted on the standard error). The stance
files (headlines and labels) are not read.
Licence: the repository states none (its README credits Edward Misback and Craig Pfeifer); the article texts
are their publishers' copyright. Gazette commits only this script, ids, offsets and labels, not the text.

Usage: build.py [GIT_DIR] [OUT_DIR]
  GIT_DIR  a clone (bare or not) of that repository; default: cloned into a temporary folder
  OUT_DIR  default: ../shared/corpora/fnc-mideast next to the repository root
Writes OUT_DIR/fnc-mideast.jsonl, one object per body, train bodies then test bodies, each in order of Body ID:
{id: "train-<Body ID>" or "test-<Body ID>", file: the CSV file, text}. The text is articleBody with CRLF and CR
made LF, each line stripped of surrounding blanks and empty lines dropped; nothing else is changed. No title and
no date (offsets index the body only).
"""
import csv, io, json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import corpuslib as lib  # noqa: E402  (git, clone_or_git_dir: eval/corpora/corpuslib.py)

REPO = "https://github.com/FakeNewsChallenge/fnc-1.git"
COMMIT = "29d473af2d15278f0464d5e41e4cbe7eb58231f2"
FILES = [("train", "train_bodies.csv"), ("test", "competition_test_bodies.csv")]
REGION = re.compile(r"\b(?:Iraq|Iraqi|Iraqis|Syria|Syrian|Syrians|Iran|Iranian|Iranians|Yemen|Yemeni|Houthi|Houthis"
                    r"|Kurd|Kurds|Kurdish|Kurdistan|Peshmerga|Lebanon|Lebanese|Hezbollah|Gaza|Hamas|Saudi|Libya"
                    r"|Libyan|Qatar|Qatari|ISIS|ISIL|Islamic State|Baghdad|Damascus|Mosul|Raqqa|Kobani|Kobane"
                    r"|Baghdadi|Assad|Erdogan)\b")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    git_dir = lib.clone_or_git_dir(sys.argv[1] if len(sys.argv) > 1 else None, REPO, "fnc-mideast-")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../../shared/corpora/fnc-mideast")
    os.makedirs(out, exist_ok=True)
    seen, n, empty, duplicate, other = set(), 0, 0, 0, 0
    with open(os.path.join(out, "fnc-mideast.jsonl"), "w", encoding="utf-8") as f:
        for prefix, name in FILES:
            data = lib.git(git_dir, "show", f"{COMMIT}:{name}").decode("utf-8")
            rows = sorted(csv.DictReader(io.StringIO(data, newline="")), key=lambda r: int(r["Body ID"]))
            for row in rows:
                text = lib.stripped_lines(row["articleBody"])
                if not text:
                    empty += 1
                    continue
                if text in seen:
                    duplicate += 1
                    continue
                seen.add(text)
                if not REGION.search(text):
                    other += 1
                    continue
                f.write(json.dumps({"id": f"{prefix}-{row['Body ID']}", "file": name, "text": text},
                                   ensure_ascii=False) + "\n")
                n += 1
    print(f"left out: {empty} empty, {duplicate} duplicate texts, {other} not naming the region", file=sys.stderr)
    print(f"{n} articles -> {out}/fnc-mideast.jsonl")


if __name__ == "__main__":
    main()
