package org.matdesign.cli.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One reader under test: its name, valid seed inputs, and how it reads an input, from memory (the text or bytes a
 * caller holds) and/or from a file (as the command line does). Reading returns normally for a correct parse or throws
 * the target's documented error, whose message must name the input; anything else is a crash.
 */
public final class FuzzTarget {

    /** Reads an input held in memory; {@code inputName} is what error messages must name. */
    @FunctionalInterface
    public interface MemoryReader {
        void read(byte[] content, String inputName) throws Exception;
    }

    /** Reads a file; error messages must name the file (its path as given). */
    @FunctionalInterface
    public interface FileReader {
        void read(Path file) throws Exception;
    }

    private final String name;
    private final String extension;
    private final List<byte[]> seeds;
    private final Class<? extends Throwable> documentedError;
    private final MemoryReader memoryReader;
    private final FileReader fileReader;

    /**
     * @param extension      file name ending of this target's files, e.g. ".cif"
     * @param memoryReader   null when the reader takes only files
     * @param fileReader     null when the reader takes only memory
     */
    public FuzzTarget(String name, String extension, List<byte[]> seeds, Class<? extends Throwable> documentedError,
            MemoryReader memoryReader, FileReader fileReader) {
        this.name = Objects.requireNonNull(name);
        this.extension = Objects.requireNonNull(extension);
        this.seeds = List.copyOf(seeds);
        this.documentedError = Objects.requireNonNull(documentedError);
        if (memoryReader == null && fileReader == null) {
            throw new IllegalArgumentException("target " + name + " needs a memory or a file reader");
        }
        if (this.seeds.isEmpty()) {
            throw new IllegalArgumentException("target " + name + " needs at least one seed");
        }
        this.memoryReader = memoryReader;
        this.fileReader = fileReader;
    }

    public String name() {
        return name;
    }

    public String extension() {
        return extension;
    }

    public List<byte[]> seeds() {
        return seeds;
    }

    public Class<? extends Throwable> documentedError() {
        return documentedError;
    }

    public boolean readsMemory() {
        return memoryReader != null;
    }

    public boolean readsFiles() {
        return fileReader != null;
    }

    public void read(byte[] content, String inputName) throws Exception {
        memoryReader.read(content, inputName);
    }

    public void read(Path file) throws Exception {
        fileReader.read(file);
    }

    /** Whether an error is this target's documented type and its message names the input. */
    public boolean isCleanError(Throwable error, String inputName) {
        String message = error.getMessage();
        return documentedError.isInstance(error) && message != null && message.contains(inputName);
    }
}
