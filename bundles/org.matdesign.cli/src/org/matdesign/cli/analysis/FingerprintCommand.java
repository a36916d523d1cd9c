package org.matdesign.cli.analysis;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matdesign.analysis.localenv.CrystalNnFingerprint;
import org.matdesign.analysis.localenv.CrystalNnFingerprint.SiteFingerprint;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.Structure;
import org.matdesign.core.io.StructureFiles;
import org.matdesign.core.io.StructureParseException;

/** {@code matdesign fingerprint}: CrystalNN 'ops' site and structure fingerprints of structure files. */
final class FingerprintCommand implements Command {

    @Override
    public String name() {
        return "fingerprint";
    }

    @Override
    public String summary() {
        return "CrystalNN coordination weights and order-parameter fingerprints (CDVAE's structure fingerprint)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign fingerprint FILE... [--json]

                Per site the CrystalNN coordination-number weights and the order parameters weighted by them
                (matminer's CrystalNNFingerprint 'ops' preset, 61 values); the structure fingerprint is their mean.
                  --json     one JSON object per file: file, sites (species, cn_weights, order_parameters),
                             fingerprint""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of(), Set.of("json"));
        if (args.positionals().isEmpty()) {
            throw new UsageException("fingerprint needs at least one structure file");
        }
        for (String file : args.positionals()) {
            Structure s;
            try {
                s = StructureFiles.read(Path.of(file));
            } catch (StructureParseException | IllegalArgumentException e) {
                throw new CommandFailure(file + ": " + e.getMessage(), e);
            }
            SiteFingerprint[] sites = new SiteFingerprint[s.size()];
            try {
                for (int i = 0; i < s.size(); i++) {
                    sites[i] = CrystalNnFingerprint.site(s, i);
                }
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(file + ": " + e.getMessage(), e);
            }
            double[][] values = new double[sites.length][];
            for (int i = 0; i < sites.length; i++) {
                values[i] = sites[i].values();
            }
            double[] mean = CrystalNnFingerprint.mean(values);
            if (args.has("json")) {
                out.println(json(file, s, sites, mean));
            } else {
                summary(out, file, s, sites);
            }
        }
        return 0;
    }

    private static JsonObject json(String file, Structure s, SiteFingerprint[] sites, double[] mean) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        JsonArray arr = new JsonArray();
        for (int i = 0; i < sites.length; i++) {
            JsonObject site = new JsonObject();
            site.addProperty("species", s.site(i).element().symbol());
            JsonObject cn = new JsonObject();
            sites[i].cnWeights().entrySet().stream().filter(e -> e.getValue() != 0)
                    .sorted(Map.Entry.comparingByKey()).forEach(e -> cn.addProperty(e.getKey().toString(), e.getValue()));
            site.add("cn_weights", cn);
            JsonObject ops = new JsonObject();
            sites[i].orderParameters().forEach(ops::addProperty);
            site.add("order_parameters", ops);
            arr.add(site);
        }
        o.add("sites", arr);
        JsonArray fp = new JsonArray();
        for (double v : mean) {
            fp.add(v);
        }
        o.add("fingerprint", fp);
        return o;
    }

    /** Per site: the most likely CN with its weight and the strongest motif of that CN. */
    private static void summary(PrintStream out, String file, Structure s, SiteFingerprint[] sites) {
        out.println(file + ": " + s.composition() + ", " + s.size() + " sites");
        for (int i = 0; i < sites.length; i++) {
            Map.Entry<Integer, Double> best = sites[i].cnWeights().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            String prefix = "cn" + best.getKey() + ".";
            String motif = sites[i].orderParameters().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .max(Map.Entry.comparingByValue())
                    .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey().substring(prefix.length()),
                            e.getValue() / best.getValue()))
                    .orElse("-");
            out.printf(Locale.ROOT, "  %-3d %-3s CN %-2d (weight %.3f)  %s%n", i, s.site(i).element().symbol(),
                    best.getKey(), best.getValue(), motif);
        }
    }
}
