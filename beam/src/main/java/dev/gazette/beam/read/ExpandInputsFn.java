package dev.gazette.beam.read;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputFormat;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.ReadResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Expands the inputs into the files to read, with the local scan's rules: a folder gives its
 * files of the input format (recursively, hidden entries skipped), a file named directly is read
 * whatever its extension, each file once, and a folder without such files gives a
 * {@code no-articles} note. Local inputs are scanned by the CLI's own {@link InputScanner};
 * inputs on another file system (a URI such as {@code gs://bucket/news/}) are listed through
 * Beam's {@link FileSystems} with the same rules.
 */
final class ExpandInputsFn extends DoFn<byte[], InputRef> {

    private static final long serialVersionUID = 1L;

    /** Notes about inputs that held no article file, as corpus documents that come first. */
    static final TupleTag<CorpusDocument> NOTES = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };

    private final InputSpec spec;

    ExpandInputsFn(InputSpec spec) {
        this.spec = spec;
    }

    @ProcessElement
    public void process(MultiOutputReceiver out) throws IOException, InputException {
        Scan scan = scan(spec);
        for (InputRef f : scan.files()) {
            out.get(mainTag()).output(f);
        }
        for (int i = 0; i < scan.notes().size(); i++) {
            out.get(NOTES).output(new CorpusDocument("", i, ReadResult.rejected(scan.notes().get(i))));
        }
    }

    static TupleTag<InputRef> mainTag() {
        return MAIN;
    }

    private static final TupleTag<InputRef> MAIN = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };

    /** The files and notes of the inputs, in source order, each file once. */
    record Scan(List<InputRef> files, List<Finding> notes) {
    }

    /**
     * Scans {@code spec}'s inputs.
     *
     * @throws InputException when an input does not exist, as {@code gazette export} reports it
     */
    static Scan scan(InputSpec spec) throws InputException, IOException {
        TreeMap<String, InputRef> files = new TreeMap<>();
        List<Finding> notes = new ArrayList<>();
        List<String> local = new ArrayList<>();
        for (String given : spec.inputs()) {
            if (isLocal(given)) {
                local.add(given);
            } else {
                listRemote(given, spec.inputFormat(), files, notes);
            }
        }
        if (!local.isEmpty()) {
            InputScanner.Scan s = InputScanner.forFormat(spec.inputFormat()).scan(local);
            for (InputFile f : s.files()) {
                files.putIfAbsent(f.source(), new InputRef(f.path().toAbsolutePath().toString(), f.source()));
            }
            notes.addAll(s.notes());
        }
        return new Scan(List.copyOf(files.values()), notes);
    }

    /** True when {@code input} names a path of the local file system (no scheme, or {@code file:}). */
    static boolean isLocal(String input) {
        int colon = input.indexOf("://");
        return colon < 0 || input.substring(0, colon).equalsIgnoreCase("file") || (colon == 1 && isWindowsDrive(input));
    }

    private static boolean isWindowsDrive(String input) {
        return Character.isLetter(input.charAt(0));
    }

    private static void listRemote(String given, InputFormat format, TreeMap<String, InputRef> files,
                                   List<Finding> notes) throws IOException, InputException {
        String base = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
        if (!given.endsWith("/")) {
            MatchResult single = FileSystems.match(given);
            if (single.status() == MatchResult.Status.OK) {
                for (MatchResult.Metadata m : single.metadata()) {
                    if (m.resourceId().toString().equals(given) && !m.resourceId().isDirectory()) {
                        files.putIfAbsent(given, new InputRef(given, given));
                        return;
                    }
                }
            }
        }
        MatchResult all = FileSystems.match(base + "/**");
        List<MatchResult.Metadata> found = all.status() == MatchResult.Status.OK ? all.metadata() : List.of();
        if (found.isEmpty()) {
            throw new InputException(given + ": no such file or folder; check the path");
        }
        int kept = 0;
        for (MatchResult.Metadata m : found) {
            ResourceId id = m.resourceId();
            String full = id.toString();
            if (id.isDirectory() || !full.startsWith(base + "/")) {
                continue;
            }
            String relative = full.substring(base.length() + 1);
            if (hidden(relative) || !accepts(format, id.getFilename())) {
                continue;
            }
            files.putIfAbsent(base + "/" + relative, new InputRef(full, base + "/" + relative));
            kept++;
        }
        if (kept == 0) {
            notes.add(Finding.fileLevel("no-articles", Severity.WARNING, "", base,
                    "Folder holds no article files (" + patterns(format) + ")",
                    "Check the path, or put one article per .txt file in it."));
        }
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean accepts(InputFormat format, String name) {
        Optional<InputFormat> f = InputFormat.fromName(name == null ? "" : name);
        return format == null ? f.isPresent() : f.equals(Optional.of(format));
    }

    private static String patterns(InputFormat format) {
        List<String> exts = new ArrayList<>();
        for (InputFormat f : InputFormat.values()) {
            if (format == null || f == format) {
                f.extensions().forEach(e -> exts.add("*." + e));
            }
        }
        return String.join(", ", exts) + ", optionally .gz";
    }
}
