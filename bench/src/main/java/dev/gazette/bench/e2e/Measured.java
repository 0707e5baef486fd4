package dev.gazette.bench.e2e;

import dev.gazette.cli.GazetteCli;
import dev.gazette.model.io.InputFormat;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.io.corpus.FieldMapping;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.ProgressListener;
import dev.gazette.validate.engine.RunSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one measured job in this JVM and prints one {@code RESULT} line: exit code, wall time,
 * CPU time of the whole process (all threads, JIT and GC included), articles and the peak heap in use (sampled every 10 ms, so it includes garbage not yet
 * collected: an upper bound of what the job needs). Jobs: {@code floor} ({@link IoFloor}),
 * {@code export} (the gazette command line, as the shaded jar runs it), {@code engine} (the
 * engine with a sink that discards results: export without writing).
 */
public final class Measured {

    private static final Pattern READ = Pattern.compile("Read (\\d+) articles? from (\\d+) inputs?");

    private Measured() {
    }

    public static void main(String[] args) throws Exception {
        String job = args[0];
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        int code = 0;
        long articles;
        switch (job) {
            case "floor" -> articles = IoFloor.run(rest);
            case "export" -> {
                StringWriter err = new StringWriter();
                code = GazetteCli.execute(rest.toArray(String[]::new), new PrintWriter(System.out, true),
                        new PrintWriter(err, true));
                Matcher m = READ.matcher(err.toString());
                articles = m.find() ? Long.parseLong(m.group(1)) : -1;
                if (code == 2) {
                    System.err.print(err);
                }
            }
            case "engine" -> articles = engine(rest);
            default -> throw new IllegalArgumentException("job is floor, export or engine, not " + job);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long cpuMillis = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
        peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        sampler.interrupt();
        System.out.printf(Locale.ROOT, "RESULT job=%s code=%d millis=%d cpuMillis=%d articles=%d peakHeapMB=%d maxHeapMB=%d%n",
                job, code, millis, cpuMillis, articles, peak[0] >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The engine over the inputs with the export's field flags, results discarded. */
    private static long engine(List<String> args) throws Exception {
        String id = "id";
        String title = "title";
        String text = "text";
        String date = "date";
        int threads = 0;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--id-field" -> id = args.get(++i);
                case "--title-field" -> title = args.get(++i);
                case "--text-field" -> text = args.get(++i);
                case "--date-field" -> date = args.get(++i);
                case "--threads" -> threads = Integer.parseInt(args.get(++i));
                case "-q", "--quiet", "export" -> {
                }
                default -> {
                    if (a.startsWith("-")) {
                        i++;
                    } else {
                        inputs.add(a);
                    }
                }
            }
        }
        InputScanner.Scan scan = InputScanner.forFormat((InputFormat) null).scan(inputs);
        Engine engine = new Engine(EngineOptions.builder().threads(threads).build());
        CorpusSource source = CorpusSource.builder(scan.files()).reader(engine.reader())
                .mapping(new FieldMapping(id, title, text, date)).build();
        long[] start = {0};
        ProgressListener timing = new ProgressListener() {
            @Override
            public void started(Pass pass, long total) {
                start[0] = System.nanoTime();
                System.out.print("PASS " + pass);
            }

            @Override
            public void finished() {
                System.out.printf(Locale.ROOT, " %.2f s%n", (System.nanoTime() - start[0]) / 1e9);
            }
        };
        RunSummary s = engine.run(source, scan.notes(), r -> { }, timing).summary();
        return s.articles();
    }
}
