package org.matdesign.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Structure file formats, with detection from file names and content. */
public enum StructureFormat {
    CIF("cif"),
    POSCAR("vasp"),
    JSON("json"),
    EXTXYZ("extxyz");

    private final String extension;

    StructureFormat(String extension) {
        this.extension = extension;
    }

    /** A conventional file extension (without dot). */
    public String extension() {
        return extension;
    }

    /** Whether this project can read the format: all of them can (extended XYZ since it has a reader). */
    public boolean readable() {
        return true;
    }

    /**
     * Parses a user-given format name: cif, poscar (or vasp, contcar), json (or pymatgen), extxyz (or xyz).
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static StructureFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "cif" -> CIF;
            case "poscar", "vasp", "contcar" -> POSCAR;
            case "json", "pymatgen" -> JSON;
            case "extxyz", "xyz" -> EXTXYZ;
            default -> throw new IllegalArgumentException("unknown structure format '" + name
                    + "' (expected cif, poscar, json or extxyz)");
        };
    }

    /** The format implied by a file name, if any: *.cif, *.json, *.xyz/*.extxyz, POSCAR*, CONTCAR*, *.vasp, *.poscar. */
    public static Optional<StructureFormat> fromFileName(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".cif") || name.endsWith(".mcif")) {
            return Optional.of(CIF);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".xyz") || name.endsWith(".extxyz")) {
            return Optional.of(EXTXYZ);
        }
        if (name.startsWith("poscar") || name.startsWith("contcar") || name.endsWith(".vasp")
                || name.endsWith(".poscar")) {
            return Optional.of(POSCAR);
        }
        return Optional.empty();
    }

    /** Guesses the format of text: JSON object, CIF (a data_ line), extended XYZ (Lattice= on line 2), else POSCAR. */
    public static StructureFormat fromContent(String text) {
        String t = text.stripLeading();
        if (t.startsWith("{")) {
            return JSON;
        }
        for (String line : text.split("\\r?\\n", 200)) {
            String l = line.strip().toLowerCase(Locale.ROOT);
            if (l.startsWith("data_")) {
                return CIF;
            }
        }
        String[] lines = t.split("\\r?\\n", 3);
        if (lines.length >= 2 && lines[1].contains("Lattice=")) {
            return EXTXYZ;
        }
        return POSCAR;
    }
}
