package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainBenchmarkTest {

    @Test
    void measuresAPositiveThroughput() {
        TrainBenchmark.Result r = TrainBenchmark.run(1, 1);
        assertEquals(1, r.steps());
        assertTrue(r.medianStepMs() > 0 && Double.isFinite(r.crystalsPerSecond()), r.toString());
        assertEquals(TrainBenchmark.BATCH / (r.medianStepMs() / 1000.0), r.crystalsPerSecond(), 1e-6);
    }
}
