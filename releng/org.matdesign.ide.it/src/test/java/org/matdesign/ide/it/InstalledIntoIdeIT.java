package org.matdesign.ide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * MatDesign installed by the p2 director into an Eclipse IDE-like product (IDE workbench, Project Explorer, p2 UI):
 * started under the build's X display with the self-test switch, the IDE opens the Materials Design perspective and
 * runs a small design with the bundled MEIDNet model through the default funnel (CGCNN independent check included).
 */
class InstalledIntoIdeIT {

    private static final Path IDE = Path.of(System.getProperty("installation.dir"));
    private static final Path SELFTEST = Path.of(System.getProperty("selftest.dir"));

    @Test
    void directorAddedOurFeaturesToTheIdesProfile() throws IOException {
        String bundles = Files.readString(IDE.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
        for (String b : List.of("org.eclipse.ui.ide.application", "org.eclipse.ui.navigator.resources",
                "org.eclipse.equinox.p2.ui.sdk", "org.matdesign.ui", "org.matdesign.engine", "org.matdesign.models.meidnet",
                "org.eclipse.swtchart")) {
            assertTrue(bundles.contains("\n" + b + ","), b + " is in the IDE's bundles.info");
        }
    }

    @Test
    void theIdeOpensTheMaterialsDesignPerspectiveAndRunsADesign() throws Exception {
        assertNotNull(System.getenv("DISPLAY"), "the IDE needs an X display: run the build under xvfb-run");
        Path launcher;
        try (Stream<Path> plugins = Files.list(IDE.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow(() -> new AssertionError("no Equinox launcher in " + IDE));
        }
        deleteTree(SELFTEST); // a build without clean keeps the last run's folder, which a design never overwrites
        Path workspace = SELFTEST.resolve("workspace");
        Path log = SELFTEST.resolve("ide-output.txt");
        Files.createDirectories(SELFTEST);
        Process ide = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dmatdesign.ui.selftest=" + SELFTEST,
                "-jar", launcher.toString(), "-data", workspace.toString(), "-nosplash")
                .directory(IDE.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!ide.waitFor(300, TimeUnit.SECONDS)) {
            ide.destroyForcibly();
            throw new AssertionError("the IDE did not close within 300 s; its output: " + Files.readString(log));
        }
        Path reportFile = SELFTEST.resolve("selftest.properties");
        assertTrue(Files.isRegularFile(reportFile), "the self-test wrote its report; the IDE said: "
                + Files.readString(log) + workspaceLog(workspace));
        Properties report = new Properties();
        try (Reader r = Files.newBufferedReader(reportFile)) {
            report.load(r);
        }
        assertEquals("Materials Design", report.getProperty("perspective"), report.toString());
        assertEquals("DONE", report.getProperty("state"), report + workspaceLog(workspace));
        assertEquals("3", report.getProperty("candidates"), report.toString());
        assertEquals("3", report.getProperty("independent_predictions"),
                "the CGCNN independent check judged every candidate: " + report);
        Path output = Path.of(report.getProperty("output"));
        assertTrue(Files.isRegularFile(output.resolve("candidates.csv")), "the design wrote its outputs in " + output);
        assertTrue(Files.size(Path.of(report.getProperty("screenshot"))) > 0, "a screenshot of the IDE window");
        assertEquals(0, ide.exitValue(), Files.readString(log));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String workspaceLog(Path workspace) throws IOException {
        Path log = workspace.resolve(".metadata/.log");
        return Files.isRegularFile(log) ? "\n.metadata/.log:\n" + Files.readString(log) : "";
    }
}
