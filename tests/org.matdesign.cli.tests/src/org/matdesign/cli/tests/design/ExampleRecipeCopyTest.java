package org.matdesign.cli.tests.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.matdesign.cli.design.DesignCommands;

/** `bench design` runs the bundled copy of the example campaign; it must stay the one users see in examples/. */
class ExampleRecipeCopyTest {

    @Test
    void bundledCampaignEqualsTheExampleRecipe() throws IOException {
        Path example = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && example == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/recipes/paper-perov5-campaign.json");
            if (Files.isRegularFile(candidate)) {
                example = candidate;
            }
        }
        assertNotNull(example, "examples/recipes/paper-perov5-campaign.json not found above the working directory");
        try (InputStream bundled = DesignCommands.class.getResourceAsStream("paper-perov5-campaign.json")) {
            assertNotNull(bundled, "the CLI bundle carries paper-perov5-campaign.json");
            assertArrayEquals(Files.readAllBytes(example), bundled.readAllBytes());
        }
    }
}
