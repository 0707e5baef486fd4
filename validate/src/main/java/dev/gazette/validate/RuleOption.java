package dev.gazette.validate;

import java.util.Objects;

/**
 * A typed handle on one option of one rule, declared as a constant by the rule that reads it (as
 * PMD's property descriptors are): {@code RuleSettings.get(MIN_LENGTH)} returns an
 * {@code Integer}, no name is looked up by string and no value is cast in the rule. The
 * catalogue holds the option's default, bounds and description; a meta-test checks that every
 * rule's declared options are the catalogue's, with the same types.
 *
 * @param ruleId the rule's catalogue id
 * @param name   the option's name in the catalogue and in configuration files
 * @param type   its type
 * @param <T>    the Java type of its values
 */
public record RuleOption<T>(String ruleId, String name, OptionType type) {

    public RuleOption {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** An {@code int} option. */
    public static RuleOption<Integer> integer(String ruleId, String name) {
        return new RuleOption<>(ruleId, name, OptionType.INT);
    }

    /** A {@code double} option. */
    public static RuleOption<Double> decimal(String ruleId, String name) {
        return new RuleOption<>(ruleId, name, OptionType.DOUBLE);
    }

    /** A {@code boolean} option. */
    public static RuleOption<Boolean> flag(String ruleId, String name) {
        return new RuleOption<>(ruleId, name, OptionType.BOOLEAN);
    }

    /** A {@code string} option. */
    public static RuleOption<String> text(String ruleId, String name) {
        return new RuleOption<>(ruleId, name, OptionType.STRING);
    }

    /** Converts a value parsed for this option's type to {@code T}. */
    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (type == OptionType.DOUBLE && value instanceof Integer i) {
            return (T) Double.valueOf(i);
        }
        return (T) type.javaType().cast(value);
    }
}
