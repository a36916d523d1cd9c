package org.matdesign.cli.analysis;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import org.matdesign.analysis.validity.Validity;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.UsageException;
import org.matdesign.core.io.NamedStructure;
import org.matdesign.core.io.StructureFiles;
import org.matdesign.core.io.StructureParseException;

/** {@code matdesign validate FILE... [--json]}: CDVAE structural and compositional validity per file. */
final class ValidateCommand implements Command {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check CDVAE validity (min distance, volume, SMACT charge neutrality) of structure files";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign validate FILE... [--json]

                One line per structure: structural validity (every pair of atoms at least 0.5 A apart, volume at
                least 0.1 A^3), compositional validity (SMACT charge neutrality and Pauling test as in CDVAE), valid
                (both) and the minimum interatomic distance in A ("inf" for a single atom).
                  --json    one JSON object per line: file, structural, compositional, valid, min_distance (null
                            for a single atom), volume; or file and error
                Exit code 1 when a file cannot be read or a structure is invalid.""";
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
            out.printf("%-40s %-10s %-13s %-6s %s%n", "file", "structural", "compositional", "valid", "min_distance");
        }
        int bad = 0;
        for (String file : files) {
            List<NamedStructure> structures;
            try {
                structures = StructureFiles.readAll(Path.of(file));
            } catch (StructureParseException | IllegalArgumentException e) {
                bad++;
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
                String label = structures.size() > 1 ? file + "#" + named.name() : file;
                Validity v = Validity.of(named.structure());
                bad += v.valid() ? 0 : 1;
                if (json) {
                    JsonObject o = new JsonObject();
                    o.addProperty("file", label);
                    o.addProperty("structural", v.structural());
                    o.addProperty("compositional", v.compositional());
                    o.addProperty("valid", v.valid());
                    if (Double.isFinite(v.minDistance())) {
                        o.addProperty("min_distance", v.minDistance());
                    } else {
                        o.add("min_distance", com.google.gson.JsonNull.INSTANCE);
                    }
                    o.addProperty("volume", v.volume());
                    out.println(GSON.toJson(o));
                } else {
                    out.printf("%-40s %-10s %-13s %-6s %s%n", label, v.structural(), v.compositional(), v.valid(),
                            Double.isFinite(v.minDistance()) ? String.format(java.util.Locale.ROOT, "%.4f", v.minDistance()) : "inf");
                }
            }
        }
        return bad == 0 ? 0 : 1;
    }
}
