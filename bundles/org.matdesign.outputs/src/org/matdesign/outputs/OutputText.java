package org.matdesign.outputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.matdesign.api.OutputFiles;

/** Writes one text file through {@link OutputFiles}, which refuses names another visualizer already claimed. */
final class OutputText {

    private OutputText() {
    }

    static Path write(OutputFiles out, String name, String text) throws IOException {
        Path file = out.newFile(name);
        if (file == null) {
            throw new IOException("the output folder gave no path for " + name);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A file name made from a candidate id: letters, digits, dot, dash and underscore are kept, anything else (a path
     * separator, a space) becomes an underscore, so an id can never point outside the output folder.
     */
    static String safeName(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.chars().allMatch(ch -> ch == '.') ? "_" + s : s;
    }
}
