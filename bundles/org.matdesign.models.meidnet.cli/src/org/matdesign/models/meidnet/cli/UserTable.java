package org.matdesign.models.meidnet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matdesign.cli.Args;
import org.matdesign.cli.UsageException;
import org.matdesign.core.Structure;
import org.matdesign.core.data.StructureTable;
import org.matdesign.models.meidnet.MeidnetData;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.ModelConfig;
import org.matdesign.models.meidnet.PropertySpec;

/** {@code train --csv}: the user's table and its {@code --property NAME=COLUMN[:UNIT]} list, read with counted skips. */
final class UserTable {

    private static final Pattern PROPERTY = Pattern.compile("([a-z][a-z0-9_]*)(?:=([^:]+))?(?::(.+))?");
    private static final int DEFAULT_MAX_SITES = 24;

    private UserTable() {
    }

    static MeidnetData read(Args args, long splitSeed, MeidnetModel init, PrintStream err) {
        Path csv = Path.of(args.require("csv"));
        List<PropertySpec> properties = properties(args.all("property"));
        String idColumn = args.get("id-column", null);
        StructureTable table = StructureTable.read(csv, new StructureTable.Layout(args.get("cif-column", "cif"),
                idColumn, properties.stream().map(PropertySpec::column).toList(),
                init == null ? DEFAULT_MAX_SITES : init.config().maxAtoms(), elementsOf(init)));
        if (idColumn == null && !table.rows().isEmpty() && table.rows().get(0).id().startsWith("row-")) {
            err.println("note: " + csv + " has no " + StructureTable.DEFAULT_ID_COLUMN + " column and no --id-column"
                    + " was given; rows are named row-1, row-2, ... (their split part then follows their position)");
        }
        err.printf(Locale.ROOT, "read %s: %d rows kept, %d skipped%n", csv, table.rows().size(), table.skipped());
        table.reasons().forEach(r -> err.println("  skipped " + r));
        String stem = csv.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = stem.isBlank() ? "table" : stem.substring(0, Math.min(stem.length(), 64)); // model files cap names
        return MeidnetData.fromTable(table, name, properties, splitSeed);
    }

    /** {@code NAME=COLUMN[:UNIT]}; a name alone reads the column of that name. */
    static List<PropertySpec> properties(List<String> texts) {
        if (texts.isEmpty()) {
            throw new UsageException("--csv needs at least one --property NAME=COLUMN[:UNIT]");
        }
        List<PropertySpec> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher m = PROPERTY.matcher(text.strip());
            if (!m.matches()) {
                throw new UsageException("--property '" + text + "': expected NAME=COLUMN[:UNIT] with NAME in lower"
                        + " case letters, digits and _ (e.g. band_gap=gap_pbe:eV)");
            }
            if (!names.add(m.group(1))) {
                throw new UsageException("--property " + m.group(1) + " is given twice");
            }
            String column = m.group(2) == null ? m.group(1) : m.group(2).strip();
            out.add(new PropertySpec(m.group(1), column, m.group(3) == null ? "" : m.group(3).strip(), 0, 1));
        }
        return out;
    }

    /** With a model to fine-tune, only crystals of its elements can be learned. */
    private static Function<Structure, String> elementsOf(MeidnetModel init) {
        if (init == null) {
            return null;
        }
        ModelConfig config = init.config();
        return s -> s.sites().stream().map(site -> site.element().symbol())
                .filter(e -> config.elementIndex(e) < 0).findFirst()
                .map(e -> "element " + e + " is not among the --init model's elements").orElse(null);
    }
}
