package dev.gazette.beam.rows;

import dev.gazette.beam.internal.TreeCoder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.CustomCoder;

/** Encodes {@link DocumentRows}; records that are the rows themselves are written once. */
public final class DocumentRowsCoder extends CustomCoder<DocumentRows> {

    private static final long serialVersionUID = 1L;
    private static final DocumentRowsCoder INSTANCE = new DocumentRowsCoder();

    private DocumentRowsCoder() {
    }

    public static DocumentRowsCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(DocumentRows value, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(value.tables().size());
        for (DocumentRows.Table t : value.tables()) {
            data.writeUTF(t.name());
            TreeCoder.write(t.rows(), data);
            boolean same = t.records().equals(t.rows());
            data.writeBoolean(same);
            if (!same) {
                TreeCoder.write(t.records(), data);
            }
        }
        data.flush();
    }

    @Override
    @SuppressWarnings("unchecked")
    public DocumentRows decode(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int n = data.readInt();
        List<DocumentRows.Table> tables = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = data.readUTF();
            List<Map<String, Object>> rows = (List<Map<String, Object>>) TreeCoder.read(data);
            List<Map<String, Object>> records = data.readBoolean() ? rows
                    : (List<Map<String, Object>>) TreeCoder.read(data);
            tables.add(new DocumentRows.Table(name, rows, records));
        }
        return new DocumentRows(tables);
    }

    @Override
    public void verifyDeterministic() {
        // see TreeCoder
    }
}
