package dev.gazette.model.parse;

import dev.gazette.model.Article;
import dev.gazette.model.Attribution;
import dev.gazette.model.Block;
import dev.gazette.model.Dateline;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Paragraph;
import dev.gazette.model.PublishedDate;
import dev.gazette.model.SetAsideLine;
import dev.gazette.model.SetAsideLine.Reason;
import dev.gazette.model.Span;
import dev.gazette.model.io.RawDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a decoded document into an {@link Article}. Driven by the patterns of a
 * {@link ParserConfig} and by a corpus-level {@link RecurringLines} signal, not by any
 * particular site's wording. Stateless and thread-safe.
 *
 * <p>Steps: classify each line (blank, date, attribution, stray, boilerplate, recurring,
 * content); find the header (site lines, title, dek) among the content lines before the
 * first prose line; group the remaining content lines into paragraphs, joining lines broken
 * inside a sentence and hard-wrapped text; mark section headings; read the dateline that
 * opens the first paragraph.
 */
public final class ArticleParser {

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of",
            "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "per", "into", "over",
            "amid", "than", "up", "is", "its", "s");

    /** A line ending in an abbreviation such as "U.S." or "U.K.", whose last period ends no sentence. */
    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:(?:\\p{L}\\.){2,}|(?:" + String.join("|", PatternFile.plain(PatternFile.resourceLines(
                    "headline-abbreviations.txt"))) + ")\\.)[\"'”’)]*$");

    private enum Kind { BLANK, DATE, ATTRIBUTION, STRAY, BOILERPLATE, RECURRING, CONTENT }

    /** One physical line with what it was classified as. */
    private record Line(int number, int start, int end, String text, Kind kind, String detail) {
        boolean content() {
            return kind == Kind.CONTENT;
        }
    }

    /** Separates words for the title-case ratio. */
    private static final java.util.regex.Pattern WORD_SEPARATOR = java.util.regex.Pattern.compile("[\\s/]+");
    /** Punctuation around a word. */
    private static final java.util.regex.Pattern EDGE_PUNCTUATION =
            java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** Spaces of any width, no-break ones among them: a byline may hold "By\u00A0Jane Roe". */
    private static final java.util.regex.Pattern HORIZONTAL_SPACE = java.util.regex.Pattern.compile("\\h+");

    /** Bylines: a line naming the author is metadata, never the title ({@code bylines.txt}). */
    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
            String.join("|", PatternFile.plain(PatternFile.resourceLines("bylines.txt"))),
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static final LineShape SHAPES = LineShape.defaults();

    /** Articles start captions and headlines as often as continuations: at a line start they show nothing. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Words at a line end or start that show a sentence running on: {@code continuation-words.txt}. */
    private static final Set<String> CONTINUATION =
            Set.copyOf(PatternFile.plain(PatternFile.resourceLines("continuation-words.txt")));

    private final ParserConfig config;
    private final PatternSet attributions;
    private final PatternSet stray;
    private final PatternSet boilerplate;

    public ArticleParser(ParserConfig config) {
        this.config = config;
        this.attributions = new PatternSet(config.attributions());
        this.stray = new PatternSet(config.stray());
        this.boilerplate = new PatternSet(config.boilerplate());
    }

    /** Parses {@code doc} without corpus knowledge (no recurring-line signal). */
    public Article parse(RawDocument doc) {
        return parse(doc, null);
    }

    /** Parses {@code doc}; {@code recurring} may be {@code null}. */
    public Article parse(RawDocument doc, RecurringLines recurring) {
        String raw = doc.text();
        LineIndex index = LineIndex.of(raw);
        List<Line> lines = classify(raw, index, recurring, doc.titleLine());

        List<SetAsideLine> setAside = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        PublishedDate published = null;
        for (Line l : lines) {
            switch (l.kind()) {
                case DATE -> {
                    if (published == null) {
                        DateLineParser.Parsed p = config.dates().parse(l.text()).orElseThrow();
                        published = new PublishedDate(p.date(), p.time(), p.text(), l.number());
                    } else {
                        setAside.add(aside(l, Reason.DATE, "date line"));
                    }
                }
                case ATTRIBUTION -> {
                    setAside.add(aside(l, Reason.ATTRIBUTION, l.detail()));
                    attributions.add(attribution(l));
                }
                case STRAY -> setAside.add(aside(l, Reason.STRAY, l.detail()));
                case BOILERPLATE -> setAside.add(aside(l, Reason.BOILERPLATE, l.detail()));
                case RECURRING -> setAside.add(aside(l, Reason.RECURRING, l.detail()));
                default -> {
                }
            }
        }

        // Header: title-like content lines before the first prose line.
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).content()) {
                content.add(i);
            }
        }
        List<Integer> candidates = new ArrayList<>();
        int firstProse = -1;
        for (int k = 0; k < content.size() && k < 8; k++) {
            Line l = lines.get(content.get(k));
            boolean afterDate = published != null && l.number() > published.line() && !candidates.isEmpty();
            // A first line right above the date line is a headline even in lower case ("bank of england announces ...").
            boolean aboveDate = k == 0 && published != null && published.line() > l.number()
                    && onlyBlankBetween(lines, l.number(), published.line()) && !endsSentence(l.text());
            // The first line is the headline when the page printed it twice on one line, or when it stands alone
            // under a label ("BREAKING: Storm closes harbour road") in sentence case: then it is the title itself.
            if (k == 0 && content.size() > 1 && !afterDate && !runsOn(lines, l)
                    && (doubledHalf(l.text()) > 0
                    || (standsAlone(lines, l) || shortLineUnder(lines, l)) && labelledHeadline(l.text())
                    || standsAlone(lines, l) && (columnName(l.text()) || longHeadline(l.text())
                    && (listUnder(lines, l) || titleCaseRatio(l.text()) >= LONG_HEADLINE_TITLE_CASE)))) {
                candidates.add(k);
                firstProse = k + 1;
                break;
            }
            if (!afterDate && !runsOn(lines, l) && !wrappedBlockLine(lines, l)
                    && (isTitleLike(headlineOf(l.text())) && (k == 0 || !longSentence(l.text())) || aboveDate
                    || k == 0 && content.size() > 1 && standsAlone(lines, l)
                    && (endsInQuotedSentence(l.text()) || questionHeadline(l.text())))
                    && datelineMatch(l.text()).map(m -> headlineAfter(l.text(), m)).orElse(true)) {
                candidates.add(k);
            } else if (k == 0 && content.size() > 1 && doc.titleLine() == 0 && l.number() == 1 && headerBlockUnder(lines, l)) {
                // a plain file's first line over its header block (a byline or date line under a few short lines) is
                // the headline even when it ends in a full stop or reads as a sentence
                candidates.add(k);
                firstProse = k + 1;
                break;
            } else {
                firstProse = k;
                break;
            }
        }
        if (firstProse < 0) {
            // No prose among the first lines: only the first line can be a title, and only with a body
            // or a date line under it.
            boolean dated = published != null && !content.isEmpty()
                    && published.line() > lines.get(content.get(0)).number();
            candidates = !candidates.isEmpty() && (content.size() > 1 || dated) ? List.of(0) : List.of();
        }
        Block title = null;
        Block dek = null;
        int bodyFrom = 0; // index into content
        if (!candidates.isEmpty()) {
            // The title is the last candidate, unless a byline or date-stamped credit stands between it and the
            // headline (the headline is the candidate above the first such line), or it is a credit line of fewer
            // than four words ("Zac Hall", "@apollozac"; the headline is the first candidate of four words or more).
            int pos = candidates.size() - 1;
            for (int q = 1; q < candidates.size(); q++) {
                if (notTitle(lines.get(content.get(candidates.get(q))).text())) {
                    pos = q - 1;
                    break;
                }
            }
            if (wordCount(lines.get(content.get(candidates.get(pos))).text()) < 4) {
                for (int q = 0; q < pos; q++) {
                    if (wordCount(lines.get(content.get(candidates.get(q))).text()) >= 4) {
                        pos = q;
                        break;
                    }
                }
            }
            // The input's title field is the headline: among the candidates, it is the title, never a site header.
            for (int q = 0; q < pos; q++) {
                if (lines.get(content.get(candidates.get(q))).number() == doc.titleLine()) {
                    pos = q;
                    break;
                }
            }
            int titleK = candidates.get(pos);
            int dekK = -1;
            if (pos >= 1) {
                int prevK = candidates.get(pos - 1);
                Line prev = lines.get(content.get(prevK));
                Line last = lines.get(content.get(titleK));
                boolean adjacent = last.number() == prev.number() + 1;
                boolean titleThenSubtitle = titleCaseRatio(prev.text()) >= 0.7 && titleCaseRatio(last.text()) < 0.5
                        && wordCount(last.text()) >= 5;
                if (adjacent || titleThenSubtitle) {
                    dekK = titleK;
                    titleK = prevK;
                }
            }
            // A plain file opens with its headline: a first line that reads as one (four words or more, no full stop
            // at its end, not a byline or a date) is the title, never a site header above a credit or a caption.
            Line opening = lines.get(content.get(candidates.get(0)));
            if (titleK != candidates.get(0) && doc.titleLine() == 0 && opening.number() == 1
                    && headlineShaped(opening.text())) {
                titleK = candidates.get(0);
                dekK = -1;
            }
            final int chosen = titleK;
            candidates = candidates.stream().filter(c -> c <= chosen).toList();
            for (int c : candidates) {
                if (c < titleK) {
                    setAside.add(aside(lines.get(content.get(c)), Reason.SITE_HEADER, "short line above the title"));
                }
            }
            title = block(lines.get(content.get(titleK)), raw);
            String headline = headlineOf(title.text());
            if (headline.length() < title.text().length()) {
                title = new Block(headline, title.line(), title.start(), title.start() + headline.length());
            }
            int half = doubledHalf(title.text());
            if (half > 0) {
                title = new Block(title.text().substring(0, half).strip(), title.line(), title.start(),
                        title.start() + title.text().substring(0, half).stripTrailing().length());
            }
            bodyFrom = (dekK >= 0 ? dekK : titleK) + 1;
            if (dekK >= 0) {
                dek = block(lines.get(content.get(dekK)), raw);
            } else if (bodyFrom < content.size() - 1) {
                Line p = lines.get(content.get(bodyFrom));
                Line next = lines.get(content.get(bodyFrom + 1));
                boolean nextOpensWithDateline = datelineMatch(next.text()).isPresent();
                boolean dateBetween = published != null && published.line() > p.number()
                        && published.line() < next.number();
                if ((nextOpensWithDateline || dateBetween) && wordCount(p.text()) <= 50
                        && datelineMatch(p.text()).isEmpty()) {
                    dek = block(p, raw);
                    bodyFrom++;
                }
            }
        }

        List<Line> body = new ArrayList<>();
        for (int k = bodyFrom; k < content.size(); k++) {
            body.add(lines.get(content.get(k)));
        }
        int wrapWidth = wrapWidth(body);
        List<List<Line>> groups = paragraphs(body, wrapWidth > 0);

        List<Paragraph> paragraphs = new ArrayList<>();
        List<Block> headings = new ArrayList<>();
        Dateline dateline = null;
        for (int g = 0; g < groups.size(); g++) {
            List<Line> group = groups.get(g);
            Line only = group.get(0);
            boolean last = g == groups.size() - 1;
            if (group.size() == 1 && !last && isHeading(only.text()) && !SHAPES.isStructured(only.text())
                    && !paragraphs.isEmpty()) {
                headings.add(block(only, raw));
                continue;
            }
            List<Span> pieces = new ArrayList<>();
            for (Line l : group) {
                pieces.add(trimmed(raw, l.start(), l.end()));
            }
            if (paragraphs.isEmpty() && dateline == null) {
                Span first = pieces.get(0);
                Optional<Matcher> m = datelineMatch(raw.substring(first.start(), first.end()));
                if (m.isPresent()) {
                    dateline = dateline(m.get(), only, first.start());
                    pieces.set(0, new Span(dateline.end(), first.end()));
                    if (pieces.get(0).length() == 0) {
                        pieces.remove(0);
                    }
                    if (pieces.isEmpty()) {
                        continue;
                    }
                }
            }
            paragraphs.add(paragraph(paragraphs.size(), pieces, raw, index));
        }

        if (published == null) {
            published = headerDate(lines, dek, config.pageControls());
        }
        String publisher = publisher(dateline, attributions);
        String originalSource = attributions.stream().filter(a -> a.field().equals("original_source"))
                .map(Attribution::value).findFirst().orElse(null);
        setAside.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Article(doc.id(), doc.source(), doc.sha256(), doc.encoding(), title, dek, dateline, published,
                publisher, originalSource, paragraphs, headings, setAside, attributions, wrapWidth, raw);
    }

    /** The most non-blank lines at the top of an article read for a header date (menus may come first). */
    private static final int HEADER_LINES = 60;
    /** The prose lines a header date may come after: a photo caption above the byline, then the first paragraph. */
    private static final int HEADER_PROSE_LINES = 2;
    /** The most lines read under the first line of prose (the caption's credit, then the byline). */
    private static final int HEADER_AFTER_PROSE = 4;

    /**
     * With no date line: the one full date of a short headline, byline, credit or stamp line above the body, or a
     * date opening the first paragraph as its dateline ({@link HeaderDates}). The header ends at the second line of
     * prose (the first may be a photo caption; the standfirst does not count; a byline right under it is still read,
     * {@link #bylineUnder}), at a sentence under the first one, or after {@link #HEADER_LINES} non-blank lines. A line
     * that is a page's button or tab ({@link PageControls}: "• Share", "• Tweet this") is neither credit nor text and is passed over. A headline, byline or stamp line that ends with a
     * publication or update stamp ("... Politics news, Updated Nov 06, 2012 at 10:45pm IST") gives that stamp's date
     * ({@link HeaderDates#ofStampEnding}). The line stays where it is (title, body text or set aside as before); only
     * the publication date is read from it.
     */
    private static PublishedDate headerDate(List<Line> lines, Block dek, java.util.Set<String> controls) {
        int seen = 0;
        int prose = 0;
        int afterProse = 0;
        String lastProse = null;
        for (int i = 0; i < lines.size() && seen < HEADER_LINES && prose < HEADER_PROSE_LINES; i++) {
            Line l = lines.get(i);
            String t = l.text().strip();
            if (l.kind() == Kind.BLANK) {
                continue;
            }
            seen++;
            if (l.content() && prose(t)) {
                // Only the first paragraph's opening is a dateline; a later one opening with a date is a timeline's entry.
                Optional<java.time.LocalDate> d = prose == 0 ? HeaderDates.ofOpening(t) : Optional.empty();
                if (d.isPresent()) {
                    return new PublishedDate(d.get(), null, t, l.number());
                }
                if ((dek == null || l.number() != dek.line()) && !repeats(t, lastProse)) {
                    prose++; // a caption printed twice (for the screen and for screen readers) counts once
                }
                lastProse = t;
                if (prose == HEADER_PROSE_LINES) {
                    return bylineUnder(lines, i + 1, controls);
                }
                continue;
            }
            if (PageControls.isControl(t, controls)) {
                continue; // a share, mail or print button, a gallery's tab: neither credit nor text
            }
            // a line with no letter or digit (an empty bullet of a share widget, "•") is neither credit nor text
            if (prose > 0 && (l.content() && endsSentence(t)
                    || t.codePoints().anyMatch(Character::isLetterOrDigit) && ++afterProse > HEADER_AFTER_PROSE)) {
                break; // under a paragraph, only credit lines may follow it (it was a caption): body text ends the header
            }
            // A bulleted stamp ("• Sept. 19, 2016") or a byline spaced like columns is read; a row of a table of dates is not.
            if (!(LineShape.isTableRow(t) && datedNeighbour(lines, i))) {
                Optional<java.time.LocalDate> d = HeaderDates.ofHeaderLine(t).or(() -> HeaderDates.ofStampEnding(t));
                if (d.isPresent()) {
                    return new PublishedDate(d.get(), null, t, l.number());
                }
            }
        }
        return null;
    }

    /** A byline's opening: "By" and a capitalised name ("By Jane Roe | Harbour News | 17 Mar 15"). */
    private static final java.util.regex.Pattern BYLINE_OPENING = java.util.regex.Pattern.compile("^[Bb][Yy]\\h+\\p{Lu}");

    /**
     * The date of a byline right under the header's second paragraph of prose (a standfirst of two paragraphs, then
     * "By Jane Roe | Harbour News | 17 Mar 15"): the first line below it that is not blank and no page control, when
     * it opens with "By" and a name and is a dated header line; {@code null} otherwise.
     */
    private static PublishedDate bylineUnder(List<Line> lines, int from, java.util.Set<String> controls) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text().strip();
            if (l.kind() == Kind.BLANK || PageControls.isControl(t, controls)) {
                continue;
            }
            if (!BYLINE_OPENING.matcher(t).find()) {
                return null;
            }
            Optional<java.time.LocalDate> d = HeaderDates.ofHeaderLine(t);
            return d.isPresent() ? new PublishedDate(d.get(), null, t, l.number()) : null;
        }
        return null;
    }

    /**
     * The line repeats the prose line above it: printed twice, perhaps the second time with the photo's credit run on
     * after it ("... in a doorway.Credit...Jane Roe/Agency").
     */
    static boolean repeats(String line, String above) {
        return above != null && line.startsWith(above);
    }

    /** The nearest non-blank line above or below line index {@code i} holds a full date too: rows of a table of dates. */
    private static boolean datedNeighbour(List<Line> lines, int i) {
        for (int step : new int[] {-1, 1}) {
            int j = i + step;
            while (j >= 0 && j < lines.size() && lines.get(j).kind() == Kind.BLANK) {
                j += step;
            }
            if (j >= 0 && j < lines.size() && !HeaderDates.dates(lines.get(j).text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A line of running text: a sentence of fifteen words or more, or thirty words. */
    private static boolean prose(String t) {
        int words = wordCount(t);
        return words >= 15 && endsSentence(t) || words >= 30;
    }

    /**
     * Classifies every line. {@code titleLine} is the line that holds the input's title field (0: none): it is the
     * record's own headline, so it is content (or the date, when it is one) and never set aside, whatever it reads
     * like ("Video: ...").
     */
    private List<Line> classify(String raw, LineIndex index, RecurringLines recurring, int titleLine) {
        List<Line> out = new ArrayList<>(index.lineCount());
        boolean[] code = CodeLines.of(raw);
        for (int n = 1; n <= index.lineCount(); n++) {
            int start = index.lineStart(n);
            int end = index.lineEnd(n);
            String text = raw.substring(start, end);
            String t = text.strip();
            Kind kind = Kind.CONTENT;
            String detail = "";
            if (t.isEmpty()) {
                kind = Kind.BLANK;
            } else if (config.dates().parse(t).isPresent()) {
                kind = Kind.DATE;
            } else if (n == titleLine) {
                kind = Kind.CONTENT;
            } else if ((detail = firstMatch(attributions, t)) != null && !boxCredit(out, t)) {
                kind = Kind.ATTRIBUTION;
            } else if (!code[n] && (detail = firstMatch(stray, t)) != null) {
                kind = Kind.STRAY;
            } else if ((detail = firstMatch(boilerplate, t)) != null
                    && (recurs(recurring, t) || !ownText(raw, index, n, t, detail))) {
                kind = Kind.BOILERPLATE;
            } else if (recurring != null && recurring.articles() >= config.recurringMinArticles()
                    && !continuesSentence(out, t) && !opensByline(t, nextText(raw, index, n))) {
                detail = "";
                int seen = recurring.articlesWith(t);
                if (seen >= recurringThreshold(recurring)) {
                    kind = Kind.RECURRING;
                    detail = "in " + seen + " articles";
                }
            } else {
                detail = "";
            }
            out.add(new Line(n, start, end, text, kind, detail == null ? "" : detail));
        }
        keepSectionNumbers(out);
        keepSectionDividers(out);
        return out;
    }

    /** The fewest words of a paragraph of prose on each side of an author's section divider. */
    private static final int MIN_DIVIDED_PROSE_WORDS = 8;

    /**
     * A divider line ({@code stray.tsv}'s kind "divider": "§", "~~~", "* * *") with a blank line on each side, between a
     * paragraph of prose that ends a sentence above and one of prose below, or a short heading over one
     * ({@link #headsProse}; each {@link #MIN_DIVIDED_PROSE_WORDS} words or more), is an author's section break: part of the article, not a scraper's stray symbols.
     */
    private static void keepSectionDividers(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() != Kind.STRAY || !"divider".equals(l.detail())) {
                continue;
            }
            int above = i - 1;
            while (above >= 0 && lines.get(above).kind() == Kind.BLANK) {
                above--;
            }
            int below = i + 1;
            while (below < lines.size() && lines.get(below).kind() == Kind.BLANK) {
                below++;
            }
            if (above < 0 || below >= lines.size() || above == i - 1 || below == i + 1) {
                continue;
            }
            Line up = lines.get(above);
            Line down = lines.get(below);
            if (up.content() && down.content() && endsSentence(up.text().strip())
                    && wordCount(up.text()) >= MIN_DIVIDED_PROSE_WORDS
                    && (wordCount(down.text()) >= MIN_DIVIDED_PROSE_WORDS || headsProse(lines, below))) {
                lines.set(i, new Line(l.number(), l.start(), l.end(), l.text(), Kind.CONTENT, ""));
            }
        }
    }

    /**
     * Whether the content line at {@code i} is a short heading of an entry (a live blog's time "8:05 p.m.", a section's
     * title: {@link #MAX_SECTION_HEADING_WORDS} words or fewer) standing alone over a paragraph of prose of
     * {@link #MIN_DIVIDED_PROSE_WORDS} words or more, with a blank line between.
     */
    private static boolean headsProse(List<Line> lines, int i) {
        if (wordCount(lines.get(i).text()) > MAX_SECTION_HEADING_WORDS || i + 1 >= lines.size()
                || lines.get(i + 1).kind() != Kind.BLANK) {
            return false;
        }
        int next = i + 1;
        while (next < lines.size() && lines.get(next).kind() == Kind.BLANK) {
            next++;
        }
        return next < lines.size() && lines.get(next).content()
                && wordCount(lines.get(next).text()) >= MIN_DIVIDED_PROSE_WORDS;
    }

    /** The largest number a lone section number is read as. */
    private static final int MAX_SECTION_NUMBER = 99;
    /** The most words of the heading a section number stands over. */
    private static final int MAX_SECTION_HEADING_WORDS = 8;

    /**
     * Lone numbers that number the article's own sections are its text, not a scraper's counter: a number line
     * (1 to 99) standing over a short heading ("2" then "Football"), when the number before or after it in the
     * count stands over a heading too. A lone counter ("0" over an identifier, "15" over "Comments") has no
     * such neighbour in the count.
     */
    private static void keepSectionNumbers(List<Line> lines) {
        java.util.Map<Integer, Integer> overHeading = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> overNote = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text().strip();
            if (l.kind() != Kind.STRAY || !"number".equals(l.detail()) || !t.matches("\\d{1,3}")) {
                continue;
            }
            int value = Integer.parseInt(t);
            int j = i + 1;
            while (j < lines.size() && lines.get(j).kind() == Kind.BLANK) {
                j++;
            }
            if (value < 1 || j >= lines.size() || !lines.get(j).content()) {
                continue;
            }
            String below = lines.get(j).text();
            if (value <= MAX_SECTION_NUMBER && isTitleLike(below) && wordCount(below) <= MAX_SECTION_HEADING_WORDS
                    && !endsSentence(below)) {
                overHeading.putIfAbsent(value, i);
            } else if (value <= MAX_NOTE_NUMBER && note(below)) {
                overNote.putIfAbsent(value, i);
            }
        }
        keepCounted(lines, overHeading);
        keepCounted(lines, overNote);
    }

    /** The largest number a note of a numbered notes list is read as. */
    private static final int MAX_NOTE_NUMBER = 999;
    /** The fewest words of a note that does not end a sentence (a reference: authors, title, pages). */
    private static final int MIN_NOTE_WORDS = 6;

    /**
     * A line that reads as a note of a notes list: a sentence, or a reference of several words ("Roe, J., A
     * history of ports (2019), 12-40"), not a short label nor a headline in title case (the numbers of a ranked list
     * of related stories stay stray lines).
     */
    private static boolean note(String text) {
        int words = wordCount(text);
        return (words >= MIN_NOTE_WORDS || words >= 2 && endsSentence(text)) && titleCaseRatio(text) < NOTE_MAX_TITLE_CASE;
    }

    /** The share of capitalised words from which a line reads as a headline (a ranked list of related stories), not a note. */
    private static final double NOTE_MAX_TITLE_CASE = 0.7;

    /**
     * Keeps the numbers of a count: each number line of {@code byValue} whose number before or after in the count
     * stands the same way (over a heading, or over a note: a numbered notes or references list, "1" / "Roe, A
     * History of Ports, 2019." / "2" / "Ibid., page 12."). A lone counter has no such neighbour.
     */
    private static void keepCounted(List<Line> lines, java.util.Map<Integer, Integer> byValue) {
        byValue.forEach((value, i) -> {
            if (byValue.containsKey(value - 1) || byValue.containsKey(value + 1)) {
                Line l = lines.get(i);
                lines.set(i, new Line(l.number(), l.start(), l.end(), l.text(), Kind.CONTENT, ""));
            }
        });
    }

    /** The number of articles a short line must be found in to be taken for a line the source repeats. */
    private int recurringThreshold(RecurringLines recurring) {
        return Math.max(config.recurringMinArticles(), (int) Math.ceil(recurring.articles() * config.recurringMinShare()));
    }

    /** The line recurs across the articles of the corpus: the evidence that it is the source's, not the article's. */
    private boolean recurs(RecurringLines recurring, String t) {
        return recurring != null && recurring.articles() >= config.recurringMinArticles()
                && recurring.articlesWith(t) >= recurringThreshold(recurring);
    }

    /**
     * A line a boilerplate pattern matched that is the article's own text all the same (unless it recurs across
     * articles, checked by the caller): a line in quotation marks (someone's words: a quoted notice, a slogan
     * chanted), or a navigation label followed by text ("Category: ...", "Video: ...") standing in the middle of
     * running body text (no blank line above or below it, prose among the two lines on each side), where it is
     * part of what the article quotes or tells (an embedded post) rather than a menu. A credit standing apart
     * between blank lines ("Photo: Agency name" under a caption) and bare furniture words (a lone "Advertisement"
     * between two paragraphs) are not affected: they interrupt body text by nature.
     */
    private static boolean ownText(String raw, LineIndex index, int n, String t, String category) {
        if (quoted(raw, index, n, t)) {
            return true;
        }
        return "navigation".equals(category) && labelWithText(t) && n > 1 && n < index.lineCount()
                && !blank(raw, index, n - 1) && !blank(raw, index, n + 1)
                && proseNear(raw, index, n, -1) && proseNear(raw, index, n, 1);
    }

    private static boolean blank(String raw, LineIndex index, int n) {
        return raw.substring(index.lineStart(n), index.lineEnd(n)).isBlank();
    }

    /** Opening quotation marks: a line starting with one is quoted. */
    private static final String OPENING_QUOTES = "\"“„«‘‚‹";

    /**
     * The line opens with a quotation mark, or a quotation or a parenthesis opened on the line just above (no blank
     * line between) is still open at its end: the line carries on that quotation or that bracketed credit ("(" /
     * "Image:" / "Agency)", a caption's credit broken over lines), it is not furniture of its own.
     */
    private static boolean quoted(String raw, LineIndex index, int n, String t) {
        if (OPENING_QUOTES.indexOf(t.charAt(0)) >= 0) {
            return true;
        }
        if (n <= 1) {
            return false;
        }
        String above = raw.substring(index.lineStart(n - 1), index.lineEnd(n - 1));
        int open = 0;
        int straight = 0;
        int brackets = 0;
        for (int i = 0; i < above.length(); i++) {
            char c = above.charAt(i);
            if (c == '(') {
                brackets++;
            } else if (c == ')') {
                brackets = Math.max(0, brackets - 1);
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1 || brackets > 0;
    }

    /** A label, a colon and text after it ("Category: Incident", "Video: Storm hits the coast"). */
    private static boolean labelWithText(String t) {
        int colon = t.indexOf(':');
        return colon > 0 && hasLetter(t.substring(colon + 1));
    }

    /** Among the two nearest non-blank lines above ({@code step} -1) or below (+1) line {@code n}, one is prose. */
    private static boolean proseNear(String raw, LineIndex index, int n, int step) {
        int seen = 0;
        for (int m = n + step; m >= 1 && m <= index.lineCount() && seen < 2; m += step) {
            String t = raw.substring(index.lineStart(m), index.lineEnd(m)).strip();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (prose(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyBlankBetween(List<Line> lines, int fromLine, int toLine) {
        for (int n = fromLine + 1; n < toLine; n++) {
            if (lines.get(n - 1).kind() != Kind.BLANK) {
                return false;
            }
        }
        return true;
    }

    /** The next line is content continuing the sentence: it starts in lower case or with a digit. */
    private static boolean runsOn(List<Line> lines, Line l) {
        if (l.number() >= lines.size()) {
            return false;
        }
        Line next = lines.get(l.number());
        return next.content() && !endsSentence(l.text()) && startsLowerCase(next.text())
                && !HOST_NAME_LINE.matcher(next.text().strip()).matches();
    }

    /**
     * A line that is only a host name in lower case ("www.example.com", "jane.newsletter.example"), as a newsletter
     * platform prints its site under the headline: it starts in lower case, but continues no sentence.
     */
    private static final Pattern HOST_NAME_LINE = Pattern.compile("[a-z0-9][a-z0-9-]*+(?:\\.[a-z0-9-]++)++");

    /**
     * The line opens or sits inside a block of three or more content lines of about the same,
     * prose-like length (40 characters or more): hard-wrapped prose, not a title.
     */
    private static boolean wrappedBlockLine(List<Line> lines, Line l) {
        int from = l.number() - 1;
        int to = from;
        while (from > 0 && lines.get(from - 1).content()) {
            from--;
        }
        while (to + 1 < lines.size() && lines.get(to + 1).content()) {
            to++;
        }
        if (to - from + 1 < 3) {
            return false;
        }
        int max = 0;
        int own = l.text().strip().length();
        boolean othersShort = true;
        for (int i = from; i <= to; i++) {
            int length = lines.get(i).text().strip().length();
            max = Math.max(max, length);
            if (i != l.number() - 1 && length * 2 >= own) {
                othersShort = false;
            }
        }
        // A headline over short furniture lines ("1 / 23", "Back to Gallery") or over a byline broken into short lines
        // ("By" / "Jane Roe" / ", Desk Updated: ...") opens no wrapped block: in wrapped prose another line is at least
        // half as long, and the line under a paragraph's first line, which ends inside its sentence, is such a line.
        boolean opens = l.number() - 1 == from;
        boolean shortUnder = opens && lines.get(from + 1).text().strip().length() * 2 < own && !endsSentence(l.text());
        return max >= 40 && own >= max * 0.8 && !(othersShort && opens) && !shortUnder;
    }

    /** The line carries on the sentence of the content line just above it. */
    private static boolean continuesSentence(List<Line> above, String text) {
        if (above.isEmpty()) {
            return false;
        }
        Line prev = above.get(above.size() - 1);
        return prev.content() && !endsSentence(prev.text()) && (continues(text) || text.length() < 3);
    }

    /** The most words of a line that opens a byline on its own ("By", "Words by"). */
    private static final int MAX_BYLINE_LEAD_WORDS = 3;

    /**
     * The line opens a byline that the next line completes: a lone "By" over the author's name. Run together with the
     * next line it reads as a byline ({@code bylines.txt}), the next line alone does not. However often such a lead
     * recurs across the corpus, it is the article's author credit, not page furniture.
     */
    private static boolean opensByline(String line, String next) {
        return next != null && wordCount(line) <= MAX_BYLINE_LEAD_WORDS && !BYLINE.matcher(line).find()
                && Character.isUpperCase(next.codePointAt(0)) && BYLINE.matcher(line + " " + next).find()
                && !BYLINE.matcher(next).find();
    }

    /** The next non-blank line after line {@code n}, stripped, or null. */
    private static String nextText(String raw, LineIndex index, int n) {
        for (int m = n + 1; m <= index.lineCount(); m++) {
            String t = raw.substring(index.lineStart(m), index.lineEnd(m)).strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    /** A credit line's label: "Source:", "Sources:", "Credit:", "Courtesy of:". */
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?i)(?:sources?|credit|courtesy(?: of)?)\\s*:.*");

    /**
     * A "Source: ..." credit right under a list or a table (the nearest line above, past blank lines, is a list item or
     * a table row) credits that box (a fact box, a chart's figures), which is the article's own text: not the
     * article's source line.
     */
    private static boolean boxCredit(List<Line> above, String text) {
        if (!CREDIT_LABEL.matcher(text).matches()) {
            return false;
        }
        for (int i = above.size() - 1; i >= 0; i--) {
            Line l = above.get(i);
            if (l.kind() != Kind.BLANK) {
                return SHAPES.isStructured(l.text());
            }
        }
        return false;
    }

    private static String firstMatch(PatternSet patterns, String text) {
        PatternFile.Entry e = patterns.firstMatch(text);
        return e == null ? null : e.key();
    }

    private Attribution attribution(Line l) {
        String t = l.text().strip();
        for (PatternFile.Entry e : config.attributions()) {
            Matcher m = e.pattern().matcher(t);
            if (m.matches()) {
                String label = e.groups().contains("label") ? m.group("label") : e.key();
                String value = e.groups().contains("value") ? m.group("value") : t;
                return new Attribution(e.key(), label == null ? e.key() : label.strip(), value.strip(), l.number());
            }
        }
        throw new IllegalStateException("line " + l.number() + " was classified as attribution but matches none");
    }

    private Optional<Matcher> datelineMatch(String text) {
        String t = text.stripLeading();
        for (PatternFile.Entry e : config.datelines()) {
            Matcher m = e.pattern().matcher(t);
            if (m.lookingAt() && m.end() < t.length()) {
                int c = t.codePointAt(m.end());
                // A dateline opens a sentence: the rest must read as prose, not as an all-caps headline.
                if ((Character.isLetterOrDigit(c) || "\"'“‘«".indexOf(c) >= 0) && hasLowercase(t, m.end())) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private Dateline dateline(Matcher m, Line line, int pieceStart) {
        String place = group(m, "place");
        String agency = group(m, "agency");
        if (agency == null) {
            agency = group(m, "agency2");
        }
        String text = m.group().strip();
        return new Dateline(text, place, agency, line.number(), pieceStart, pieceStart + m.end());
    }

    private static String group(Matcher m, String name) {
        try {
            String v = m.group(name);
            return v == null || v.isBlank() ? null : v.strip();
        } catch (IllegalArgumentException e) {
            return null; // the pattern has no such group
        }
    }

    private String publisher(Dateline dateline, List<Attribution> attributions) {
        if (dateline != null && dateline.agency() != null
                && !config.genericDesks().contains(dateline.agency().toLowerCase(Locale.ROOT))) {
            return dateline.agency();
        }
        for (Attribution a : attributions) {
            if (a.field().equals("publisher")) {
                String v = a.value().replaceFirst("^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?", "").strip();
                v = v.replaceFirst("(?i)[.,]?\\s*all rights reserved\\.?$", "").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Short, no terminal punctuation, holds a letter and does not start with a lower-case one. */
    static boolean isTitleLike(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 200) {
            return false;
        }
        int words = wordCount(t);
        if (words == 0 || words > 25) {
            return false;
        }
        if ((Character.isLowerCase(t.codePointAt(0)) && !brandStart(t)) || !hasLetter(t)) {
            return false;
        }
        char end = lastSignificant(t);
        if (end == '…' || t.endsWith("...")) {
            return true;
        }
        if (end == '.' && !ABBREVIATION_END.matcher(t).find()) {
            // A headline may end in a full stop when it is written in headline capitals ("Stock Is Falling. Why You
            // Shouldn't Worry.", "MERRILL MANDATED FOR IEL U.S. NOTE.").
            return words <= 15 && titleCaseRatio(t) >= 0.7;
        }
        return ",;:".indexOf(end) < 0 || ABBREVIATION_END.matcher(t).find();
    }

    /**
     * What follows a dateline-like opening ("BREAKING NEWS: Chelsea Activate Release Clause") is a headline in
     * headline capitals, not the first sentence of a story.
     */
    private static boolean headlineAfter(String text, Matcher m) {
        String rest = text.stripLeading().substring(m.end());
        return titleCaseRatio(rest) >= 0.7 && wordCount(rest) <= 25 && !endsSentence(rest);
    }

    /**
     * A headline that ends in a quoted sentence in single quotation marks, the headline convention ("Another child dead,
     * another parent behind bars. 'They never meant it to happen.'"): the full stop is the quotation's, and a line
     * without a double quote mark that quotes in single marks is written as a headline, not as a body sentence.
     */
    private static final Pattern QUOTED_SENTENCE_END =
            Pattern.compile("^[^\"“”]*\\s[‘'](?:[^‘’'\"“”]|(?<=\\p{L})[’'](?=\\p{L}))+[.!?][’']$");

    /** The first line, in headline length, ends in a quoted sentence in single marks: see {@link #QUOTED_SENTENCE_END}. */
    private static boolean endsInQuotedSentence(String text) {
        String t = text.strip();
        int words = wordCount(t);
        return words >= MIN_HEADLINE_WORDS && words <= MAX_TITLE_WORDS && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0))
                && QUOTED_SENTENCE_END.matcher(t).matches();
    }

    /** The most words of a title. */
    private static final int MAX_TITLE_WORDS = 25;

    /** A question in headline length, then one short sentence ("Who Wins the Vote? A Town Decides."). */
    private static final Pattern QUESTION_THEN_SENTENCE = Pattern.compile("^(\\p{Lu}[^.!?]*\\?)\\s+(\\p{Lu}[^.!?]*[.!])$");
    /** The most words of the sentence after a headline's question. */
    private static final int MAX_ANSWER_WORDS = 8;

    /**
     * The first line is a headline that asks a question and answers or teases it in one short sentence ("How did the
     * bridge get built? A town remembers."): a line of headline length whose question is itself a headline (four words
     * or more) and whose last sentence is short; an opening paragraph of body text runs longer or on to a second line.
     */
    private static boolean questionHeadline(String text) {
        Matcher m = QUESTION_THEN_SENTENCE.matcher(text.strip());
        return m.matches() && wordCount(m.group(1)) >= MIN_HEADLINE_WORDS && wordCount(text) <= MAX_HEADLINE_WORDS
                && wordCount(m.group(2)) <= MAX_ANSWER_WORDS;
    }

    /** The most words of a byline or credit line under a labelled headline. */
    private static final int MAX_SHORT_LINE_WORDS = 3;

    /**
     * The next line is a short line of its own (a byline "Jane Roe", a credit): the line above it is not the first line
     * of a wrapped paragraph, whose next line runs about as long.
     */
    private static boolean shortLineUnder(List<Line> lines, Line l) {
        if (l.number() >= lines.size()) {
            return false;
        }
        Line next = lines.get(l.number());
        return next.kind() != Kind.BLANK && wordCount(next.text()) <= MAX_SHORT_LINE_WORDS && !endsSentence(next.text())
                && !startsLowerCase(next.text());
    }

    /** The most words of a column's name opening an article ("The 10-Point.", "Morning Briefing."). */
    private static final int MAX_COLUMN_NAME_WORDS = 4;

    /**
     * The first line is a column's name, styled with a full stop ("The 10-Point.", "Morning Briefing."): two to
     * {@link #MAX_COLUMN_NAME_WORDS} words, each starting with a capital or a digit, one full stop, at the end. A
     * sentence of body text has a lower-case word or runs longer.
     */
    static boolean columnName(String text) {
        String t = text.strip();
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > MAX_COLUMN_NAME_WORDS || !t.endsWith(".") || t.endsWith("..")
                || t.indexOf('.') != t.length() - 1 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The most words of a long headline standing alone on the first line (tabloids run 30 words and more). */
    private static final int MAX_LONG_HEADLINE_WORDS = 50;

    /** A sentence ending inside a line: a full stop, question or exclamation mark, then a capital. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][\"'’”]?\\s+\\p{Lu}");

    /**
     * The first line is a long headline in sentence case ("Mother hid her baby in the bathroom and saved the infant
     * from a father who opened fire on the house, police say"): longer than {@link #MAX_TITLE_WORDS} words, starting
     * with a capital, one sentence that ends with no full stop, question or exclamation mark (an opening paragraph of
     * body text ends with one) nor with a comma, colon or semicolon.
     */
    static boolean longHeadline(String text) {
        String t = text.strip();
        int words = wordCount(t);
        return words > MAX_TITLE_WORDS && words <= MAX_LONG_HEADLINE_WORDS && Character.isUpperCase(t.codePointAt(0))
                && !endsSentence(t) && ",;:\"”'’".indexOf(lastSignificant(t)) < 0 && !INNER_SENTENCE_END.matcher(t).find();
    }

    /** The next non-blank line under {@code l} is an item of a list: the headline's summary points ("• Police say ..."). */
    private static boolean listUnder(List<Line> lines, Line l) {
        for (int i = l.number(); i < lines.size(); i++) {
            if (lines.get(i).kind() != Kind.BLANK) {
                return SHAPES.isListItem(lines.get(i).text());
            }
        }
        return false;
    }

    /** The fewest and most words of a headline in sentence case standing alone on the first line. */
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final int MAX_HEADLINE_WORDS = 15;

    /** A blank line (or the end) follows the line: it stands alone, not the first line of a wrapped paragraph. */
    private static boolean standsAlone(List<Line> lines, Line l) {
        return l.number() >= lines.size() || lines.get(l.number()).kind() == Kind.BLANK;
    }

    /** A label in capitals and a colon opening a line ("BREAKING:", "LIVE UPDATES:"). */
    private static final Pattern HEADLINE_LABEL = Pattern.compile("^\\p{Lu}[\\p{Lu} ]{1,24}:\\s+");

    /**
     * A label in capitals and a colon ("BREAKING:", "WATCH:") and a short sentence-case headline after it, without the
     * full stop that ends an opening sentence.
     */
    private static boolean labelledHeadline(String text) {
        Matcher m = HEADLINE_LABEL.matcher(text.strip());
        if (!m.find()) {
            return false;
        }
        String rest = text.strip().substring(m.end()).strip();
        int words = wordCount(rest);
        return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && Character.isUpperCase(rest.charAt(0))
                && !endsSentence(rest) && ",;:".indexOf(lastSignificant(rest)) < 0;
    }

    /**
     * Where the second copy starts when a title-like line is printed twice on one line ("Storm Closes RoadStorm Closes
     * Road", with or without a space between); 0 when it is not.
     */
    static int doubledHalf(String text) {
        String t = text.strip();
        int n = t.length();
        for (int cut : new int[] {n / 2, (n + 1) / 2}) {
            String a = t.substring(0, cut);
            String b = t.substring(cut).strip();
            if (a.strip().equals(b) && wordCount(b) >= MIN_HEADLINE_WORDS && isTitleLike(b)) {
                return text.indexOf(t) + cut;
            }
        }
        return 0;
    }

    /** Below the first line, a long line in sentence case is a standfirst or a caption, not a headline. */
    private static boolean longSentence(String text) {
        return wordCount(text) > 15 && titleCaseRatio(text) < 0.6;
    }

    /** The first word is a lower-case brand name with a capital inside: iTunes, eBay, iPhone. */
    private static boolean brandStart(String t) {
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        for (int i = 1; i < end; i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A line that reads as a headline: four words or more, no full stop at its end, not a byline or a date. */
    private boolean headlineShaped(String text) {
        String t = text.strip();
        return wordCount(t) >= MIN_HEADLINE_WORDS && !t.endsWith(".") && !notTitle(t);
    }

    /**
     * A stretch of prose ({@link #MIN_RUN_ON_PROSE_WORDS} words or more, no sentence end) that stops on an article or a
     * preposition ("was denied entry into the") runs on into the next line even when that line opens with a capital:
     * the sentence goes on with a name ("United States."), a single line end set inside one paragraph. The next line
     * must end the sentence and not repeat the line's opening: a caption cut off over its credit ("Jane Roe/Agency") or
     * over its own full copy, or a menu under it, stays apart.
     */
    private static boolean runsOnToName(String prev, String next, boolean prose) {
        String last = lastWord(prev);
        return prose && wordCount(prev) >= MIN_RUN_ON_PROSE_WORDS && !endsSentence(prev) && CONTINUATION.contains(last)
                && !prev.stripTrailing().endsWith(",") && !startsLowerCase(next) && wordCount(next) >= 1
                && Character.isUpperCase(next.strip().codePointAt(0)) && endsSentence(next)
                && !next.strip().startsWith(firstWord(prev));
    }

    /** The fewest words of a line of prose that runs on into a capitalised next line. */
    private static final int MIN_RUN_ON_PROSE_WORDS = 8;

    /** The least share of capitalised words that makes a long first line a headline in title case (not prose). */
    private static final double LONG_HEADLINE_TITLE_CASE = 0.8;

    /** The most non-blank lines under the first line read for its header block. */
    private static final int MAX_HEADER_BLOCK_LINES = 6;

    /**
     * The first line (a headline's length, {@link #MIN_HEADLINE_WORDS} to {@link #MAX_TITLE_WORDS} words, starting
     * with a capital, perhaps after a quote mark, not ending in a comma, colon or semicolon) heads a header block: within
     * the next {@link #MAX_HEADER_BLOCK_LINES} non-blank lines stands a byline or a date line, and every line before
     * it is short ({@link #MAX_HEADLINE_WORDS} words or fewer: a standfirst, an author's name, a section), one such
     * line at least. A page's opening paragraph of prose is not followed by its byline, and a sentence right above the
     * byline is as likely the standfirst of a headline the page lost.
     */
    private boolean headerBlockUnder(List<Line> lines, Line first) {
        String t = first.text().strip();
        int words = wordCount(t);
        int letter = 0;
        while (letter < t.length() && !Character.isLetterOrDigit(t.charAt(letter))) {
            letter++;
        }
        if (words < MIN_HEADLINE_WORDS || words > MAX_TITLE_WORDS || letter == t.length() || letter > 1
                || !Character.isUpperCase(t.charAt(letter)) || ",;:".indexOf(lastSignificant(t)) >= 0) {
            return false;
        }
        int seen = 0;
        int between = 0;
        for (int i = first.number(); i < lines.size() && seen < MAX_HEADER_BLOCK_LINES; i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.BLANK) {
                continue;
            }
            seen++;
            String text = HORIZONTAL_SPACE.matcher(l.text()).replaceAll(" ").strip();
            if (l.kind() == Kind.DATE || BYLINE_OPENING.matcher(text).find() || notTitle(text)) {
                // a sentence right above the byline is as likely the standfirst of a headline the page lost
                return between > 0;
            }
            if (wordCount(text) > MAX_HEADLINE_WORDS) {
                return false;
            }
            between++;
        }
        return false;
    }

    /**
     * The leftovers of a share link printed after a headline: its summary in quotes, URL-encoded line breaks, the URL
     * and the end of the link's attribute ({@code Headline "Summary." %0A%0A https://site/path/">}).
     */
    private static final Pattern SHARE_LINK_RESIDUE = Pattern.compile(
            "^(.*?\\S)(?:\\s+[\"“][^\"“”]*[\"”])?\\s+(?:%0[AaDd]|%20)+\\s*https?://\\S*[\"']>\\s*$");

    /** The line without the {@link #SHARE_LINK_RESIDUE leftovers of a share link} after its headline, else the line. */
    static String headlineOf(String text) {
        Matcher m = SHARE_LINK_RESIDUE.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    /** A byline or a line that is mostly a date stamp: never the title. */
    private boolean notTitle(String text) {
        String t = HORIZONTAL_SPACE.matcher(text).replaceAll(" ").strip();
        return BYLINE.matcher(t).find() || config.dates().parse(t).isPresent();
    }

    /** A body line that reads as a section heading: title-like, short and mostly capitalised. */
    static boolean isHeading(String text) {
        String t = text.strip();
        if (!isTitleLike(t)) {
            return false;
        }
        char end = lastSignificant(t);
        return wordCount(t) <= 14 && end != '?' && end != '!' && titleCaseRatio(t) >= 0.6;
    }

    /** More lower-case than upper-case letters from {@code from} on: prose, not an all-caps headline. */
    private static boolean hasLowercase(String t, int from) {
        int lower = 0;
        int upper = 0;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return lower > upper;
    }

    private static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The last character that is not a closing quote, bracket or space. */
    private static char lastSignificant(String t) {
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if ("\"'”’»)] \t\u00A0".indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    /** Fraction of significant words (not minor words) that start with a capital letter. */
    static double titleCaseRatio(String text) {
        int considered = 0;
        int capital = 0;
        for (String w : WORD_SEPARATOR.split(text.strip())) {
            String word = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            if (MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            considered++;
            if (Character.isUpperCase(word.codePointAt(0))) {
                capital++;
            }
        }
        return considered == 0 ? 0 : (double) capital / considered;
    }

    static int wordCount(String text) {
        return Article.countWords(text);
    }

    private static boolean endsSentence(String text) {
        char c = lastSignificant(text.strip());
        return ".!?…:".indexOf(c) >= 0;
    }

    /** A line that can only continue a sentence: it starts with a lower-case letter or a digit. */
    private static boolean continues(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        int c = t.codePointAt(0);
        return Character.isLowerCase(c) || Character.isDigit(c);
    }

    private static String lastWord(String text) {
        String[] w = text.strip().split("\\s+");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    /** A line that starts with a lower-case letter: in text that is not hard-wrapped, only such a line runs on. */
    private static boolean startsLowerCase(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    private static int indent(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * The hard-wrap width when the body reads as hard-wrapped text (many lines end inside a
     * sentence and run on into the next line), else 0.
     */
    private static int wrapWidth(List<Line> body) {
        int candidates = 0;
        int open = 0;
        int lowerNext = 0;
        int[] lengths = new int[body.size()];
        for (int i = 0; i < body.size(); i++) {
            lengths[i] = body.get(i).text().stripTrailing().length();
        }
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        int width = sorted.length == 0 ? 0 : sorted[(int) Math.floor(sorted.length * 0.9)];
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i + 1).number() == body.get(i).number() + 1) {
                candidates++;
                String here = body.get(i).text();
                String next = body.get(i + 1).text();
                // lines of code and Markdown headings are lines of their own: no sign of a hard wrap
                if (!endsSentence(here) && !SHAPES.isStructured(here) && !SHAPES.isStructured(next) && !codeOrHeading(here)
                        && !codeOrHeading(next)) {
                    open++;
                    // A hard wrap breaks a line only where the next word would not fit: the line before a lower-case
                    // continuation is filled to near the width (the body's first line may follow a dateline cut off
                    // in front of it). A short line over a lower-case one (an image placeholder over its kicker, a
                    // headline over the next link's slug) is a list of widget lines, no wrap.
                    if (startsLowerCase(next) && (i == 0 || filled(here, next, width))) {
                        lowerNext++;
                    }
                }
            }
        }
        // Hard wrap breaks lines inside sentences, so many of them before a lower-case word; lists of names,
        // links and buttons (web pages) have lines without full stops but few lower-case continuations.
        boolean many = open >= 3 && open * 10 >= candidates * 4 && lowerNext >= Math.max(2, open / 5);
        // A short text (a few lines) is hard-wrapped when every line runs on and all but the last are about as wide.
        boolean few = open >= 2 && open == candidates && lowerNext >= 1 && similarWidths(lengths);
        if (!many && !few) {
            return 0;
        }
        // Hard-wrapped copy is wrapped at a terminal's width; lines of hundreds of characters are paragraphs.
        return width <= MAX_WRAP_WIDTH ? width : 0;
    }

    /** The share of the wrap width to which a hard wrap fills a line, counting the next line's first word. */
    private static final double WRAP_FILL = 0.7;

    /** The line, with the next line's first word after a space, would reach {@link #WRAP_FILL} of the width. */
    private static boolean filled(String line, String next, int width) {
        String[] words = next.strip().split("\\s+", 2);
        return line.stripTrailing().length() + 1 + words[0].length() >= width * WRAP_FILL;
    }

    /** All lines but the last are at least 80 % as wide as the widest. */
    private static boolean similarWidths(int[] lengths) {
        int max = 0;
        for (int w : lengths) {
            max = Math.max(max, w);
        }
        for (int i = 0; i < lengths.length - 1; i++) {
            if (lengths[i] < max * 0.8) {
                return false;
            }
        }
        return max > 0;
    }

    /** The widest hard wrap the parser recognises; text with longer lines has a paragraph a line. */
    private static final int MAX_WRAP_WIDTH = 160;

    /** A line of code or a Markdown heading ("## Results"): never joined to a neighbour. */
    private static boolean codeOrHeading(String line) {
        return CodeLines.looksLikeCode(line) || CodeLines.isMarkdownHeading(line);
    }

    /** Groups body lines into paragraphs. */
    private static List<List<Line>> paragraphs(List<Line> body, boolean wrapped) {
        boolean indented = false;
        if (wrapped) {
            int withIndent = 0;
            for (Line l : body) {
                if (indent(l.text()) >= 2) {
                    withIndent++;
                }
            }
            indented = withIndent > 0 && withIndent < body.size();
        }
        int width = wrapped ? wrapWidth(body) : 0;
        java.util.Map<String, Integer> printed = new java.util.HashMap<>();
        for (Line l : body) {
            printed.merge(l.text().strip(), 1, Integer::sum);
        }
        List<List<Line>> out = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Line l = body.get(i);
            if (!current.isEmpty()) {
                Line prev = current.get(current.size() - 1);
                boolean adjacent = l.number() == prev.number() + 1;
                boolean join;
                if (!adjacent || SHAPES.isStructured(l.text()) || SHAPES.isStructured(prev.text()) || codeOrHeading(l.text())
                        || codeOrHeading(prev.text())) {
                    // A blank line is a paragraph mark; list items, table rows, code and Markdown headings stay lines of
                    // their own.
                    join = false;
                } else if (wrapped && indented) {
                    // In indented wire copy every indented line opens a paragraph (or a table row).
                    boolean paragraphStart = indent(l.text()) >= 2 || indent(l.text()) == 1 && !startsLowerCase(l.text());
                    boolean shortSentenceEnd = endsSentence(prev.text()) && prev.text().strip().length() < width * 0.75;
                    join = !paragraphStart && !shortSentenceEnd;
                } else if (wrapped) {
                    boolean paragraphStart = indent(l.text()) > indent(prev.text());
                    join = !paragraphStart && !(endsSentence(prev.text()) && prev.text().strip().length() < width * 0.75);
                } else {
                    // Text with a paragraph a line: a line runs on only when it stops mid-sentence on a continuation
                    // word or a comma, or is a stretch of prose (eight words or more) whose next line, in lower case,
                    // starts with one; short lines (menus, tags, addresses, captions) stay apart.
                    boolean endsOpen = CONTINUATION.contains(lastWord(prev.text())) || prev.text().stripTrailing().endsWith(",");
                    boolean startsOn = CONTINUATION.contains(firstWord(l.text())) && !ARTICLES.contains(firstWord(l.text()));
                    // A date and time stamp is no stretch of prose (its words are numbers), and a copyright line
                    // ends no sentence: page furniture next to furniture stays apart.
                    boolean prose = letterWords(prev.text()) * 2 > wordCount(prev.text());
                    join = !endsSentence(prev.text()) && startsLowerCase(l.text()) && wordCount(l.text()) >= 3
                            && (endsOpen && wordCount(prev.text()) >= 3 || startsOn && prose && wordCount(prev.text()) >= 8
                            || prose && wordCount(prev.text()) >= 8 && !ARTICLES.contains(firstWord(l.text())))
                            && !linkLike(prev.text()) && !COPYRIGHT.matcher(l.text()).find()
                            && printed.get(prev.text().strip()) == 1 && !labelOverNext(body, i)
                            || runsOnToName(prev.text(), l.text(), prose) && printed.get(prev.text().strip()) == 1
                            && !linkLike(prev.text());
                }
                if (!join) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(l);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The most words of a label over the next line of a box of links (a slug, a kicker). */
    private static final int MAX_LABEL_WORDS = 6;

    /**
     * The widest a label is against the line above it: a slug or kicker is short beside a headline, while the rest of
     * a hard-wrapped sentence fills its line as the line above does.
     */
    private static final double MAX_LABEL_SHARE = 0.6;

    /**
     * Line {@code i} (in lower case, under a line that stops mid-sentence) is a label of the line under it, not the
     * rest of a sentence: it is short (a few words, narrow beside the line above), ends no sentence, and the line right
     * under it starts with a capital, as a link's slug or
     * a kicker over the next headline of a box of related links does. The rest of a broken sentence ends it, runs on,
     * or stands before a blank line. (A line printed twice in the article, as a box of links prints each headline,
     * is no half of a sentence either: see the caller.)
     */
    private static boolean labelOverNext(List<Line> body, int i) {
        Line l = body.get(i);
        String label = l.text().strip();
        if (endsSentence(label) || i + 1 >= body.size() || i == 0 || wordCount(label) > MAX_LABEL_WORDS
                || label.length() > body.get(i - 1).text().strip().length() * MAX_LABEL_SHARE) {
            return false;
        }
        Line next = body.get(i + 1);
        String t = next.text().strip();
        return next.number() == l.number() + 1 && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    /**
     * A line of site furniture: a link or a run of links to other stories, every significant word in capitals
     * ("Five Ways To Style Wide Pants Five Ways To Style Wide Pants [slideshow]", a video list whose image
     * placeholders in square brackets do not count). A line of running prose holds a verb or a common word in
     * lower case; a headline in capitals does not.
     */
    private static boolean linkLike(String text) {
        String t = BRACKETED.matcher(text).replaceAll(" ");
        return titleCaseRatio(t) == 1.0 && significantWords(t) >= 6;
    }

    /** A copyright notice: the sign, or the word or "(c)" before a year. */
    private static final Pattern COPYRIGHT = Pattern.compile("©|(?i:\\(c\\)|copyright)\\s*\\d{4}");

    /** An image placeholder or a link's label in square brackets, as text renderings of web pages print them. */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,40}\\]");

    /** The words that start with a letter (after any opening punctuation): a date stamp's are few. */
    private static int letterWords(String text) {
        int n = 0;
        for (String w : WORD_SEPARATOR.split(text.strip())) {
            String word = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** The words {@link #titleCaseRatio} weighs: those starting with a letter, minor words left out. */
    private static int significantWords(String text) {
        int n = 0;
        for (String w : WORD_SEPARATOR.split(text.strip())) {
            String word = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))
                    && !MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    private static Span trimmed(String raw, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isSpace(raw.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(raw.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }

    private static Paragraph paragraph(int idx, List<Span> pieces, String raw, LineIndex index) {
        StringBuilder text = new StringBuilder();
        for (Span p : pieces) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(raw, p.start(), p.end());
        }
        int start = pieces.get(0).start();
        int end = pieces.get(pieces.size() - 1).end();
        return new Paragraph(idx, text.toString(), index.lineOf(start), start, end, pieces);
    }

    private static Block block(Line l, String raw) {
        Span s = trimmed(raw, l.start(), l.end());
        return new Block(raw.substring(s.start(), s.end()), l.number(), s.start(), s.end());
    }

    private static SetAsideLine aside(Line l, Reason reason, String detail) {
        return new SetAsideLine(l.number(), l.start(), l.end(), l.text().strip(), reason, detail);
    }
}
