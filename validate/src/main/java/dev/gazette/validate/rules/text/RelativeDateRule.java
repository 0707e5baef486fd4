package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.TextUnit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relative dates ("last December", "September 24 last year", "on Tuesday", "two years
 * ago") in an article whose publication date is unknown, so that they cannot be resolved to
 * calendar dates. The expressions are data: relative-dates.txt. No fix.
 */
public final class RelativeDateRule implements Rule {

    public static final String ID = "relative-date";

    private static final Pattern PATTERN = load("relative-dates.txt");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        if (ctx.article().published() != null) {
            return;
        }
        for (TextUnit u : ctx.analysis().text().units(true)) {
            Matcher m = PATTERN.matcher(u.text());
            while (m.find()) {
                String date = m.group();
                ctx.report(ID, u, m.start(), m.end(), "Relative date '" + date
                                + "' cannot be resolved: the article has no publication date",
                        "Add the publication date on a line under the title, so that '" + date + "' can be resolved.",
                        List.of());
            }
        }
    }

    /** One pattern: the alternatives of the file, in order. */
    static Pattern load(String resource) {
        List<String> alternatives = new ArrayList<>();
        try (var in = RelativeDateRule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    alternatives.add("(?:" + line.strip() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resource, e);
        }
        return Pattern.compile(String.join("|", alternatives));
    }
}
