"""Helpers shared by the build scripts of the corpora (eval/corpora/<name>/build.py).

A script imports it with

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import corpuslib as lib

What it holds, in the order the corpora introduced it:
- reading a source: git, git_show, objects and blobs (one cat-file for many files), clone_or_git_dir (the
  clone given on the command line, else a fresh bare clone: the text corpora), git_dir (a clone in a
  mirrors folder);
- the rendering and matching of article-extraction-benchmark: render (w3m), key (text compared without case
  and punctuation), english (the body test), find_line, headline_top, headline, cut_one_title (from the
  headline to TAIL_LINES past the expected body's last three paragraphs);
- the headline search of newspaper-pages: titles (the page's own titles), body_top, cut_last_paragraphs;
- the sentence cut of wcxb-news: cut_by_sentences (the body's end found by each sentence in order);
- the readability body of htmldate-news: readability_body, cut_readability (body, English test, first
  paragraph, sentence cut);
- the page metadata of chaos-news: LANG, own_url, published, site, sha;
- the choice of news pages of dragnet-news, snacktory-news and crawler-news (load_build, organisation, article_year,
  choose_news: steps 2-9 of their rule) and their writing (write_cuts);
- note: counting what happened to each page for the build's summary.
Every function is the one its corpus introduced, moved here unchanged, so each corpus rebuilds byte for byte
(each README gives its SHA-256).
"""
import hashlib
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

# --- reading a source ---------------------------------------------------------------------------------------


def git(git_dir, *args, stdin=None):
    """git --git-dir DIR ARGS..., its standard output (stdin: bytes fed to it)."""
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True, input=stdin).stdout


def git_show(git_dir, commit, path):
    return git(git_dir, "show", f"{commit}:{path}")


def blobs(git_dir, commit, paths):
    """The contents of paths at commit, in order (one git cat-file --batch for all)."""
    return objects(git_dir, [f"{commit}:{p}" for p in paths])


def objects(git_dir, names):
    """The contents of the git objects named (blob SHAs or COMMIT:PATH), in order, read in one
    `git cat-file --batch` pass; a name git cannot read gives b""."""
    if not names:
        return []
    out = git(git_dir, "cat-file", "--batch", stdin="".join(n + "\n" for n in names).encode("utf-8"))
    found, i = [], 0
    for _ in names:
        j = out.index(b"\n", i)
        head = out[i:j].split()
        if head[-1] == b"missing":  # a path cat-file cannot read (a submodule, a name with a newline)
            found.append(b"")
            i = j + 1
            continue
        size = int(head[2])
        found.append(out[j + 1:j + 1 + size])
        i = j + 1 + size + 1
    return found


def clone_or_git_dir(arg, repo, prefix):
    """The git directory of a clone given on the command line (bare, or a working copy's .git); without one,
    a bare clone of repo made in a new temporary folder named with prefix."""
    if arg:
        return arg if os.path.isdir(os.path.join(arg, "objects")) else os.path.join(arg, ".git")
    tmp = tempfile.mkdtemp(prefix=prefix)
    subprocess.run(["git", "clone", "--bare", "--quiet", repo, tmp], check=True)
    return tmp


def git_dir(mirrors, repo):
    """The git directory of repo under mirrors: <owner>+<name>/repo (a bare mirror), else its .git, else it."""
    base = Path(mirrors) / repo.replace("/", "+")
    for g in (base / "repo", base / ".git", base):
        if (g / "HEAD").exists():
            return str(g)
    raise SystemExit(f"no clone of {repo} in {mirrors}")


def note(notes, how, fid=None):
    """Counts how in notes; names the page on stderr when fid is given (a page left out)."""
    notes[how] = notes.get(how, 0) + 1
    if fid is not None:
        print(f"{fid}: {how}", file=sys.stderr)


# --- rendering and matching (article-extraction-benchmark) ---------------------------------------------------

TAIL_LINES = 20
IMAGE_ONLY = re.compile(r"^\s*\[(https?:)?//[^\]\s]*\]\s*$")
RULE_ONLY = re.compile(r"^\s*[\u2500-\u257f]{20,}\s*$")
ENGLISH = re.compile(r"\b(the|and|of|to|is|in)\b", re.I)
MIN_ENGLISH = 0.05


def stripped_lines(text):
    """A record's text as the JSON Lines corpora keep it: CRLF and CR made LF, each line stripped, blank lines dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def key(s):
    s = unicodedata.normalize("NFKC", html.unescape(s)).lower()
    return re.sub(r"[\W_]+", " ", s).strip()


def headline(page):
    for pattern in (r'<meta[^>]+property="og:title"[^>]+content="([^"]*)"',
                    r'<meta[^>]+content="([^"]*)"[^>]+property="og:title"',
                    r"<h1[^>]*>(.*?)</h1>", r"<title[^>]*>(.*?)</title>"):
        m = re.search(pattern, page, re.S | re.I)
        if m:
            text = re.sub(r"<[^>]+>", " ", m.group(1))
            if key(text):
                return key(text)
    return ""


def render(page_bytes):
    out = subprocess.run(["w3m", "-dump", "-T", "text/html", "-cols", "2000", "-I", "UTF-8", "-O", "UTF-8"],
                         input=page_bytes, check=True, capture_output=True).stdout
    lines = out.decode("utf-8", "replace").split("\n")
    return [l.rstrip() for l in lines if not IMAGE_ONLY.match(l) and not RULE_ONLY.match(l)]


def english(body):
    words = len(body.split())
    return words > 0 and len(ENGLISH.findall(body)) / words >= MIN_ENGLISH


def find_line(lines, wanted, start=0, prefix=60):
    w = key(wanted)[:prefix]
    if not w:
        return -1
    for i in range(start, len(lines)):
        if w in key(lines[i]):
            return i
    return -1


def headline_top(lines, first, title):
    """The line of the headline at or above the body's first line, else 12 lines above it; and how it was found."""
    if title:
        for i in range(first, -1, -1):
            k = key(lines[i])
            if k and (k == title or (len(k) >= 20 and title.startswith(k)) or (len(title) >= 20 and k.startswith(title))):
                return i, "headline"
    return max(0, first - 12), "no headline line: 12 lines above the body"


def finish(lines, top, last):
    """The cut: from line top to TAIL_LINES past line last, runs of blank lines as one."""
    end = min(len(lines), last + 1 + TAIL_LINES)
    text = "\n".join(lines[top:end]).strip("\n") + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def cut_one_title(lines, title, body):
    """From the headline to TAIL_LINES past the body, whose first paragraph and last three are looked for."""
    paras = [p for p in body.split("\n") if key(p)]
    first = find_line(lines, paras[0]) if paras else -1
    if first < 0:
        return None, "body start not found"
    top, how = headline_top(lines, first, title)
    last = first
    for p in paras[-3:]:
        j = find_line(lines, p, last)
        if j >= 0:
            last = j
    return finish(lines, top, last), how


# --- the headline search (newspaper-pages) -------------------------------------------------------------------

META = r'<meta[^>]+(?:property|name)="{0}"[^>]+content="([^"]*)"|<meta[^>]+content="([^"]*)"[^>]+(?:property|name)="{0}"'


def titles(page):
    """The page's own titles, keyed like key, most specific first."""
    found = []
    for pattern in (META.format("og:title"), META.format("twitter:title"), r"<h1[^>]*>(.*?)</h1>",
                    r"<title[^>]*>(.*?)</title>"):
        m = re.search(pattern, page, re.S | re.I)
        if m:
            text = re.sub(r"<[^>]+>", " ", next((g for g in m.groups() if g is not None), ""))
            found.append(text)
            found.extend(re.split(r"\s+[|\u2013\u2014-]\s+", text)[:1])
    out = []
    for t in found:
        k = key(t)
        if k and k not in out:
            out.append(k)
    return out


def body_top(lines, candidates, paras):
    """The line of the body's first paragraph and the top of the cut (the nearest headline line above
    it, else 12 lines above it) with how it was found, or None when the body's start is not found."""
    first = find_line(lines, paras[0]) if paras else -1
    if first < 0 and paras:
        first = find_line(lines, " ".join(paras[0].split()[:5]))
    if first < 0:
        return None
    top, how = max(0, first - 12), "no headline line: 12 lines above the body"
    best = -1
    for title in candidates:
        i, h = headline_top(lines, first, title)
        if h == "headline" and i > best:
            best = i
    if best >= 0:
        top, how = best, "headline"
    return first, top, how


def cut_last_paragraphs(lines, candidates, body):
    """From the headline (body_top) to TAIL_LINES past the last of the body's last three paragraphs found."""
    paras = [p for p in re.split(r"\n\s*\n|\n", body) if key(p)]
    found = body_top(lines, candidates, paras)
    if found is None:
        return None, "body start not found"
    first, top, how = found
    last = first
    for p in paras[-3:]:
        j = find_line(lines, p, last)
        if j >= 0:
            last = j
    return finish(lines, top, last), how


# --- the sentence cut (wcxb-news) ----------------------------------------------------------------------------

# A paragraph shorter than this (as compared) is not used to find the body's end: short lines such as
# "Related" or a subheading can also stand in the page's furniture below the article.
MIN_END_KEY = 25
# Some expected bodies are one paragraph without line breaks: the end is looked for sentence by sentence.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def cut_by_sentences(lines, candidates, body):
    """The cut of cut_last_paragraphs, with the body's end found by every sentence in order.

    The ground truth of WCXB was written with a language model's help and does not always copy the page's
    last paragraphs word for word, nor keep its paragraph breaks, so instead of only the last three
    paragraphs, each sentence of the body, if at least MIN_END_KEY characters long, is looked for after the
    line the previous one was found on; the last line found ends the body.
    """
    paras = [p for p in re.split(r"\n\s*\n|\n", body) if key(p)]
    found = body_top(lines, candidates, paras)
    if found is None:
        return None, "body start not found"
    first, top, how = found
    last = first
    for p in [s for p in paras for s in SENTENCE_END.split(p)][1:]:
        if len(key(p)) < MIN_END_KEY:
            continue
        j = find_line(lines, p, last)
        if j >= 0:
            last = j
    return finish(lines, top, last), how


# --- the readability body (htmldate-news) --------------------------------------------------------------------

# The body's first line is found by its first paragraph of at least this many compared characters, so that
# a short label readability keeps at the top of the content ("Advertisement", a photo credit) does not
# stand for it.
MIN_FIRST_KEY = 40
BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def readability_body(page):
    """The main content readability-lxml finds, one paragraph a line (needs Debian's python3-readability)."""
    import lxml.html
    from readability import Document
    summary = Document(page).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    paras = []
    for el in tree.iter(*BLOCKS):
        if any(p.tag in BLOCKS for p in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        if text:
            paras.append(text)
    return "\n".join(paras)


def cut_readability(raw):
    """The cut of a saved page (bytes) whose body is readability's: (text, how); text is None when the body
    is empty or not English, has no paragraph of MIN_FIRST_KEY to start from, or is not found."""
    page = raw.decode("utf-8", "replace")
    found = readability_body(page)
    if not english(found):
        return None, "readability body empty or not English"
    lines = found.split("\n")
    start = next((i for i, p in enumerate(lines) if len(key(p)) >= MIN_FIRST_KEY), None)
    if start is None:
        return None, "readability body has no paragraph to start from"
    return cut_by_sentences(render(raw), titles(page), "\n".join(lines[start:]))


# --- page metadata (chaos-news) ------------------------------------------------------------------------------

LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z-]+)", re.I)
CANONICAL = re.compile(r"<link[^>]*\brel\s*=\s*[\"']?canonical\b[^>]*>", re.I)
OG_URL = re.compile(r"<meta[^>]*[\"']og:url[\"'][^>]*>", re.I)
HREF = re.compile(r"\b(?:href|content)\s*=\s*[\"']\s*(https?://[^\"'\s]+)", re.I)
DATE_KEYS = (r"(?:article:published_time|og:published_time|datePublished|pubdate|publishdate|publish-date"
             r"|sailthru\.date|dc\.date|dcterms\.created|date)")
ISO = r"(\d{4}[-/]\d\d[-/]\d\d)"
DATES = (
    re.compile(r"<meta[^>]*(?:property|name|itemprop)=[\"']" + DATE_KEYS + r"[\"'][^>]*content=[\"']\s*" + ISO, re.I),
    re.compile(r"<meta[^>]*content=[\"']\s*" + ISO + r"[^\"']*[\"'][^>]*(?:property|name|itemprop)=[\"']" + DATE_KEYS
               + r"[\"']", re.I),
    re.compile(r"[\"']datePublished[\"']\s*:\s*[\"']\s*" + ISO),
    re.compile(r"itemprop=[\"']datePublished[\"'][^>]*(?:content|datetime)=[\"']\s*" + ISO, re.I),
    re.compile(r"<time[^>]*datetime=[\"']\s*" + ISO + r"[^>]*itemprop=[\"']datePublished", re.I),
)


def english_lang(page):
    """Whether the page's <html lang> attribute is English (en, en-US, en-GB, ...)."""
    lang = LANG.search(page)
    return bool(lang) and lang.group(1).lower().startswith("en")


def sha(url):
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def by_url_hash(pages):
    """The pages (tuples whose second item is the URL) in the order of their URLs' SHA-256."""
    return sorted(pages, key=lambda p: sha(p[1]))


def cap_per_group(pages, group, per_group):
    """Groups the pages (tuples whose second item is the URL) by group(page) and keeps, of each group, the per_group
    pages whose URLs have the smallest SHA-256. Returns the number of groups and the pages kept (group by group)."""
    groups = {}
    for p in by_url_hash(pages):
        groups.setdefault(group(p), []).append(p)
    return len(groups), [p for found in groups.values() for p in found[:per_group]]


def site(url):
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def own_url(page):
    """The page's canonical URL, else its og:url (absolute http(s) only), or None."""
    for pattern in (CANONICAL, OG_URL):
        tag = pattern.search(page)
        m = tag and HREF.search(tag.group(0))
        if m and site(m.group(1)):
            return m.group(1)
    return None


def published(page):
    """The page's own machine-readable publication date as YYYY-MM-DD (the first of DATES that matches), or None."""
    for pattern in DATES:
        m = pattern.search(page)
        if m:
            return m.group(1).replace("/", "-")
    return None


# --- the choice and writing of news pages (dragnet-news, snacktory-news, crawler-news) -----------------------

OG_ARTICLE = re.compile(r"<meta[^>]*[\"']og:type[\"'][^>]*content=[\"']\s*article\b"
                        r"|<meta[^>]*content=[\"']\s*article[\"'][^>]*[\"']og:type[\"']", re.I)
PATH_YEAR = re.compile(r"/((?:19|20)\d\d)/")
NEWS_TYPE = "NewsArticle"


def load_build(name):
    """The build.py of the corpus folder name (eval/corpora/<name>/build.py) as a module: fixture-news's for its
    language, url_key, title_key and fingerprint."""
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), Path(__file__).resolve().parent / name
                                                  / "build.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def earlier_fingerprints(*names):
    """The fingerprints of the earlier web corpora's pages: the union of the earlier.txt of the corpus folders named."""
    here = Path(__file__).resolve().parent
    found = set()
    for name in names:
        found |= set((here / name / "earlier.txt").read_text(encoding="ascii").split())
    return found


def organisation(url, news):
    """The news organisation (a value of news: domain -> organisation) of the URL's site, or None: the host is
    a domain of news or under one."""
    host = site(url)
    return next((org for domain, org in news.items() if host == domain or host.endswith("." + domain)), None)


def article_year(page, url):
    """(whether the page says it is an article, the year it gives: its date's, else its URL's, or '')."""
    date = published(page)
    year = PATH_YEAR.search(urlsplit(url).path)
    said = bool(OG_ARTICLE.search(page) or NEWS_TYPE in page or date or year)
    return said, (date[:4] if date else year.group(1) if year else "")


def choose_news(pages, earlier, organisation_of, first_year, per_group, max_pages, notes):
    """Steps 2-9 of the rule of dragnet-news and snacktory-news (counted in notes).

    pages: (source, path, raw bytes) of every candidate HTML file in path order (step 1), source being what the
    caller reads the page from again (a commit); earlier: the fingerprints of step 6; organisation_of(path, url):
    the news organisation of the page, or None (step 4). Steps: 2. declared English or declaring no language
    (fixture-news's language); 3. names its own URL (own_url); 4. of a news organisation; 5. says it is an
    article (article_year) and is not dated before first_year; 6. neither its URL nor its first title has a
    fingerprint in earlier (fixture-news's url_key, title_key, fingerprint); 7. one page per URL and per title,
    the first in path order; 8. at most per_group pages per organisation, 9. at most max_pages pages: those whose
    URLs have the smallest SHA-256. Returns (source, path, url, organisation, year) in path order.
    """
    fn = load_build("fixture-news")
    by_url, titles_seen = {}, set()
    for source, path, raw in pages:
        note(notes, "1 html files")
        page = raw.decode("utf-8", "replace")
        lang = fn.language(page)
        if lang not in ("en", None):
            continue
        note(notes, "2 declared English" if lang else "2 declaring no language")
        url = own_url(page)
        if url is None:
            continue
        note(notes, "3 naming its own URL")
        org = organisation_of(path, url)
        if org is None:
            continue
        note(notes, "4 of a news organisation")
        said, year = article_year(page, url)
        if not said or (year and year < first_year):
            continue
        note(notes, "5 an article, not dated before " + first_year)
        k, title = fn.url_key(url), fn.title_key(page)
        if fn.fingerprint("url", k) in earlier or (title and fn.fingerprint("title", title) in earlier):
            continue
        note(notes, "6 not among the earlier sources' pages")
        if k in by_url or (title and title in titles_seen):
            continue
        note(notes, "7 distinct URLs and titles")
        by_url[k] = (source, url, path, org, year)
        titles_seen.add(title)
    # cap_per_group and by_url_hash read the URL as the second item of each tuple
    notes["8 news organisations"], capped = cap_per_group(by_url.values(), lambda p: p[3], per_group)
    notes["8 pages, at most %d an organisation" % per_group] = len(capped)
    picked = by_url_hash(capped)[:max_pages]
    notes["9 pages chosen"] = len(picked)
    return sorted(((s, p, u, o, y) for s, u, p, o, y in picked), key=lambda t: t[1])


def write_cuts(out_dir, chosen, read, notes):
    """Cuts each chosen page (source, path, url, organisation, year) read with read(source, path) (cut_readability)
    into out_dir/<site>-<first 8 hex digits of the URL's SHA-256>.txt; a page without a cut is counted and
    named on stderr, never replaced. Prints notes, with the years, organisations and sites of the files
    written, as JSON on stderr."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    years, orgs, sites = {}, set(), set()
    for source, path, url, org, year in chosen:
        fid = f"{site(url)}-{sha(url)[:8]}"
        text, how = cut_readability(read(source, path))
        note(notes, how, None if text is not None else fid)
        if text is None:
            continue
        (out / f"{fid}.txt").write_text(text, encoding="utf-8")
        years[year or "none"] = years.get(year or "none", 0) + 1
        orgs.add(org)
        sites.add(site(url))
    notes["years of the files written (date, else URL year)"] = dict(sorted(years.items()))
    notes["news organisations of the files written"] = len(orgs)
    notes["sites (hosts) of the files written"] = len(sites)
    print(json.dumps(notes, indent=1), file=sys.stderr)
