package org.matdesign.engine.recipe;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.matdesign.api.SeedStructure;
import org.matdesign.core.io.NamedStructure;
import org.matdesign.core.io.StructureFiles;

/** Seed structures from files (CIF, POSCAR, pymatgen JSON, extended XYZ): every structure a file holds is a seed. */
public final class SeedFiles {

    /** More seeds than this in one target is almost certainly a wrong folder or file. */
    public static final int MAX_SEEDS = 1000;

    private SeedFiles() {
    }

    /**
     * @param base  the folder relative names are read from (the recipe's folder, or the working folder)
     * @param files the file names as the user wrote them
     * @throws RecipeException naming the file and what is wrong with it
     */
    public static List<SeedStructure> read(Path base, List<String> files) {
        List<SeedStructure> seeds = new ArrayList<>();
        for (String file : files) {
            Path path;
            try {
                path = base == null ? Path.of(file) : base.resolve(file);
            } catch (InvalidPathException e) {
                throw new RecipeException("seed '" + file + "' is not a valid path (" + e.getReason() + ")");
            }
            List<NamedStructure> found;
            try {
                found = StructureFiles.readAll(path);
            } catch (RuntimeException e) {
                throw new RecipeException("seed '" + file + "': " + e.getMessage(), e);
            }
            String name = path.getFileName().toString();
            for (int i = 0; i < found.size(); i++) {
                NamedStructure s = found.get(i);
                String label = found.size() == 1 ? name
                        : name + ":" + (s.name() == null || s.name().isBlank() ? String.valueOf(i + 1) : s.name());
                seeds.add(new SeedStructure(label, s.structure()));
            }
            if (seeds.size() > MAX_SEEDS) {
                throw new RecipeException("more than " + MAX_SEEDS + " seed structures; split the campaign");
            }
        }
        return seeds;
    }
}
