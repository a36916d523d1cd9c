package org.matdesign.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matdesign.api.Setting;
import org.matdesign.api.Settings;
import org.matdesign.api.SettingsException;

/** Settings declared once and checked: unknown keys, wrong types and out-of-range values name what is allowed. */
class SettingsTest {

    private static final List<Setting> DECLARED = List.of(
            Setting.integer("steps", 150, 1, 1000, "Adam steps"),
            Setting.number("tol", 0.3, "eV", 0, 1, "tolerance"),
            Setting.bool("strict", false, "strict mode"),
            Setting.choice("source", "independent", List.of("independent", "generator"), "energy source"),
            Setting.text("reference", "", "reference file"));

    @Test
    void defaultsFillWhatIsNotGivenAndValuesAreTyped() {
        Settings s = Settings.check("optimizer 'x'", DECLARED, Map.of("steps", 20.0, "tol", "0.25", "strict", true));
        assertEquals(20, s.getInt("steps"));
        assertEquals(0.25, s.getDouble("tol"));
        assertTrue(s.getBoolean("strict"));
        assertEquals("independent", s.getString("source"));
        assertEquals("", s.getString("reference"));
        assertEquals(150, Settings.check("x", DECLARED, Map.of()).getLong("steps"));
        assertEquals(150.0, Settings.check("x", DECLARED, Map.of()).getDouble("steps"), "integers read as numbers");
    }

    @Test
    void unknownKeysWrongTypesAndRangesAreRefusedNamingTheOwnerAndWhatIsAllowed() {
        SettingsException typo = assertThrows(SettingsException.class,
                () -> Settings.check("optimizer 'x'", DECLARED, Map.of("stepz", "3")));
        assertTrue(typo.getMessage().contains("optimizer 'x' has no setting 'stepz'")
                && typo.getMessage().contains("steps, tol, strict, source, reference"), typo.getMessage());
        SettingsException range = assertThrows(SettingsException.class,
                () -> Settings.check("optimizer 'x'", DECLARED, Map.of("steps", "0")));
        assertTrue(range.getMessage().contains("'steps'") && range.getMessage().contains("integer in [1, 1000]"),
                range.getMessage());
        SettingsException fraction = assertThrows(SettingsException.class,
                () -> Settings.check("x", DECLARED, Map.of("steps", 2.5)));
        assertTrue(fraction.getMessage().contains("not an integer"), fraction.getMessage());
        for (String bad : List.of("wide", "NaN", "inf", "1.5")) {
            assertThrows(SettingsException.class, () -> Settings.check("x", DECLARED, Map.of("tol", bad)), bad);
        }
        SettingsException choice = assertThrows(SettingsException.class,
                () -> Settings.check("x", DECLARED, Map.of("source", "dft")));
        assertTrue(choice.getMessage().contains("one of independent, generator"), choice.getMessage());
        assertThrows(SettingsException.class, () -> Settings.check("x", DECLARED, Map.of("strict", "yes")));
        assertThrows(SettingsException.class, () -> Settings.check("x", List.of(DECLARED.get(0), DECLARED.get(0)),
                Map.of()), "a key declared twice");
    }

    @Test
    void unboundedNumbersTakeInfinityAndReadingAnUndeclaredKeyIsAProgrammingError() {
        List<Setting> open = List.of(Setting.number("max", 0.1, "eV/atom", 0, Double.POSITIVE_INFINITY, ""));
        assertEquals(Double.POSITIVE_INFINITY, Settings.check("x", open, Map.of("max", "inf")).getDouble("max"));
        assertEquals("number in [0, inf] eV/atom", open.get(0).allowedText());
        Settings s = Settings.check("x", open, Map.of());
        assertThrows(IllegalStateException.class, () -> s.getDouble("other"));
        assertFalse(s.has("other"));
    }
}
