package org.matdesign.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a text structure file with bounded size, refusing binary content. */
final class TextInput {

    /**
     * Larger files are refused before anything is read. 16 MiB hold about 250,000 atoms, far more than a crystal
     * structure here has; reading a file of that size that is all short words (CIF values, JSON numbers) needs up to
     * about 40 times its size in heap for the parsed tokens, so this limit is also what bounds a reader's memory.
     */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private TextInput() {
    }

    static String read(Path path) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new StructureParseException(name, 0, "is a directory, not a structure file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new StructureParseException(name, 0, "file is " + size + " bytes; structure files over "
                        + MAX_BYTES + " bytes (16 MiB) are refused");
            }
            return decode(Files.readAllBytes(path), name);
        } catch (NoSuchFileException e) {
            throw new StructureParseException(name, 0, "no such file");
        } catch (IOException e) {
            throw new StructureParseException(name, 0, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** UTF-8, falling back to Latin-1 (common in older CIFs); NUL or other control bytes mean binary. */
    static String decode(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new StructureParseException(name, 0, "file is empty");
        }
        int line = 1;
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != 0x0b) {
                throw new StructureParseException(name, line, String.format(
                        "binary content (control byte 0x%02x); this is not a text structure file", c));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    static void checkText(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new StructureParseException(name, 0, "input is empty");
        }
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != 0x0b) {
                throw new StructureParseException(name, line, String.format(
                        "binary content (control character 0x%02x); this is not a text structure file", (int) c));
            }
        }
    }

    /** Parses a number, naming the field when it is not one. */
    static double number(String token, String what, String source, int line) {
        try {
            double v = Double.parseDouble(token);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException | NullPointerException e) {
            throw new StructureParseException(source, line, "expected a number for " + what + ", got '" + token + "'");
        }
    }
}
