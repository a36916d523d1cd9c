package org.matdesign.api;

import java.util.Objects;

import org.matdesign.core.Structure;

/**
 * A known crystal a design starts from ({@code design --from}, a recipe target's {@code seeds}): the generator searches
 * near it and the {@code seed_similarity} validator reports how far each candidate moved from it.
 *
 * @param name      how outputs name the seed (its file name)
 * @param structure the crystal
 */
public record SeedStructure(String name, Structure structure) {

    /** On a candidate: the name of the seed it was designed from (set by a generator that designs from seeds). */
    public static final Attribute<String> OF_CANDIDATE = Attribute.of("seed", String.class);

    public SeedStructure {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a seed structure needs a name");
        }
        Objects.requireNonNull(structure, "structure");
    }
}
