package org.matdesign.ui.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.matdesign.api.Candidate;
import org.matdesign.core.Lattice;
import org.matdesign.core.Structure;
import org.matdesign.ui.design.CandidateEntry;

/** What the properties view lists for one candidate: identity, cell, every predicted property, every verdict. */
public final class CandidateFacts {

    /** One line of the properties view. */
    public record Fact(String group, String name, String value) {
    }

    private CandidateFacts() {
    }

    static List<Fact> of(CandidateEntry e) {
        List<Fact> out = new ArrayList<>();
        Candidate c = e.candidate();
        Structure s = c.structure();
        Lattice l = s.lattice();
        out.add(new Fact("candidate", "id", c.id()));
        out.add(new Fact("candidate", "rank", e.ranked() ? Integer.toString(e.rank()) : "not ranked yet"));
        out.add(new Fact("candidate", "formula", e.formula()));
        out.add(new Fact("candidate", "target", e.targetLabel()));
        out.add(new Fact("candidate", "origin", c.origin()));
        out.add(new Fact("candidate", "SUN", e.sun() == null ? "not judged yet" : e.sun() ? "yes" : "no"));
        out.add(new Fact("cell", "a, b, c (Å)", f("%.4f, %.4f, %.4f", l.a(), l.b(), l.c())));
        out.add(new Fact("cell", "α, β, γ (°)", f("%.2f, %.2f, %.2f", l.alpha(), l.beta(), l.gamma())));
        out.add(new Fact("cell", "volume (Å³)", f("%.3f", l.volume())));
        out.add(new Fact("cell", "density (g/cm³)", f("%.3f", s.density())));
        out.add(new Fact("cell", "sites", Integer.toString(s.size())));
        c.predicted().forEach((p, v) -> out.add(new Fact("model head", p, f("%.4f", v))));
        c.verdicts().forEach((id, v) -> {
            out.add(new Fact(id, "verdict", CandidateColumn.verdictText(v)));
            if (!v.detail().isEmpty()) {
                out.add(new Fact(id, "detail", v.detail()));
            }
            v.properties().forEach((p, value) -> {
                Double u = v.uncertainties().get(p);
                out.add(new Fact(id, p, u == null ? f("%.4f", value) : f("%.4f ± %.4f", value, u)));
            });
        });
        return out;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
