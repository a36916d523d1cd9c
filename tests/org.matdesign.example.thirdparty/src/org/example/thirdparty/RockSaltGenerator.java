package org.example.thirdparty;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Generator;
import org.matdesign.api.RunContext;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * A third party's generator, contributed through plugin.xml only: rock-salt cells of a few alkali halides with
 * a lattice constant drawn around the experimental one.
 */
public final class RockSaltGenerator implements Generator {

    private static final String[][] PAIRS = {{"Na", "Cl"}, {"K", "Br"}, {"Li", "F"}};
    private static final double[] LATTICE = {5.64, 6.60, 4.03};

    @Override
    public List<Candidate> generate(RunContext context, IProgressMonitor monitor) {
        int count = context.target().count();
        SubMonitor progress = SubMonitor.convert(monitor, "rock salt", count);
        Random random = context.random("example.rocksalt");
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            progress.split(1);
            int pick = i % PAIRS.length;
            double a = LATTICE[pick] * (1 + 0.02 * random.nextGaussian());
            candidates.add(Candidate.of("rocksalt-" + i, rockSalt(PAIRS[pick][0], PAIRS[pick][1], a),
                    "example.rocksalt"));
        }
        return candidates;
    }

    static Structure rockSalt(String cation, String anion, double a) {
        List<Species> species = new ArrayList<>();
        List<double[]> coords = new ArrayList<>();
        double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        for (double[] f : fcc) {
            species.add(Species.of(cation));
            coords.add(f);
            species.add(Species.of(anion));
            coords.add(new double[] {(f[0] + 0.5) % 1, (f[1] + 0.5) % 1, (f[2] + 0.5) % 1});
        }
        return Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90), species, coords);
    }
}
