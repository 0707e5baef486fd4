#!/usr/bin/env python3
"""Rebuilds the parser-fixtures text corpus from its public source.

The test fixtures of postlight/parser (Mercury Parser; fixtures/<site>.html, saved pages of
2016-2022) include some 90 pages of news publishers and magazines. Each page of NEWS below is
rendered to plain text by w3m, as a browser shows it, and cut the way a reader copies an article,
with the rendering of eval/corpora/article-extraction-benchmark/build.py: from the headline to 20
lines past the end of the article body. The fixture's test (src/extractors/custom/<site>/index.test.js)
gives the headline (its expected title) and the first words of the body (its expected "first13");
the body ends at the last line of 20 words or more that is at most 40 lines below the one before,
counted from the body's first line. One UTF-8 .txt per page, named by the fixture's file name.

Usage: build.py GIT_DIR OUT_DIR   (GIT_DIR: a clone of the repository; needs w3m on PATH)
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpuslib as lib  # noqa: E402  (render, key, find_line, headline_top: eval/corpora/corpuslib.py)

COMMIT = "e8ba7ece291efa4d915d50dd4deeec17d54359f2"
TAIL_LINES = 20
PROSE_WORDS = 20
MAX_GAP = 40
# Fixtures of news publishers, broadcasters and news or culture magazines, chosen by site name
# before any page was read: English, and four in French or German (to measure the rules that need
# English text on pages that are not). Left out: social sites, code and document hosts, science
# preprints, shops, blogs, Japanese and Chinese sites, party and government pages, and the
# synthetic variants ("--content-test", "--empty", "--splash", "--graphics", "--video").
NEWS = ["247sports.com", "abcnews.go.com", "arstechnica.com", "deadline.com", "deadspin.com", "fortune.com",
        "forward.com", "gothamist.com", "ici.radio-canada.ca", "mashable.com", "money.cnn.com", "newrepublic.com",
        "newrepublic.com--minutes", "news.nationalgeographic.com", "nymag.com", "observer.com", "pagesix.com",
        "people.com", "pitchfork.com", "qz.com", "sandiegouniontribune.com", "timesofindia.indiatimes.com",
        "uproxx.com", "www.abendblatt.de", "www.al.com", "www.androidcentral.com", "www.aol.com",
        "www.bloomberg.com", "www.bloomberg.com--news", "www.broadwayworld.com", "www.bustle.com",
        "www.buzzfeed.com", "www.cbc.ca", "www.cbssports.com", "www.chicagotribune.com", "www.cnbc.com",
        "www.cnbc.com--redesign", "www.cnet.com", "www.cnn.com", "www.dmagazine.com", "www.engadget.com",
        "www.eonline.com", "www.fastcompany.com", "www.fool.com", "www.huffingtonpost.com", "www.infoq.com",
        "www.inquisitr.com", "www.investmentexecutive.com", "www.latimes.com", "www.latimes.com--old",
        "www.lemonde.fr", "www.macrumors.com", "www.mentalfloss.com", "www.miamiherald.com", "www.msn.com",
        "www.msnbc.com", "www.nationalgeographic.com", "www.nbcnews.com", "www.ndtv.com", "www.newyorker.com",
        "www.newyorker.com--magazine", "www.newyorker.com--multiple-authors", "www.npr.org", "www.nydailynews.com",
        "www.nytimes.com", "www.nytimes.com--feature", "www.nytimes.com--recent", "www.opposingviews.com",
        "www.phoronix.com", "www.politico.com", "www.politico.com--test-case-2", "www.politico.com--test-case-3",
        "www.popsugar.com", "www.prospectmagazine.co.uk", "www.rawstory.com", "www.recode.net",
        "www.refinery29.com", "www.reuters.com", "www.rollingstone.com", "www.sbnation.com", "www.si.com",
        "www.slate.com", "www.spektrum.de", "www.theatlantic.com", "www.theguardian.com",
        "www.thepoliticalinsider.com", "www.theverge.com", "www.theverge.com--feature", "www.tmz.com",
        "www.today.com", "www.usmagazine.com", "www.vox.com", "www.vulture.com", "www.washingtonpost.com",
        "www.westernjournalism.com", "www.wired.com", "www.wired.com--other", "www.yahoo.com"]
JS_STRING = r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`)"""


def js_string(m):
    s = next(g for g in m.groups() if g is not None)
    return re.sub(r"\\(.)", r"\1", s)


def expected(test, name):
    """The test's expected value of `name` (title) or of the first13 excerpt, after the fixture's mention."""
    text, at = test
    if name == "first13":
        m = re.compile(r"first13,\s*" + JS_STRING, re.S).search(text, at)
    else:
        m = re.compile(r"assert\.equal\(\s*" + name + r",\s*" + JS_STRING, re.S).search(text, at)
    return js_string(m) if m else ""


def tests_by_fixture(git_dir):
    out = {}
    for path in lib.git(git_dir, "ls-tree", "-r", "--name-only", COMMIT, "src").decode().split("\n"):
        if path.endswith(".test.js"):
            text = lib.git(git_dir, "show", f"{COMMIT}:{path}").decode("utf-8", "replace")
            for m in re.finditer(r"fixtures/([\w.-]+)\.html", text):
                out.setdefault(m.group(1), (text, m.end()))
    return out


def cut(lines, title, first13):
    # The expected words may run over two lines of the page (a drop cap, a dateline in its own
    # element): then the first five words find the line.
    first = lib.find_line(lines, first13)
    if first < 0:
        first = lib.find_line(lines, " ".join(first13.split()[:5]))
    if first < 0:
        return None, "body start not found"
    top, how = lib.headline_top(lines, first, title)
    last = first
    for i in range(first + 1, len(lines)):
        if i - last > MAX_GAP:
            break
        if len(lines[i].split()) >= PROSE_WORDS:
            last = i
    end = min(len(lines), last + 1 + TAIL_LINES)
    text = "\n".join(lines[top:end]).strip("\n") + "\n"
    return re.sub(r"\n{3,}", "\n\n", text), how


def main(git_dir, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tests = tests_by_fixture(git_dir)
    notes = {}
    for name in NEWS:
        test = tests.get(name)
        if test is None:
            notes["no test"] = notes.get("no test", 0) + 1
            print(f"{name}: no test names the fixture", file=sys.stderr)
            continue
        raw = lib.git(git_dir, "show", f"{COMMIT}:fixtures/{name}.html")
        title = lib.key(expected(test, "title")) or lib.headline(raw.decode("utf-8", "replace"))
        first13 = expected(test, "first13")
        if not first13:
            notes["no first13"] = notes.get("no first13", 0) + 1
            print(f"{name}: the test has no first13", file=sys.stderr)
            continue
        text, how = cut(lib.render(raw), title, first13)
        notes[how] = notes.get(how, 0) + 1
        if text is None:
            print(f"{name}: {how}", file=sys.stderr)
            continue
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
    print(json.dumps(notes, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
