package org.matdesign.analysis.validity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * SMACT 2.2.1 element data as CDVAE's smact_validity sees it: oxidation states of the 2021 table, Pauling
 * electronegativity (absent for noble gases and a few others) and membership in smact.metals. Loaded from the bundle's
 * smact2021.tsv, derived by tests/.../fixtures/gen/make_smact_table.py.
 */
public final class SmactTable {

    /** One element's row. {@code pauling} is NaN where SMACT has None. */
    public record Entry(String symbol, int z, double pauling, int[] oxidationStates, boolean metal) {
    }

    private static final String RESOURCE = "smact2021.tsv";
    private static volatile SmactTable instance;

    private final Map<Integer, Entry> byZ = new HashMap<>();

    private SmactTable() {
    }

    public static SmactTable get() {
        SmactTable t = instance;
        if (t == null) {
            synchronized (SmactTable.class) {
                if (instance == null) {
                    instance = load();
                }
                t = instance;
            }
        }
        return t;
    }

    /** The row for atomic number z, or null when SMACT has no data (SMACT would fail; we call it invalid). */
    public Entry entry(int z) {
        return byZ.get(z);
    }

    private static SmactTable load() {
        SmactTable table = new SmactTable();
        try (InputStream in = SmactTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from org.matdesign.analysis.validity");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 5 columns, got " + f.length);
                }
                int z = Integer.parseInt(f[1]);
                double pauling = f[2].isEmpty() ? Double.NaN : Double.parseDouble(f[2]);
                String[] ox = f[3].isBlank() ? new String[0] : f[3].trim().split(" ");
                int[] states = new int[ox.length];
                for (int i = 0; i < ox.length; i++) {
                    states[i] = Integer.parseInt(ox[i]);
                }
                table.byZ.put(z, new Entry(f[0], z, pauling, states, f[4].equals("1")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return table;
    }
}
