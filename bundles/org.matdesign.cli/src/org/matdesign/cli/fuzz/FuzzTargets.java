package org.matdesign.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.matdesign.core.data.CdvaeDataset;
import org.matdesign.core.data.CompactDataset;
import org.matdesign.core.data.DatasetRow;
import org.matdesign.core.io.NamedStructure;
import org.matdesign.core.io.StructureFiles;
import org.matdesign.core.io.StructureFormat;
import org.matdesign.core.io.StructureParseException;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.RecipeException;
import org.matdesign.engine.recipe.RecipeReader;

/**
 * The readers of files a user hands to MatDesign, each with small valid seeds shipped in this bundle (seeds/):
 * structure files (CIF, POSCAR, pymatgen JSON, extended XYZ), recipes, CDVAE dataset CSVs and compact datasets.
 * Structure files are read as {@code matdesign info} and {@code convert} read them, and what they yield is checked
 * ({@link ParsedStructures}).
 */
public final class FuzzTargets {

    private FuzzTargets() {
    }

    /** All standard targets. */
    public static List<FuzzTarget> all() {
        return List.of(
                structure("cif", StructureFormat.CIF, ".cif", "pmg_quartz.cif", "ase_corundum.cif",
                        "pmg_BaTiO3_P4mm.cif", "pmg_NaCl_oxi.cif"),
                structure("poscar", StructureFormat.POSCAR, ".vasp", "triclinic.vasp", "nacl_oxi.vasp",
                        "quartz_cartesian.vasp", "skewed_selective.vasp"),
                structure("json", StructureFormat.JSON, ".json", "quartz_oxi.json", "rotated.json"),
                structure("extxyz", StructureFormat.EXTXYZ, ".extxyz", "ase_frames.extxyz", "quartz.extxyz"),
                recipe(),
                datasetCsv(),
                compactDataset());
    }

    private static FuzzTarget structure(String name, StructureFormat format, String extension, String... seeds) {
        return new FuzzTarget(name, extension, seeds(seeds), StructureParseException.class,
                (content, inputName) -> check(StructureFiles.readAllString(
                        new String(content, StandardCharsets.UTF_8), format, inputName)),
                file -> check(StructureFiles.readAll(file)));
    }

    private static void check(List<NamedStructure> structures) {
        structures.forEach(s -> ParsedStructures.check(s.structure()));
    }

    /** Recipes as {@code matdesign run} reads them (the file) and as the workbench does (its editor's text). */
    private static FuzzTarget recipe() {
        PropertyCatalogue catalogue = PropertyCatalogue.defaults();
        return new FuzzTarget("recipe", ".json", seeds("recipe-readme.json", "recipe-paper-perov5.json"),
                RecipeException.class,
                (content, inputName) -> RecipeReader.parse(new String(content, StandardCharsets.UTF_8), inputName,
                        catalogue),
                file -> RecipeReader.read(file, catalogue));
    }

    /** CDVAE CSVs are only read from files, row by row. */
    private static FuzzTarget datasetCsv() {
        return new FuzzTarget("csv", ".csv", seeds("perov_5.csv", "carbon_24.csv", "mp_20.csv"),
                StructureParseException.class, null, FuzzTargets::readCsv);
    }

    private static void readCsv(Path file) {
        try (Stream<DatasetRow> rows = CdvaeDataset.stream(file)) {
            rows.forEach(row -> ParsedStructures.check(row.structure()));
        }
    }

    /**
     * Compact datasets are bundle resources read as bytes. Inputs are mostly the text, gzipped here so that mutations
     * reach the rows; one seed is gzipped already, so its mutations hit the gzip layer.
     */
    private static FuzzTarget compactDataset() {
        byte[] text = seed("compact.txt");
        return new FuzzTarget("compact", ".gz", List.of(text, gzip(text)), IOException.class,
                (content, inputName) -> {
                    boolean gzipped = content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
                    CompactDataset.read(gzipped ? content : gzip(content), inputName).rows()
                            .forEach(row -> ParsedStructures.check(row.structure()));
                }, null);
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return out.toByteArray();
    }

    private static List<byte[]> seeds(String... names) {
        List<byte[]> list = new ArrayList<>();
        for (String n : names) {
            list.add(seed(n));
        }
        return list;
    }

    private static byte[] seed(String name) {
        try (InputStream in = FuzzTargets.class.getResourceAsStream("seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fuzz seed seeds/" + name + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fuzz seed " + name, e);
        }
    }
}
