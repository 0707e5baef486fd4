package dev.gazette.validate;

import dev.gazette.model.Severity;
import java.util.List;

/**
 * Everything said about one rule, read from the catalogue: the help text, the SARIF
 * {@code rules} array and the configuration checks all come from here.
 *
 * @param id              the stable rule id, e.g. {@code run-together-words}
 * @param severity        the default severity
 * @param category        a grouping for listings: input, structure, text, names
 * @param fix             whether findings carry a fix and whether it is applied by default
 * @param since           the version that introduced the rule
 * @param summary         one line
 * @param description     the full description
 * @param example         an example of text that triggers the rule, and what is reported
 * @param options         the typed options the rule accepts
 */
public record RuleDescriptor(String id, Severity severity, String category, FixKind fix, String since,
                             String summary, String description, String example, List<OptionDescriptor> options) {

    public RuleDescriptor {
        options = options == null ? List.of() : List.copyOf(options);
        description = description == null ? "" : description.strip();
        example = example == null ? "" : example.strip();
    }

    /** Whether a rule fixes what it finds, and whether the normaliser applies that fix by default. */
    public enum FixKind {
        /** Findings carry no fix. */
        NONE,
        /** Findings carry a fix that is applied by default. */
        SAFE,
        /** Findings carry a fix that is only suggested, never applied by default. */
        SUGGESTED
    }

    /** The declared option called {@code name}, if any. */
    public java.util.Optional<OptionDescriptor> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
