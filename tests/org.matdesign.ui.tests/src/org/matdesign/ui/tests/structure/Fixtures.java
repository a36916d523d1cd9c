package org.matdesign.ui.tests.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.matdesign.core.Structure;
import org.matdesign.core.io.StructureFiles;

/** The structure files of this test bundle (fixtures/), copied to a folder so they can be opened by path. */
final class Fixtures {

    /** Conventional rock salt: 4 Na on the fcc sites, 4 Cl half a cell away. */
    static final String NACL = "nacl.cif";
    static final double NACL_A = 5.64;
    /** A CIF whose b axis is not a number. */
    static final String BROKEN = "broken.cif";

    private Fixtures() {
    }

    static Path copy(String name, Path folder) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not in the test bundle");
            }
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Structure read(String name, Path folder) {
        return StructureFiles.read(copy(name, folder));
    }
}
