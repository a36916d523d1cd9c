package org.matdesign.api;

import java.util.Objects;

/**
 * A typed key for state a contribution attaches to its candidates (e.g. a model's latent vector, which only that
 * model's own optimizer understands). The key is owned by the bundle that defines it; the engine carries attributes
 * along without reading them and never writes them to the outputs.
 *
 * @param name unique name, by convention prefixed with the owning contribution's id ({@code meidnet.latent})
 * @param type the value's class
 */
public record Attribute<T>(String name, Class<T> type) {

    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static <T> Attribute<T> of(String name, Class<T> type) {
        return new Attribute<>(name, type);
    }
}
