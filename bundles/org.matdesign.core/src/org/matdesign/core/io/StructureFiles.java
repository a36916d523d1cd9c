package org.matdesign.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.matdesign.core.Structure;

/** Reading and writing structure files in any supported format. */
public final class StructureFiles {

    private StructureFiles() {
    }

    /**
     * The first (usually only) structure in a file. The format comes from the name (*.cif, *.json, *.xyz), else
     * from the content (JSON object, CIF data block, extended XYZ comment line with a Lattice, else POSCAR).
     */
    public static Structure read(Path path) {
        return readAll(path).get(0).structure();
    }

    /** All structures in a file (several for multi-block CIFs and multi-frame extended XYZ), with their names. */
    public static List<NamedStructure> readAll(Path path) {
        String text = TextInput.read(path);
        // POSCAR content has no signature, so a POSCAR-like name yields to JSON or CIF content
        StructureFormat byName = StructureFormat.fromFileName(path).orElse(StructureFormat.POSCAR);
        StructureFormat format = byName == StructureFormat.POSCAR ? StructureFormat.fromContent(text) : byName;
        return readAllString(text, format, path.toString());
    }

    /** All structures in text of a given format; {@code sourceName} appears in error messages. */
    public static List<NamedStructure> readAllString(String text, StructureFormat format, String sourceName) {
        return switch (format) {
            case CIF -> new CifReader().parseNamedString(text, sourceName);
            case POSCAR -> List.of(PoscarReader.readNamedString(text, sourceName));
            case JSON -> List.of(new NamedStructure(null, PymatgenJson.readString(text, sourceName)));
            case EXTXYZ -> ExtXyzReader.readAllString(text, sourceName);
        };
    }

    /** The structure as text in a format. */
    public static String toText(Structure s, StructureFormat format) {
        return switch (format) {
            case CIF -> CifWriter.write(s);
            case POSCAR -> PoscarWriter.write(s);
            case JSON -> PymatgenJson.write(s);
            case EXTXYZ -> ExtXyzWriter.write(s);
        };
    }

    /**
     * Writes a structure file. An existing file is replaced only when {@code overwrite} is true.
     *
     * @throws FileAlreadyExistsException when the file exists and overwrite is false
     */
    public static void write(Structure s, Path path, StructureFormat format, boolean overwrite) throws IOException {
        String text = toText(s, format);
        if (!overwrite && Files.exists(path)) {
            throw new FileAlreadyExistsException(path.toString(), null, "file exists; pass overwrite to replace it");
        }
        StandardOpenOption[] options = overwrite
                ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8, options)) {
            w.write(text);
        }
    }
}
