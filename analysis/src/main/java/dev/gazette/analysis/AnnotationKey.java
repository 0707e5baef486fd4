package dev.gazette.analysis;

import java.util.Objects;

/**
 * Names a piece of data a rule attaches to an article's result beside its findings, such as
 * the entity mentions the dataset's mentions table is built from. Keys compare by identity:
 * declare each as a constant.
 *
 * @param <T> the type of the data
 */
public final class AnnotationKey<T> {

    private final String name;
    private final Class<T> type;

    public AnnotationKey(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public String name() {
        return name;
    }

    T cast(Object value) {
        return type.cast(value);
    }

    @Override
    public String toString() {
        return "AnnotationKey[" + name + "]";
    }
}
