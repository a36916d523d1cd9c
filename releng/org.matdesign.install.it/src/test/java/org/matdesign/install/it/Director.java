package org.matdesign.install.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real p2 director application of the Eclipse IDE product, run as a process. (Tycho's director goal leaves out
 * p2's trust check, so it cannot show that unsigned or tampered content is refused.)
 */
final class Director {

    private final Path ide;
    private final Path work;

    Director(Path ide, Path work) {
        this.ide = ide;
        this.work = work;
    }

    /** Installs {@code ius} from {@code site} into {@code destination} (an installation's own p2 profile). */
    Processes.Outcome install(Path site, String ius, Path destination, String... trustOptions)
            throws IOException, InterruptedException {
        // Each run gets its own configuration area, so the IDE's folder is never written to.
        Path configuration = Files.createTempDirectory(Files.createDirectories(work), "director-").resolve("configuration");
        copyTree(ide.resolve("configuration"), configuration);
        List<String> command = new ArrayList<>(List.of(Processes.java().toString(), "-jar",
                Processes.launcher(ide).toString(), "-configuration", configuration.toString(), "-nosplash",
                "-application", "org.eclipse.equinox.p2.director", "-repository", site.toUri().toString(),
                "-installIU", ius, "-destination", destination.toString(), "-profile", "DefaultProfile"));
        command.addAll(List.of(trustOptions));
        return Processes.run(command, work, 180);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }
}
