package dev.gazette.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.bench.corpus.CorpusGenerator;
import dev.gazette.cli.GazetteCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proof of no change: the datasets exported from the sample corpus and from a generated corpus
 * (800 articles, seed 7, with the samples) in every format hash to the SHA-256 values recorded in
 * {@code export-manifest.tsv}. A change to the code that changes any exported byte fails here;
 * an intended change of output is recorded by regenerating the manifest
 * ({@code mvn -B -q -pl bench -am verify -Dtest=ExportManifestTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgazette.manifest.update=true}) and saying in the commit what changed and why.
 */
class ExportManifestTest {

    private static final Path MANIFEST = Path.of("src/test/resources/export-manifest.tsv");
    private static final Path SEEDS = Path.of("../seeds");
    private static final String FORMATS = "csv,jsonl,xlsx";

    /** Inputs and outputs live here, under relative paths, since input paths are part of the rows. */
    private static final Path WORK = Path.of("target/export-manifest");

    @Test
    void theExportsOfTheSeedsAndAGeneratedCorpusAreTheRecordedBytes() throws Exception {
        deleteRecursively(WORK);
        Path input = WORK.resolve("input");
        Files.createDirectories(input);
        Path generated = input.resolve("generated.jsonl");
        try (Writer w = Files.newBufferedWriter(generated, StandardCharsets.UTF_8)) {
            new CorpusGenerator(7).writeJsonLines(w, Long.MAX_VALUE, 800);
        }
        List<String> lines = new ArrayList<>();
        lines.add("# dataset\tfile\tsha256 (regenerate: see ExportManifestTest)");
        Path seeds = input.resolve("seeds");
        Files.createDirectories(seeds);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        lines.addAll(export("seeds", WORK.resolve("seeds-out"), seeds.toString()));
        lines.addAll(export("generated", WORK.resolve("generated-out"), generated.toString(), seeds.toString()));
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("gazette.manifest.update")) {
            Files.writeString(MANIFEST, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("exported bytes; if the change is intended, regenerate %s (see this test's doc)",
                MANIFEST).isEqualTo(Files.readString(MANIFEST, StandardCharsets.UTF_8));
    }

    private static List<String> export(String name, Path out, String... inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--out", out.toString(), "--format", FORMATS, "-q",
                "--threads", "2"));
        args.addAll(List.of(inputs));
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(args.toArray(new String[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).as("export of %s: %s", name, err).isZero();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                lines.add(name + "\t" + out.relativize(f).toString().replace('\\', '/') + "\t" + sha256(f));
            }
        }
        return lines;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String sha256(Path f) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
