package org.matdesign.models.meidnet;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.matdesign.ml.MetadataReader;
import org.matdesign.ml.TensorFileException;

import java.io.IOException;
import java.util.List;

/**
 * Everything that defines a MEIDNet network and its data interface: element vocabulary (species index = position),
 * maximum atoms, sizes, fusion mode, InfoNCE temperature, loss weights, the modelled properties with their user
 * names, dataset columns, units and normalisation, and the lattice normalisation of the decoder.
 */
public record ModelConfig(String dataset, List<String> elements, int maxAtoms, int hidden, int latent,
        int egnnLayers, int rbfCount, double rbfMaxDistance, double adjacencyCutoff, int decoderHidden,
        int slotHidden, FusionMode fusion, double tau, LossWeights weights, List<PropertySpec> properties,
        LatticeNorm latticeNorm) {

    public ModelConfig {
        elements = List.copyOf(elements);
        properties = List.copyOf(properties);
        if (elements.isEmpty() || properties.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one element and one property");
        }
        if (maxAtoms < 1 || hidden < 1 || latent < 1 || egnnLayers < 1) {
            throw new IllegalArgumentException("sizes must be positive");
        }
        if (!(tau > 0)) {
            throw new IllegalArgumentException("tau must be > 0");
        }
    }

    /** Perov-5 properties: band gap = dir_gap (eV), formation energy = heat_all (eV/atom); statistics set later. */
    public static List<PropertySpec> perov5Properties() {
        return List.of(new PropertySpec("band_gap", "dir_gap", "eV", 0, 1),
                new PropertySpec("formation_energy", "heat_all", "eV/atom", 0, 1));
    }

    /** The default architecture of the paper's Perov-5 model: 3 EGNN layers, 128-d hidden and latent. */
    public static ModelConfig defaults(String dataset, List<String> elements, List<PropertySpec> properties,
            FusionMode fusion) {
        return new ModelConfig(dataset, elements, 24, 128, 128, 3, 16, 8.0, 4.0, 384, 64, fusion, 0.1,
                LossWeights.DEFAULT, properties, LatticeNorm.IDENTITY);
    }

    public int elementCount() {
        return elements.size();
    }

    public int propertyCount() {
        return properties.size();
    }

    public int elementIndex(String symbol) {
        return elements.indexOf(symbol);
    }

    public PropertySpec property(String name) {
        for (PropertySpec p : properties) {
            if (p.name().equals(name) || p.column().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("model has no property '" + name + "' (has "
                + properties.stream().map(PropertySpec::name).toList() + ")");
    }

    public ModelConfig withProperties(List<PropertySpec> newProperties) {
        return new ModelConfig(dataset, elements, maxAtoms, hidden, latent, egnnLayers, rbfCount, rbfMaxDistance,
                adjacencyCutoff, decoderHidden, slotHidden, fusion, tau, weights, newProperties, latticeNorm);
    }

    public ModelConfig withDataset(String newDataset) {
        return new ModelConfig(newDataset, elements, maxAtoms, hidden, latent, egnnLayers, rbfCount, rbfMaxDistance,
                adjacencyCutoff, decoderHidden, slotHidden, fusion, tau, weights, properties, latticeNorm);
    }

    public ModelConfig withLatticeNorm(LatticeNorm norm) {
        return new ModelConfig(dataset, elements, maxAtoms, hidden, latent, egnnLayers, rbfCount, rbfMaxDistance,
                adjacencyCutoff, decoderHidden, slotHidden, fusion, tau, weights, properties, norm);
    }

    public ModelConfig withSizes(int newHidden, int newLatent, int newLayers, int newDecoderHidden, int newSlotHidden) {
        return new ModelConfig(dataset, elements, maxAtoms, newHidden, newLatent, newLayers, rbfCount, rbfMaxDistance,
                adjacencyCutoff, newDecoderHidden, newSlotHidden, fusion, tau, weights, properties, latticeNorm);
    }

    public ModelConfig withMaxAtoms(int newMaxAtoms) {
        return new ModelConfig(dataset, elements, newMaxAtoms, hidden, latent, egnnLayers, rbfCount, rbfMaxDistance,
                adjacencyCutoff, decoderHidden, slotHidden, fusion, tau, weights, properties, latticeNorm);
    }

    public ModelConfig withFusion(FusionMode newFusion) {
        return new ModelConfig(dataset, elements, maxAtoms, hidden, latent, egnnLayers, rbfCount, rbfMaxDistance,
                adjacencyCutoff, decoderHidden, slotHidden, newFusion, tau, weights, properties, latticeNorm);
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
            .registerTypeAdapter(FusionMode.class, new TypeAdapter<FusionMode>() {
                @Override
                public void write(JsonWriter out, FusionMode value) throws IOException {
                    out.value(value.id());
                }

                @Override
                public FusionMode read(JsonReader in) throws IOException {
                    return FusionMode.parse(in.nextString());
                }
            }).create();

    public JsonObject toJson() {
        return GSON.toJsonTree(this).getAsJsonObject();
    }

    /**
     * @throws IllegalArgumentException naming the field that is missing or out of range
     */
    public static ModelConfig fromJson(JsonElement json) {
        if (json == null || !json.isJsonObject()) {
            throw new IllegalArgumentException("not a MEIDNet model configuration");
        }
        try {
            return MeidnetModelFile.config(MetadataReader.of(json.getAsJsonObject(), "model configuration", "config"));
        } catch (TensorFileException ex) {
            throw new IllegalArgumentException(ex.getMessage(), ex);
        }
    }
}
