package dev.gazette.beam.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A Beam coder for the values of dataset rows: {@code null}, strings, booleans, integers, longs,
 * doubles, lists and string-keyed maps of them, nested to any depth. Types and map order survive
 * the round trip exactly, so a row renders to the same bytes after it has crossed workers.
 */
public final class TreeCoder extends CustomCoder<Object> {

    private static final long serialVersionUID = 1L;
    private static final TreeCoder INSTANCE = new TreeCoder();

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte TRUE = 2;
    private static final byte FALSE = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte DOUBLE = 6;
    private static final byte LIST = 7;
    private static final byte MAP = 8;

    private TreeCoder() {
    }

    public static TreeCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(Object value, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        write(value, data);
        data.flush();
    }

    @Override
    public Object decode(InputStream in) throws IOException {
        return read(new DataInputStream(in));
    }

    @Override
    public void verifyDeterministic() {
        // maps keep their order; every value is written from its content alone
    }

    /** Writes {@code value} to {@code out}. */
    public static void write(Object value, DataOutputStream out) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            Strings.write(s, out);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object o : list) {
                write(o, out);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Strings.write((String) e.getKey(), out);
                write(e.getValue(), out);
            }
        } else {
            throw new CoderException("a dataset row holds a " + value.getClass().getName()
                    + ", which TreeCoder cannot encode");
        }
    }

    /** Reads a value written by {@link #write}. */
    public static Object read(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return Strings.read(in);
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case LIST: {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(read(in));
                }
                return list;
            }
            case MAP: {
                int n = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>(n * 2);
                for (int i = 0; i < n; i++) {
                    String k = Strings.read(in);
                    map.put(k, read(in));
                }
                return map;
            }
            default:
                throw new CoderException("unknown value tag " + tag);
        }
    }
}
