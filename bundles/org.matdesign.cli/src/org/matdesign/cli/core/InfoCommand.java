package org.matdesign.cli.core;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.UsageException;
import org.matdesign.core.Lattice;
import org.matdesign.core.Structure;
import org.matdesign.core.io.NamedStructure;
import org.matdesign.core.io.StructureFiles;
import org.matdesign.core.io.StructureParseException;

/** {@code matdesign info FILE... [--json]}. */
final class InfoCommand implements Command {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "Show formula, site count, lattice, volume and density of structure files";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign info FILE... [--json]

                For every structure in the files (several for multi-block CIFs and multi-frame extended XYZ): formula,
                reduced formula, number of sites, lattice parameters (Å, degrees), volume (Å^3) and density (g/cm^3).
                  --json    one JSON object per line with keys file, formula, reduced_formula, nsites, a, b, c,
                            alpha, beta, gamma, volume, density (plus block for multi-block CIFs), or file and
                            error for a file that cannot be read
                Exit code 1 when any file could not be read.""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) {
        Args args = raw.parse(Set.of(), Set.of("json"));
        List<String> files = args.positionals();
        if (files.isEmpty()) {
            throw new UsageException("give at least one structure file");
        }
        boolean json = args.has("json");
        if (!json) {
            out.printf("%-28s %-16s %-12s %6s %9s %9s %9s %8s %8s %8s %11s %8s%n", "file", "formula", "reduced",
                    "nsites", "a", "b", "c", "alpha", "beta", "gamma", "volume", "density");
        }
        int failed = 0;
        for (String file : files) {
            List<NamedStructure> structures;
            try {
                structures = StructureFiles.readAll(Path.of(file));
            } catch (StructureParseException | IllegalArgumentException e) {
                failed++;
                if (json) {
                    JsonObject o = new JsonObject();
                    o.addProperty("file", file);
                    o.addProperty("error", e.getMessage());
                    out.println(GSON.toJson(o));
                } else {
                    err.println("error: " + e.getMessage());
                }
                continue;
            }
            for (NamedStructure named : structures) {
                String block = structures.size() > 1 ? named.name() : null;
                if (json) {
                    out.println(GSON.toJson(describe(file, block, named.structure())));
                } else {
                    out.println(row(block == null ? file : file + "#" + block, named.structure()));
                }
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    static JsonObject describe(String file, String block, Structure s) {
        Lattice l = s.lattice();
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        if (block != null) {
            o.addProperty("block", block);
        }
        o.addProperty("formula", s.composition().formula());
        o.addProperty("reduced_formula", s.composition().reducedFormula());
        o.addProperty("nsites", s.size());
        o.addProperty("a", l.a());
        o.addProperty("b", l.b());
        o.addProperty("c", l.c());
        o.addProperty("alpha", l.alpha());
        o.addProperty("beta", l.beta());
        o.addProperty("gamma", l.gamma());
        o.addProperty("volume", s.volume());
        o.addProperty("density", s.density());
        return o;
    }

    private static String row(String name, Structure s) {
        Lattice l = s.lattice();
        return String.format(java.util.Locale.ROOT, "%-28s %-16s %-12s %6d %9.4f %9.4f %9.4f %8.3f %8.3f %8.3f %11.4f %8.4f",
                name, s.composition().formula().replace(" ", ""), s.composition().reducedFormula(), s.size(), l.a(), l.b(),
                l.c(), l.alpha(), l.beta(), l.gamma(), s.volume(), s.density());
    }
}
