package org.matdesign.api;

import java.util.Optional;

/**
 * Implemented by a generator that knows the data its model learned from. The engine asks once per campaign and
 * hands the answer to every contribution ({@link RunContext#trainingSet()}).
 */
public interface TrainingData {

    /** Empty when it cannot be told (e.g. a user's model whose training table is not at hand). */
    Optional<TrainingSet> trainingSet(RunContext context) throws Exception;
}
