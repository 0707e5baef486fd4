package dev.gazette.validate;

import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.validate.fix.Normalised;
import java.util.List;

/**
 * What the engine made of one input file: the parsed article and its clean version, or
 * nothing when the file was rejected; and every finding about it, sorted.
 *
 * @param id         the article id
 * @param source     the input path
 * @param article    the parsed article, or {@code null} when the file was rejected
 * @param normalised the clean version, or {@code null} when the file was rejected
 * @param findings   all findings about this input, in {@link Finding#ORDER}
 * @param annotations data rules attached to the article (see {@link AnnotationKey})
 */
public record ArticleResult(String id, String source, Article article, Normalised normalised, List<Finding> findings,
                            java.util.Map<AnnotationKey<?>, Object> annotations) {

    public ArticleResult {
        findings = List.copyOf(findings);
        annotations = annotations == null ? java.util.Map.of() : new java.util.IdentityHashMap<>(annotations);
    }

    /** A result for an input that produced no article. */
    public static ArticleResult rejected(String id, String source, List<Finding> findings) {
        return new ArticleResult(id, source, null, null, findings, null);
    }

    /** The data a rule attached under {@code key}, or {@code null}. */
    public <T> T annotation(AnnotationKey<T> key) {
        Object v = annotations.get(key);
        return v == null ? null : key.cast(v);
    }

    /** True when the file was read and parsed. */
    public boolean parsed() {
        return article != null;
    }
}
