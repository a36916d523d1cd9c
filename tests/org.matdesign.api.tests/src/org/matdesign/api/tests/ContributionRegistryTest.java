package org.matdesign.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matdesign.api.Candidate;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Generator;
import org.matdesign.api.Role;
import org.matdesign.api.SettingsSchema;
import org.matdesign.api.Validator;
import org.osgi.framework.ServiceRegistration;

class ContributionRegistryTest {

    private ContributionRegistry registry;

    @BeforeEach
    void obtain() throws InterruptedException {
        registry = Registries.registry(getClass());
    }

    @Test
    void thirdPartyPluginXmlContributionsAreListedWithTheirBundle() {
        Contribution generator = registry.find(Role.GENERATOR, "example.rocksalt").orElseThrow();
        assertEquals("org.matdesign.example.thirdparty", generator.bundle());
        assertEquals(Contribution.Source.EXTENSION, generator.source());
        assertTrue(registry.find(Role.VALIDATOR, "example.density").isPresent());
        List<String> problems = new ArrayList<>();
        assertTrue(generator.instance(Generator.class, problems::add).isPresent());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void duplicateIdIsRejectedWithBothBundlesNamed() {
        long kept = registry.contributions(Role.VISUALIZER).stream()
                .filter(c -> c.id().equals("example.formulas")).count();
        assertEquals(1, kept);
        assertTrue(registry.problems().stream().anyMatch(p -> p.contains("duplicate visualizer id 'example.formulas'")
                && p.contains("org.matdesign.example.faulty") && p.contains("org.matdesign.example.thirdparty")),
                registry.problems().toString());
    }

    @Test
    void contributionWithoutIdIsReportedAndIgnored() {
        assertTrue(registry.problems().stream().anyMatch(p -> p.contains("without id or class")),
                registry.problems().toString());
    }

    @Test
    void faultyImplementationsGiveProblemsNotExceptions() {
        List<String> problems = new ArrayList<>();
        Optional<Generator> missing = registry.find(Role.GENERATOR, "faulty.missing").orElseThrow()
                .instance(Generator.class, problems::add);
        Optional<Validator> wrongType = registry.find(Role.VALIDATOR, "faulty.notavalidator").orElseThrow()
                .instance(Validator.class, problems::add);
        assertFalse(missing.isPresent());
        assertFalse(wrongType.isPresent());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("faulty.missing"), problems.get(0));
        assertTrue(problems.get(1).contains("does not implement org.matdesign.api.Validator"), problems.get(1));
    }

    @Test
    void settingsSchemaIsAvailable() {
        SettingsSchema schema = registry.find(Role.VALIDATOR, "example.density").orElseThrow()
                .settingsSchema(p -> { throw new AssertionError(p); }).orElseThrow();
        assertEquals("0.5", schema.settings().get(0).defaultText());
        assertEquals("max", schema.settings().get(1).key());
    }

    @Test
    void aListRegistryServesPlainJavaCallersAndRejectsDuplicates() {
        Generator g = (context, monitor) -> List.<Candidate>of();
        ContributionRegistry list = ContributionRegistry.of(List.of(
                Contribution.of(Role.GENERATOR, "b", "B", () -> g, null),
                Contribution.of(Role.GENERATOR, "a", "A", () -> g, null),
                Contribution.of(Role.GENERATOR, "a", "A again", () -> g, null)));
        assertEquals(List.of("a", "b"), list.contributions(Role.GENERATOR).stream().map(Contribution::id).toList());
        assertEquals("A", list.find(Role.GENERATOR, "a").orElseThrow().name());
        assertEquals(1, list.problems().size());
        assertTrue(list.problems().get(0).contains("duplicate generator id 'a'"), list.problems().get(0));
        assertTrue(list.contributions(Role.VALIDATOR).isEmpty());
    }

    @Test
    void dsServicesAreMergedAndWithdrawn() {
        Generator service = (context, monitor) -> List.<Candidate>of();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("matdesign.id", "test.service");
        properties.put("matdesign.name", "Service generator");
        ServiceRegistration<Generator> registration =
                Registries.context(getClass()).registerService(Generator.class, service, properties);
        try {
            Contribution found = registry.find(Role.GENERATOR, "test.service").orElseThrow();
            assertEquals(Contribution.Source.SERVICE, found.source());
            assertEquals("Service generator", found.name());
            assertEquals("org.matdesign.api.tests", found.bundle());
        } finally {
            registration.unregister();
        }
        assertFalse(registry.find(Role.GENERATOR, "test.service").isPresent());
    }

    @Test
    void serviceWithDuplicateIdLosesToTheExtension() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("matdesign.id", "example.density");
        ServiceRegistration<Validator> registration = Registries.context(getClass())
                .registerService(Validator.class, (candidates, context, monitor) -> List.of(), properties);
        try {
            assertEquals(Contribution.Source.EXTENSION,
                    registry.find(Role.VALIDATOR, "example.density").orElseThrow().source());
            assertTrue(registry.problems().stream().anyMatch(p -> p.contains("duplicate validator id 'example.density'")));
        } finally {
            registration.unregister();
        }
    }
}
