package org.matdesign.cli.analysis;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import com.google.gson.JsonObject;
import org.matdesign.analysis.match.PymatgenAgreement;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.UsageException;

/** {@code matdesign bench agreement}: agreement with pymatgen on the bundled pairs and the speed ratio. */
final class BenchAgreementCommand implements Command {

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String summary() {
        return "Agreement of the structure matcher with pymatgen 2022.11.7 and the speed ratio";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign bench agreement [--rounds R] [--json]

                Runs fit and rms on the bundled pymatgen fixture (rotated, translated, permuted, strained, noisy,
                supercell and unrelated pairs from perov_5, mp_20 and carbon_24) and prints the fraction of equal
                fit decisions, of equal rms presence, the largest |rms difference| where both match, our and
                pymatgen's milliseconds per pair (pymatgen's measured when the fixture was made) and their ratio.
                  --rounds R     timing rounds, the last one is reported (default 2)
                  --json         one JSON object instead of the table""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of("rounds"), Set.of("json"));
        int rounds = args.getInt("rounds", 2);
        if (rounds < 1) {
            throw new UsageException("--rounds must be at least 1");
        }
        PymatgenAgreement.Report r = PymatgenAgreement.run(PymatgenAgreement.loadPairs(), rounds);
        if (args.has("json")) {
            JsonObject o = new JsonObject();
            o.addProperty("pairs", r.pairs());
            o.addProperty("same_fit", r.sameFit());
            o.addProperty("fit_agreement", r.fitAgreement());
            o.addProperty("same_rms_presence", r.sameRmsPresence());
            o.addProperty("both_rms", r.bothRms());
            o.addProperty("max_rms_diff", r.maxRmsDiff());
            o.addProperty("ms_per_pair", r.javaMillisPerPair());
            o.addProperty("pymatgen_ms_per_pair", r.pymatgenMillisPerPair());
            o.addProperty("speed_ratio", r.speedRatio());
            out.println(o);
        } else {
            out.printf(Locale.ROOT, "pairs                     %d%n", r.pairs());
            out.printf(Locale.ROOT, "same fit decision         %d (%.2f %%)%n", r.sameFit(), 100 * r.fitAgreement());
            out.printf(Locale.ROOT, "same rms presence         %d%n", r.sameRmsPresence());
            out.printf(Locale.ROOT, "max |rms diff| (%d both)  %.3g%n", r.bothRms(), r.maxRmsDiff());
            out.printf(Locale.ROOT, "ms per pair (fit+rms)     %.3f%n", r.javaMillisPerPair());
            out.printf(Locale.ROOT, "pymatgen ms per pair      %.3f%n", r.pymatgenMillisPerPair());
            out.printf(Locale.ROOT, "speed ratio               %.1fx%n", r.speedRatio());
            for (String d : r.disagreements()) {
                out.println("disagreement: " + d);
            }
        }
        return 0;
    }
}
