package dev.gazette.model.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The parser's reference data and thresholds: boilerplate, stray-line, attribution and
 * dateline patterns, date formats, and the corpus signal for recurring lines. The defaults
 * are bundled resources; users add boilerplate patterns from their own files.
 *
 * @param boilerplate       whole-line boilerplate patterns by category
 * @param stray             whole-line stray patterns by kind
 * @param attributions      labelled source-line patterns by model field
 * @param datelines         dateline prefix patterns
 * @param genericDesks      dateline credits that name no publisher (lower case)
 * @param pageControls      labels of a page's buttons and tabs printed as lines ("Share", "Tweet this"; lower
 *                          case): such a line in the header is neither credit nor text ({@code page-controls.txt})
 * @param dates             date-line parser
 * @param recurringMinArticles a short line present in at least this many articles is boilerplate...
 * @param recurringMinShare    ...and in at least this share of all articles (so that, in a large
 *                             corpus, lines that recur by coincidence are not taken for boilerplate)
 * @param recurringMaxWords    only lines of at most this many words count as recurring
 */
public record ParserConfig(List<PatternFile.Entry> boilerplate, List<PatternFile.Entry> stray,
                           List<PatternFile.Entry> attributions, List<PatternFile.Entry> datelines,
                           Set<String> genericDesks, Set<String> pageControls, DateLineParser dates,
                           int recurringMinArticles, double recurringMinShare, int recurringMaxWords) {

    private static final int LINE_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    public ParserConfig {
        boilerplate = List.copyOf(boilerplate);
        stray = List.copyOf(stray);
        attributions = List.copyOf(attributions);
        datelines = List.copyOf(datelines);
        genericDesks = Set.copyOf(genericDesks);
        pageControls = Set.copyOf(pageControls);
        if (recurringMinArticles < 2) {
            throw new IllegalArgumentException("recurring lines need at least 2 articles, got " + recurringMinArticles);
        }
    }

    /** The bundled reference data with default thresholds. */
    public static ParserConfig defaults() {
        return Holder.DEFAULTS;
    }

    /** A copy that also recognises the boilerplate patterns in {@code file}. */
    public ParserConfig withBoilerplateFile(Path file) throws IOException {
        List<PatternFile.Entry> more = new ArrayList<>(boilerplate);
        more.addAll(PatternFile.compile(PatternFile.fileLines(file), file.toString(), LINE_FLAGS));
        return new ParserConfig(more, stray, attributions, datelines, genericDesks, pageControls, dates,
                recurringMinArticles, recurringMinShare, recurringMaxWords);
    }

    /** The plain lines of a word list ({@link PatternFile#plain}), stripped and in lower case. */
    private static Set<String> lowerCased(List<String> lines) {
        Set<String> out = new TreeSet<>();
        for (String s : PatternFile.plain(lines)) {
            out.add(s.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A copy with another threshold for the recurring-line signal. */
    public ParserConfig withRecurringMinArticles(int minArticles) {
        return new ParserConfig(boilerplate, stray, attributions, datelines, genericDesks, pageControls, dates,
                minArticles, recurringMinShare, recurringMaxWords);
    }

    private static final class Holder {
        static final ParserConfig DEFAULTS = load();

        private static ParserConfig load() {
            return new ParserConfig(
                    PatternFile.compile(PatternFile.resourceLines("boilerplate.tsv"), "boilerplate.tsv", LINE_FLAGS),
                    PatternFile.compile(PatternFile.resourceLines("stray.tsv"), "stray.tsv", LINE_FLAGS),
                    PatternFile.compile(PatternFile.resourceLines("attribution.tsv"), "attribution.tsv", LINE_FLAGS),
                    PatternFile.compile(PatternFile.resourceLines("datelines.tsv"), "datelines.tsv", 0),
                    lowerCased(PatternFile.resourceLines("generic-desks.txt")),
                    lowerCased(PatternFile.resourceLines("page-controls.txt")),
                    DateLineParser.fromFormats(PatternFile.plain(PatternFile.resourceLines("date-formats.txt")))
                            .withDatedLines(PatternFile.compileTemplates(PatternFile.resourceLines("dated-lines.tsv"),
                                    "dated-lines.tsv", LINE_FLAGS)),
                    3, 0.05, 12);
        }
    }
}
