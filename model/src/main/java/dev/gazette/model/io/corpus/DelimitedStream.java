package dev.gazette.model.io.corpus;

import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.PendingDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV (RFC 4180) or TSV with a header row naming the fields, read with Commons CSV one row at a
 * time. A row with more or fewer values than the header is a malformed record; a quoting error
 * ends the file, since the parser cannot tell where the next row starts.
 */
final class DelimitedStream implements RecordStream {

    private final InputFile file;
    private final FieldMapping mapping;
    private final CountingInputStream[] counting = new CountingInputStream[1];
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final int columns;
    private PendingDocument pending;
    private long record;
    private long lastLine = 1;
    private boolean done;

    DelimitedStream(InputFile file, FieldMapping mapping, boolean tabs) throws IOException {
        this.file = file;
        this.mapping = mapping;
        CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.RFC4180).builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
                .get();
        CSVParser p = null;
        Iterator<CSVRecord> it = null;
        int n = 0;
        RecordLocation header = new RecordLocation(file, 0, 1);
        try {
            p = CSVParser.builder().setReader(CorpusFiles.utf8(CorpusFiles.open(file.path(), counting)))
                    .setFormat(format).get();
            Map<String, Integer> names = p.getHeaderMap();
            n = names.size();
            if (!names.containsKey(mapping.text())) {
                pending = RecordDocument.rejected(RecordDocument.malformed(header, file.id(), 1, 1,
                        "The header has no column '" + mapping.text() + "' for the article text (columns: "
                                + p.getHeaderNames() + "); the file is skipped",
                        "Name the text column with --text-field."), 0);
                done = true;
            } else {
                it = p.iterator();
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            pending = RecordDocument.rejected(RecordDocument.malformed(header, file.id(), 1, 1,
                    "The header row cannot be read: " + e.getMessage() + "; the file is skipped",
                    "The first row must name the columns, each name once."), 0);
            done = true;
        }
        this.parser = p;
        this.rows = it;
        this.columns = n;
    }

    @Override
    public PendingDocument next() {
        if (pending != null) {
            PendingDocument p = pending;
            pending = null;
            return p;
        }
        if (done) {
            return null;
        }
        CSVRecord row;
        try {
            if (!rows.hasNext()) {
                done = true;
                return null;
            }
            row = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            done = true;
            long line = parser.getCurrentLineNumber();
            RecordLocation at = new RecordLocation(file, record + 1, lastLine + 1);
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), Math.max(line, lastLine + 1), 1,
                    "Row cannot be parsed (" + why + "); the rest of the file is skipped",
                    "Check the quoting near this line: a quote inside a quoted value is doubled (\"\")."), 0);
        }
        record++;
        long start = lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        RecordLocation at = new RecordLocation(file, record, start);
        if (row.size() != columns) {
            return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), start, 1,
                    "Row " + record + " has " + row.size() + " value" + (row.size() == 1 ? "" : "s") + ", the header has "
                            + columns + "; the row is skipped",
                    "Quote values that hold the separator, so that every row has one value per column."), 0);
        }
        return RecordDocument.of(at, mapping, value(row, mapping.id()), value(row, mapping.title()),
                value(row, mapping.date()), value(row, mapping.text()));
    }

    private static String value(CSVRecord row, String column) {
        if (column.isEmpty() || !row.isMapped(column)) {
            return null;
        }
        return row.get(column);
    }

    @Override
    public long bytesRead() {
        return counting[0] == null ? 0 : counting[0].count();
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            // read-only file: nothing was lost
        }
    }
}
