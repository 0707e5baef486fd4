package dev.gazette.beam.corpus;

import java.io.Serializable;

/**
 * A document whose id an earlier document of the corpus already uses.
 *
 * @param id         the id it gets
 * @param originalId the id it asked for
 * @param owner      the source of the document that owns {@code originalId}
 */
public record Rename(String id, String originalId, String owner) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * A rename of the document at a position of the corpus.
     *
     * @param position the document's position
     * @param rename   its rename
     */
    record At(String position, Rename rename) {
    }
}
