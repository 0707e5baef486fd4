package dev.gazette.beam.corpus;

import dev.gazette.beam.read.CorpusDocument;
import dev.gazette.model.io.RawDocument;
import java.util.Map;

/** A readable document under the id the corpus gave it. */
public final class Renamed {

    private Renamed() {
    }

    /** The document of {@code d} under its unique id, or {@code null} when {@code d} was rejected. */
    public static RawDocument document(CorpusDocument d, Map<String, Rename> renames) {
        if (d.result().document().isEmpty()) {
            return null;
        }
        RawDocument doc = d.result().document().get();
        Rename r = renames.isEmpty() ? null : renames.get(d.position());
        return r == null ? doc : doc.withId(r.id());
    }
}
