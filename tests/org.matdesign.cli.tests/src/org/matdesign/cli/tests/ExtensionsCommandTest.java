package org.matdesign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Commands;
import org.matdesign.cli.Dispatcher;

class ExtensionsCommandTest {

    @Test
    void listsThirdPartyContributionsWithRoleIdNameAndBundle() throws InterruptedException {
        ContributionRegistry registry = ContributionRegistry.await(getClass(), 10_000);
        assertNotNull(registry);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Dispatcher("matdesign", Commands.all(() -> registry)).run(new String[] {"extensions"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("generator") && l.contains("example.rocksalt")
                && l.contains("Example rock-salt generator") && l.endsWith("org.matdesign.example.thirdparty")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("validator") && l.contains("example.density")), text);
    }

    @Test
    void missingRegistryIsAFailureOnOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Dispatcher("matdesign", Commands.all(() -> null)).run(new String[] {"extensions", "--role", "x"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code, "without a registry the command fails before looking at the role");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("registry is not running"));
    }
}
