package org.matdesign.cli.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;
import org.matdesign.analysis.io.Csv;
import org.matdesign.analysis.match.ReducedStructure;
import org.matdesign.analysis.match.StructureMatcher;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.io.StructureFiles;
import org.matdesign.core.io.StructureParseException;

/** {@code matdesign match --pairs PAIRS.csv --dir DIR --out OUT.csv}. */
final class MatchCommand implements Command {

    @Override
    public String name() {
        return "match";
    }

    @Override
    public String summary() {
        return "Decide whether pairs of structures are the same (pymatgen StructureMatcher semantics)";
    }

    @Override
    public String usage() {
        return """
                usage: matdesign match --pairs PAIRS.csv --dir DIR --out OUT.csv [options]

                PAIRS.csv has columns id,a,b naming structure files (CIF, POSCAR, JSON) in DIR. OUT.csv gets columns
                id,fit,rms: fit true/false, rms the normalised rms displacement (empty when there is no match).
                  --pairs FILE           the pairs to compare
                  --dir DIR              folder holding the structure files
                  --out FILE             result CSV (not overwritten unless --overwrite)
                  --overwrite            replace an existing --out file
                """ + MatcherOptions.HELP;
    }

    @Override
    public int run(Args raw, PrintStream out, PrintStream err) throws IOException {
        Args args = raw.parse(MatcherOptions.with(MatcherOptions.VALUES, Set.of("pairs", "dir", "out")),
                MatcherOptions.with(MatcherOptions.SWITCHES, Set.of("overwrite")));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument " + args.positionals().get(0));
        }
        Path pairsFile = Path.of(args.require("pairs"));
        Path dir = Path.of(args.require("dir"));
        Path outFile = Path.of(args.require("out"));
        StructureMatcher matcher = new StructureMatcher(MatcherOptions.settings(args));
        if (Files.exists(outFile) && !args.has("overwrite")) {
            throw new CommandFailure(outFile + " exists; pass --overwrite to replace it");
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandFailure(dir + " is not a directory");
        }
        List<Map<String, String>> pairs;
        try (Reader r = Files.newBufferedReader(pairsFile, StandardCharsets.UTF_8)) {
            pairs = Csv.read(r, pairsFile.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CommandFailure(pairsFile + ": no such file");
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        for (String column : List.of("id", "a", "b")) {
            if (!pairs.isEmpty() && !pairs.get(0).containsKey(column)) {
                throw new CommandFailure(pairsFile + ": missing column '" + column + "' (need id,a,b)");
            }
        }
        // each file is read and reduced once, however many pairs mention it
        Map<String, ReducedStructure> reduced = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Map<String, String> p : pairs) {
            for (String name : List.of(p.get("a"), p.get("b"))) {
                if (!reduced.containsKey(name)) {
                    reduced.put(name, null);
                    names.add(name);
                }
            }
        }
        ReducedStructure[] prepared = new ReducedStructure[names.size()];
        IntStream.range(0, names.size()).parallel().forEach(i -> {
            Path f = dir.resolve(names.get(i));
            if (!Files.isRegularFile(f)) {
                throw new CommandFailure(pairsFile + ": file " + f + " does not exist");
            }
            try {
                prepared[i] = matcher.reduce(StructureFiles.read(f));
            } catch (StructureParseException | IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        });
        for (int i = 0; i < names.size(); i++) {
            reduced.put(names.get(i), prepared[i]);
        }
        String[] lines = new String[pairs.size()];
        IntStream.range(0, pairs.size()).parallel().forEach(i -> {
            Map<String, String> p = pairs.get(i);
            ReducedStructure a = reduced.get(p.get("a"));
            ReducedStructure b = reduced.get(p.get("b"));
            boolean fit = matcher.fit(a, b);
            OptionalDouble rms = matcher.rms(a, b);
            lines[i] = Csv.field(p.get("id")) + "," + fit + "," + (rms.isPresent() ? Double.toString(rms.getAsDouble()) : "");
        });
        StandardOpenOption[] options = args.has("overwrite")
                ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
        int matched = 0;
        try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8, options)) {
            w.write("id,fit,rms\n");
            for (String line : lines) {
                w.write(line);
                w.write('\n');
                matched += line.contains(",true,") ? 1 : 0;
            }
        }
        out.printf("%d pairs, %d fit, written to %s%n", pairs.size(), matched, outFile);
        return 0;
    }
}
