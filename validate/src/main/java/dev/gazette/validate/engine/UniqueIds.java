package dev.gazette.validate.engine;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives every article of a corpus a unique id, in corpus order: the first article to use an id
 * keeps it, a later one becomes {@code id-2} (or {@code id-3}, ... the first free one) and gets
 * a {@code duplicate-id} finding. The local engine claims ids in its first pass; a distributed
 * runner claims them, in corpus order, among the documents whose ids can collide.
 */
public final class UniqueIds {

    private final Map<String, String> owners = new HashMap<>();

    /** The id the next document in corpus order gets for {@code id}; {@code source} becomes its owner. */
    public String claim(String id, String source) {
        if (!owners.containsKey(id)) {
            owners.put(id, source);
            return id;
        }
        for (int n = 2; ; n++) {
            String candidate = id + "-" + n;
            if (!owners.containsKey(candidate)) {
                owners.put(candidate, source);
                return candidate;
            }
        }
    }

    /** The source of the document that owns {@code id}, or {@code null}. */
    public String owner(String id) {
        return owners.get(id);
    }

    /**
     * The finding on a document renamed because its id was taken.
     *
     * @param id         the id it was given
     * @param source     its source
     * @param originalId the id it asked for
     * @param owner      the source of the document that owns {@code originalId}
     */
    public static Finding duplicate(String id, String source, String originalId, String owner) {
        return Finding.fileLevel("duplicate-id", Severity.WARNING, id, source,
                "Article id '" + originalId + "' is already used by " + owner + "; this article is '" + id + "'",
                "Give every article a unique id (file name, or the record's id field).");
    }
}
