package org.matdesign.engine.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void commitMovesEverythingIntoPlace() throws IOException {
        Path target = tmp.resolve("run1");
        try (OutputDirectory out = OutputDirectory.prepare(target, false)) {
            Files.writeString(out.file("candidates.csv"), "a,b\n");
            Files.writeString(out.file("cif/x.cif"), "data_x\n");
            assertFalse(Files.exists(target), "nothing may appear before commit");
            out.commit();
        }
        assertEquals("a,b\n", Files.readString(target.resolve("candidates.csv")));
        assertTrue(Files.exists(target.resolve("cif/x.cif")));
        assertEquals(List.of("run1"), names(tmp), "no staging folder left behind");
    }

    @Test
    void twoRunsCannotWriteTheSameFolderAtOnce() throws IOException {
        Path target = tmp.resolve("shared");
        try (OutputDirectory first = OutputDirectory.prepare(target, true)) {
            OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                    () -> OutputDirectory.prepare(target, true), "even with overwrite");
            assertTrue(e.getMessage().contains("is being written by another run"), e.getMessage());
            Files.writeString(first.file("candidates.csv"), "first\n");
            first.commit();
        }
        assertEquals("first\n", Files.readString(target.resolve("candidates.csv")), "the first run's output stands");
        assertEquals(List.of("shared"), names(tmp), "the lock file is gone once the run ends");
        try (OutputDirectory next = OutputDirectory.prepare(target, true)) {
            Files.writeString(next.file("candidates.csv"), "next\n");
            next.commit();
        }
        assertEquals("next\n", Files.readString(target.resolve("candidates.csv")), "a later run may replace it");
    }

    @Test
    void failedRunLeavesNothing() throws IOException {
        Path target = tmp.resolve("run2");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputDirectory out = OutputDirectory.prepare(target, false)) {
                Files.writeString(out.file("candidates.csv"), "half");
                throw new IllegalStateException("model exploded");
            }
        });
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names(tmp), "the staging folder must be removed");
    }

    @Test
    void existingNonEmptyDirectoryIsRefusedAndKept() throws IOException {
        Path target = tmp.resolve("old");
        Files.createDirectories(target);
        Files.writeString(target.resolve("precious.txt"), "keep me");
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputDirectory.prepare(target, false));
        assertTrue(e.getMessage().contains("not empty") && e.getMessage().contains("--overwrite"), e.getMessage());
        assertEquals("keep me", Files.readString(target.resolve("precious.txt")));
        assertEquals(List.of("old"), names(tmp));
    }

    @Test
    void overwriteReplacesOnlyAtCommit() throws IOException {
        Path target = tmp.resolve("old");
        Files.createDirectories(target);
        Files.writeString(target.resolve("precious.txt"), "old result");
        try (OutputDirectory out = OutputDirectory.prepare(target, true)) {
            Files.writeString(out.file("new.txt"), "new");
            // a cancelled overwrite run keeps the old result
        }
        assertEquals("old result", Files.readString(target.resolve("precious.txt")));
        try (OutputDirectory out = OutputDirectory.prepare(target, true)) {
            Files.writeString(out.file("new.txt"), "new");
            out.commit();
        }
        assertFalse(Files.exists(target.resolve("precious.txt")));
        assertEquals("new", Files.readString(target.resolve("new.txt")));
        assertEquals(List.of("old"), names(tmp));
    }

    @Test
    void existingEmptyDirectoryIsUsed() throws IOException {
        Path target = tmp.resolve("empty");
        Files.createDirectories(target);
        try (OutputDirectory out = OutputDirectory.prepare(target, false)) {
            Files.writeString(out.file("a.txt"), "x");
            out.commit();
        }
        assertTrue(Files.exists(target.resolve("a.txt")));
    }

    @Test
    void aFileInTheWayIsAClearError() throws IOException {
        Path file = tmp.resolve("taken");
        Files.writeString(file, "x");
        OutputDirectoryException asTarget = assertThrows(OutputDirectoryException.class,
                () -> OutputDirectory.prepare(file, true));
        assertTrue(asTarget.getMessage().contains("is a file"), asTarget.getMessage());
        OutputDirectoryException asParent = assertThrows(OutputDirectoryException.class,
                () -> OutputDirectory.prepare(file.resolve("sub/run"), false));
        assertTrue(asParent.getMessage().contains("cannot create parent folder"), asParent.getMessage());
    }

    @Test
    void unwritableParentIsAClearError() throws IOException {
        Path parent = tmp.resolve("locked");
        Files.createDirectories(parent);
        boolean changed = parent.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(changed && !Files.isWritable(parent),
                    "permissions are not enforced for this user (root)");
            OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                    () -> OutputDirectory.prepare(parent.resolve("run"), false));
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
        } finally {
            parent.toFile().setWritable(true, false);
        }
    }

    @Test
    void namesMayNotEscapeTheFolder() {
        try (OutputDirectory out = OutputDirectory.prepare(tmp.resolve("r"), false)) {
            assertThrows(IllegalArgumentException.class, () -> out.file("../evil.txt"));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
