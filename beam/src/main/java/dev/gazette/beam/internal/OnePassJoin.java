package dev.gazette.beam.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGbkResultSchema;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Two keyed collections joined by key, as {@link CoGroupByKey} joins them, but each key's values
 * read from the runner once and held in memory, so that the joined result can be read side by
 * side, each side as often as needed.
 *
 * <p>{@link CoGroupByKey}'s result keeps the first 10,000 values of a key in memory and reads
 * the rest from the runner's group again for each side: Flink gives a group's values once
 * (unless {@code --reIterableGroupByKeyResult}), so a join whose bucket held more than 10,000
 * values failed there ("GBK result is not re-iterable"), on Reuters-21578 with 8 buckets. The
 * joins of the pipeline are by bucket, and a bucket's share of the keys is meant to fit on one
 * worker, so holding it is what the steps assume anyway.
 */
public final class OnePassJoin {

    private OnePassJoin() {
    }

    /**
     * Joins {@code first} and {@code second} by key.
     *
     * @return per key, a {@link CoGbkResult} holding both sides under {@code firstTag} and {@code secondTag}
     */
    @SuppressWarnings("unchecked")
    public static <K, A, B> PCollection<KV<K, CoGbkResult>> of(String name, TupleTag<A> firstTag,
                                                               PCollection<KV<K, A>> first, TupleTag<B> secondTag,
                                                               PCollection<KV<K, B>> second) {
        KvCoder<K, A> firstCoder = (KvCoder<K, A>) first.getCoder();
        KvCoder<K, B> secondCoder = (KvCoder<K, B>) second.getCoder();
        Coder<K> key = firstCoder.getKeyCoder();
        UnionCoder union = UnionCoder.of(List.of(firstCoder.getValueCoder(), secondCoder.getValueCoder()));
        KvCoder<K, RawUnionValue> tagged = KvCoder.of(key, union);
        return PCollectionList
                .of(first.apply(name + "TagFirst", ParDo.of(new TagFn<K, A>(0))).setCoder(tagged))
                .and(second.apply(name + "TagSecond", ParDo.of(new TagFn<K, B>(1))).setCoder(tagged))
                .apply(name + "Flatten", Flatten.pCollections())
                .apply(name + "Group", GroupByKey.create())
                .apply(name + "Sides", ParDo.of(new SidesFn<K, A, B>(firstTag, secondTag)))
                .setCoder(KvCoder.of(key, CoGbkResult.CoGbkResultCoder.of(
                        CoGbkResultSchema.of(List.of(firstTag, secondTag)), union)));
    }

    /** Marks a value with its side. */
    private static final class TagFn<K, V> extends DoFn<KV<K, V>, KV<K, RawUnionValue>> {
        private static final long serialVersionUID = 1L;
        private final int side;

        TagFn(int side) {
            this.side = side;
        }

        @ProcessElement
        public void process(@Element KV<K, V> e, OutputReceiver<KV<K, RawUnionValue>> out) {
            out.output(KV.of(e.getKey(), new RawUnionValue(side, e.getValue())));
        }
    }

    /** Reads a key's values once, into its two sides. */
    private static final class SidesFn<K, A, B> extends DoFn<KV<K, Iterable<RawUnionValue>>, KV<K, CoGbkResult>> {
        private static final long serialVersionUID = 1L;
        private final TupleTag<A> firstTag;
        private final TupleTag<B> secondTag;

        SidesFn(TupleTag<A> firstTag, TupleTag<B> secondTag) {
            this.firstTag = firstTag;
            this.secondTag = secondTag;
        }

        @ProcessElement
        @SuppressWarnings("unchecked")
        public void process(@Element KV<K, Iterable<RawUnionValue>> group, OutputReceiver<KV<K, CoGbkResult>> out) {
            List<A> firstValues = new ArrayList<>();
            List<B> secondValues = new ArrayList<>();
            for (RawUnionValue v : group.getValue()) {
                if (v.getUnionTag() == 0) {
                    firstValues.add((A) v.getValue());
                } else {
                    secondValues.add((B) v.getValue());
                }
            }
            out.output(KV.of(group.getKey(), CoGbkResult.of(firstTag, firstValues).and(secondTag, secondValues)));
        }
    }
}
