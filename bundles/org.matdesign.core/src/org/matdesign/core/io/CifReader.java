package org.matdesign.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matdesign.core.Element;
import org.matdesign.core.Lattice;
import org.matdesign.core.PymatgenOrder;
import org.matdesign.core.Site;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * Reads CIF 1.1 files (and the DDLm dotted tag names) into P1 structures, one per data block that has atom sites.
 *
 * <ul>
 * <li>Symmetry operations from {@code _symmetry_equiv_pos_as_xyz} or {@code _space_group_symop_operation_xyz} are
 * applied to every atom site; coordinates are wrapped into [0, 1) and images of the same site that coincide
 * (within 1e-4 in fractional coordinates, as pymatgen, or 0.01 Å) are merged.</li>
 * <li>Species come from {@code _atom_site_type_symbol} (else the label), with oxidation states from decorations such
 * as {@code Fe2+} or from {@code _atom_type_oxidation_number}.</li>
 * <li>Sites of different rows on the same position are an error unless they are a partially occupied (disordered)
 * site; partial occupancy is refused unless {@link #majoritySpecies(boolean)} is set, which keeps the species with
 * the largest occupancy at each position (vacancies are not counted).</li>
 * <li>Sites are ordered like pymatgen's {@code CifParser} (stable sort by electronegativity, then species string),
 * so that site order, and formulas with electronegativity ties, agree with pymatgen; {@link #keepFileOrder(boolean)}
 * keeps the order of the file instead.</li>
 * </ul>
 * Errors are {@link StructureParseException}s naming the source, the line and the problem.
 */
public final class CifReader {

    /** Occupancies within this of 1 count as full. */
    static final double OCCUPANCY_TOLERANCE = 0.005;
    /** pymatgen's site tolerance in fractional coordinates. */
    static final double FRAC_TOLERANCE = 1e-4;
    /** Positions closer than this (Å) are the same position. */
    static final double CART_TOLERANCE = 0.01;
    static final int MAX_SITES = 1_000_000;
    static final int MAX_OPERATIONS = 1_000;

    private static final String[] SYMOP_TAGS = {"_symmetry_equiv_pos_as_xyz", "_space_group_symop_operation_xyz",
        "_symmetry_equiv_pos_as_xyz_", "_space_group_symop_operation_xyz_"};
    private static final String[] SPACE_GROUP_NAME_TAGS = {"_symmetry_space_group_name_h-m",
        "_space_group_name_h-m_alt", "_symmetry_space_group_name_hall", "_space_group_name_hall"};
    private static final String[] SPACE_GROUP_NUMBER_TAGS = {"_symmetry_int_tables_number", "_space_group_it_number"};
    private static final Pattern UNCERTAINTY = Pattern.compile("^([^()]*)\\(\\d*\\)$");
    private static final Pattern LEADING_LETTERS = Pattern.compile("^([A-Za-z]{1,2})");

    private boolean majoritySpecies;
    private boolean keepFileOrder;

    /** Keep the species with the largest occupancy on partially occupied sites instead of refusing them. */
    public CifReader majoritySpecies(boolean value) {
        this.majoritySpecies = value;
        return this;
    }

    /** Keep the site order of the file instead of pymatgen's electronegativity order. */
    public CifReader keepFileOrder(boolean value) {
        this.keepFileOrder = value;
        return this;
    }

    /** All structures in a CIF file, with default options. */
    public static List<Structure> read(Path path) {
        return new CifReader().parse(path);
    }

    /** All structures in CIF text; {@code sourceName} appears in error messages. */
    public static List<Structure> readString(String text, String sourceName) {
        return new CifReader().parseString(text, sourceName);
    }

    /** All structures in a CIF file; {@code majoritySpecies} as {@link #majoritySpecies(boolean)}. */
    public static List<Structure> read(Path path, boolean majoritySpecies) {
        return new CifReader().majoritySpecies(majoritySpecies).parse(path);
    }

    public List<Structure> parse(Path path) {
        return structures(parseNamed(path));
    }

    public List<Structure> parseString(String text, String sourceName) {
        return structures(parseNamedString(text, sourceName));
    }

    public List<NamedStructure> parseNamed(Path path) {
        return parseNamedString(TextInput.read(path), path.toString());
    }

    /** Structures with their data block names. */
    public List<NamedStructure> parseNamedString(String text, String sourceName) {
        String source = sourceName == null ? "<cif>" : sourceName;
        TextInput.checkText(text, source);
        List<CifSyntax.Block> blocks = CifSyntax.parse(text, source);
        if (blocks.isEmpty()) {
            throw new StructureParseException(source, 0, "no data_ block found; this is not a CIF file");
        }
        List<NamedStructure> result = new ArrayList<>();
        for (CifSyntax.Block block : blocks) {
            if (block.has("_atom_site_fract_x") || block.has("_atom_site_cartn_x")) {
                result.add(new NamedStructure(block.name, new BlockReader(block, source).structure()));
            }
        }
        if (result.isEmpty()) {
            throw new StructureParseException(source, blocks.get(0).line,
                    "no data block has atom sites (_atom_site_fract_x/y/z)");
        }
        return result;
    }

    private static List<Structure> structures(List<NamedStructure> named) {
        List<Structure> list = new ArrayList<>(named.size());
        for (NamedStructure n : named) {
            list.add(n.structure());
        }
        return list;
    }

    /** Parses a CIF number: uncertainties "5.4307(2)" are dropped, "1/2" is accepted. */
    static double cifNumber(CifSyntax.Value v, String tag, String source) {
        if (v == null || v.text() == null) {
            throw new StructureParseException(source, v == null ? 0 : v.line(), "missing value for " + tag);
        }
        String s = v.text().strip();
        Matcher m = UNCERTAINTY.matcher(s);
        if (m.matches()) {
            s = m.group(1);
        }
        try {
            int slash = s.indexOf('/');
            double d = slash > 0 ? Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1))
                    : Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new StructureParseException(source, v.line(), "expected a number for " + tag + ", got '" + v.text() + "'");
        }
    }

    /** Species from a type symbol or label: "Fe2+", "Fe", "O1", "FE3", "Ow". */
    static Species species(String symbolOrLabel) {
        try {
            return Species.of(symbolOrLabel);
        } catch (IllegalArgumentException e) {
            // fall through: labels such as "Fe1", "O2A", "FE"
        }
        Matcher m = LEADING_LETTERS.matcher(symbolOrLabel.strip());
        if (!m.find()) {
            return null;
        }
        String letters = m.group(1);
        String two = letters.length() == 2 ? Character.toUpperCase(letters.charAt(0)) + letters.substring(1, 2).toLowerCase()
                : null;
        if (two != null && Element.isSymbol(two)) {
            return Species.of(Element.of(two));
        }
        String one = String.valueOf(Character.toUpperCase(letters.charAt(0)));
        return Element.isSymbol(one) ? Species.of(Element.of(one)) : null;
    }

    /** Builds the P1 structure of one data block. */
    private final class BlockReader {
        private final CifSyntax.Block block;
        private final String source;

        BlockReader(CifSyntax.Block block, String source) {
            this.block = block;
            this.source = source;
        }

        private StructureParseException error(int line, String problem) {
            return new StructureParseException(source, line, "data_" + block.name + ": " + problem);
        }

        Structure structure() {
            Lattice lattice = lattice();
            List<SymmetryOperation> ops = operations();
            List<AtomRow> rows = atomRows();
            List<Site> sites = new SiteExpansion(lattice, ops, rows).sites();
            if (!keepFileOrder) {
                sites = PymatgenOrder.sortSites(sites);
            }
            return new Structure(lattice, sites);
        }

        private double cellValue(String tag) {
            CifSyntax.Value v = block.items.get(tag);
            if (v == null) {
                CifSyntax.Loop loop = block.loopWith(tag);
                if (loop != null && loop.rows.size() == 1) {
                    v = loop.rows.get(0)[loop.column(tag)];
                }
            }
            if (v == null || v.text() == null) {
                throw error(v == null ? block.line : v.line(), "missing " + tag);
            }
            return cifNumber(v, tag, source + ": data_" + block.name);
        }

        private Lattice lattice() {
            double a = cellValue("_cell_length_a");
            double b = cellValue("_cell_length_b");
            double c = cellValue("_cell_length_c");
            double alpha = cellValue("_cell_angle_alpha");
            double beta = cellValue("_cell_angle_beta");
            double gamma = cellValue("_cell_angle_gamma");
            try {
                return Lattice.fromParameters(a, b, c, alpha, beta, gamma);
            } catch (IllegalArgumentException e) {
                Integer line = block.itemLines.get("_cell_angle_alpha");
                throw error(line == null ? block.line : line, "invalid cell: " + e.getMessage());
            }
        }

        private List<SymmetryOperation> operations() {
            for (String tag : SYMOP_TAGS) {
                List<CifSyntax.Value> values = column(tag);
                if (values.isEmpty()) {
                    continue;
                }
                if (values.size() > MAX_OPERATIONS) {
                    throw error(values.get(0).line(), values.size() + " symmetry operations (more than " + MAX_OPERATIONS + ")");
                }
                List<SymmetryOperation> ops = new ArrayList<>();
                for (CifSyntax.Value v : values) {
                    try {
                        SymmetryOperation op = SymmetryOperation.parse(v.text());
                        if (Math.abs(Math.abs(op.determinant()) - 1) > 1e-6) {
                            throw new IllegalArgumentException("symmetry operation '" + v.text()
                                    + "' is not a rotation (determinant " + op.determinant() + ")");
                        }
                        ops.add(op);
                    } catch (IllegalArgumentException e) {
                        throw error(v.line(), e.getMessage());
                    }
                }
                return ops;
            }
            // no operations listed: only P1 can be assumed
            for (String tag : SPACE_GROUP_NAME_TAGS) {
                CifSyntax.Value v = block.items.get(tag);
                if (v != null && v.text() != null && !v.text().replace(" ", "").equalsIgnoreCase("P1")) {
                    throw error(v.line(), "space group '" + v.text() + "' is given without symmetry operations"
                            + " (_space_group_symop_operation_xyz); cannot expand it to P1");
                }
            }
            for (String tag : SPACE_GROUP_NUMBER_TAGS) {
                CifSyntax.Value v = block.items.get(tag);
                if (v != null && v.text() != null && !v.text().strip().equals("1")) {
                    throw error(v.line(), "space group number " + v.text() + " is given without symmetry operations"
                            + " (_space_group_symop_operation_xyz); cannot expand it to P1");
                }
            }
            return List.of(SymmetryOperation.identity());
        }

        /** Values of a tag, from a loop or a single item. */
        private List<CifSyntax.Value> column(String tag) {
            CifSyntax.Loop loop = block.loopWith(tag);
            List<CifSyntax.Value> values = new ArrayList<>();
            if (loop != null) {
                int c = loop.column(tag);
                for (CifSyntax.Value[] row : loop.rows) {
                    if (row[c].text() != null) {
                        values.add(row[c]);
                    }
                }
            } else {
                CifSyntax.Value v = block.items.get(tag);
                if (v != null && v.text() != null) {
                    values.add(v);
                }
            }
            return values;
        }

        private Map<String, Integer> oxidationStates() {
            Map<String, Integer> ox = new HashMap<>();
            CifSyntax.Loop loop = block.loopWith("_atom_type_oxidation_number");
            if (loop == null || loop.column("_atom_type_symbol") < 0) {
                return ox;
            }
            int sc = loop.column("_atom_type_symbol");
            int oc = loop.column("_atom_type_oxidation_number");
            for (CifSyntax.Value[] row : loop.rows) {
                if (row[sc].text() != null && row[oc].text() != null) {
                    double v = cifNumber(row[oc], "_atom_type_oxidation_number", source);
                    if (v != Math.rint(v)) {
                        throw error(row[oc].line(), "non-integer oxidation state " + row[oc].text()
                                + " for " + row[sc].text() + " is not supported");
                    }
                    ox.put(row[sc].text(), (int) v);
                }
            }
            return ox;
        }

        private List<AtomRow> atomRows() {
            CifSyntax.Loop loop = block.loopWith("_atom_site_fract_x");
            if (loop == null) {
                if (block.items.containsKey("_atom_site_fract_x")) {
                    loop = singleRowLoop();
                } else {
                    throw error(block.line, "atom sites are given only in Cartesian coordinates (_atom_site_Cartn_x);"
                            + " fractional coordinates (_atom_site_fract_x/y/z) are required");
                }
            }
            int cx = loop.column("_atom_site_fract_x");
            int cy = loop.column("_atom_site_fract_y");
            int cz = loop.column("_atom_site_fract_z");
            if (cy < 0 || cz < 0) {
                throw error(loop.line, "atom site loop lacks _atom_site_fract_" + (cy < 0 ? "y" : "z"));
            }
            int cType = loop.column("_atom_site_type_symbol");
            int cLabel = loop.column("_atom_site_label");
            int cOcc = loop.column("_atom_site_occupancy");
            if (cType < 0 && cLabel < 0) {
                throw error(loop.line, "atom site loop has neither _atom_site_type_symbol nor _atom_site_label");
            }
            Map<String, Integer> ox = oxidationStates();
            List<AtomRow> rows = new ArrayList<>();
            for (CifSyntax.Value[] row : loop.rows) {
                int line = row[cx].line();
                String type = cType >= 0 ? row[cType].text() : null;
                String label = cLabel >= 0 ? row[cLabel].text() : null;
                String symbol = type != null ? type : label;
                if (symbol == null) {
                    throw error(line, "atom site without type symbol or label");
                }
                Species sp = species(symbol);
                if (sp == null && type != null && label != null) {
                    sp = species(label);
                }
                if (sp == null) {
                    throw error(line, "cannot tell the element of atom site '" + symbol + "'");
                }
                if (sp.oxidationState().isEmpty() && type != null && ox.containsKey(type)) {
                    sp = new Species(sp.element(), ox.get(type));
                }
                double[] f = {cifNumber(row[cx], "_atom_site_fract_x", source),
                    cifNumber(row[cy], "_atom_site_fract_y", source), cifNumber(row[cz], "_atom_site_fract_z", source)};
                double occupancy = 1;
                if (cOcc >= 0 && row[cOcc].text() != null) {
                    occupancy = cifNumber(row[cOcc], "_atom_site_occupancy", source);
                }
                if (occupancy < 0 || occupancy > 1 + OCCUPANCY_TOLERANCE) {
                    throw error(line, "atom site '" + symbol + "' has occupancy " + occupancy + " outside 0..1");
                }
                if (occupancy == 0) {
                    continue; // an empty site, skipped like pymatgen does
                }
                rows.add(new AtomRow(sp, f, occupancy, label != null ? label : symbol, line));
            }
            if (rows.isEmpty()) {
                throw error(loop.line, "no occupied atom sites");
            }
            return rows;
        }

        private CifSyntax.Loop singleRowLoop() {
            CifSyntax.Loop loop = new CifSyntax.Loop(block.line);
            List<CifSyntax.Value> values = new ArrayList<>();
            for (Map.Entry<String, CifSyntax.Value> e : block.items.entrySet()) {
                if (e.getKey().startsWith("_atom_site_")) {
                    loop.tags.add(e.getKey());
                    values.add(e.getValue());
                }
            }
            loop.rows.add(values.toArray(new CifSyntax.Value[0]));
            return loop;
        }

        /** Applies the symmetry, merges images, resolves shared positions. */
        private final class SiteExpansion {
            private final Lattice lattice;
            private final List<SymmetryOperation> ops;
            private final List<AtomRow> rows;

            SiteExpansion(Lattice lattice, List<SymmetryOperation> ops, List<AtomRow> rows) {
                this.lattice = lattice;
                this.ops = ops;
                this.rows = rows;
            }

            List<Site> sites() {
                if ((long) rows.size() * ops.size() > MAX_SITES) {
                    throw error(block.line, rows.size() + " atom sites x " + ops.size()
                            + " symmetry operations exceed the limit of " + MAX_SITES + " sites");
                }
                PositionIndex index = new PositionIndex(lattice, FRAC_TOLERANCE, CART_TOLERANCE);
                List<int[]> positions = new ArrayList<>(); // {row, position id}
                for (int r = 0; r < rows.size(); r++) {
                    AtomRow row = rows.get(r);
                    List<Integer> own = new ArrayList<>();
                    for (SymmetryOperation op : ops) {
                        double[] f = wrap(image(op, row));
                        List<Integer> near = index.near(f);
                        boolean duplicate = false;
                        for (int id : near) {
                            if (own.contains(id)) {
                                duplicate = true;
                                break;
                            }
                        }
                        if (!duplicate) {
                            for (int other : near) { // ids are positions' indices; the others are other rows'
                                refuseSharing(rows.get(positions.get(other)[0]), row);
                            }
                            int id = index.add(f);
                            own.add(id);
                            positions.add(new int[] {r, id});
                        }
                    }
                }
                // positions of different rows that coincide form one site
                int n = index.size();
                int[] parent = new int[n];
                for (int i = 0; i < n; i++) {
                    parent[i] = i;
                }
                int[] rowOf = new int[n];
                for (int[] p : positions) {
                    rowOf[p[1]] = p[0];
                }
                for (int id = 0; id < n; id++) {
                    for (int other : index.near(index.position(id))) {
                        if (other != id && rowOf[other] != rowOf[id]) {
                            union(parent, id, other);
                        }
                    }
                }
                Map<Integer, List<Integer>> clusters = new HashMap<>();
                for (int id = 0; id < n; id++) {
                    clusters.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
                }
                List<Site> sites = new ArrayList<>();
                for (int[] p : positions) {
                    List<Integer> cluster = clusters.get(find(parent, p[1]));
                    int chosen = resolve(cluster, rowOf);
                    if (chosen == p[1]) {
                        AtomRow row = rows.get(p[0]);
                        sites.add(new Site(row.species, index.position(p[1]), row.label));
                    }
                }
                return sites;
            }

            /** The image of a row under an operation; coordinates near the largest double overflow there. */
            private double[] image(SymmetryOperation op, AtomRow row) {
                double[] f = op.apply(row.frac);
                for (double v : f) {
                    if (!Double.isFinite(v)) {
                        throw error(row.line, "atom site '" + row.label + "' has fractional coordinates too large"
                                + " for the symmetry operations");
                    }
                }
                return f;
            }

            /**
             * Fails as soon as a row lands on another row's position where the two may not share it, instead of after
             * the whole expansion: with many rows on one position the expansion would take quadratic time.
             */
            private void refuseSharing(AtomRow first, AtomRow second) {
                double total = first.occupancy + second.occupancy;
                if (total > 1 + OCCUPANCY_TOLERANCE) {
                    throw overlap(first, second, total);
                }
                if (!majoritySpecies) {
                    throw partialOccupancy(first, total, 2);
                }
            }

            private StructureParseException overlap(AtomRow first, AtomRow second, double total) {
                return error(second.line, "atoms on top of each other: '" + first.label + "' (line " + first.line
                        + ") and '" + second.label + "' (line " + second.line + ") share a position"
                        + (total > 1.99 ? "" : String.format(" and their occupancies add up to %.4g > 1", total)));
            }

            private StructureParseException partialOccupancy(AtomRow first, double total, int species) {
                return error(first.line, String.format("partial occupancy at site '%s' (total occupancy %.4g%s);"
                        + " disordered structures are refused unless the majority species is requested",
                        first.label, total, species > 1 ? ", shared by " + species + " species" : ""));
            }

            /** The position id that represents a cluster, or an error for overlapping or partial sites. */
            private int resolve(List<Integer> cluster, int[] rowOf) {
                double total = 0;
                int best = cluster.get(0);
                for (int id : cluster) {
                    AtomRow row = rows.get(rowOf[id]);
                    total += row.occupancy;
                    if (row.occupancy > rows.get(rowOf[best]).occupancy) {
                        best = id;
                    }
                }
                AtomRow first = rows.get(rowOf[cluster.get(0)]);
                if (cluster.size() > 1 && total > 1 + OCCUPANCY_TOLERANCE) {
                    throw overlap(first, rows.get(rowOf[cluster.get(1)]), total);
                }
                if ((total < 1 - OCCUPANCY_TOLERANCE || cluster.size() > 1) && !majoritySpecies) {
                    throw partialOccupancy(first, total, cluster.size());
                }
                return best;
            }
        }
    }

    private static double[] wrap(double[] f) {
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            double v = f[k] - Math.floor(f[k]);
            r[k] = v >= 1.0 ? 0.0 : v;
        }
        return r;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** One row of the atom site loop. */
    private record AtomRow(Species species, double[] frac, double occupancy, String label, int line) {
    }
}
