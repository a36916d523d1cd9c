package org.matdesign.cli.tests.design;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.matdesign.cli.Command;
import org.matdesign.cli.Dispatcher;
import org.matdesign.core.data.DataLocation;
import org.matdesign.models.meidnet.FusionMode;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.ModelConfig;

/** What the design command tests share: a tiny model, running commands, the data check, folder listings. */
final class DesignTestSupport {

    /** The Perov-5 elements a tiny (untrained, seeded) model decodes into; enough to exercise the whole chain. */
    private static final List<String> ELEMENTS = List.of("Ba", "Sr", "Ca", "K", "La", "Ti", "Zr", "Nb", "Ta", "O",
            "N", "F", "S");

    /** Exit code and what a command printed. */
    record Result(int code, String out, String err) {
    }

    private DesignTestSupport() {
    }

    /** Saves a tiny untrained MEIDNet model to {@code dir} and returns it. */
    static Path tinyModel(Path dir) throws IOException {
        ModelConfig config = ModelConfig.defaults("perov_5", ELEMENTS, ModelConfig.perov5Properties(),
                FusionMode.parse("early+cl")).withSizes(16, 16, 2, 32, 8).withMaxAtoms(8);
        try (MeidnetModel m = MeidnetModel.create(config, 3)) {
            m.save(dir, null, false);
        }
        return dir;
    }

    static Result run(List<Command> commands, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Dispatcher("matdesign", commands).run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static boolean hasData() {
        return DataLocation.find().map(d -> Files.isDirectory(d.resolve("perov_5"))).orElse(false);
    }

    /** Nothing but the given names in the folder (no staging leftovers). */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
