package dev.gazette.beam.corpus;

import dev.gazette.beam.internal.Buckets;
import dev.gazette.beam.internal.SerialCoder;
import dev.gazette.beam.read.CorpusDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.validate.engine.UniqueIds;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Unique article ids, as the local engine gives them: in corpus order, the first document to
 * use an id keeps it and a later one becomes {@code id-2}, {@code id-3}, ... ({@link UniqueIds}).
 * The renaming is sequential, but only among ids that can collide: an id and the candidates made
 * from it ({@code id-2}, {@code id-2-2}) share a family (the id without its trailing
 * {@code -digits} parts), and a family in which no id is used twice renames nothing. So the
 * documents' ids are spread over buckets by family, and each bucket, on its own worker, renames
 * the documents of its families that hold a duplicate, in corpus order. The result, keyed by
 * the document's position, is small (the renamed documents) and reaches the other steps as a
 * side input.
 */
public final class DocumentIds extends PTransform<PCollection<CorpusDocument>, PCollectionView<Map<String, Rename>>> {

    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("(-[0-9]+)+$");

    private final int buckets;

    /** @param buckets how many buckets the ids are spread over */
    public DocumentIds(int buckets) {
        this.buckets = buckets;
    }

    @Override
    public PCollectionView<Map<String, Rename>> expand(PCollection<CorpusDocument> documents) {
        return documents
                .apply("Claims", ParDo.of(new ClaimFn(buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), SerialCoder.of(Claim.class)))
                .apply("ByBucket", GroupByKey.create())
                .apply("Rename", ParDo.of(new RenameFn()))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerialCoder.of(Rename.class)))
                .apply("RenamesView", View.asMap());
    }

    /** The family of an id: the id without its trailing {@code -digits} parts. */
    static String family(String id) {
        return NUMBER_SUFFIX.matcher(id).replaceFirst("");
    }

    /**
     * A readable document's request for its id.
     *
     * @param position its place in corpus order
     * @param id       the id it asks for
     * @param source   its source
     */
    record Claim(String position, String id, String source) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final class ClaimFn extends DoFn<CorpusDocument, KV<Integer, Claim>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        ClaimFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element CorpusDocument d, OutputReceiver<KV<Integer, Claim>> out) {
            if (d.result().document().isPresent()) {
                RawDocument doc = d.result().document().get();
                out.output(KV.of(Buckets.of(family(doc.id()), buckets), new Claim(d.position(), doc.id(), doc.source())));
            }
        }
    }

    /** Renames, in corpus order, the documents of the bucket's families that hold a duplicate id. */
    static final class RenameFn extends DoFn<KV<Integer, Iterable<Claim>>, KV<String, Rename>> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<Claim>> bucket, OutputReceiver<KV<String, Rename>> out) {
            for (Rename.At r : renames(bucket.getValue())) {
                out.output(KV.of(r.position(), r.rename()));
            }
        }

        /** The renames of one bucket's claims (read once: a runner may not iterate a group twice). */
        static List<Rename.At> renames(Iterable<Claim> claimed) {
            List<Claim> bucket = new ArrayList<>();
            claimed.forEach(bucket::add);
            Map<String, Integer> uses = new HashMap<>();
            for (Claim c : bucket) {
                uses.merge(c.id(), 1, Integer::sum);
            }
            Set<String> families = new HashSet<>();
            uses.forEach((id, n) -> {
                if (n > 1) {
                    families.add(family(id));
                }
            });
            List<Rename.At> out = new ArrayList<>();
            if (families.isEmpty()) {
                return out;
            }
            Map<String, List<Claim>> byFamily = new TreeMap<>();
            for (Claim c : bucket) {
                String f = family(c.id());
                if (families.contains(f)) {
                    byFamily.computeIfAbsent(f, k -> new ArrayList<>()).add(c);
                }
            }
            for (List<Claim> claims : byFamily.values()) {
                claims.sort(Comparator.comparing(Claim::position));
                UniqueIds ids = new UniqueIds();
                for (Claim c : claims) {
                    String id = ids.claim(c.id(), c.source());
                    if (!id.equals(c.id())) {
                        out.add(new Rename.At(c.position(), new Rename(id, c.id(), ids.owner(c.id()))));
                    }
                }
            }
            return out;
        }
    }
}
