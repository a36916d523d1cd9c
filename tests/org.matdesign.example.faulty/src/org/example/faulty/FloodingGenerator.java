package org.example.faulty;

import java.util.AbstractList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Generator;
import org.matdesign.api.RunContext;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/** Faulty on purpose: answers any request with a million candidates. The engine must keep only what it asked for. */
public final class FloodingGenerator implements Generator {

    static final int FLOOD = 1_000_000;

    @Override
    public List<Candidate> generate(RunContext context, IProgressMonitor monitor) {
        Structure nacl = Structure.of(Lattice.fromParameters(5.64, 5.64, 5.64, 90, 90, 90),
                List.of(Species.of("Na"), Species.of("Cl")), List.of(new double[] {0, 0, 0},
                        new double[] {0.5, 0.5, 0.5}));
        // Built on demand, so the flood costs the test nothing until something walks all of it.
        return new AbstractList<>() {
            @Override
            public Candidate get(int index) {
                return Candidate.of("flood-" + index, nacl, "faulty.flooding");
            }

            @Override
            public int size() {
                return FLOOD;
            }
        };
    }
}
