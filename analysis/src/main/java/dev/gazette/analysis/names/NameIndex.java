package dev.gazette.analysis.names;

import java.util.List;
import java.util.Map;

/**
 * The corpus's entities and which entity every name form of the corpus belongs to: the
 * result of the names statistic, read by the name rules while they check each article.
 */
final class NameIndex implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** How a corpus form names its entity. */
    enum FormRelation {
        /** A spelling of the entity's name. */
        NAME,
        /** Another name: a registry alias, or a name linked through an acronym definition. */
        ALIAS,
        /** An acronym. */
        ACRONYM,
        /** A one-word name attached to the one person whose surname it is. */
        PARTIAL
    }

    /**
     * One form of the corpus.
     *
     * @param entity   index into {@link #entities()}
     * @param relation how it names the entity
     * @param family   the registry name or alias it is a spelling of, or the form itself
     * @param kind     for a registry alias, its kind; else {@code null}
     * @param articles articles where it stands for the entity
     * @param mentions mentions counted on it (its own and those of partial mentions resolved to it)
     */
    record FormInfo(int entity, FormRelation relation, String family, Registry.AliasKind kind, int articles,
                    int mentions) implements java.io.Serializable {
    }

    /**
     * Figures of one entity.
     *
     * @param articles          articles mentioning it (the sum over its forms; an article writing
     *                          two spellings counts twice)
     * @param canonicalArticles articles writing the canonical name exactly
     * @param mentions          mentions of its name forms
     * @param families          the distinct names (registry name, aliases, unlisted other names)
     *                          the corpus uses for it: family label to the form the corpus
     *                          writes most for it, sorted by label
     */
    record Figures(int articles, int canonicalArticles, int mentions, Map<String, String> families)
            implements java.io.Serializable {
    }

    private static final NameIndex EMPTY = new NameIndex(Map.of(), List.of(), List.of());

    private final Map<String, FormInfo> forms;
    private final List<Entity> entities;
    private final List<Figures> figures;

    NameIndex(Map<String, FormInfo> forms, List<Entity> entities, List<Figures> figures) {
        this.forms = java.util.Collections.unmodifiableMap(forms);
        this.entities = List.copyOf(entities);
        this.figures = List.copyOf(figures);
    }

    static NameIndex empty() {
        return EMPTY;
    }

    /** The form written {@code surface}, or {@code null} when the corpus has no such form. */
    FormInfo form(String surface) {
        return forms.get(surface);
    }

    List<Entity> entities() {
        return entities;
    }

    Entity entity(int index) {
        return entities.get(index);
    }

    Figures figures(int index) {
        return figures.get(index);
    }
}
