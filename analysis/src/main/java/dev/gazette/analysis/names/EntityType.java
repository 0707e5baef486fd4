package dev.gazette.analysis.names;

import java.util.Locale;

/** What kind of thing a name names, as far as the cues in the text tell. */
public enum EntityType {
    PERSON, ORGANISATION, PLACE, OTHER;

    /** The lower-case label used in files and tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label; "organization" is accepted too.
     *
     * @throws IllegalArgumentException listing the labels when {@code s} is none of them
     */
    public static EntityType parse(String s) {
        String l = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "person" -> PERSON;
            case "organisation", "organization", "org" -> ORGANISATION;
            case "place", "location" -> PLACE;
            case "other" -> OTHER;
            default -> throw new IllegalArgumentException("unknown entity type '" + s
                    + "'; use person, organisation, place or other");
        };
    }
}
