package dev.gazette.export.calc;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice Calc, run headless: converts files to flat ODS ({@code .fods}) so a test can read
 * what Calc made of them. Found as {@code soffice} on the PATH (or {@code $GAZETTE_SOFFICE}).
 * Each conversion uses a private user profile, so tests never clash with a running LibreOffice.
 */
final class Calc {

    /** The message of a skipped test. */
    static final String MISSING = "LibreOffice Calc (soffice) is not installed; install it with "
            + "'apt-get install -y libreoffice-calc-nogui' to run the spreadsheet tests";

    private Calc() {
    }

    static Optional<Path> soffice() {
        String env = System.getenv("GAZETTE_SOFFICE");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts {@code inputs} to {@code .fods} files in {@code outDir}.
     *
     * @param infilter the import filter and its options, or {@code null} for Calc's choice
     */
    static List<Path> toFods(List<Path> inputs, String infilter, Path outDir, Path work) throws IOException,
            InterruptedException {
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>();
        cmd.add(soffice().orElseThrow().toString());
        cmd.add("-env:UserInstallation=" + work.resolve("lo-profile").toUri());
        cmd.add("--headless");
        cmd.add("--norestore");
        if (infilter != null) {
            cmd.add("--infilter=" + infilter);
        }
        cmd.add("--convert-to");
        cmd.add("fods");
        cmd.add("--outdir");
        cmd.add(outDir.toString());
        inputs.forEach(p -> cmd.add(p.toString()));
        List<Path> outputs = inputs.stream()
                .map(p -> outDir.resolve(p.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".fods")).toList();
        String log = "";
        for (int attempt = 1; attempt <= 2; attempt++) { // the first start with a new profile can fail
            Path logFile = work.resolve("soffice-" + attempt + ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            if (!p.waitFor(240, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("soffice did not finish within 240 s: " + cmd);
            }
            log = Files.readString(logFile, StandardCharsets.UTF_8);
            if (outputs.stream().allMatch(Files::isRegularFile)) {
                return outputs;
            }
        }
        throw new IOException("soffice did not convert " + inputs + ":\n" + log);
    }
}
