package dev.gazette.validate;

import java.util.Locale;

/** The type of a rule option, as the catalogue names it ({@code int}, {@code double}, {@code boolean}, {@code string}). */
public enum OptionType {
    INT(Integer.class),
    DOUBLE(Double.class),
    BOOLEAN(Boolean.class),
    STRING(String.class);

    private final Class<?> javaType;

    OptionType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The name used in {@code rules.yaml} and in help text. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Java type a value of this option has. */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * The type called {@code label}.
     *
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static OptionType parse(String label) {
        for (OptionType t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown option type '" + label + "'; expected int, double, boolean or string");
    }
}
