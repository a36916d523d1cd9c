package org.matdesign.api;

/**
 * How well a model's training data covers a design target: {@code near} of its {@code total} training crystals
 * have every targeted property within the target's range and tolerance. Few or none means the target asks the model
 * to extrapolate, which the outputs say.
 *
 * @param near        training crystals near the target
 * @param total       training crystals considered
 * @param reference   what was counted ({@link TrainingSet#description()})
 */
public record Coverage(int near, int total, String reference) {

    /** Fewer near crystals than this: the target lies outside the data. */
    public static final int SPARSE = 5;

    public boolean outsideData() {
        return near < SPARSE;
    }
}
