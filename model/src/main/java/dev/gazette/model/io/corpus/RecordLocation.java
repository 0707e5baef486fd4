package dev.gazette.model.io.corpus;

import dev.gazette.model.io.InputFile;

/**
 * Where a record is: its corpus file, its 1-based position among the file's records and the
 * line it starts on. Reported as {@code file:line#record}, so that editors and terminals open
 * the file at the record, and the record number tells records on one line apart.
 */
record RecordLocation(InputFile file, long record, long line) {

    /** The {@code source} of findings and articles made from this record. */
    String source() {
        return file.source() + ":" + line + "#" + record;
    }

    /** The id of a record without an id field: the file's id and the record number. */
    String fallbackId() {
        return file.id() + "-" + record;
    }
}
