package org.matdesign.engine.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The output folder of a run, written all-or-nothing. Everything is written into a hidden staging folder beside the
 * target ({@code .NAME.staging-XXXX}); {@link #commit()} moves it into place. A run that fails or is cancelled calls
 * {@link #close()} without committing, which deletes the staging folder, so no half-written output is ever left behind.
 * An existing non-empty target is refused unless overwrite was asked; with overwrite the old folder is replaced only at
 * commit, after the new one is complete. From prepare to close the folder is locked ({@link OutputLock}): a second run
 * writing to it at the same time is refused.
 *
 * <pre>
 * try (OutputDirectory out = OutputDirectory.prepare(dir, overwrite)) {
 *     Files.writeString(out.file("candidates.csv"), csv);
 *     out.commit();
 * }
 * </pre>
 */
public final class OutputDirectory implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final boolean overwrite;
    private final OutputLock lock;
    private boolean committed;
    private boolean closed;

    private OutputDirectory(Path target, Path staging, boolean overwrite, OutputLock lock) {
        this.target = target;
        this.staging = staging;
        this.overwrite = overwrite;
        this.lock = lock;
    }

    /**
     * Checks the target and creates the staging folder.
     *
     * @throws OutputDirectoryException when the target is a file, is a non-empty folder and overwrite is false, another
     *                                  run is writing it, or its parent folder cannot be created or written
     */
    public static OutputDirectory prepare(Path dir, boolean overwrite) {
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new OutputDirectoryException("output directory " + dir + ": cannot write to the file-system root");
        }
        checkTarget(dir, target, overwrite);
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new OutputDirectoryException("output directory " + dir + ": cannot create parent folder " + parent
                    + " (" + reason(e) + ")", e);
        }
        if (!Files.isWritable(parent)) {
            throw new OutputDirectoryException("output directory " + dir + ": parent folder " + parent + " is not writable");
        }
        OutputLock lock = OutputLock.claim(target, dir);
        try {
            checkTarget(dir, target, overwrite); // again: a run that held the lock may have just filled it
            Path staging = parent.resolve("." + target.getFileName() + ".staging-"
                    + UUID.randomUUID().toString().substring(0, 8));
            try {
                Files.createDirectory(staging);
            } catch (IOException e) {
                throw new OutputDirectoryException("output directory " + dir + ": cannot create staging folder in "
                        + parent + " (" + reason(e) + ")", e);
            }
            return new OutputDirectory(target, staging, overwrite, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void checkTarget(Path dir, Path target, boolean overwrite) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new OutputDirectoryException("output directory " + dir + " exists and is a file, not a folder");
        }
        if (!overwrite && !isEmptyDirectory(target)) {
            throw new OutputDirectoryException("output directory " + dir
                    + " exists and is not empty; choose another folder or pass --overwrite");
        }
    }

    /** The final location (absolute). */
    public Path target() {
        return target;
    }

    /** The folder being written now; files appear in {@link #target()} only after {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** A path inside the staging folder; refuses names that would escape it. */
    public Path file(String relativeName) {
        ensureOpen();
        Path p = staging.resolve(relativeName).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
            throw new IllegalArgumentException("output file name '" + relativeName + "' leaves the output folder");
        }
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder for " + relativeName, e);
        }
        return p;
    }

    /** Moves the staging folder into place. With overwrite, an existing target is replaced only now. */
    public Path commit() {
        ensureOpen();
        try {
            checkTarget(target, target, overwrite);
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
                move(target, old);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target); // put the user's folder back
                }
                throw e;
            }
            committed = true;
            if (old != null) {
                deleteRecursively(old);
            }
            return target;
        } catch (IOException e) {
            throw new OutputDirectoryException("output directory " + target + ": cannot move results into place ("
                    + reason(e) + ")", e);
        }
    }

    public boolean isCommitted() {
        return committed;
    }

    /** Deletes the staging folder unless the run was committed. Safe to call more than once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed) {
                deleteRecursively(staging);
            }
        } catch (IOException e) {
            throw new OutputDirectoryException("cannot remove staging folder " + staging + " (" + reason(e) + ")", e);
        } finally {
            lock.close();
        }
    }

    private void ensureOpen() {
        if (closed || committed) {
            throw new IllegalStateException("output directory " + target + " is already " + (committed ? "committed" : "closed"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } catch (FileAlreadyExistsException e) {
            // an empty target folder: replace it
            if (Files.isDirectory(to) && isEmptyDirectory(to)) {
                Files.delete(to);
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } else {
                throw e;
            }
        } catch (IOException e) {
            // some file systems refuse ATOMIC_MOVE over an empty directory with a generic error
            if (Files.isDirectory(to) && isEmptyDirectory(to)) {
                Files.delete(to);
                Files.move(from, to);
            } else {
                throw e;
            }
        }
    }

    static boolean isEmptyDirectory(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
