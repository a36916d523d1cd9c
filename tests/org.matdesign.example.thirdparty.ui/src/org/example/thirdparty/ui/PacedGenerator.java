package org.example.thirdparty.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Generator;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RunContext;
import org.matdesign.api.TrainingData;
import org.matdesign.api.TrainingSet;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * A third party's generator that takes its time (one rock-salt cell every {@value #PACE_MS} ms) and has a toy property
 * head (the target plus Gaussian noise), so a workbench shows rows arriving, plots filling and cancellation.
 */
public final class PacedGenerator implements Generator, TrainingData {

    /** The toy model's "training crystals": rock-salt cells across the four pairs, with toy property values. */
    static TrainingSet trainingSet() {
        List<Structure> structures = new ArrayList<>();
        int n = 48;
        double[] gap = new double[n];
        double[] formation = new double[n];
        Random random = new Random(11);
        for (int i = 0; i < n; i++) {
            int pick = i % PAIRS.length;
            structures.add(rockSalt(PAIRS[pick][0], PAIRS[pick][1], LATTICE[pick] * (1 + 0.03 * random.nextGaussian())));
            gap[i] = 1 + pick + 0.3 * random.nextGaussian();
            formation[i] = -1 - 0.3 * pick + 0.1 * random.nextGaussian();
        }
        return new TrainingSet("example rock-salt set (48 crystals)", structures,
                Map.of("band_gap", gap, "formation_energy", formation), "");
    }

    @Override
    public java.util.Optional<TrainingSet> trainingSet(RunContext context) {
        return java.util.Optional.of(trainingSet());
    }

    static final long PACE_MS = 40;
    private static final String[][] PAIRS = {{"Na", "Cl"}, {"K", "Br"}, {"Li", "F"}, {"Mg", "O"}};
    private static final double[] LATTICE = {5.64, 6.60, 4.03, 4.21};

    @Override
    public List<Candidate> generate(RunContext context, IProgressMonitor monitor) {
        int count = context.target().count();
        SubMonitor progress = SubMonitor.convert(monitor, "paced rock salt", count);
        Random random = context.random("example.paced");
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            progress.split(1);
            try {
                Thread.sleep(PACE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
            int pick = i % PAIRS.length;
            double a = LATTICE[pick] * (1 + 0.02 * random.nextGaussian());
            Map<String, Double> head = new LinkedHashMap<>();
            for (PropertyTarget t : context.target().targets()) {
                head.put(t.name(), t.value() + 0.2 * random.nextGaussian());
            }
            out.add(Candidate.of("paced-" + i, rockSalt(PAIRS[pick][0], PAIRS[pick][1], a), "example.paced")
                    .withPredicted(head));
        }
        return out;
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
