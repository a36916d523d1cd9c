package org.matdesign.analysis.validators;

import java.util.LinkedHashMap;
import java.util.Map;
import org.matdesign.api.SettingsSchema;

/** Settings of the energy-above-hull validator. */
public final class EnergyAboveHullSettings implements SettingsSchema {

    static final Map<String, String> DEFAULTS = Map.of("entries", "", "energy_key", "energy_per_atom",
            "max_e_above_hull", "0.1");

    @Override
    public Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("entries", "");
        d.put("energy_key", "energy_per_atom");
        d.put("max_e_above_hull", "0.1");
        return d;
    }

    @Override
    public Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("entries", "CSV of reference entries with columns formula,energy_per_atom (eV/atom; relative paths "
                + "are resolved in the data folder); every element needs an elemental entry");
        d.put("energy_key", "name of the candidate's predicted total energy per atom (eV/atom)");
        d.put("max_e_above_hull", "largest accepted energy above the hull in eV/atom");
        return d;
    }
}
