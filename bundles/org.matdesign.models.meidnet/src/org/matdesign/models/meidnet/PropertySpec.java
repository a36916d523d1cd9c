package org.matdesign.models.meidnet;

/**
 * One modelled property: the user-facing {@code name} (e.g. {@code band_gap}), the dataset {@code column} it is
 * read from (e.g. Perov-5 {@code dir_gap}), its {@code unit}, and the training-split mean and standard deviation
 * used to normalise it (normalised = (physical - mean) / std).
 */
public record PropertySpec(String name, String column, String unit, double mean, double std) {

    public PropertySpec {
        if (!(std > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("property " + name + ": std must be > 0 and mean finite");
        }
    }

    public double normalize(double physical) {
        return (physical - mean) / std;
    }

    public double physical(double normalized) {
        return normalized * std + mean;
    }

    public PropertySpec withStatistics(double newMean, double newStd) {
        return new PropertySpec(name, column, unit, newMean, newStd);
    }
}
