package org.matdesign.analysis.validators;

import java.util.List;

import org.matdesign.api.Setting;
import org.matdesign.api.SettingsSchema;

/** Settings of the energy-above-hull validator. */
public final class EnergyAboveHullSettings implements SettingsSchema {

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.text("entries", "", "CSV of reference entries with columns formula,energy_per_atom (eV/atom;"
                        + " relative paths are resolved in the data folder); every element needs an elemental entry"),
                Setting.text("energy_key", "energy_per_atom",
                        "name of the candidate's predicted total energy per atom (eV/atom)"),
                Setting.number("max_e_above_hull", 0.1, "eV/atom", 0.0, Double.POSITIVE_INFINITY,
                        "largest accepted energy above the hull"));
    }
}
