package org.matdesign.cli.core;

import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.Structure;
import org.matdesign.core.io.CifWriter;
import org.matdesign.core.io.NamedStructure;
import org.matdesign.core.io.StructureFiles;
import org.matdesign.core.io.StructureFormat;
import org.matdesign.core.io.StructureParseException;

/** {@code matdesign convert IN --to FORMAT [--out FILE] [--overwrite] [--block NAME]}. */
final class ConvertCommand implements Command {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "Convert a structure file between CIF, POSCAR, pymatgen JSON and extended XYZ";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign convert IN --to cif|poscar|json|extxyz [--out FILE] [--overwrite] [--block NAME]

                Reads IN (CIF, POSCAR/CONTCAR, pymatgen JSON, extended XYZ; format from the name, else the content)
                and writes it in another format, to stdout unless --out is given. CIF output is P1.
                  --to FORMAT     cif, poscar, json or extxyz
                  --out FILE      write to FILE instead of stdout; an existing FILE is kept unless --overwrite
                  --overwrite     replace FILE if it exists
                  --block NAME    for CIFs with several data blocks: the block to convert (CIF output keeps all
                                  blocks when no block is named); for extended XYZ frames: 'frame N'""";
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws Exception {
        Args args = raw.parse(Set.of("to", "out", "block"), Set.of("overwrite"));
        List<String> inputs = args.positionals();
        if (inputs.size() != 1) {
            throw new UsageException(inputs.isEmpty() ? "missing input file" : "give exactly one input file, got "
                    + inputs.size());
        }
        StructureFormat format;
        try {
            format = StructureFormat.parse(args.require("to"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path in = Path.of(inputs.get(0));
        List<NamedStructure> structures;
        try {
            structures = StructureFiles.readAll(in);
        } catch (StructureParseException e) {
            throw new CommandFailure(e.getMessage());
        }
        String block = args.get("block", null);
        if (block != null) {
            structures = structures.stream().filter(s -> block.equals(s.name())).toList();
            if (structures.isEmpty()) {
                throw new CommandFailure(in + ": no data block named '" + block + "'");
            }
        }
        String text;
        if (structures.size() == 1) {
            text = StructureFiles.toText(structures.get(0).structure(), format);
        } else if (format == StructureFormat.CIF) {
            StringBuilder sb = new StringBuilder();
            for (NamedStructure s : structures) {
                sb.append(CifWriter.write(s.structure(), s.name())).append('\n');
            }
            text = sb.toString();
        } else {
            throw new CommandFailure(in + " holds " + structures.size() + " structures (data blocks "
                    + structures.stream().map(NamedStructure::name).collect(Collectors.joining(", "))
                    + "); pick one with --block NAME");
        }
        String outName = args.get("out", null);
        if (outName == null) {
            out.print(text);
            out.flush();
            return 0;
        }
        Path outPath = Path.of(outName);
        boolean overwrite = args.has("overwrite");
        if (!overwrite && Files.exists(outPath)) {
            throw new CommandFailure(outPath + " exists; pass --overwrite to replace it");
        }
        try {
            if (structures.size() == 1) {
                Structure s = structures.get(0).structure();
                StructureFiles.write(s, outPath, format, overwrite);
            } else {
                writeText(text, outPath, overwrite);
            }
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure(outPath + " exists; pass --overwrite to replace it");
        }
        err.println("wrote " + outPath);
        return 0;
    }

    private static void writeText(String text, Path path, boolean overwrite) throws java.io.IOException {
        if (overwrite) {
            Files.writeString(path, text);
        } else {
            Files.writeString(path, text, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
        }
    }
}
