package org.matdesign.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.matdesign.core.Element;
import org.matdesign.core.Lattice;
import org.matdesign.core.Mat3;
import org.matdesign.core.Site;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;

/**
 * Reads VASP POSCAR/CONTCAR files (VASP 5 with a species line; VASP 4 when the comment line names the species,
 * as pymatgen accepts). Handles one or three scale factors (a negative single factor is the cell volume),
 * "Selective dynamics", Direct and Cartesian coordinates, and POTCAR-style names such as "Fe_pv" or "Fe/abc".
 * Lines after the coordinates (velocities, predictor-corrector data) are ignored.
 */
public final class PoscarReader {

    static final long MAX_ATOMS = 1_000_000;
    /** Words on one line: species lines have dozens at most, coordinate lines a few plus a comment. */
    static final int MAX_FIELDS = 1_000;

    private final String source;
    private final String[] lines;
    private int index;

    private PoscarReader(String text, String source) {
        this.source = source;
        this.lines = text.split("\\r?\\n|\\r", -1);
    }

    public static Structure read(Path path) {
        return readNamed(path).structure();
    }

    public static Structure readString(String text, String sourceName) {
        return readNamedString(text, sourceName).structure();
    }

    /** The structure with the comment line as its name. */
    public static NamedStructure readNamed(Path path) {
        return readNamedString(TextInput.read(path), path.toString());
    }

    public static NamedStructure readNamedString(String text, String sourceName) {
        String source = sourceName == null ? "<poscar>" : sourceName;
        TextInput.checkText(text, source);
        return new PoscarReader(text, source).parse();
    }

    private StructureParseException error(int line, String problem) {
        return new StructureParseException(source, line, problem);
    }

    private String[] tokens(String what) {
        if (index >= lines.length || (index == lines.length - 1 && lines[index].isBlank())) {
            throw error(index + 1, "file ends before the " + what + " line (truncated?)");
        }
        String line = lines[index++].strip();
        if (line.isEmpty()) {
            throw error(index, "blank line where the " + what + " line was expected");
        }
        String[] tokens = line.split("\\s+", MAX_FIELDS + 1);
        if (tokens.length > MAX_FIELDS) { // split no further: a line of millions of words is junk
            throw error(index, "the " + what + " line has more than " + MAX_FIELDS + " fields");
        }
        return tokens;
    }

    private double number(String token, String what) {
        return TextInput.number(token, what, source, index);
    }

    private NamedStructure parse() {
        String comment = lines[index++].strip();
        String[] scaleTokens = tokens("scale factor");
        double[] scale = new double[3];
        if (scaleTokens.length >= 3 && isNumber(scaleTokens[1]) && isNumber(scaleTokens[2])) {
            for (int k = 0; k < 3; k++) {
                scale[k] = number(scaleTokens[k], "scale factor");
                if (scale[k] <= 0) {
                    throw error(index, "per-axis scale factors must be positive");
                }
            }
        } else {
            double s = number(scaleTokens[0], "scale factor");
            if (s == 0) {
                throw error(index, "scale factor is zero");
            }
            scale[0] = s;
            scale[1] = s;
            scale[2] = s;
        }
        int latticeLine = index + 1;
        double[][] rows = new double[3][3];
        for (int i = 0; i < 3; i++) {
            String[] t = tokens("lattice vector " + (i + 1));
            if (t.length < 3) {
                throw error(index, "lattice vector " + (i + 1) + " needs 3 numbers, got " + t.length);
            }
            for (int k = 0; k < 3; k++) {
                rows[i][k] = number(t[k], "lattice vector " + (i + 1));
            }
        }
        if (scale[0] < 0) { // negative scale = target volume
            double volume = Mat3.volume(rows);
            if (volume == 0) {
                throw error(latticeLine, "lattice vectors are linearly dependent");
            }
            double f = Math.cbrt(-scale[0] / volume);
            scale[0] = f;
            scale[1] = f;
            scale[2] = f;
        }
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                rows[i][k] *= scale[k]; // per-axis factors scale Cartesian components
            }
        }
        Lattice lattice;
        try {
            lattice = Lattice.fromMatrix(rows);
        } catch (IllegalArgumentException e) {
            throw error(latticeLine, "invalid lattice: " + e.getMessage());
        }

        String[] speciesOrCounts = tokens("species names");
        List<Element> elements = new ArrayList<>();
        String[] countTokens;
        if (isNumber(speciesOrCounts[0])) { // VASP 4: no species line
            countTokens = speciesOrCounts;
            String[] fromComment = comment.split("\\s+", countTokens.length + 1);
            if (fromComment.length < countTokens.length) {
                throw error(index, "VASP 4 POSCAR without species names (the comment line does not name "
                        + countTokens.length + " elements); add a species line after the lattice");
            }
            for (int i = 0; i < countTokens.length; i++) {
                Element e = element(fromComment[i]);
                if (e == null) {
                    throw error(1, "VASP 4 POSCAR without species names, and '" + fromComment[i]
                            + "' in the comment line is not an element");
                }
                elements.add(e);
            }
        } else {
            for (String name : speciesOrCounts) {
                if (name.startsWith("#") || name.startsWith("!")) {
                    break;
                }
                Element e = element(name);
                if (e == null) {
                    throw error(index, "unknown element '" + name + "' in the species line");
                }
                elements.add(e);
            }
            countTokens = tokens("atom counts");
        }
        if (countTokens.length < elements.size()) {
            throw error(index, elements.size() + " species but " + countTokens.length + " counts");
        }
        int countsLine = index;
        long total = 0;
        int[] counts = new int[elements.size()];
        for (int i = 0; i < counts.length; i++) {
            try {
                counts[i] = Integer.parseInt(countTokens[i]);
            } catch (NumberFormatException e) {
                throw error(countsLine, "atom count '" + countTokens[i] + "' is not an integer");
            }
            if (counts[i] < 0) {
                throw error(countsLine, "negative atom count " + counts[i]);
            }
            total += counts[i];
        }
        if (total == 0) {
            throw error(countsLine, "no atoms");
        }
        if (total > MAX_ATOMS) {
            throw error(countsLine, total + " atoms exceed the limit of " + MAX_ATOMS);
        }
        String[] mode = tokens("coordinate mode (Direct/Cartesian)");
        if (mode[0].toLowerCase().startsWith("s")) { // Selective dynamics
            mode = tokens("coordinate mode (Direct/Cartesian)");
        }
        char m = Character.toLowerCase(mode[0].charAt(0));
        boolean cartesian = m == 'c' || m == 'k';
        if (!cartesian && m != 'd') {
            throw error(index, "expected Direct or Cartesian, got '" + mode[0] + "'");
        }
        List<Site> sites = new ArrayList<>((int) total);
        for (int e = 0; e < counts.length; e++) {
            for (int n = 0; n < counts[e]; n++) {
                String[] t = tokens("coordinates of atom " + (sites.size() + 1) + " of " + total);
                if (t.length < 3) {
                    throw error(index, "atom " + (sites.size() + 1) + " needs 3 coordinates, got " + t.length);
                }
                double[] v = {number(t[0], "coordinate"), number(t[1], "coordinate"), number(t[2], "coordinate")};
                if (cartesian) {
                    for (int k = 0; k < 3; k++) {
                        v[k] *= scale[k];
                    }
                    v = lattice.toFractional(v);
                }
                if (!Double.isFinite(v[0]) || !Double.isFinite(v[1]) || !Double.isFinite(v[2])) {
                    throw error(index, "atom " + (sites.size() + 1) + ": coordinates too large for the scale factor"
                            + " and lattice");
                }
                sites.add(new Site(Species.of(elements.get(e)), v));
            }
        }
        return new NamedStructure(comment, new Structure(lattice, sites));
    }

    /** "Fe", "Fe_pv", "Fe/1a2b" (POTCAR hash suffix). */
    private static Element element(String name) {
        String base = name.split("[_/]", 2)[0];
        return Element.orNull(base);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
