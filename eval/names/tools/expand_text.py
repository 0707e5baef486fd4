#!/usr/bin/env python3
"""Turns a hand-written family spec into the occurrence rows the names scorer reads, from the article
texts alone (no Gazette output): for a BLIND set, labelled before any export of its corpus is looked at.

The spec syntax is eval/names/tools/expand.py's ('family: form | ?form | form@article | form!article',
'neg: familyA familyB | note'; here the article of '@' and '!' may also be a comma-separated list:
'form@a,b' only in those articles, 'form!a,b' everywhere but there), plus directive comments: '#! provinces: fam ...' names the families
that are provinces (or a city and the province of its name); '#! separate after: word ...' and
'#! separate before: word ...' (below); '#! reassign: ARTICLE FORM N FAMILY [optional|required]' gives the Nth match of
FORM in that article (counted in text order among its whole-word matches) to FAMILY instead, with the kind
given or else the kind of the form it matched: for one surname that names two people in one article.

Every occurrence of a listed form in the sampled articles becomes a row, found by exact, case-sensitive
string match on the article's text (a space of a form also matches a no-break space; offsets in UTF-16 code
units, as Gazette's mentions; the surface written is the form as the spec spells it):
- a match must stand as a whole word (no letter, digit, '@' or joining hyphen on either side; a
  possessive 's after it is fine);
- forms are matched longest first and a match inside a longer form's match is not counted again;
- a match joined to another capitalised word (by one space, no punctuation) is left out, since it is then
  part of a longer name the spec does not list (Tehran in "Tehran Times"), unless the word before is a title
  or a function word (TITLES below: "President Hassan Rouhani", "Ayatollah Raisi"), an acronym ("the UN
  Nikki Haley") or a possessive ("Iran's Sistan-Baluchestan"), or the labeller judged the word a separate
  one in context and listed it in a directive '#! separate after: word ...' / '#! separate before: word ...';
- a match after a capitalised word and "of" or "for" is left out too ("Central Bank of Iran");
- followed by "province"/"Province": kept as required for a family of '#! provinces', else optional
  (the city's name used for its province).
Left-out matches are written, with their context, to the review file for the labeller to read (corpus
text: keep it outside the repository).

Families and negatives are split by the seeded hash of expand.py; HELDOUT_PERCENT 100 holds out all.

Usage: expand_text.py SPEC CORPUS_JSONL SAMPLE_IDS OUT_DIR SEED HELDOUT_PERCENT [REVIEW_FILE]
CORPUS_JSONL: the corpus as built by its build.py ({id, text} per line, and `title` and `date` when it has them:
offsets are into the text Gazette composes from them, see composed()).
"""
import collections, hashlib, json, re, sys

TITLES = set("""President President-elect Minister Ministers Foreign Leader Ayatollah General Brigadier Major Lieutenant
Admiral Rear Colonel Ambassador Secretary Secretary-General Chancellor Prime Speaker Spokesman Chief Deputy Mr Mr. Ms Ms.
Mrs Mrs. Dr Dr. Professor Martyr Senator Director Director-General Governor Commander Envoy Judge Gen. Chairman MP CEO
Affairs Head Mayor Imam Hazrat Sheikh Seyed Seyyed
The A An In On At But And As If When While For From To Of By With After Before During Meanwhile However Also Moreover
Furthermore Since According Then So Thus Earlier Last Next This That Both Unlike Like Including Following Against Between
Under Over Today Yesterday Former Although Even Only Now Once Whereas Besides Recently Here There It He She They We
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December""".split())


def utf16(text, i):
    """The offset in UTF-16 code units (Gazette's) of the Python index i: they differ after a character outside
    the Basic Multilingual Plane (an emoji), which is two code units."""
    return i + sum(1 for c in text[:i] if ord(c) > 0xFFFF)


def one_line(value):
    """A title or date field as Gazette's corpus reader writes it: on one line, or None when blank."""
    if not isinstance(value, str):
        return None
    t = re.sub(r"\s+", " ", value.strip())
    return t or None


def composed(rec):
    """The article's raw text as Gazette's corpus reader composes it from a record with the default field names
    (RecordDocument.read): the title line and the date line, each followed by a blank line, when the record has them,
    then the text without its leading line breaks and trailing white space, and a line end. Offsets are into this
    text, as the exported mentions' are."""
    out = ""
    for field in ("title", "date"):
        line = one_line(rec.get(field))
        if line is not None:
            out += line + "\n\n"
    body = rec["text"]
    start, last_break = 0, -1
    while start < len(body) and body[start].isspace():
        if body[start] in "\n\r":
            last_break = start
        start += 1
    return out + body[last_break + 1:].rstrip() + "\n"


def main():
    spec, corpus, sample_file, out, seed, heldout = sys.argv[1:7]
    review = sys.argv[7] if len(sys.argv) > 7 else None
    heldout = int(heldout)
    sample = [l.strip() for l in open(sample_file, encoding="utf-8") if l.strip()]
    wanted = set(sample)
    texts = {}
    for line in open(corpus, encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] in wanted:
            texts[rec["id"]] = composed(rec)
    missing = wanted - texts.keys()
    if missing:
        sys.exit(f"{corpus}: sampled articles not found: {sorted(missing)[:5]}")
    fams, negs, provinces = collections.OrderedDict(), [], set()
    after_ok, before_ok, reassign = set(), set(), {}
    for n, raw in enumerate(open(spec, encoding="utf-8"), 1):
        line = raw.strip()
        if line.startswith("#! provinces:"):
            provinces.update(line.split(":", 1)[1].split())
            continue
        if line.startswith("#! separate after:"):
            after_ok.update(line.split(":", 1)[1].split())
            continue
        if line.startswith("#! separate before:"):
            before_ok.update(line.split(":", 1)[1].split())
            continue
        if line.startswith("#! reassign:"):
            words = line.split(":", 1)[1].split()
            kind = words.pop() if words and words[-1] in ("optional", "required") else None
            if len(words) < 4 or not words[-2].isdigit():
                sys.exit(f"{spec}:{n}: write '#! reassign: ARTICLE FORM N FAMILY [optional|required]'")
            reassign[(words[0], " ".join(words[1:-2]), int(words[-2]))] = (words[-1], kind)
            continue
        if not line or line.startswith("#"):
            continue
        head, sep, rest = line.partition(":")
        if not sep:
            sys.exit(f"{spec}:{n}: no ':' (write 'family: form | form' or 'neg: a b | note')")
        if head == "neg":
            pair, _, note = rest.partition("|")
            names = pair.split()
            if len(names) != 2:
                sys.exit(f"{spec}:{n}: a negative names two families")
            negs.append((names[0], names[1], note.strip()))
            continue
        if head in fams:
            sys.exit(f"{spec}:{n}: family {head} listed twice")
        forms = []
        for f in rest.split("|"):
            f = f.strip()
            if not f:
                continue
            optional = f.startswith("?")
            f = f.lstrip("?")
            if "!" in f:
                form, _, art = f.partition("!")
                forms.append((form, "!" + art, optional))
            else:
                form, _, art = f.partition("@")
                forms.append((form, art or None, optional))
        fams[head] = forms
    for a, b, _ in negs:
        for f in (a, b):
            if f not in fams:
                sys.exit(f"{spec}: negative names unknown family {f}")
    for (_, _, _), (fam, _) in reassign.items():
        if fam not in fams:
            sys.exit(f"{spec}: '#! reassign' names unknown family {fam}")
    for p in provinces:
        if p not in fams:
            sys.exit(f"{spec}: '#! provinces' names unknown family {p}")
    parent = {f: f for f in fams}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x
    for a, b, _ in negs:
        parent[find(a)] = find(b)

    def split_of(fam):
        h = hashlib.sha256(f"{seed}:{find(fam)}".encode()).digest()
        return "heldout" if int.from_bytes(h[:4], "big") % 100 < heldout else "tune"

    entries = sorted(((form, fam, art, opt) for fam, forms in fams.items() for form, art, opt in forms),
                     key=lambda e: (-len(e[0]), e[0]))
    rows, left_out, seen, nth, used = [], [], collections.Counter(), collections.Counter(), set()
    for aid in sample:
        text = texts[aid]
        claimed = []
        for form, fam, art, opt in entries:
            if art is not None and (aid in art[1:].split(",") if art.startswith("!") else aid not in art.split(",")):
                continue
            for m in re.finditer(re.escape(form).replace(r"\ ", "[ \u00a0]"), text):
                s, e = m.start(), m.end()
                before = text[s - 1] if s else " "
                after = text[e] if e < len(text) else " "
                after2 = text[e + 1] if e + 1 < len(text) else " "
                if before.isalnum() or before in "@_" or (before == "-" and s > 1 and text[s - 2].isalnum()):
                    continue
                if after.isalnum() or after == "_" or (after == "-" and after2.isalnum()):
                    continue
                if after in "’'" and after2.isalpha() and after2 != "s":
                    continue
                if any(s < ce and cs < e for cs, ce in claimed):
                    continue
                claimed.append((s, e))
                nth[(aid, form)] += 1
                key = (aid, form, nth[(aid, form)])
                if key in reassign:
                    used.add(key)
                kind = "optional" if opt else "required"
                pm = re.search(r"(\S+)[ \u00a0]$", text[max(0, s - 60):s])
                prev_word = pm.group(1) if pm else ""
                nm = re.match(r"[ \u00a0](\S+)", text[e:e + 60])
                next_word = nm.group(1) if nm else ""
                bare_next = next_word.rstrip(".,;:!?)”\"'’")
                reason = None
                if (prev_word[:1].isupper() and prev_word[-1:].isalnum() and prev_word not in TITLES
                        and prev_word not in after_ok and not prev_word.isupper()
                        and not re.search(r"[’']s$", prev_word)):
                    reason = f"after '{prev_word}'"
                cm = re.search(r"(\S+)\s(of|of\sthe|for|for\sthe)\s$", text[max(0, s - 80):s])
                if (cm and cm.group(1)[:1].isupper() and cm.group(1)[-1:].isalnum() and cm.group(1) not in TITLES
                        and cm.group(1) not in after_ok and not cm.group(1).isupper()):
                    reason = f"after '{cm.group(1)} {cm.group(2)}'"
                if bare_next in ("province", "Province", "Provinces"):
                    if fam not in provinces:
                        kind = "optional"
                elif (next_word[:1].isupper() and bare_next not in before_ok
                        and not (next_word.isupper() and "/" in next_word)):
                    reason = f"before '{next_word}'"
                if reason:
                    left_out.append((aid, s, e, form, fam, reason, text[max(0, s - 60):e + 60].replace("\n", " ")))
                    continue
                fam_here, kind_here = reassign.get(key, (fam, None))
                rows.append((fam_here, split_of(fam_here), kind_here or kind, form, aid, utf16(text, s), utf16(text, e)))
                seen[(fam_here, form)] += 1
    for key in reassign.keys() - used:
        sys.exit(f"{spec}: '#! reassign: {key[0]} {key[1]} {key[2]}': no such match")
    rows.sort(key=lambda r: (r[0], r[4], r[5]))
    with open(f"{out}/families.tsv", "w", encoding="utf-8", newline="") as w:
        w.write("family\tsplit\tkind\tsurface\tarticle_id\tstart\tend\n")
        for r in rows:
            w.write("\t".join(map(str, r)) + "\n")
    with open(f"{out}/negatives.tsv", "w", encoding="utf-8", newline="") as w:
        w.write("family_a\tfamily_b\tsplit\tnote\n")
        for a, b, note in negs:
            w.write(f"{a}\t{b}\t{split_of(a)}\t{note}\n")
    if review:
        with open(review, "w", encoding="utf-8") as w:
            for r in left_out:
                w.write("\t".join(map(str, r)) + "\n")
    unseen = [f"{fam}: {form}" for fam, forms in fams.items() for form, _, _ in forms if not seen[(fam, form)]]
    empty = [fam for fam in fams if not any(seen[(fam, form)] for form, _, _ in fams[fam])]
    print(f"{len(rows)} occurrences, {len(fams) - len(empty)} families with occurrences, {len(negs)} negatives,"
          f" {len(left_out)} matches left out")
    print("forms not in the sample:", unseen)
    print("families without occurrences:", empty)


if __name__ == "__main__":
    main()
