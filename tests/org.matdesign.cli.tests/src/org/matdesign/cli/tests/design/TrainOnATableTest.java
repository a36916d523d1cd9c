package org.matdesign.cli.tests.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.cli.Command;
import org.matdesign.cli.CommandGroup;
import org.matdesign.cli.design.DesignCommands;
import org.matdesign.cli.tests.design.DesignTestSupport.Result;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.io.CifWriter;
import org.matdesign.models.meidnet.cli.ModelCommands;

/**
 * `matdesign train --csv` on a table the test writes (cubic ABO3 cells whose made-up property grows with the cell
 * edge, three broken rows), then `design --model` on the folder: the model is targeted by the name it learned, and
 * a fine-tuning from the bundled model keeps its elements and weights.
 */
class TrainOnATableTest {

    private static final String[] A = {"Ba", "Sr", "Ca", "K"};
    private static final String[] B = {"Ti", "Zr", "Nb", "Ta"};

    @TempDir
    Path tmp;

    private ContributionRegistry registry;

    @BeforeEach
    void obtain() throws InterruptedException {
        registry = ContributionRegistry.await(getClass(), 10_000);
    }

    private Result run(String... argv) {
        List<Command> commands = new ArrayList<>(DesignCommands.all(() -> registry));
        commands.addAll(new ModelCommands().commands());
        commands.add(new CommandGroup("bench", "benchmarks", DesignCommands.benchmarks(() -> registry)));
        return DesignTestSupport.run(commands, argv);
    }

    /** 60 good rows and three bad ones: a CIF that does not parse, a missing value, a crystal of 40 sites. */
    private Path table() throws IOException {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("name,structure,stiffness,note\n");
        for (int i = 0; i < 60; i++) {
            double a = 3.7 + 0.6 * random.nextDouble();
            Structure s = Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90),
                    List.of(Species.of(A[i % 4]), Species.of(B[(i / 4) % 4]), Species.of("O"), Species.of("O"),
                            Species.of("O")),
                    List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                            new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));
            csv.append("x-").append(i).append(",\"").append(CifWriter.write(s)).append("\",")
                    .append(String.format(Locale.ROOT, "%.4f", 100 * (a - 3.7))).append(",ok\n");
        }
        csv.append("broken,\"data_x\n_cell_length_a 3\n\",12,bad\n");
        csv.append("unlabelled,\"").append(CifWriter.write(Structure.of(Lattice.fromParameters(4, 4, 4, 90, 90, 90),
                List.of(Species.of("Ba")), List.of(new double[] {0, 0, 0})))).append("\",,bad\n");
        List<Species> many = new ArrayList<>();
        List<double[]> frac = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(Species.of("O"));
            frac.add(new double[] {i / 40.0, (i % 5) / 5.0, (i % 7) / 7.0});
        }
        csv.append("huge,\"").append(CifWriter.write(Structure.of(Lattice.fromParameters(20, 20, 20, 90, 90, 90),
                many, frac))).append("\",3,bad\n");
        Path file = tmp.resolve("my-crystals.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void trainsOnAUserTableSkippingBadRowsAndDesignsForItsProperty() throws IOException {
        Path csv = table();
        Path model = tmp.resolve("model");
        Result train = run("train", "--csv", csv.toString(), "--cif-column", "structure", "--id-column", "name",
                "--property", "stiffness=stiffness:GPa", "--epochs", "2", "--seed", "3", "--out", model.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.err().contains("60 rows kept, 3 skipped"), train.err());
        assertTrue(train.err().contains("row 61 (line") && train.err().contains("the CIF does not parse"),
                train.err());
        assertTrue(train.err().contains("no value in column stiffness"), train.err());
        assertTrue(train.err().contains("40 sites, more than the limit of 24"), train.err());
        assertTrue(Files.isRegularFile(model.resolve("training-set.tsv.gz")), "the folder carries its training split");

        JsonObject meta = JsonParser.parseString(Files.readString(model.resolve("model.json"))).getAsJsonObject();
        JsonObject training = meta.getAsJsonObject("metadata").getAsJsonObject("training");
        assertEquals("my-crystals", training.get("dataset").getAsString());
        assertEquals(64, training.get("dataSha256").getAsString().length());
        assertTrue(training.get("split").getAsString().contains("60 rows kept, 3 skipped"), training.toString());
        JsonObject property = meta.getAsJsonObject("metadata").getAsJsonObject("config").getAsJsonArray("properties")
                .get(0).getAsJsonObject();
        assertEquals("stiffness", property.get("name").getAsString());
        assertEquals("GPa", property.get("unit").getAsString());
        assertTrue(Math.abs(property.get("mean").getAsDouble() - 30) < 10, property.toString());

        // The model is asked what it can target: its own property, not the bundled model's.
        Result wrong = run("design", "--model", model.toString(), "--target", "band_gap=1.2", "--out",
                tmp.resolve("wrong").toString());
        assertEquals(2, wrong.code(), wrong.err());
        assertTrue(wrong.err().contains("unknown property 'band_gap'; known properties: stiffness"), wrong.err());
        Path out = tmp.resolve("design");
        Result design = run("design", "--model", model.toString(), "--target", "stiffness=40", "--count", "2",
                "--starts", "2", "--steps", "3", "--validators", "structural_validity,novelty", "--sun",
                "structural_validity", "--out", out.toString());
        assertEquals(0, design.code(), design.err());
        List<String> header = List.of(Files.readAllLines(out.resolve("candidates.csv")).get(0).split(","));
        assertTrue(header.contains("target.stiffness") || header.stream().anyMatch(h -> h.contains("stiffness")),
                header.toString());
        // Novelty is judged against the folder's own 48 training crystals (80 % of 60), not the bundled set.
        String table = Files.readString(out.resolve("candidates.csv"));
        Matcher verdict = Pattern.compile("matches (none of (\\d+) reference structures|reference structure #(\\d+))")
                .matcher(table);
        int verdicts = 0;
        while (verdict.find()) {
            verdicts++;
            assertTrue(verdict.group(2) != null ? verdict.group(2).equals("48")
                    : Integer.parseInt(verdict.group(3)) < 48, verdict.group());
        }
        assertTrue(verdicts > 0, "a novelty verdict per screened candidate: " + table);
    }

    @Test
    void fineTunesFromTheBundledModel() throws IOException {
        Path csv = table();
        Path model = tmp.resolve("tuned");
        Result train = run("train", "--csv", csv.toString(), "--cif-column", "structure", "--id-column", "name",
                "--property", "stiffness", "--init", "default", "--epochs", "1", "--no-eval", "--out",
                model.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.err().contains("fine-tuning default"), train.err());
        JsonObject training = JsonParser.parseString(Files.readString(model.resolve("model.json"))).getAsJsonObject()
                .getAsJsonObject("metadata").getAsJsonObject("training");
        JsonObject from = training.getAsJsonObject("initialisedFrom");
        assertEquals("perov_5", from.get("dataset").getAsString());
        int copied = from.get("parametersCopied").getAsInt();
        int total = from.get("parametersTotal").getAsInt();
        assertTrue(copied > total / 2 && copied < total, "the trunk is copied, the property heads are new: " + from);

        Result bad = run("train", "--csv", csv.toString(), "--property", "stiffness", "--epochs", "1", "--out",
                tmp.resolve("bad").toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("no column 'cif'") && bad.err().contains("name, structure, stiffness, note"),
                bad.err());
        Result typo = run("train", "--csv", csv.toString(), "--cif-column", "structure", "--property", "Stiff ness",
                "--epochs", "1", "--out", tmp.resolve("bad").toString());
        assertEquals(2, typo.code(), typo.err());
        assertTrue(typo.err().contains("--property 'Stiff ness'"), typo.err());
    }
}
