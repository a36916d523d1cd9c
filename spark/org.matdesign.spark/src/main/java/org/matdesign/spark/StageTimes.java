package org.matdesign.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the time of each screening stage is added up (nanoseconds by stage name): a map here, accumulators on Spark. */
interface StageTimes extends Serializable {

    String PARSE = "parse";

    void add(String stage, long nanos);

    /** Sums in this JVM. */
    final class Local implements StageTimes {

        private static final long serialVersionUID = 1L;
        private final Map<String, Long> nanos = new LinkedHashMap<>();

        @Override
        public synchronized void add(String stage, long value) {
            nanos.merge(stage, value, Long::sum);
        }

        synchronized Map<String, Long> nanos() {
            return new LinkedHashMap<>(nanos);
        }
    }
}
