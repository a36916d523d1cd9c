package org.example.thirdparty;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.Candidate;
import org.matdesign.api.RunContext;
import org.matdesign.api.Settings;
import org.matdesign.api.Validator;
import org.matdesign.api.Verdict;

/** A third party's validator: the density must lie in a window (g/cm3), configurable by {@link DensitySettings}. */
public final class DensityValidator implements Validator {

    @Override
    public List<Verdict> validate(List<Candidate> candidates, RunContext context, IProgressMonitor monitor) {
        Settings settings = context.settings("example.density");
        double min = settings.getDouble("min");
        double max = settings.getDouble("max");
        return candidates.stream().map(c -> {
            double density = c.structure().density();
            boolean ok = density >= min && density <= max;
            return new Verdict(ok, density, String.format(Locale.ROOT, "density %.3f g/cm3 %s [%s, %s]", density,
                    ok ? "in" : "outside", min, max));
        }).toList();
    }
}
