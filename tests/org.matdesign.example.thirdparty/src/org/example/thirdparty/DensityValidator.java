package org.example.thirdparty;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;

/** A third party's validator: the density must lie in a window (g/cm3), configurable by the settings below. */
public final class DensityValidator implements Validator {

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
        double min = Double.parseDouble(context.settings("example.density").getOrDefault("min", "0.5"));
        double max = Double.parseDouble(context.settings("example.density").getOrDefault("max", "25"));
        return candidates.stream().map(c -> {
            double density = c.structure().density();
            boolean ok = density >= min && density <= max;
            return new Verdict(ok, density, String.format("density %.3f g/cm3 %s [%s, %s]", density,
                    ok ? "in" : "outside", min, max));
        }).toList();
    }
}
