package org.matdesign.api;

import java.util.List;

/**
 * Implemented by a generator whose model tells which properties it can aim at. Design commands, recipes, the
 * workbench and the report ask it, so a model trained on its own table is targeted by the names it learned.
 */
public interface TargetProperties {

    /**
     * One property the model predicts, with its training statistics (physical units).
     *
     * @param column the data column it was learned from
     */
    record ModelProperty(String name, String unit, String column, double trainingMean, double trainingStd) {
    }

    /**
     * The properties of the model a run with this generator setting would load.
     *
     * @param model the generator's model setting (null or blank: its default model)
     * @throws Exception naming the model when it cannot be read
     */
    List<ModelProperty> targetProperties(String model) throws Exception;
}
