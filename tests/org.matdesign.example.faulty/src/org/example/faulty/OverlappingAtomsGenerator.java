package org.example.faulty;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Generator;
import org.matdesign.api.RunContext;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/** Faulty on purpose: every other candidate has its two atoms on the same spot. */
public final class OverlappingAtomsGenerator implements Generator {

    @Override
    public List<Candidate> generate(RunContext context, IProgressMonitor monitor) {
        Lattice cubic = Lattice.fromParameters(4, 4, 4, 90, 90, 90);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < context.target().count(); i++) {
            double x = i % 2 == 0 ? 0 : 0.5;
            out.add(Candidate.of("overlap-" + i, Structure.of(cubic, List.of(Species.of("Na"), Species.of("Cl")),
                    List.of(new double[] {0, 0, 0}, new double[] {x, x, x})), "faulty.overlapping"));
        }
        return out;
    }
}
