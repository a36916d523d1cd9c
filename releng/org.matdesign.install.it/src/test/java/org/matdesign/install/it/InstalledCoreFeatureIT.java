package org.matdesign.install.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The core feature, installed by the p2 director into a bare Equinox installation, runs `matdesign`. */
class InstalledCoreFeatureIT {

    private static final Path INSTALLATION = Path.of(System.getProperty("installation.dir"));

    record Outcome(int exitCode, String stdout, String stderr) {
    }

    private static Outcome matdesign(String... args) throws IOException, InterruptedException {
        Path launcher;
        try (Stream<Path> plugins = Files.list(INSTALLATION.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow(() -> new AssertionError("no Equinox launcher in " + INSTALLATION));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", launcher.toString(),
                "-application", "org.matdesign.cli.matdesign", "-configuration",
                INSTALLATION.resolve("configuration").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("matdesign-out", ".txt");
        Path err = Files.createTempFile("matdesign-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(INSTALLATION.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("matdesign did not finish within 120 s");
            }
            return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void directorInstalledOurBundlesIntoTheEmptyRuntime() throws IOException {
        String bundlesInfo = Files.readString(INSTALLATION.resolve(
                "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
        for (String bundle : List.of("org.matdesign.core", "org.matdesign.api", "org.matdesign.engine",
                "org.matdesign.cli")) {
            assertTrue(bundlesInfo.contains("\n" + bundle + ","), bundle + " is in bundles.info");
        }
    }

    @Test
    void installedCommandListsItsSubcommands() throws Exception {
        Outcome help = matdesign("--help");
        assertEquals(0, help.exitCode(), help.stderr());
        assertTrue(help.stdout().contains("extensions"), help.stdout());
        assertTrue(help.stdout().contains("convert"), help.stdout());
        assertTrue(help.stdout().contains("validate"), help.stdout());
    }

    @Test
    void installedCommandListsContributions() throws Exception {
        Outcome extensions = matdesign("extensions");
        assertEquals(0, extensions.exitCode(), extensions.stderr());
        assertTrue(extensions.stdout().startsWith("ROLE"), extensions.stdout());
        assertTrue(extensions.stdout().lines().anyMatch(l -> l.startsWith("validator") && l.contains("structural_validity")
                && l.endsWith("org.matdesign.analysis.validators")), extensions.stdout());
    }

    @Test
    void usageErrorExitsWithTwo() throws Exception {
        Outcome unknown = matdesign("no-such-command");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.stderr().contains("unknown command 'no-such-command'"), unknown.stderr());
    }
}
