package org.matdesign.engine.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Claims an output folder for one run: an OS lock on {@code .NAME.lock} beside it, so a second run writing to the
 * same folder, in this program or another, is refused while the first one is busy. The operating system releases the
 * lock when a program dies, so a crashed run never leaves the folder claimed.
 */
final class OutputLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws OutputDirectoryException when another run holds the folder, naming {@code shown} */
    static OutputLock claim(Path target, Object shown) {
        Path file = target.resolveSibling("." + target.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw busy(shown, file);
            }
            return new OutputLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw busy(shown, file); // held by another run in this program
        } catch (OutputDirectoryException e) {
            close(channel);
            throw e;
        } catch (IOException e) {
            close(channel);
            throw new OutputDirectoryException("output directory " + shown + ": cannot create its lock file " + file
                    + " (" + e.getMessage() + ")", e);
        }
    }

    private static OutputDirectoryException busy(Object shown, Path file) {
        return new OutputDirectoryException("output directory " + shown + " is being written by another run (it holds "
                + file.getFileName() + "); wait for that run to finish or choose another folder");
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was claimed
            }
        }
    }

    @Override
    public void close() {
        try {
            // delete while still holding the lock, so no other run can have claimed this file in between
            Files.deleteIfExists(file);
            lock.release();
        } catch (IOException ignored) {
            // a leftover lock file is harmless: the next run locks it again
        } finally {
            close(channel);
        }
    }
}
