package dev.gazette.bench.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The end-to-end harness: for one corpus, runs in fresh JVMs (each with the same {@code -Xmx})
 * the I/O floor, {@code gazette export}, and optionally the engine alone, and prints MB/s,
 * articles/s, peak heap and the ratio of export to the floor. {@code --jvm-arg} (repeatable) adds
 * a JVM option to every job, e.g. {@code -XX:TieredStopAtLevel=1}.
 *
 * <pre>
 * EndToEnd [--heap 1g] [--jvm-arg OPTION]... [--work DIR] [--engine] [--label NAME] -- INPUT... [gazette flags]
 * </pre>
 */
public final class EndToEnd {

    private EndToEnd() {
    }

    /** One measured job. */
    record Result(String job, int code, long millis, long cpuMillis, long articles, long peakHeapMb, long maxHeapMb) {
    }

    public static void main(String[] args) throws Exception {
        String heap = "1g";
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "gazette-bench");
        boolean engine = false;
        String label = "";
        List<String> jvmArgs = new ArrayList<>();
        List<String> corpus = new ArrayList<>();
        boolean rest = false;
        for (int i = 0; i < args.length; i++) {
            if (rest) {
                corpus.add(args[i]);
                continue;
            }
            switch (args[i]) {
                case "--heap" -> heap = args[++i];
                case "--work" -> work = Path.of(args[++i]);
                case "--engine" -> engine = true;
                case "--label" -> label = args[++i];
                case "--jvm-arg" -> jvmArgs.add(args[++i]);
                case "--" -> rest = true;
                default -> corpus.add(args[i]);
            }
        }
        Files.createDirectories(work);
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String a = corpus.get(i);
            if (a.startsWith("-")) {
                i++;
            } else {
                inputs.add(Path.of(a));
            }
        }
        long bytes = 0;
        for (Path p : IoFloor.files(inputs)) {
            bytes += Files.size(p);
        }
        Map<String, Result> results = new LinkedHashMap<>();
        Path floorOut = work.resolve("floor.csv");
        results.put("floor", run(heap, jvmArgs, "floor", concat(List.of("--out", floorOut.toString()), corpus)));
        Files.deleteIfExists(floorOut);
        Path exportOut = work.resolve("export");
        results.put("export", run(heap, jvmArgs, "export", concat(List.of("export", "-o", exportOut.toString()), corpus)));
        long written = size(exportOut);
        delete(exportOut);
        if (engine) {
            results.put("engine", run(heap, jvmArgs, "engine", corpus));
        }
        report(label, heap + (jvmArgs.isEmpty() ? "" : " " + String.join(" ", jvmArgs)), bytes, written, results);
    }

    private static Result run(String heap, List<String> jvmArgs, String job, List<String> args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Measured.class.getName(), job));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        Result r = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = out.readLine()) != null) {
                if (line.startsWith("PASS ")) {
                    System.out.println("  " + job + ": " + line);
                }
                if (line.startsWith("RESULT ")) {
                    Map<String, String> kv = new LinkedHashMap<>();
                    for (String part : line.substring(7).split(" ")) {
                        String[] x = part.split("=", 2);
                        kv.put(x[0], x[1]);
                    }
                    r = new Result(kv.get("job"), Integer.parseInt(kv.get("code")), Long.parseLong(kv.get("millis")),
                            Long.parseLong(kv.get("cpuMillis")), Long.parseLong(kv.get("articles")),
                                    Long.parseLong(kv.get("peakHeapMB")),
                            Long.parseLong(kv.get("maxHeapMB")));
                }
            }
        }
        int exit = p.waitFor();
        if (r == null) {
            throw new IllegalStateException(job + " exited with " + exit + " without a result: " + cmd);
        }
        return r;
    }

    private static void report(String label, String heap, long bytes, long written, Map<String, Result> results) {
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "%n== %s: %.1f MB input, -Xmx%s, %d processors ==%n", label.isEmpty() ? "corpus"
                : label, mb, heap, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-8s %8s %8s %9s %10s %12s %10s %6s%n", "job", "seconds", "CPU s", "MB/s",
                "articles", "articles/s", "peak heap", "exit");
        for (Result r : results.values()) {
            double s = r.millis() / 1000.0;
            System.out.printf(Locale.ROOT, "%-8s %8.2f %8.2f %9.2f %10d %12.0f %7d MB %6d%n", r.job(), s,
                    r.cpuMillis() / 1000.0, mb / s, r.articles(), r.articles() / s, r.peakHeapMb(), r.code());
        }
        Result floor = results.get("floor");
        Result export = results.get("export");
        double wallRatio = (double) export.millis() / Math.max(1, floor.millis());
        double cpuRatio = (double) export.cpuMillis() / Math.max(1, floor.cpuMillis());
        System.out.printf(Locale.ROOT, "export / floor = %.2fx wall, %.2fx CPU; export wrote %.1f MB%n", wallRatio,
                cpuRatio, written / 1e6);
        System.out.printf(Locale.ROOT, "RESULT-LINE|%s|%.1f|%s|%.2f|%.2f|%d|%.2f|%d|%.2f|%.2f|%.2f%n", label, mb, heap,
                floor.millis() / 1000.0, export.millis() / 1000.0, export.articles(),
                export.articles() / (export.millis() / 1000.0), export.peakHeapMb(), wallRatio,
                export.cpuMillis() / 1000.0, cpuRatio);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
