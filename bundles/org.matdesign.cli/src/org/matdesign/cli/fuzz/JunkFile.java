package org.matdesign.cli.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A large file of seeded junk text (printable ASCII in lines of about 64 characters, some tabs), written in 1 MiB
 * chunks so that writing it needs no more memory than one chunk. Text rather than binary bytes, so that readers that
 * refuse binary content at the first control byte still have to deal with its size.
 */
final class JunkFile {

    private static final int CHUNK = 1 << 20;

    private JunkFile() {
    }

    static void write(Path file, long bytes, Random random) throws IOException {
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += CHUNK) {
                random.nextBytes(chunk);
                for (int i = 0; i < CHUNK; i++) {
                    int b = chunk[i] & 0xff;
                    chunk[i] = (byte) (b < 4 ? '\n' : b < 6 ? '\t' : 0x20 + b % 95);
                }
                out.write(chunk, 0, (int) Math.min(CHUNK, bytes - written));
            }
        }
    }
}
