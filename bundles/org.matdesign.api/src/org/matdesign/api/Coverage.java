package org.matdesign.api;

/**
 * How well a model's training data covers a design target: {@code near} of its {@code total} training crystals
 * have every targeted property within the target's range and tolerance. Few or none means the target asks the model
 * to extrapolate, which the outputs say (see {@link #outsideData()}).
 *
 * @param near        training crystals near the target
 * @param total       training crystals considered
 * @param reference   what was counted ({@link TrainingSet#description()})
 */
public record Coverage(int near, int total, String reference) {

    /**
     * Below this share of the training crystals (or fewer than {@link #MIN_NEAR}) the target lies outside the data:
     * a model has seen too few examples there to be trusted. One in 400: Perov-5's in-distribution gapped targets
     * hold about 1 % of its crystals, the MEIDNet paper's design region about 0.1 %.
     */
    public static final double SPARSE_FRACTION = 0.0025;
    public static final int MIN_NEAR = 5;

    public boolean outsideData() {
        return near < MIN_NEAR || near < SPARSE_FRACTION * total;
    }
}
