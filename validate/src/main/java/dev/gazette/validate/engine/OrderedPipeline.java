package dev.gazette.validate.engine;

import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.PendingDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One pass over a document source as a bounded, ordered pipeline: a reader thread cuts the
 * documents into batches of consecutive documents, a pool of workers maps each batch, and the
 * calling thread receives the results in batch order. Batch boundaries depend only on the
 * documents (never on timing), so a reduction done in batch order gives the same result on any
 * number of threads. Memory is bounded by the weight of documents in flight.
 *
 * <p>With one thread everything runs on the calling thread, in the same batches: that is the
 * sequential reference the parallel runs must equal byte for byte.
 */
final class OrderedPipeline {

    /** Consecutive documents of a pass. */
    record Batch(long firstIndex, List<PendingDocument> documents, long weight, long bytesAfter) {
    }

    /** Receives mapped batches in order, on the calling thread. */
    @FunctionalInterface
    interface Consumer<R> {
        void accept(Batch batch, R result) throws IOException;
    }

    static final int MAX_BATCH_DOCUMENTS = 64;
    static final long MAX_BATCH_WEIGHT = 256L * 1024;

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final int threads;
    private final long inFlightWeight;

    OrderedPipeline(int threads, long inFlightWeight) {
        this.threads = Math.max(1, threads);
        this.inFlightWeight = Math.max(MAX_BATCH_WEIGHT, inFlightWeight);
    }

    /** Maps every batch of one pass of {@code source} with {@code map}, handing results to {@code consumer} in order. */
    <R> void run(DocumentSource source, Function<Batch, R> map, Consumer<R> consumer) throws IOException {
        if (threads == 1) {
            try (DocumentSource.Pass pass = source.open()) {
                Batcher batcher = new Batcher(pass);
                for (Batch b = batcher.next(); b != null; b = batcher.next()) {
                    consumer.accept(b, map.apply(b));
                }
            }
            return;
        }
        runParallel(source, map, consumer);
    }

    private <R> void runParallel(DocumentSource source, Function<Batch, R> map, Consumer<R> consumer)
            throws IOException {
        int run = RUNS.incrementAndGet();
        ExecutorService pool = Executors.newFixedThreadPool(threads, named("gazette-worker-" + run + "-"));
        BlockingQueue<Slot<R>> queue = new ArrayBlockingQueue<>(threads * 4);
        Semaphore budget = new Semaphore(permits(inFlightWeight));
        Slot<R> end = new Slot<>(null, null, 0);
        Reader<R> reader = new Reader<>(source, map, pool, queue, budget, end);
        Thread readerThread = named("gazette-reader-" + run + "-").newThread(reader);
        readerThread.start();
        try {
            while (true) {
                Slot<R> slot = take(queue);
                if (slot == end) {
                    break;
                }
                R result;
                try {
                    result = slot.future.get();
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for a worker", e);
                } finally {
                    budget.release(slot.permits);
                }
                consumer.accept(slot.batch, result);
            }
            if (reader.failure != null) {
                throw rethrow(reader.failure);
            }
        } finally {
            reader.cancelled = true;
            readerThread.interrupt();
            pool.shutdownNow();
            try {
                readerThread.join();
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <R> Slot<R> take(BlockingQueue<Slot<R>> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a worker", e);
        }
    }

    private static IOException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t instanceof IOException io) {
            return io;
        }
        throw new IllegalStateException(t);
    }

    /** Semaphore permits for a weight, in units of 1 KiB so that any corpus fits an int. */
    private static int permits(long weight) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, weight / 1024));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A batch in flight: its future result and the budget it holds. */
    private record Slot<R>(Batch batch, Future<R> future, int permits) {
    }

    /** Cuts the documents of a pass into batches. */
    private static final class Batcher {
        private final DocumentSource.Pass pass;
        private long index;

        Batcher(DocumentSource.Pass pass) {
            this.pass = pass;
        }

        Batch next() {
            List<PendingDocument> docs = new ArrayList<>();
            long weight = 0;
            long first = index;
            while (docs.size() < MAX_BATCH_DOCUMENTS && weight < MAX_BATCH_WEIGHT) {
                PendingDocument d = pass.next();
                if (d == null) {
                    break;
                }
                docs.add(d);
                weight += Math.max(1, d.weight());
                index++;
            }
            return docs.isEmpty() ? null : new Batch(first, List.copyOf(docs), weight, pass.bytesRead());
        }
    }

    /** The reader thread: batches, budget, submission in order. */
    private final class Reader<R> implements Runnable {
        private final DocumentSource source;
        private final Function<Batch, R> map;
        private final ExecutorService pool;
        private final BlockingQueue<Slot<R>> queue;
        private final Semaphore budget;
        private final Slot<R> end;
        volatile boolean cancelled;
        volatile Throwable failure;

        Reader(DocumentSource source, Function<Batch, R> map, ExecutorService pool, BlockingQueue<Slot<R>> queue,
               Semaphore budget, Slot<R> end) {
            this.source = source;
            this.map = map;
            this.pool = pool;
            this.queue = queue;
            this.budget = budget;
            this.end = end;
        }

        @Override
        public void run() {
            try (DocumentSource.Pass pass = source.open()) {
                Batcher batcher = new Batcher(pass);
                while (!cancelled) {
                    Batch b = batcher.next();
                    if (b == null) {
                        break;
                    }
                    int permits = Math.min(permits(b.weight()), permits(inFlightWeight));
                    budget.acquire(permits);
                    Future<R> f;
                    try {
                        f = pool.submit(() -> map.apply(b));
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                        budget.release(permits);
                        return; // the run is over
                    }
                    queue.put(new Slot<>(b, f, permits));
                }
            } catch (InterruptedException e) {
                return; // cancelled by the consumer
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                try {
                    if (!cancelled) {
                        queue.put(end);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
