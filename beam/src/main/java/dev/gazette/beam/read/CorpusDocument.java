package dev.gazette.beam.read;

import dev.gazette.model.io.ReadResult;
import java.util.Comparator;

/**
 * One document of the corpus as read from its file, with its place in corpus order: the file
 * it came from (files are in order of their source path, as the local engine reads them) and its
 * index among the file's documents. Notes made before reading (an input folder without article
 * files) have the empty file name, so they come first, as the local engine reports them.
 *
 * @param file   the source path of the input file ({@code ""} for a note)
 * @param index  the document's index among those of its file (0 for an article file)
 * @param result the decoded document, or why it could not be used
 */
public record CorpusDocument(String file, long index, ReadResult result) {

    /** Corpus order: the order in which {@code gazette export} processes documents. */
    public static final Comparator<CorpusDocument> ORDER =
            Comparator.comparing(CorpusDocument::file).thenComparingLong(CorpusDocument::index);

    /** The document's place in corpus order as one string key (see {@link Positions}). */
    public String position() {
        return Positions.of(file, index);
    }
}
