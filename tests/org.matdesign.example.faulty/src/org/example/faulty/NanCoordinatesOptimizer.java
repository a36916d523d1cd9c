package org.example.faulty;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.Optimizer;
import org.matdesign.api.RunContext;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;

/**
 * Faulty on purpose: moves the first atom of every candidate to a NaN coordinate. The crystal model refuses to build
 * such a structure, so the call fails and the engine keeps the candidates as they were.
 */
public final class NanCoordinatesOptimizer implements Optimizer {

    @Override
    public List<Candidate> optimize(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Site> sites = new ArrayList<>(c.structure().sites());
            sites.set(0, new Site(sites.get(0).species(), new double[] {Double.NaN, 0, 0}));
            out.add(c.withStructure(new Structure(c.structure().lattice(), sites), "faulty.nan"));
        }
        return out;
    }
}
