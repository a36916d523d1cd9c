package org.matdesign.ml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which libtorch DJL will load: the CPU natives bundled with MatDesign, or an installed one named by
 * {@code PYTORCH_LIBRARY_PATH} (a CUDA build on a GPU node). DJL's PyTorch JNI is built for exactly one PyTorch
 * version; an installed libtorch of another version fails deep inside the native loader, so it is refused before
 * the engine starts, naming the versions found and needed.
 */
public final class Libtorch {

    /** The PyTorch version DJL 0.35.1's JNI was built for. */
    public static final String REQUIRED = "2.7.1";

    private static final Pattern PYTHON_VERSION = Pattern.compile("__version__\\s*=\\s*['\"]([^'\"]+)['\"]");

    private Libtorch() {
    }

    /** The installed libtorch folder DJL is told to use, if any (environment or system property). */
    public static Optional<Path> installed() {
        String path = setting("PYTORCH_LIBRARY_PATH");
        return path == null || path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    }

    /**
     * Checks the installed libtorch before the engine starts; nothing to check for the bundled natives.
     *
     * @throws IllegalStateException naming the folder, the version found and the version needed
     */
    public static void check() {
        Optional<Path> lib = installed();
        if (lib.isEmpty()) {
            return;
        }
        Path folder = lib.get();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("PYTORCH_LIBRARY_PATH " + folder + " is not a folder");
        }
        String declared = setting("PYTORCH_VERSION");
        if (declared != null && !declared.strip().equals(REQUIRED)) {
            throw new IllegalStateException("PYTORCH_VERSION is " + declared.strip() + "; MatDesign's PyTorch JNI (DJL"
                    + " 0.35.1) needs libtorch " + REQUIRED);
        }
        Optional<String> found = version(folder);
        if (found.isPresent() && !found.get().equals(REQUIRED) && !found.get().startsWith(REQUIRED + "+")) {
            throw new IllegalStateException("the libtorch in " + folder + " is PyTorch " + found.get()
                    + "; MatDesign's PyTorch JNI (DJL 0.35.1) needs libtorch " + REQUIRED + " (a CPU or cu128 build):"
                    + " install that version, or unset PYTORCH_LIBRARY_PATH to use the bundled CPU natives");
        }
    }

    /** What this libtorch is, for messages and provenance. */
    public static String describe() {
        String flavor = setting("PYTORCH_FLAVOR");
        return installed().map(p -> "libtorch " + version(p).orElse("of unknown version") + " ("
                + (flavor == null ? "flavor not set" : flavor) + ") from " + p)
                .orElse("the bundled CPU libtorch " + REQUIRED);
    }

    /**
     * The version of a libtorch folder: {@code build-version} beside {@code lib/} in a libtorch download
     * ({@code 2.7.1+cu128}), or {@code version.py} of a Python torch installation ({@code torch/lib}).
     */
    static Optional<String> version(Path lib) {
        Path root = lib.toAbsolutePath().getParent();
        if (root == null) {
            return Optional.empty();
        }
        try {
            Path build = root.resolve("build-version");
            if (Files.isRegularFile(build)) {
                return Optional.of(Files.readString(build, StandardCharsets.UTF_8).strip());
            }
            Path python = root.resolve("version.py");
            if (Files.isRegularFile(python)) {
                Matcher m = PYTHON_VERSION.matcher(Files.readString(python, StandardCharsets.UTF_8));
                return m.find() ? Optional.of(m.group(1)) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String setting(String key) {
        String value = System.getProperty(key);
        return value != null ? value : System.getenv(key);
    }
}
