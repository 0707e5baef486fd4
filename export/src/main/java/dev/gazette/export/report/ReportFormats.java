package dev.gazette.export.report;

import java.util.List;
import java.util.Optional;

/**
 * The one registry of report formats, as PMD's {@code RendererFactory} is: the command line
 * takes its {@code --format} choices and help text from here. Add a format by adding its
 * renderer to {@link #ALL}.
 */
public final class ReportFormats {

    private static final List<ReportRenderer> ALL = List.of(
            new TextRenderer(),
            new JsonRenderer(),
            new SarifRenderer(),
            new JunitRenderer(),
            new CheckstyleRenderer(),
            new GithubRenderer(),
            new HtmlRenderer());

    /** The default format. */
    public static final String DEFAULT = "text";

    private ReportFormats() {
    }

    /** Every renderer, in the order the help lists them. */
    public static List<ReportRenderer> all() {
        return ALL;
    }

    /** Every format name, in order. */
    public static List<String> names() {
        return ALL.stream().map(ReportRenderer::name).toList();
    }

    /** The renderer called {@code name}, if any. */
    public static Optional<ReportRenderer> find(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * The renderer called {@code name}.
     *
     * @throws IllegalArgumentException naming the known formats when there is none of that name
     */
    public static ReportRenderer get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown report format '" + name
                + "' (expected one of " + String.join(", ", names()) + ")"));
    }
}
