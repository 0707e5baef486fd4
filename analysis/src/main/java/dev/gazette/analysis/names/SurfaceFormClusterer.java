package dev.gazette.analysis.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Groups name surface forms into entities as the names statistic does for a corpus, with the
 * bundled lexicon, transliteration table and registry: each distinct form counts as one full-name
 * mention of unknown type in one article. For embedding (deduplicating a list of names) and for
 * the clustering benchmark. Thread-safe; every call clusters afresh.
 */
public final class SurfaceFormClusterer {

    private final NameClusterer clusterer;

    private SurfaceFormClusterer(NameClusterer clusterer) {
        this.clusterer = clusterer;
    }

    /** The clusterer with the bundled reference data. */
    public static SurfaceFormClusterer standard() {
        return new SurfaceFormClusterer(new NameClusterer(new NameKeys(Lexicon.standard(), Transliteration.standard()),
                Registry.standard()));
    }

    /** The entities the distinct forms of {@code surfaces} make, each with the forms it groups. */
    public List<Entity> cluster(Collection<String> surfaces) {
        List<NameClusterer.Form> forms = new ArrayList<>(surfaces.size());
        for (String s : new LinkedHashSet<>(surfaces)) {
            forms.add(new NameClusterer.Form(s, NameClusterer.FULL, 1, 1, new int[4], null));
        }
        return clusterer.cluster(forms, Map.of(), Map.of()).entities();
    }
}
