package org.matdesign.engine.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * candidates.csv: one row per candidate, in rank order. Columns: {@code rank, id, target, formula, cif}, then per property
 * {@code target_P, predicted_P, independent_P}, then {@code struct_valid, comp_valid, unique, novel,
 * e_above_hull_estimate, stable_estimate, sun, objective}. Booleans are {@code true}/{@code false}, empty when the check was
 * not run; numbers use a dot and are empty when unknown. RFC 4180 quoting.
 */
public final class CandidatesCsv {

    private CandidatesCsv() {
    }

    public static List<String> header(List<String> properties) {
        List<String> h = new ArrayList<>(List.of("rank", "id", "target", "formula", "cif"));
        for (String p : properties) {
            h.add("target_" + p);
            h.add("predicted_" + p);
            h.add("independent_" + p);
        }
        h.addAll(List.of("struct_valid", "comp_valid", "unique", "novel", "e_above_hull_estimate", "stable_estimate", "sun",
                "objective"));
        return h;
    }

    public static String toCsv(List<CandidateRow> rows, List<String> properties) {
        StringBuilder b = new StringBuilder();
        appendLine(b, header(properties));
        int rank = 1;
        for (CandidateRow r : rows) {
            List<String> f = new ArrayList<>();
            f.add(Integer.toString(rank++));
            f.add(r.id());
            f.add(r.targetLabel());
            f.add(r.formula());
            f.add(r.cifFile() == null ? "" : r.cifFile());
            for (String p : properties) {
                f.add(Xml.num(r.target(p), 8));
                f.add(Xml.num(r.predicted(p), 6));
                f.add(Xml.num(r.independent(p), 6));
            }
            f.add(bool(r.structValid()));
            f.add(bool(r.compValid()));
            f.add(bool(r.unique()));
            f.add(bool(r.novel()));
            f.add(Xml.num(r.eAboveHullEstimate(), 6));
            f.add(bool(r.stable()));
            f.add(Boolean.toString(r.sun()));
            f.add(Xml.num(r.objective(), 6));
            appendLine(b, f);
        }
        return b.toString();
    }

    /** Writes the file; refuses to replace an existing one (the run writes into a fresh staging folder). */
    public static void write(List<CandidateRow> rows, List<String> properties, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            w.write(toCsv(rows, properties));
        }
    }

    private static String bool(Boolean b) {
        return b == null ? "" : b.toString();
    }

    private static void appendLine(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(fields.get(i)));
        }
        b.append('\n');
    }

    static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
