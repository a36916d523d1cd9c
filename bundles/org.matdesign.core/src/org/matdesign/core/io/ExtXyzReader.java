package org.matdesign.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.matdesign.core.Element;
import org.matdesign.core.Lattice;
import org.matdesign.core.Site;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * Reads extended XYZ as ASE writes it (and as {@link ExtXyzWriter} writes it): per frame an atom count, a comment line
 * of key=value pairs with {@code Lattice="ax ay az bx by bz cx cy cz"} and
 * {@code Properties=species:S:1:pos:R:3[:name:type:count...]} (that is the default), then one line per atom with
 * the element and Cartesian position in Å. Several frames give several structures, named {@code frame N}. Extra
 * per-atom columns (forces, magmoms, ...) and comment keys (energy, stress, ...) are skipped; a {@code Z} column
 * stands in for a missing {@code species} column. Frames without a Lattice (molecules) are refused, as are
 * partially periodic ones ({@code pbc} with an F): structures here are periodic crystals.
 */
public final class ExtXyzReader {

    private final String source;
    private final String[] lines;
    private int index;

    private ExtXyzReader(String text, String source) {
        this.source = source;
        String[] all = text.split("\\r?\\n|\\r", -1);
        // a final line break ends the last line rather than starting an empty one
        this.lines = all[all.length - 1].isEmpty() ? Arrays.copyOf(all, all.length - 1) : all;
    }

    /** The first frame of a file. */
    public static Structure read(Path path) {
        return readAll(path).get(0).structure();
    }

    /** All frames of a file. */
    public static List<NamedStructure> readAll(Path path) {
        return readAllString(TextInput.read(path), path.toString());
    }

    /** The first frame of the text; {@code sourceName} appears in error messages. */
    public static Structure readString(String text, String sourceName) {
        return readAllString(text, sourceName).get(0).structure();
    }

    /** All frames of the text; {@code sourceName} appears in error messages. */
    public static List<NamedStructure> readAllString(String text, String sourceName) {
        String source = sourceName == null ? "<extxyz>" : sourceName;
        TextInput.checkText(text, source);
        return new ExtXyzReader(text, source).frames();
    }

    private StructureParseException error(int line, String problem) {
        return new StructureParseException(source, line, problem);
    }

    private List<NamedStructure> frames() {
        List<NamedStructure> frames = new ArrayList<>();
        while (skipBlankLines()) {
            frames.add(new NamedStructure("frame " + (frames.size() + 1), frame(frames.size() + 1)));
        }
        if (frames.isEmpty()) {
            throw error(0, "no frames");
        }
        return frames;
    }

    /** Skips blank lines (between frames, at the end); false when nothing but blank lines is left. */
    private boolean skipBlankLines() {
        while (index < lines.length && lines[index].isBlank()) {
            index++;
        }
        return index < lines.length;
    }

    private Structure frame(int number) {
        int countLine = index + 1;
        int atoms = atomCount(lines[index++].strip(), countLine);
        if (index >= lines.length) {
            throw error(countLine, "file ends after the atom count of frame " + number + " (truncated?)");
        }
        int commentLine = index + 1;
        ExtXyzComment comment = ExtXyzComment.parse(lines[index++], source, commentLine);
        Lattice lattice = lattice(comment, number, commentLine);
        Columns columns = Columns.parse(comment.get("Properties"), source, commentLine);
        List<Site> sites = new ArrayList<>(Math.min(atoms, lines.length - index));
        for (int i = 0; i < atoms; i++) {
            if (index >= lines.length || lines[index].isBlank()) {
                throw error(index + 1, "frame " + number + " ends after " + i + " of " + atoms
                        + " atoms (truncated?)");
            }
            String atomLine = lines[index++];
            sites.add(site(atomLine, index, columns, lattice)); // index is now that line's 1-based number
        }
        return new Structure(lattice, sites);
    }

    private int atomCount(String text, int line) {
        int atoms;
        try {
            atoms = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(line, "expected the number of atoms of a frame, got '" + shorten(text) + "'");
        }
        if (atoms <= 0) {
            throw error(line, "atom count " + atoms + " (must be positive)");
        }
        if (atoms > PoscarReader.MAX_ATOMS) {
            throw error(line, atoms + " atoms exceed the limit of " + PoscarReader.MAX_ATOMS);
        }
        return atoms;
    }

    private Lattice lattice(ExtXyzComment comment, int number, int line) {
        String pbc = comment.get("pbc");
        if (pbc != null) {
            for (String flag : pbc.strip().split("[\\s,]+", 4)) {
                String f = flag.toLowerCase(Locale.ROOT);
                if (f.equals("f") || f.equals("false") || f.equals("0")) {
                    throw error(line, "frame " + number + " is not periodic along every axis (pbc=\"" + shorten(pbc)
                            + "\"); only periodic crystals are read");
                }
            }
        }
        String text = comment.get("Lattice");
        if (text == null) {
            throw error(line, "frame " + number + " has no Lattice=\"...\" (a non-periodic molecule?); only periodic"
                    + " crystals with a lattice are read");
        }
        String[] tokens = text.replace('[', ' ').replace(']', ' ').strip().split("[\\s,]+", 10);
        if (tokens.length != 9) {
            throw error(line, "Lattice needs 9 numbers (3 vectors), got " + (tokens.length > 9 ? "more" : tokens.length));
        }
        double[][] rows = new double[3][3];
        for (int k = 0; k < 9; k++) {
            rows[k / 3][k % 3] = TextInput.number(tokens[k], "Lattice", source, line);
        }
        try {
            return Lattice.fromMatrix(rows);
        } catch (IllegalArgumentException e) {
            throw error(line, "invalid lattice: " + e.getMessage());
        }
    }

    private Site site(String text, int line, Columns columns, Lattice lattice) {
        String[] t = text.strip().split("\\s+", columns.total + 1); // no further: a junk line may hold millions
        if (t.length != columns.total) {
            throw error(line, "an atom line needs " + columns.total + " columns (Properties), got "
                    + (t.length > columns.total ? "more" : t.length));
        }
        Element element;
        if (columns.species >= 0) {
            element = Element.orNull(t[columns.species]);
            if (element == null) {
                throw error(line, "unknown element '" + shorten(t[columns.species]) + "'");
            }
        } else {
            element = atomicNumber(t[columns.atomicNumber], line);
        }
        double[] cart = new double[3];
        for (int k = 0; k < 3; k++) {
            cart[k] = TextInput.number(t[columns.position + k], "pos", source, line);
        }
        double[] frac = lattice.toFractional(cart);
        for (double f : frac) {
            if (!Double.isFinite(f)) {
                throw error(line, "position is too large for the lattice");
            }
        }
        return new Site(Species.of(element), frac);
    }

    private Element atomicNumber(String token, int line) {
        try {
            return Element.ofZ(Integer.parseInt(token));
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw error(line, "expected an atomic number in column Z, got '" + shorten(token) + "'");
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** Where the columns this reader needs are, from the Properties declaration. */
    private static final class Columns {
        /** More columns than this is not a declaration but junk. */
        static final int MAX_COLUMNS = 10_000;

        int total;
        int species = -1;
        int atomicNumber = -1;
        int position = -1;

        static Columns parse(String properties, String source, int line) {
            String spec = properties == null ? "species:S:1:pos:R:3" : properties;
            String[] parts = spec.split(":", 3 * MAX_COLUMNS + 1);
            if (parts.length > 3 * MAX_COLUMNS) {
                throw new StructureParseException(source, line, "Properties declares more than " + MAX_COLUMNS
                        + " columns");
            }
            if (parts.length % 3 != 0) {
                throw new StructureParseException(source, line, "Properties must be name:type:count triples, got '"
                        + shorten(spec) + "'");
            }
            Columns c = new Columns();
            for (int p = 0; p < parts.length; p += 3) {
                String name = parts[p];
                String type = parts[p + 1];
                int count;
                try {
                    count = Integer.parseInt(parts[p + 2]);
                } catch (NumberFormatException e) {
                    count = 0;
                }
                if (name.isEmpty() || !"SRIL".contains(type) || type.length() != 1 || count < 1
                        || count > MAX_COLUMNS - c.total) {
                    throw new StructureParseException(source, line, "Properties entry '" + shorten(name + ":" + type
                            + ":" + parts[p + 2]) + "' is not name:S|R|I|L:count (at most " + MAX_COLUMNS
                            + " columns in all)");
                }
                if (name.equals("species") && type.equals("S") && count == 1) {
                    c.species = c.total;
                } else if (name.equals("Z") && type.equals("I") && count == 1) {
                    c.atomicNumber = c.total;
                } else if (name.equals("pos") && type.equals("R") && count == 3) {
                    c.position = c.total;
                }
                c.total += count;
            }
            if (c.position < 0 || (c.species < 0 && c.atomicNumber < 0)) {
                throw new StructureParseException(source, line, "Properties lacks "
                        + (c.position < 0 ? "pos:R:3" : "species:S:1") + " (got '" + shorten(spec) + "')");
            }
            return c;
        }
    }
}
