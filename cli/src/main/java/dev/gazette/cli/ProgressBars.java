package dev.gazette.cli;

import dev.gazette.validate.engine.ProgressListener;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Draws the engine's progress as a bar on stderr: megabytes read in the first pass, then
 * articles with articles per second and the time left. Only on a terminal: when the console
 * is not interactive (output piped or redirected, CI, tests) or with {@code --quiet}, nothing.
 */
final class ProgressBars implements ProgressListener {

    private final ProgressBarConsumerFactory consumers;
    private ProgressBar bar;
    private Pass pass;

    /** Makes the consumer each bar renders to. */
    @FunctionalInterface
    interface ProgressBarConsumerFactory {
        ProgressBarConsumer create();
    }

    ProgressBars(ProgressBarConsumerFactory consumers) {
        this.consumers = consumers;
    }

    /** Bars on {@code err} when it is a terminal and the user did not ask for quiet; otherwise nothing. */
    static ProgressListener forTerminal(boolean quiet, PrintStream err) {
        if (quiet || System.console() == null) {
            return ProgressListener.NONE;
        }
        return new ProgressBars(() -> new ConsoleProgressBarConsumer(err));
    }

    @Override
    public void started(Pass p, long total) {
        close();
        pass = p;
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(consumers.create())
                .setUpdateIntervalMillis(250)
                .setSpeedUnit(ChronoUnit.SECONDS)
                .showSpeed()
                .clearDisplayOnFinish();
        if (p == Pass.READ) {
            b.setTaskName("1/3 read").setUnit(" MB", 1_000_000).setInitialMax(Math.max(1, total));
        } else {
            b.setTaskName(p == Pass.STATISTICS ? "2/3 statistics" : "3/3 check").setUnit(" articles", 1)
                    .setInitialMax(Math.max(1, total));
        }
        bar = b.build();
    }

    @Override
    public void advanced(long done, long documents) {
        if (bar != null) {
            bar.stepTo(done);
            if (pass == Pass.READ) {
                bar.setExtraMessage(String.format(Locale.ROOT, " %,d documents", documents));
            }
        }
    }

    @Override
    public void finished() {
        close();
    }

    private void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
