package org.matdesign.models.meidnet.design;

import java.io.IOException;
import java.util.List;

import org.matdesign.models.meidnet.FusionMode;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.ModelConfig;
import org.matdesign.models.meidnet.PropertySpec;

/** Models for the design tests. */
final class DesignTestModels {

    /** The 56 elements of Perov-5. */
    static final List<String> PEROV5 = List.of("Ag", "Al", "As", "Au", "B", "Ba", "Be", "Bi", "Ca", "Cd", "Co", "Cr",
            "Cs", "Cu", "F", "Fe", "Ga", "Ge", "Hf", "Hg", "In", "Ir", "K", "La", "Li", "Mg", "Mn", "Mo", "N", "Na",
            "Nb", "Ni", "O", "Os", "Pb", "Pd", "Pt", "Rb", "Re", "Rh", "Ru", "S", "Sb", "Sc", "Si", "Sn", "Sr", "Ta",
            "Te", "Ti", "Tl", "V", "W", "Y", "Zn", "Zr");

    private DesignTestModels() {
    }

    static ModelConfig config() {
        List<PropertySpec> props = List.of(new PropertySpec("band_gap", "dir_gap", "eV", 0.1, 0.5),
                new PropertySpec("formation_energy", "heat_all", "eV/atom", 1.4, 0.8));
        return ModelConfig.defaults("perov_5", PEROV5, props, FusionMode.parse("early+cl"));
    }

    /** The committed default model when this build has it, else a freshly initialised (seeded) one. */
    static MeidnetModel defaultOrFresh() {
        try {
            return MeidnetModel.loadDefault();
        } catch (IOException e) {
            return MeidnetModel.create(config(), 42);
        }
    }
}
