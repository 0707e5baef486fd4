package dev.gazette.beam.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A Beam coder for a Java record of Gazette's model (a {@code Finding}, a {@code RawDocument}),
 * component by component in declaration order, through its canonical constructor. It follows
 * the record's shape by reflection, so a component added to the model needs no change here.
 * Supported component types: {@code String}, the primitive types and their boxes, enums,
 * {@code byte[]}, nested records, and {@code List}/{@code Optional} of any of them. Strings
 * and nested values may be {@code null}.
 *
 * @param <T> the record type
 */
public final class RecordCoder<T extends Record> extends CustomCoder<T> {

    private static final long serialVersionUID = 1L;
    private static final Map<Class<?>, RecordCoder<?>> CACHE = new ConcurrentHashMap<>();

    private final Class<T> type;
    private transient volatile Codec codec;

    private RecordCoder(Class<T> type) {
        this.type = type;
    }

    /** The coder of {@code type}; fails at once when a component has a type it cannot encode. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> RecordCoder<T> of(Class<T> type) {
        RecordCoder<T> c = (RecordCoder<T>) CACHE.computeIfAbsent(type, t -> new RecordCoder<>(type));
        c.codec();
        return c;
    }

    @Override
    public void encode(T value, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        codec().write(value, data);
        data.flush();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T decode(InputStream in) throws IOException {
        return (T) codec().read(new DataInputStream(in));
    }

    @Override
    public void verifyDeterministic() {
        // every component is written in a fixed order from its value alone
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordCoder<?> c && c.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return "RecordCoder<" + type.getSimpleName() + ">";
    }

    private Codec codec() {
        Codec c = codec;
        if (c == null) {
            c = codecOf(type);
            codec = c;
        }
        return c;
    }

    /** Writes and reads one value of one type. */
    private interface Codec {
        void write(Object value, DataOutputStream out) throws IOException;

        Object read(DataInputStream in) throws IOException;
    }

    private static Codec codecOf(Type t) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Codec element = codecOf(p.getActualTypeArguments()[0]);
            if (raw == List.class) {
                return nullable(new ListCodec(element));
            }
            if (raw == Optional.class) {
                return new OptionalCodec(element);
            }
            throw new IllegalArgumentException("RecordCoder cannot encode " + t);
        }
        if (!(t instanceof Class<?> c)) {
            throw new IllegalArgumentException("RecordCoder cannot encode " + t);
        }
        if (c == int.class) {
            return new Codec() {
                public void write(Object v, DataOutputStream out) throws IOException {
                    out.writeInt((Integer) v);
                }

                public Object read(DataInputStream in) throws IOException {
                    return in.readInt();
                }
            };
        }
        if (c == long.class) {
            return new Codec() {
                public void write(Object v, DataOutputStream out) throws IOException {
                    out.writeLong((Long) v);
                }

                public Object read(DataInputStream in) throws IOException {
                    return in.readLong();
                }
            };
        }
        if (c == double.class) {
            return new Codec() {
                public void write(Object v, DataOutputStream out) throws IOException {
                    out.writeDouble((Double) v);
                }

                public Object read(DataInputStream in) throws IOException {
                    return in.readDouble();
                }
            };
        }
        if (c == boolean.class) {
            return new Codec() {
                public void write(Object v, DataOutputStream out) throws IOException {
                    out.writeBoolean((Boolean) v);
                }

                public Object read(DataInputStream in) throws IOException {
                    return in.readBoolean();
                }
            };
        }
        if (c == Integer.class) {
            return nullable(codecOf(int.class));
        }
        if (c == Long.class) {
            return nullable(codecOf(long.class));
        }
        if (c == Double.class) {
            return nullable(codecOf(double.class));
        }
        if (c == Boolean.class) {
            return nullable(codecOf(boolean.class));
        }
        if (c == String.class) {
            return nullable(new Codec() {
                public void write(Object v, DataOutputStream out) throws IOException {
                    Strings.write((String) v, out);
                }

                public Object read(DataInputStream in) throws IOException {
                    return Strings.read(in);
                }
            });
        }
        if (c == byte[].class) {
            return nullable(new Codec() {
                public void write(Object v, DataOutputStream out) throws IOException {
                    byte[] b = (byte[]) v;
                    out.writeInt(b.length);
                    out.write(b);
                }

                public Object read(DataInputStream in) throws IOException {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    return b;
                }
            });
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return nullable(new Codec() {
                public void write(Object v, DataOutputStream out) throws IOException {
                    out.writeInt(((Enum<?>) v).ordinal());
                }

                public Object read(DataInputStream in) throws IOException {
                    int i = in.readInt();
                    if (i < 0 || i >= constants.length) {
                        throw new CoderException("no constant " + i + " in " + c.getName());
                    }
                    return constants[i];
                }
            });
        }
        if (c.isRecord()) {
            return nullable(new RecordCodec(c));
        }
        throw new IllegalArgumentException("RecordCoder cannot encode " + c.getName());
    }

    private static Codec nullable(Codec inner) {
        return new Codec() {
            public void write(Object v, DataOutputStream out) throws IOException {
                out.writeBoolean(v != null);
                if (v != null) {
                    inner.write(v, out);
                }
            }

            public Object read(DataInputStream in) throws IOException {
                return in.readBoolean() ? inner.read(in) : null;
            }
        };
    }

    private static final class RecordCodec implements Codec {
        private final RecordComponent[] components;
        private final Codec[] codecs;
        private final Constructor<?> constructor;

        RecordCodec(Class<?> c) {
            components = c.getRecordComponents();
            codecs = new Codec[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                codecs[i] = codecOf(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            try {
                constructor = c.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                for (RecordComponent rc : components) {
                    rc.getAccessor().setAccessible(true);
                }
            } catch (NoSuchMethodException | RuntimeException e) {
                throw new IllegalArgumentException("RecordCoder cannot reach the canonical constructor of "
                        + c.getName() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void write(Object v, DataOutputStream out) throws IOException {
            for (int i = 0; i < components.length; i++) {
                Object value;
                try {
                    value = components[i].getAccessor().invoke(v);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new CoderException("cannot read " + components[i].getName() + " of " + v, e);
                }
                codecs[i].write(value, out);
            }
        }

        @Override
        public Object read(DataInputStream in) throws IOException {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = codecs[i].read(in);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new CoderException("cannot rebuild a " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
    }

    private record ListCodec(Codec element) implements Codec {
        @Override
        public void write(Object v, DataOutputStream out) throws IOException {
            List<?> list = (List<?>) v;
            out.writeInt(list.size());
            for (Object e : list) {
                element.write(e, out);
            }
        }

        @Override
        public Object read(DataInputStream in) throws IOException {
            int n = in.readInt();
            List<Object> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                list.add(element.read(in));
            }
            return Collections.unmodifiableList(list);
        }
    }

    private record OptionalCodec(Codec element) implements Codec {
        @Override
        public void write(Object v, DataOutputStream out) throws IOException {
            Optional<?> o = (Optional<?>) v;
            out.writeBoolean(o.isPresent());
            if (o.isPresent()) {
                element.write(o.get(), out);
            }
        }

        @Override
        public Object read(DataInputStream in) throws IOException {
            return in.readBoolean() ? Optional.of(element.read(in)) : Optional.empty();
        }
    }
}
