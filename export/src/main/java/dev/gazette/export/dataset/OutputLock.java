package dev.gazette.export.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock that keeps two runs from writing one output folder: an operating-system lock on a
 * file beside the folder ({@code .<name>.gazette-lock}), which the system gives up when the
 * process ends, even by {@code kill -9}. While held, the file names the process holding it; it
 * is emptied on release and stays, empty: deleting it would let a run that opened it a moment
 * before lock a file no other run can see.
 */
final class OutputLock {

    /** The lock files this process holds: a second channel on one of them would drop the system lock on close. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code target} in {@code file}.
     *
     * @throws IOException when another run holds it, naming that run's process
     */
    static OutputLock acquire(Path file, Path target) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            throw held(file, target, " (in this process)");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw held(file, target, holder(channel));
            }
            byte[] who = ("gazette run, process " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(who), 0);
            return new OutputLock(file, channel, lock);
        } catch (IOException | RuntimeException | Error e) {
            HELD.remove(key);
            if (channel != null) {
                channel.close();
            }
            if (e instanceof IOException io && !io.getMessage().startsWith("another Gazette run")) {
                throw new IOException("cannot lock " + file + " for writing " + target + ": " + io.getMessage(), io);
            }
            throw e;
        }
    }

    private static IOException held(Path file, Path target, String holder) {
        return new IOException("another Gazette run" + holder + " is writing " + target + " (it holds the lock "
                + file.getFileName() + "); wait for it to finish, or choose another --out");
    }

    /** Empties the lock file and gives up the lock; a second call does nothing. */
    void release() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            channel.truncate(0);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
                HELD.remove(file.toAbsolutePath().normalize());
            }
        }
    }

    /** " (process N)" from what the holder wrote into the file, read through our own channel; else "". */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(128);
            channel.read(b, 0);
            String s = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("process ([0-9]{1,19})").matcher(s);
            if (m.find()) {
                return " (process " + m.group(1) + ")";
            }
        } catch (IOException | RuntimeException e) {
            // the holder is not known: the message goes without it
        }
        return "";
    }
}
