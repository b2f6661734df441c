package dev.iptvbridge.bootstrap.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One sandbox per data directory: a lock on {@code sandbox.lock} in it, held while the sandbox runs and
 * released by the operating system if the process dies. The file names the holder's process id.
 */
public final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "sandbox.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws DataDirectoryInUseException when another sandbox holds the directory */
    public static DataDirectoryLock acquire(Path directory) {
        Path file = directory.toAbsolutePath().resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new DataDirectoryInUseException("another sandbox is running on " + directory.toAbsolutePath()
                        + " (" + (holder.isEmpty() ? "it" : holder) + " holds " + file + "): stop it, or give this one a directory of its own with "
                        + "--data DIR, for example --data data/sandbox-2 (with other --http-port, --portabilling-port "
                        + "and --minerva-port if it runs beside the first)");
            }
            channel.truncate(0);
            byte[] pid = ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8);
            channel.write(ByteBuffer.wrap(pid), 0);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException unwritable) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the sandbox data directory " + directory.toAbsolutePath()
                    + ": check that it is writable, or choose another with --data DIR", unwritable);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            // Another sandbox of this very JVM holds it.
            return null;
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer text = ByteBuffer.allocate(64);
            int read = channel.read(text, 0);
            String pid = read <= 0 ? "" : new String(text.array(), 0, read, StandardCharsets.UTF_8).trim();
            return pid;
        } catch (IOException unreadable) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing after a failure: the failure is what the operator needs to see.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The process ends or the directory is gone: the lock goes with it.
        }
    }
}
