package org.matdesign.engine.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetSpecTest {

    private final PropertyCatalogue catalogue = PropertyCatalogue.defaults();

    @Test
    void parsesNameAndValue() {
        TargetSpec t = TargetSpec.parse("band_gap=1.2", catalogue);
        assertEquals("band_gap", t.name());
        assertEquals(1.2, t.value());
        assertEquals("eV", t.property().unit());
        assertEquals("dir_gap", t.property().datasetColumn());
        TargetSpec h = TargetSpec.parse(" formation_energy = -0.025 ", catalogue);
        assertEquals(-0.025, h.value());
        assertEquals("heat_all", h.property().datasetColumn());
    }

    @Test
    void unknownPropertyNamesTheTargetAndTheKnownOnes() {
        TargetSpecException e = assertThrows(TargetSpecException.class, () -> TargetSpec.parse("bandgap=1.2", catalogue));
        assertTrue(e.getMessage().contains("'bandgap=1.2'"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown property 'bandgap'"), e.getMessage());
        assertTrue(e.getMessage().contains("band_gap, formation_energy"), e.getMessage());
    }

    @Test
    void nanAndInfinityAreRefused() {
        for (String text : List.of("band_gap=NaN", "band_gap=Infinity", "formation_energy=-Infinity")) {
            TargetSpecException e = assertThrows(TargetSpecException.class, () -> TargetSpec.parse(text, catalogue));
            assertTrue(e.getMessage().contains(text), e.getMessage());
            assertTrue(e.getMessage().contains("finite"), e.getMessage());
        }
    }

    @Test
    void physicallyImpossibleValuesAreRefusedWithTheRange() {
        TargetSpecException neg = assertThrows(TargetSpecException.class, () -> TargetSpec.parse("band_gap=-0.5", catalogue));
        assertTrue(neg.getMessage().contains("physically impossible"), neg.getMessage());
        assertTrue(neg.getMessage().contains("[0, 15] eV"), neg.getMessage());
        assertThrows(TargetSpecException.class, () -> TargetSpec.parse("band_gap=15.01", catalogue));
        TargetSpecException h = assertThrows(TargetSpecException.class,
                () -> TargetSpec.parse("formation_energy=-7", catalogue));
        assertTrue(h.getMessage().contains("[-6, 6] eV/atom"), h.getMessage());
        // the bounds themselves are allowed
        assertEquals(0.0, TargetSpec.parse("band_gap=0", catalogue).value());
        assertEquals(6.0, TargetSpec.parse("formation_energy=6", catalogue).value());
    }

    @Test
    void malformedTextIsRefused() {
        assertTrue(assertThrows(TargetSpecException.class, () -> TargetSpec.parse("band_gap", catalogue)).getMessage()
                .contains("no '='"));
        assertTrue(assertThrows(TargetSpecException.class, () -> TargetSpec.parse("=1.2", catalogue)).getMessage()
                .contains("no property name"));
        assertTrue(assertThrows(TargetSpecException.class, () -> TargetSpec.parse("band_gap=", catalogue)).getMessage()
                .contains("no value"));
        assertTrue(assertThrows(TargetSpecException.class, () -> TargetSpec.parse("band_gap=1.2eV", catalogue))
                .getMessage().contains("not a number"));
        assertThrows(TargetSpecException.class, () -> TargetSpec.parse("  ", catalogue));
    }

    @Test
    void targetSetRefusesDuplicatesAndEmptiness() {
        TargetSet set = TargetSet.parse(List.of("band_gap=1.2", "formation_energy=-0.025"), catalogue);
        assertEquals(List.of("band_gap", "formation_energy"), set.propertyNames());
        assertEquals(-0.025, set.value("formation_energy").getAsDouble());
        assertEquals("band_gap=1.2 formation_energy=-0.025", set.label());
        TargetSpecException dup = assertThrows(TargetSpecException.class,
                () -> TargetSet.parse(List.of("band_gap=1.2", "band_gap=1.5"), catalogue));
        assertTrue(dup.getMessage().contains("twice"), dup.getMessage());
        assertThrows(TargetSpecException.class, () -> TargetSet.parse(List.of(), catalogue));
    }

    @Test
    void customCatalogueRejectsDuplicateNames() {
        PropertyInfo p = new PropertyInfo("x", "u", "x", 0, 1, 0.1, "");
        assertThrows(IllegalArgumentException.class, () -> PropertyCatalogue.of(List.of(p, p)));
        assertThrows(IllegalArgumentException.class, () -> new PropertyInfo("y", "u", "y", 1, 1, 0.1, ""));
    }

    @Test
    void rangesAimAtTheirMiddleAndHitWithinTheTolerance() {
        TargetSpec r = TargetSpec.parse("band_gap=1.0..1.5", catalogue);
        assertEquals(1.0, r.low());
        assertEquals(1.5, r.high());
        assertEquals(1.25, r.value());
        assertEquals("band_gap=1..1.5", r.toString());
        assertEquals(0.5, r.tolerance(), "the catalogue's default tolerance");
        var target = r.withTolerance(0.1).toTarget();
        assertTrue(target.hit(1.55) && target.hit(0.95) && target.hit(1.2));
        assertTrue(!target.hit(1.65) && !target.hit(0.85) && !target.hit(Double.NaN));
        assertEquals(0.2, target.distance(1.7), 1e-12);
        TargetSpecException empty = assertThrows(TargetSpecException.class,
                () -> TargetSpec.parse("band_gap=1.5..1.0", catalogue));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        assertThrows(TargetSpecException.class, () -> TargetSpec.parse("band_gap=1.0..16", catalogue));
    }

    @Test
    void tolerancesApplyToTargetedPropertiesOnly() {
        TargetSet set = TargetSet.parse(List.of("band_gap=1.2"), catalogue).withTolerances(List.of("band_gap=0.05"));
        assertEquals(0.05, set.targets().get(0).tolerance());
        TargetSpecException other = assertThrows(TargetSpecException.class,
                () -> TargetSet.parse(List.of("band_gap=1.2"), catalogue).withTolerances(List.of("formation_energy=1")));
        assertTrue(other.getMessage().contains("targeted property"), other.getMessage());
        assertThrows(TargetSpecException.class, () -> set.withTolerances(List.of("band_gap=-1")));
    }
}
