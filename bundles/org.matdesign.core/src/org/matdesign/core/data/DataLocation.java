package org.matdesign.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared reference data folder (the one holding perov_5/, carbon_24/, mp_20/, cdvae-eval/). In order:
 * an explicit override (e.g. a {@code --data DIR} option), the system property {@code matdesign.data}, the
 * environment variable {@code MATDESIGN_DATA}, {@code ../shared/data} relative to the working directory, and
 * finally {@code shared/data} next to the working directory or any of its ancestors.
 */
public final class DataLocation {

    public static final String PROPERTY = "matdesign.data";
    public static final String ENVIRONMENT = "MATDESIGN_DATA";

    private DataLocation() {
    }

    /**
     * The data folder.
     *
     * @param overrideOrNull a folder given by the user, used as is (it must exist)
     * @throws IllegalArgumentException when the override or the configured folder does not exist
     * @throws IllegalStateException    when nothing is configured and no shared/data folder is found
     */
    public static Path resolve(Path overrideOrNull) {
        if (overrideOrNull != null) {
            return existing(overrideOrNull, "--data");
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return existing(Path.of(property), "system property " + PROPERTY);
        }
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isBlank()) {
            return existing(Path.of(env), "environment variable " + ENVIRONMENT);
        }
        return search().orElseThrow(() -> new IllegalStateException("cannot find the data folder: pass --data DIR, set "
                + ENVIRONMENT + " or -D" + PROPERTY + ", or run next to ../shared/data"));
    }

    /** Like {@link #resolve(Path)} with no override, but empty instead of throwing when nothing is found. */
    public static Optional<Path> find() {
        try {
            return Optional.of(resolve(null));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A dataset folder such as {@code perov_5} under the data folder. */
    public static Path dataset(Path overrideOrNull, String name) {
        Path dir = resolve(overrideOrNull).resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dataset folder " + dir + " does not exist");
        }
        return dir;
    }

    private static Path existing(Path p, String origin) {
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("data folder " + p + " (from " + origin + ") does not exist or is not a folder");
        }
        return p.toAbsolutePath().normalize();
    }

    private static Optional<Path> search() {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path relative = cwd.resolve("../shared/data").normalize();
        if (Files.isDirectory(relative)) {
            return Optional.of(relative);
        }
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
