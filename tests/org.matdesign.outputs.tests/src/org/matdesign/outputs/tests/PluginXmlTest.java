package org.matdesign.outputs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;
import org.matdesign.api.Setting;
import org.matdesign.api.Visualizer;

/** The five outputs are found on the visualizers extension point, can be created, and declare their settings. */
class PluginXmlTest {

    private static ContributionRegistry registry() throws InterruptedException {
        ContributionRegistry registry = ContributionRegistry.await(PluginXmlTest.class, 10_000);
        if (registry == null) {
            throw new AssertionError("the ContributionRegistry service did not appear within 10 s");
        }
        return registry;
    }

    @Test
    void fiveOutputsAreContributed() throws Exception {
        ContributionRegistry registry = registry();
        List<String> problems = new ArrayList<>();
        for (String id : List.of("outputs.cif", "outputs.csv", "outputs.json", "outputs.report",
                "outputs.provenance")) {
            Contribution c = registry.find(Role.VISUALIZER, id).orElseThrow(() -> new AssertionError(id + " missing"));
            assertEquals("org.matdesign.outputs", c.bundle());
            assertTrue(c.instance(Visualizer.class, problems::add).isPresent(), id);
            assertTrue(c.settingsSchema(problems::add).isPresent(), id + " names a settings class");
        }
        assertEquals(List.of(), problems);
        List<Setting> report = registry.find(Role.VISUALIZER, "outputs.report").orElseThrow()
                .declaredSettings(problems::add);
        assertEquals(1, report.size());
        assertEquals("top", report.get(0).key());
        assertEquals("8", report.get(0).defaultText());
        assertTrue(registry.problems().stream().noneMatch(p -> p.contains("outputs.")), registry.problems().toString());
    }
}
