package org.matdesign.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The dataset -> property -> column table: names, aliases, errors, and columns the CSV reader knows. */
class DatasetPropertiesTest {

    @Test
    void namesAndAliases() {
        assertSame(DatasetProperties.MP_20, DatasetProperties.parse("MP-20"));
        assertSame(DatasetProperties.PEROV_5, DatasetProperties.parse("perov5"));
        assertEquals(List.of("formation_energy", "band_gap"), DatasetProperties.MP_20.names());
        assertEquals("formation_energy_per_atom", DatasetProperties.MP_20.require("formation_energy").column());
        assertEquals("dir_gap", DatasetProperties.PEROV_5.require("band_gap").column());
        assertEquals(List.of("energy_per_atom"), DatasetProperties.CARBON_24.names());
    }

    @Test
    void unknownNamesAreRefusedSayingWhatExists() {
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> DatasetProperties.parse("mp_21"));
        assertEquals("unknown dataset 'mp_21' (expected perov_5, carbon_24, mp_20)", d.getMessage());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> DatasetProperties.CARBON_24.require("band_gap"));
        assertEquals("dataset carbon_24 has no property 'band_gap' (it has energy_per_atom)", p.getMessage());
    }

    @Test
    void everyColumnIsANumericColumnOfTheDatasetsCsv() {
        for (DatasetProperties d : DatasetProperties.ALL) {
            CdvaeDataset.Kind kind = java.util.Arrays.stream(CdvaeDataset.Kind.values())
                    .filter(k -> k.folder().equals(d.dataset())).findFirst().orElseThrow();
            for (DatasetProperties.Property p : d.properties()) {
                assertTrue(kind.properties().contains(p.column()), d.dataset() + " " + p.column());
            }
        }
    }
}
