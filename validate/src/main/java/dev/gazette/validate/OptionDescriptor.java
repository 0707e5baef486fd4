package dev.gazette.validate;

/**
 * A typed, declared rule option, as PMD's property descriptors are: name, type, default and
 * bounds. Values from configuration files are checked against it.
 *
 * @param name        the option name, e.g. {@code min-articles}
 * @param type        the value type
 * @param defaultValue the default, as text
 * @param min         the lower bound for numbers, or {@code null}
 * @param max         the upper bound for numbers, or {@code null}
 * @param description what it changes
 */
public record OptionDescriptor(String name, OptionType type, String defaultValue, Double min, Double max,
                               String description) {

    /**
     * Converts a configured value to the option's type, checking the bounds.
     *
     * @throws IllegalArgumentException with a message naming the option when the value does not fit
     */
    public Object parse(Object value) {
        String text = String.valueOf(value).trim();
        try {
            return switch (type) {
                case INT -> {
                    int v = Integer.parseInt(text);
                    checkBounds(v);
                    yield v;
                }
                case DOUBLE -> {
                    double v = Double.parseDouble(text);
                    checkBounds(v);
                    yield v;
                }
                case BOOLEAN -> {
                    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException("option '" + name + "' must be true or false, got '"
                                + text + "'");
                    }
                    yield Boolean.parseBoolean(text);
                }
                case STRING -> text;
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + name + "' must be a"
                    + (type == OptionType.INT ? "n integer" : " number") + ", got '" + text + "'", e);
        }
    }

    private void checkBounds(double v) {
        if ((min != null && v < min) || (max != null && v > max)) {
            throw new IllegalArgumentException("option '" + name + "' must be between "
                    + (min == null ? "-inf" : fmt(min)) + " and " + (max == null ? "inf" : fmt(max)) + ", got " + fmt(v));
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
