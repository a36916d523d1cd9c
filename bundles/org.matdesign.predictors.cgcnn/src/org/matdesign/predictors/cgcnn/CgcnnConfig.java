package org.matdesign.predictors.cgcnn;

import com.google.gson.JsonObject;

/** Sizes of the network and of its graph (stored in the model's metadata). */
record CgcnnConfig(int neighbours, double cutoff, double gaussianStep, int atomFeatures, int convolutions,
        int hidden) {

    static CgcnnConfig defaults() {
        return new CgcnnConfig(12, 8.0, 0.2, 48, 3, 96);
    }

    int gaussianCount() {
        return (int) Math.round(cutoff / gaussianStep) + 1;
    }

    /** exp(-(d - mu_k)^2 / step^2) for mu_k = 0, step, ..., cutoff. */
    void expand(double d, float[] out, int offset) {
        int count = gaussianCount();
        for (int k = 0; k < count; k++) {
            double x = (d - k * gaussianStep) / gaussianStep;
            out[offset + k] = (float) Math.exp(-x * x);
        }
    }

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("neighbours", neighbours);
        o.addProperty("cutoff", cutoff);
        o.addProperty("gaussianStep", gaussianStep);
        o.addProperty("atomFeatures", atomFeatures);
        o.addProperty("convolutions", convolutions);
        o.addProperty("hidden", hidden);
        return o;
    }
}
