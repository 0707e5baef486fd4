package dev.gazette.bench.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates news articles of realistic length with the defects Gazette finds: name variants
 * from a pool of invented people, run-together words, page furniture (share widgets, site
 * headers), stray counters and hashes, broken quotes, paragraphs broken mid-sentence and
 * hard-wrapped wire copy. Deterministic: article {@code i} of seed {@code s} is always the
 * same text, whatever else is generated, so corpora of any size share their first articles.
 */
public final class CorpusGenerator {

    private static final List<String> WORDS = ResourceLists.load("words.txt");
    private static final List<String> PLACES = ResourceLists.load("places.txt");
    private static final List<String> FURNITURE = ResourceLists.load("boilerplate.txt");
    private static final List<String> SITES = List.of("The Ledger", "Morning Courier", "Evening Standard Review",
            "Harbour Times Online", "Daily Dispatch");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH));
    private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

    private final long seed;
    private final NamePool names;

    /** A generator with a pool of 5,000 invented people. */
    public CorpusGenerator(long seed) {
        this(seed, 5_000);
    }

    public CorpusGenerator(long seed, int people) {
        this.seed = seed;
        this.names = new NamePool(people, seed);
    }

    /** Article number {@code index} (0-based). */
    public GeneratedArticle article(long index) {
        SplittableRandom r = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
        String id = String.format(Locale.ROOT, "g%08d", index + 1);
        String title = title(r);
        LocalDate day = EPOCH.plusDays(r.nextInt(3_000));
        String date = day.format(DATE_FORMATS.get(r.nextInt(DATE_FORMATS.size())));
        boolean wire = r.nextInt(4) == 0;
        StringBuilder body = new StringBuilder(4_096);
        if (r.nextInt(10) < 3) {
            body.append(SITES.get(r.nextInt(SITES.size()))).append("\n\n");
        }
        if (r.nextInt(10) == 0) {
            body.append(r.nextBoolean() ? "0" : hex(r)).append("\n\n");
        }
        int paragraphs = 5 + r.nextInt(12);
        for (int p = 0; p < paragraphs; p++) {
            String text = paragraph(r, p == 0 && wire ? PLACES.get(r.nextInt(PLACES.size())).toUpperCase(Locale.ROOT)
                    + ", " + day.format(DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH)) + " (Ledger Wire) - " : "");
            if (wire) {
                body.append(wrap("    " + text, 66 + r.nextInt(8))).append('\n');
            } else if (r.nextInt(20) == 0) {
                int cut = text.indexOf(' ', text.length() / 2);
                body.append(cut > 0 ? text.substring(0, cut) + "\n" + text.substring(cut + 1) : text).append("\n\n");
            } else {
                body.append(text).append("\n\n");
            }
            if (r.nextInt(25) == 0) {
                body.append(FURNITURE.get(r.nextInt(FURNITURE.size()))).append("\n\n");
            }
        }
        int furniture = r.nextInt(10) < 6 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < furniture; i++) {
            body.append(FURNITURE.get(r.nextInt(FURNITURE.size()))).append('\n');
        }
        return new GeneratedArticle(id, title, date, body.toString());
    }

    /**
     * Writes articles as JSON Lines ({@code {"id", "title", "date", "text"}}) until at least
     * {@code targetBytes} characters or {@code maxArticles} articles are written.
     *
     * @return the number of articles written
     */
    public long writeJsonLines(Writer out, long targetBytes, long maxArticles) throws IOException {
        JsonFactory json = new JsonFactory();
        long written = 0;
        long n = 0;
        CountingWriter counting = new CountingWriter(out);
        try (JsonGenerator g = json.createGenerator(counting)) {
            g.setRootValueSeparator(null);
            while (n < maxArticles && written < targetBytes) {
                GeneratedArticle a = article(n);
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("title", a.title());
                g.writeStringField("date", a.date());
                g.writeStringField("text", a.body());
                g.writeEndObject();
                g.flush();
                counting.write('\n');
                written = counting.count;
                n++;
            }
        }
        return n;
    }

    private String title(SplittableRandom r) {
        int words = 5 + r.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = i == 2 && r.nextInt(3) == 0 ? names.canonical(r.nextInt(names.size())) : word(r);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return sb.toString();
    }

    private String paragraph(SplittableRandom r, String opening) {
        StringBuilder sb = new StringBuilder(opening);
        int sentences = 2 + r.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                sb.append(' ');
            }
            if (r.nextInt(6) == 0) {
                boolean broken = r.nextInt(8) == 0;
                sb.append('\u201C').append(sentence(r, false));
                sb.setLength(sb.length() - 1);
                sb.append(broken ? ", " : ",\u201D ").append("said ")
                        .append(names.variant(r.nextInt(names.size()), r)).append('.');
            } else {
                sb.append(sentence(r, true));
            }
        }
        return sb.toString();
    }

    private String sentence(SplittableRandom r, boolean mayName) {
        int words = 8 + r.nextInt(18);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w;
            int k = r.nextInt(40);
            if (mayName && k == 0) {
                w = names.variant(r.nextInt(names.size()), r);
            } else if (k == 1) {
                w = Integer.toString(r.nextInt(10_000));
            } else {
                w = word(r);
            }
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            boolean runTogether = i > 0 && r.nextInt(300) == 0;
            if (i > 0 && !runTogether) {
                sb.append(i % 9 == 8 && r.nextInt(3) == 0 ? ", " : " ");
            }
            sb.append(w);
        }
        return sb.append('.').toString();
    }

    private static String word(SplittableRandom r) {
        return WORDS.get(r.nextInt(WORDS.size()));
    }

    private static String hex(SplittableRandom r) {
        return Long.toHexString(r.nextLong() | 1L << 63) + Long.toHexString(r.nextLong() | 1L << 63);
    }

    /** Hard-wraps {@code text} at {@code width} columns, as fixed-width wire copy does. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / width + 1);
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && i > lineStart + 4) {
                lastSpace = i;
            }
            if (i - lineStart >= width && lastSpace > lineStart) {
                out.append(text, lineStart, lastSpace).append('\n');
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        out.append(text, lineStart, text.length()).append('\n');
        return out.toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Counts characters on their way to a writer. */
    private static final class CountingWriter extends Writer {
        private final Writer out;
        long count;

        CountingWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            out.write(cbuf, off, len);
            count += len;
        }

        @Override
        public void write(int c) throws IOException {
            out.write(c);
            count++;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            out.write(s, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
