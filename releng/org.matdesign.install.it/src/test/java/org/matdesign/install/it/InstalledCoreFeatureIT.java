package org.matdesign.install.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The core feature, installed by the p2 director into a bare Equinox installation, runs `matdesign`. */
class InstalledCoreFeatureIT {

    private static final Path INSTALLATION = Path.of(System.getProperty("installation.dir"));

    private static Processes.Outcome matdesign(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Processes.java().toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", Processes.launcher(INSTALLATION).toString(),
                "-application", "org.matdesign.cli.matdesign", "-configuration",
                INSTALLATION.resolve("configuration").toString()));
        command.addAll(List.of(args));
        return Processes.run(command, INSTALLATION, 120);
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
        Processes.Outcome help = matdesign("--help");
        assertEquals(0, help.exitCode(), help.stderr());
        assertTrue(help.stdout().contains("extensions"), help.stdout());
        assertTrue(help.stdout().contains("convert"), help.stdout());
        assertTrue(help.stdout().contains("validate"), help.stdout());
    }

    @Test
    void installedCommandListsContributions() throws Exception {
        Processes.Outcome extensions = matdesign("extensions");
        assertEquals(0, extensions.exitCode(), extensions.stderr());
        assertTrue(extensions.stdout().startsWith("ROLE"), extensions.stdout());
        assertTrue(extensions.stdout().lines().anyMatch(l -> l.startsWith("validator") && l.contains("structural_validity")
                && l.endsWith("org.matdesign.analysis.validators")), extensions.stdout());
    }

    @Test
    void usageErrorExitsWithTwo() throws Exception {
        Processes.Outcome unknown = matdesign("no-such-command");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.stderr().contains("unknown command 'no-such-command'"), unknown.stderr());
    }
}
