package org.matdesign.cli.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.cli.Args;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.cli.analysis.AnalysisCommands;

class AnalysisCommandsTest {

    private static String perovskiteCif(String a, String b, double lattice, double shift, double oxygenZ) {
        return """
                data_test
                _cell_length_a %1$s
                _cell_length_b %1$s
                _cell_length_c %1$s
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                _symmetry_space_group_name_H-M 'P 1'
                loop_
                _atom_site_type_symbol
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                _atom_site_occupancy
                %2$s %2$s1 %4$s 0 0 1
                %3$s %3$s1 %5$s 0.5 0.5 1
                O O1 %5$s 0.5 %6$s 1
                O O2 %5$s 0 0.5 1
                O O3 %4$s 0.5 0.5 1
                """.formatted(lattice, a, b, shift, 0.5 + shift, oxygenZ);
    }

    private static Command find(List<Command> commands, String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private record Result(int code, String out) {
    }

    private static Result run(Command c, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = c.run(Args.of(Arrays.asList(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void matchWritesFitAndRmsAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.cif"), perovskiteCif("Sr", "Ti", 3.9, 0, 0));
        Files.writeString(dir.resolve("a_moved.cif"), perovskiteCif("Sr", "Ti", 3.95, 0.2, 0.02));
        Files.writeString(dir.resolve("b.cif"), perovskiteCif("Ba", "Ti", 4.0, 0, 0));
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "id,a,b\np1,a.cif,a_moved.cif\np2,a.cif,b.cif\n");
        Path out = dir.resolve("out.csv");
        Command match = find(AnalysisCommands.all(), "match");
        assertEquals(0, run(match, "--pairs", pairs.toString(), "--dir", dir.toString(), "--out", out.toString()).code());
        List<String> lines = Files.readAllLines(out);
        assertEquals("id,fit,rms", lines.get(0));
        assertTrue(lines.get(1).startsWith("p1,true,0."), lines.get(1));
        assertEquals("p2,false,", lines.get(2));
        assertThrows(CommandFailure.class,
                () -> run(match, "--pairs", pairs.toString(), "--dir", dir.toString(), "--out", out.toString()));
        assertEquals(0, run(match, "--pairs", pairs.toString(), "--dir", dir.toString(), "--out", out.toString(),
                "--overwrite", "--stol", "0.01").code());
        assertTrue(Files.readAllLines(out).get(1).startsWith("p1,false,"), "a tiny stol rejects the displaced copy");
        assertThrows(UsageException.class, () -> run(match, "--pairs", pairs.toString(), "--dir", dir.toString(),
                "--out", dir.resolve("x.csv").toString(), "--stoll", "0.3"));
        Files.writeString(pairs, "id,a,b\np1,a.cif,missing.cif\n");
        assertThrows(CommandFailure.class, () -> run(match, "--pairs", pairs.toString(), "--dir", dir.toString(),
                "--out", dir.resolve("y.csv").toString()));
    }

    @Test
    void validateReportsEachFileAndFailsOnInvalidOnes(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.cif");
        Files.writeString(good, perovskiteCif("Sr", "Ti", 3.9, 0, 0));
        Path close = dir.resolve("close.cif");
        Files.writeString(close, perovskiteCif("Sr", "Ti", 3.9, 0, 0.45));
        Command validate = find(AnalysisCommands.all(), "validate");
        Result ok = run(validate, good.toString());
        assertEquals(0, ok.code());
        assertTrue(ok.out().contains("good.cif") && ok.out().contains("1.9500"), ok.out());
        Result bad = run(validate, "--json", good.toString(), close.toString());
        assertEquals(1, bad.code());
        List<String> json = bad.out().lines().toList();
        assertEquals(2, json.size());
        assertTrue(json.get(0).contains("\"valid\":true"), json.get(0));
        assertTrue(json.get(1).contains("\"structural\":false") && json.get(1).contains("\"compositional\":true"),
                json.get(1));
        assertThrows(UsageException.class, () -> run(validate));
    }

    @Test
    void evaluateOptPrintsSuccessRates(@TempDir Path dir) throws Exception {
        Path values = dir.resolve("best.txt");
        Files.writeString(values, "# best heat_ref per run\n0.4\n0.5\n0.7\n0.9\n");
        Result r = run(find(AnalysisCommands.evaluations(), "opt"), "--values", values.toString(), "--dataset",
                "perov_5");
        assertTrue(r.out().contains("SR5      0.2500") && r.out().contains("SR15     0.7500"), r.out());
        Files.writeString(values, "0.4\nabc\n");
        CommandFailure e = assertThrows(CommandFailure.class, () -> run(find(AnalysisCommands.evaluations(), "opt"),
                "--values", values.toString(), "--dataset", "perov_5"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void evaluateReconOnADirectoryPair(@TempDir Path dir) throws Exception {
        Path pred = Files.createDirectory(dir.resolve("pred"));
        Path gt = Files.createDirectory(dir.resolve("gt"));
        Files.writeString(pred.resolve("1.cif"), perovskiteCif("Sr", "Ti", 3.9, 0.1, 0.01));
        Files.writeString(gt.resolve("1.cif"), perovskiteCif("Sr", "Ti", 3.9, 0, 0));
        Files.writeString(pred.resolve("2.cif"), perovskiteCif("Ba", "Ti", 3.9, 0, 0));
        Files.writeString(gt.resolve("2.cif"), perovskiteCif("Sr", "Ti", 3.9, 0, 0));
        Result r = run(find(AnalysisCommands.evaluations(), "recon"), "--pred", pred.toString(), "--gt", gt.toString());
        assertTrue(r.out().contains("match_rate    0.5000"), r.out());
    }

    @Test
    void agreementBenchmarkReportsFullAgreement() throws Exception {
        Result r = run(find(AnalysisCommands.benchmarks(), "agreement"), "--rounds", "1", "--json");
        assertTrue(r.out().contains("\"fit_agreement\":1.0"), r.out());
        List<String> names = new ArrayList<>();
        AnalysisCommands.benchmarks().forEach(c -> names.add(c.name()));
        assertEquals(List.of("match", "agreement", "validity", "gen-metrics"), names);
    }

    @Test
    void fingerprintOfCubicPerovskite(@TempDir Path dir) throws Exception {
        Path cif = dir.resolve("srtio3.cif");
        Files.writeString(cif, perovskiteCif("Sr", "Ti", 3.9, 0, 0));
        Command fp = find(AnalysisCommands.all(), "fingerprint");
        Result json = run(fp, "--json", cif.toString());
        assertEquals(0, json.code());
        com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(json.out().trim()).getAsJsonObject();
        assertEquals(cif.toString(), o.get("file").getAsString());
        assertEquals(61, o.getAsJsonArray("fingerprint").size());
        com.google.gson.JsonObject ti = o.getAsJsonArray("sites").get(1).getAsJsonObject();
        assertEquals("Ti", ti.get("species").getAsString());
        // pymatgen CrystalNN: Sr {12: 1.0}, Ti {6: 1.0}, O {2: 0.5175, 6: 0.4825}
        assertEquals(1.0, ti.getAsJsonObject("cn_weights").get("6").getAsDouble(), 1e-9);
        assertTrue(ti.getAsJsonObject("order_parameters").get("cn6.octahedral").getAsDouble() > 0.99, json.out());
        com.google.gson.JsonObject o1 = o.getAsJsonArray("sites").get(2).getAsJsonObject();
        assertEquals(0.5175012056025065, o1.getAsJsonObject("cn_weights").get("2").getAsDouble(), 1e-9);
        Result text = run(fp, cif.toString());
        assertTrue(text.out().contains("Ti  CN 6") && text.out().contains("octahedral"), text.out());
        assertThrows(UsageException.class, () -> run(fp));
        assertThrows(CommandFailure.class, () -> run(fp, dir.resolve("missing.cif").toString()));
    }

    @Test
    void evaluateGenPrintsCoverage(@TempDir Path dir) throws Exception {
        Path gen = Files.createDirectory(dir.resolve("gen"));
        Path ref = Files.createDirectory(dir.resolve("ref"));
        Files.writeString(gen.resolve("a.cif"), perovskiteCif("Sr", "Ti", 3.9, 0, 0));
        Files.writeString(gen.resolve("b.cif"), perovskiteCif("Ba", "Ti", 4.0, 0, 0));
        Files.writeString(ref.resolve("a.cif"), perovskiteCif("Sr", "Ti", 3.9, 0, 0));
        Files.writeString(ref.resolve("c.cif"), perovskiteCif("Ca", "Zr", 4.1, 0.05, 0.03));
        Result r = run(find(AnalysisCommands.evaluations(), "gen"), "--gen", gen.toString(), "--ref", ref.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("struct_div") && r.out().contains("cov_recall") && r.out().contains("amsd_precision"),
                r.out());
        assertThrows(UsageException.class, () -> run(find(AnalysisCommands.evaluations(), "gen"), "--gen",
                gen.toString(), "--ref", ref.toString(), "--dataset", "qm9"));
    }
}
