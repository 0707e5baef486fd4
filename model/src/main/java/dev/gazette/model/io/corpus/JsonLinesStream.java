package dev.gazette.model.io.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.PendingDocument;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines: one object per line; blank lines are skipped, a bad line is one malformed record.
 * A line longer than the record limit ({@code --max-record-size}) is one malformed record too:
 * it is skipped without being held in memory, and the lines after it are read.
 */
final class JsonLinesStream implements RecordStream {

    private final InputFile file;
    private final FieldMapping mapping;
    private final CountingInputStream[] counting = new CountingInputStream[1];
    private final RecordBudget budget;
    private Reader reader;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int end;
    private boolean skipLineFeed;
    private long line;
    private long record;
    private boolean done;

    JsonLinesStream(InputFile file, FieldMapping mapping, long maxRecordBytes) throws IOException {
        this.file = file;
        this.mapping = mapping;
        this.budget = CorpusFiles.open(file.path(), counting, maxRecordBytes);
        CorpusFiles.skipByteOrderMark(budget);
        this.reader = new InputStreamReader(budget, StandardCharsets.UTF_8);
    }

    @Override
    public PendingDocument next() {
        while (!done) {
            String text;
            try {
                text = readLine();
            } catch (RecordBudget.TooLarge e) {
                line++;
                record++;
                RecordLocation at = new RecordLocation(file, record, line);
                PendingDocument rejected = RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), line, 1,
                        "Line " + line + " is longer than the record limit of " + budget.limit()
                                + " bytes; the record is skipped",
                        "Raise the limit with --max-record-size BYTES, or split the record."), 0);
                try {
                    skipRestOfLine();
                } catch (IOException io) {
                    done = true;
                }
                return rejected;
            } catch (IOException e) {
                done = true;
                RecordLocation at = new RecordLocation(file, record + 1, line + 1);
                return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), line + 1, 1,
                        "Corpus file cannot be read past line " + line + " (" + e.getMessage()
                                + "); the rest of the file is skipped",
                        "Check that the file is complete (a truncated download or gzip file?)."), 0);
            }
            if (text == null) {
                done = true;
                return null;
            }
            line++;
            if (text.isBlank()) {
                continue;
            }
            record++;
            RecordLocation at = new RecordLocation(file, record, line);
            JsonNode node;
            try {
                node = JsonRecords.lineMapper(budget.limit()).readTree(text);
            } catch (JsonProcessingException e) {
                long column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
                return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), line, column,
                        "Line " + line + " " + JsonRecords.problem(e, budget.limit()) + "; the record is skipped",
                        "Fix the line, or leave it out: JSON Lines holds one complete JSON object per line."),
                        text.length());
            }
            return JsonRecords.document(at, mapping, node);
        }
        return null;
    }

    /**
     * The next line without its line end ({@code \n}, {@code \r\n} or {@code \r}), or {@code null}
     * at the end of the file.
     *
     * @throws RecordBudget.TooLarge when the line is longer than the record limit
     */
    private String readLine() throws IOException {
        budget.startRecord();
        StringBuilder text = null;
        while (true) {
            if (pos == end) {
                int n = reader.read(buffer);
                if (n < 0) {
                    return text == null ? null : text.toString();
                }
                pos = 0;
                end = n;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            int i = pos;
            while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            if (text == null) {
                text = new StringBuilder(Math.max(16, i - pos));
            }
            text.append(buffer, pos, i - pos);
            if (text.length() > budget.limit()) {
                pos = i; // the rest of the line is skipped from here
                throw new RecordBudget.TooLarge(budget.limit());
            }
            if (i < end) {
                skipLineFeed = buffer[i] == '\r';
                pos = i + 1;
                return text.toString();
            }
            pos = end;
        }
    }

    /** Skips the bytes of a line that is too long, without keeping them, and starts reading after it. */
    private void skipRestOfLine() throws IOException {
        if (pos < end) {
            int i = pos;
            while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            if (i < end) {
                skipLineFeed = buffer[i] == '\r';
                pos = i + 1;
                return;
            }
        }
        budget.suspend();
        int b;
        while ((b = budget.read()) >= 0 && b != '\n' && b != '\r') {
            // skipped
        }
        skipLineFeed = b == '\r';
        reader = new InputStreamReader(budget, StandardCharsets.UTF_8);
        pos = 0;
        end = 0;
    }

    @Override
    public long bytesRead() {
        return counting[0] == null ? 0 : counting[0].count();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // read-only file: nothing was lost
        }
    }
}
