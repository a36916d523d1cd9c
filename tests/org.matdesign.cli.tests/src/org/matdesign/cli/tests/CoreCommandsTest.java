package org.matdesign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.CommandGroup;
import org.matdesign.cli.Dispatcher;
import org.matdesign.cli.UsageException;
import org.matdesign.cli.core.CoreCommands;
import org.matdesign.core.data.DataLocation;

/** {@code matdesign convert}, {@code info} and {@code bench parse}, run in-process. */
class CoreCommandsTest {

    static final String CIF = """
            data_BaTiO3
            _cell_length_a 4.0
            _cell_length_b 4.0
            _cell_length_c 4.0
            _cell_angle_alpha 90
            _cell_angle_beta 90
            _cell_angle_gamma 90
            loop_
            _atom_site_type_symbol
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            Ba 0 0 0
            Ti 0.5 0.5 0.5
            O 0.5 0.5 0
            O 0.5 0 0.5
            O 0 0.5 0.5
            """;

    private record Result(int code, String out, String err) {
    }

    private static Command command(String name) {
        List<Command> all = new ArrayList<>(CoreCommands.all());
        all.addAll(CoreCommands.benchmarks());
        return all.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Result run(String name, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command(name).run(Args.of(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void convertToEveryFormatOnStdout(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("BaTiO3.cif");
        Files.writeString(in, CIF);
        Result poscar = run("convert", in.toString(), "--to", "poscar");
        assertEquals(0, poscar.code);
        assertTrue(poscar.out.contains("Ba Ti O\n1 1 3\ndirect"), poscar.out);
        assertTrue(run("convert", in.toString(), "--to", "json").out.contains("\"@class\": \"Structure\""));
        assertTrue(run("convert", in.toString(), "--to", "extxyz").out.startsWith("5\nLattice=\""));
        assertTrue(run("convert", in.toString(), "--to=cif").out.contains("_atom_site_fract_x"));
    }

    @Test
    void convertWritesFilesButNeverOverwritesSilently(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("BaTiO3.cif");
        Files.writeString(in, CIF);
        Path out = dir.resolve("POSCAR");
        assertEquals(0, run("convert", in.toString(), "--to", "poscar", "--out", out.toString()).code);
        String written = Files.readString(out);
        CommandFailure f = assertThrows(CommandFailure.class,
                () -> run("convert", in.toString(), "--to", "json", "--out", out.toString()));
        assertTrue(f.getMessage().contains("--overwrite"), f.getMessage());
        assertEquals(written, Files.readString(out));
        assertEquals(0, run("convert", in.toString(), "--to", "json", "--out", out.toString(), "--overwrite").code);
        assertTrue(Files.readString(out).startsWith("{"));
        // and the converted file converts back
        Result back = run("convert", out.toString(), "--to", "cif");
        assertTrue(back.out.contains("_chemical_formula_sum   'Ba1 Ti1 O3'"), back.out);
    }

    @Test
    void convertUsageAndInputErrors(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("x.cif");
        Files.writeString(in, CIF);
        assertThrows(UsageException.class, () -> run("convert", in.toString()));
        assertThrows(UsageException.class, () -> run("convert", in.toString(), "--to", "pdb"));
        assertThrows(UsageException.class, () -> run("convert", "--to", "cif"));
        assertThrows(UsageException.class, () -> run("convert", in.toString(), "--to", "cif", "--bogus"));
        Path bad = dir.resolve("bad.cif");
        Files.writeString(bad, CIF.replace("_cell_length_b 4.0\n", ""));
        CommandFailure f = assertThrows(CommandFailure.class, () -> run("convert", bad.toString(), "--to", "poscar"));
        assertTrue(f.getMessage().contains("bad.cif") && f.getMessage().contains("_cell_length_b"), f.getMessage());
    }

    @Test
    void infoJsonLinesAndExitCode(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("BaTiO3.cif");
        Files.writeString(good, CIF);
        Path bad = dir.resolve("broken.cif");
        Files.writeString(bad, "data_x\nloop_\n_atom_site_label\n");
        Result r = run("info", good.toString(), bad.toString(), "--json");
        assertEquals(1, r.code, "a failed file gives a non-zero exit code");
        String[] lines = r.out.strip().split("\n");
        assertEquals(2, lines.length);
        JsonObject o = JsonParser.parseString(lines[0]).getAsJsonObject();
        for (String key : new String[] {"file", "formula", "reduced_formula", "nsites", "a", "b", "c", "alpha", "beta",
            "gamma", "volume", "density"}) {
            assertTrue(o.has(key), "missing key " + key);
        }
        assertEquals("Ba1 Ti1 O3", o.get("formula").getAsString());
        assertEquals("BaTiO3", o.get("reduced_formula").getAsString());
        assertEquals(5, o.get("nsites").getAsInt());
        assertEquals(64.0, o.get("volume").getAsDouble(), 1e-9);
        assertEquals(6.0503, o.get("density").getAsDouble(), 1e-3);
        JsonObject e = JsonParser.parseString(lines[1]).getAsJsonObject();
        assertEquals(bad.toString(), e.get("file").getAsString());
        assertTrue(e.get("error").getAsString().contains("loop with no rows"), e.toString());
        Result ok = run("info", good.toString());
        assertEquals(0, ok.code);
        assertTrue(ok.out.contains("BaTiO3") && ok.out.contains("64.0000"), ok.out);
        assertThrows(UsageException.class, () -> run("info"));
    }

    @Test
    void dispatcherRoutesCoreCommands(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("BaTiO3.cif");
        Files.writeString(good, CIF);
        List<Command> commands = new ArrayList<>(CoreCommands.all());
        commands.add(new CommandGroup("bench", "Run a benchmark", CoreCommands.benchmarks()));
        Dispatcher d = new Dispatcher("matdesign", commands);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, d.run(new String[] {"info", good.toString()}, out, errStream));
        assertEquals(2, d.run(new String[] {"convert", good.toString()}, out, errStream));
        assertEquals(1, d.run(new String[] {"info", dir.resolve("missing.cif").toString()}, out, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"));
    }

    @Test
    void benchParsePrintsThroughput() throws Exception {
        Path data = DataLocation.find().orElse(null);
        Assumptions.assumeTrue(data != null, "shared data folder not found");
        Result r = run("parse", "--data", data.toString(), "--repeat", "1", "--json");
        assertEquals(0, r.code);
        JsonObject o = JsonParser.parseString(r.out.strip()).getAsJsonObject();
        assertEquals(7572, o.get("structures").getAsInt());
        assertTrue(o.get("structures_per_second").getAsDouble() > 100, r.out);
        Result text = run("parse", "--data", data.toString(), "--repeat", "1");
        assertTrue(text.out.contains("structures/s"), text.out);
        assertThrows(CommandFailure.class, () -> run("parse", "--data", data.toString(), "--dataset", "nope"));
    }
}
