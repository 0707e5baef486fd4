package dev.gazette.model.io;

import dev.gazette.model.Finding;
import java.util.Optional;

/**
 * The outcome of reading one input: a decoded document, or the finding that says why the
 * file could not be used. Exactly one of the two is present.
 */
public record ReadResult(Optional<RawDocument> document, Optional<Finding> rejection) {

    public static ReadResult of(RawDocument document) {
        return new ReadResult(Optional.of(document), Optional.empty());
    }

    public static ReadResult rejected(Finding why) {
        return new ReadResult(Optional.empty(), Optional.of(why));
    }
}
