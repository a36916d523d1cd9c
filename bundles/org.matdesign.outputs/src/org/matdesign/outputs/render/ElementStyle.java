package org.matdesign.outputs.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Drawing colour (Jmol scheme) and covalent radius per element symbol, from the bundled element-style.tsv. */
public final class ElementStyle {

    private static final String UNKNOWN_COLOUR = "#999999";
    private static final double UNKNOWN_RADIUS = 1.5;
    private static final Map<String, String> COLOURS = new HashMap<>();
    private static final Map<String, Double> RADII = new HashMap<>();

    static {
        try (InputStream in = ElementStyle.class.getResourceAsStream("element-style.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource element-style.tsv missing from package org.matdesign.outputs.render");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                COLOURS.put(f[0], f[1]);
                RADII.put(f[0], Double.parseDouble(f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read element-style.tsv", e);
        }
    }

    private ElementStyle() {
    }

    public static String colour(String symbol) {
        return COLOURS.getOrDefault(symbol, UNKNOWN_COLOUR);
    }

    public static double covalentRadius(String symbol) {
        return RADII.getOrDefault(symbol, UNKNOWN_RADIUS);
    }

    /** Black or white, whichever reads better on the element's colour. */
    public static String textColourOn(String symbol) {
        String c = colour(symbol);
        int r = Integer.parseInt(c.substring(1, 3), 16);
        int g = Integer.parseInt(c.substring(3, 5), 16);
        int b = Integer.parseInt(c.substring(5, 7), 16);
        return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? "#000000" : "#ffffff";
    }
}
