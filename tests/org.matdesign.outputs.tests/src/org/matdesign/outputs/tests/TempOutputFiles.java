package org.matdesign.outputs.tests;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.matdesign.api.OutputFiles;

/** The output folder contract over a temporary folder: names stay inside it and each is handed out once. */
final class TempOutputFiles implements OutputFiles {

    private final Path root;
    private final Set<Path> claimed = new HashSet<>();

    TempOutputFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Path newFile(String relativeName) throws IOException {
        Path p = root.resolve(relativeName).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IOException("'" + relativeName + "' leaves the output folder");
        }
        if (!claimed.add(p)) {
            throw new FileAlreadyExistsException(p.toString(), null, "already claimed by another output");
        }
        Files.createDirectories(p.getParent());
        return p;
    }

    Path root() {
        return root;
    }
}
