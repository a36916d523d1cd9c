package org.matdesign.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.Callable;

/**
 * What the contributions of one campaign share and what it leaves behind when it ends: loaded models, reference
 * indexes and predictors (created once per campaign under a key, closed when the campaign closes this), and
 * provenance facts the contributions record (a model checksum, a reference set's size). A campaign owns exactly one;
 * nothing outlives it, so many campaigns in one JVM do not accumulate memory or native handles.
 */
public final class RunResources implements AutoCloseable {

    private final Map<String, Object> shared = new LinkedHashMap<>();
    private final Function<String, PropertyPredictor> predictorFactory;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private boolean closed;

    /** Resources of a campaign that has no property predictors (plain-Java callers, tests). */
    public RunResources() {
        this(id -> null);
    }

    /**
     * @param predictorFactory creates the predictor with an id, or gives null when none with that id is installed
     *                         (the engine asks the contribution registry)
     */
    public RunResources(Function<String, PropertyPredictor> predictorFactory) {
        this.predictorFactory = predictorFactory;
    }

    /**
     * The resource under {@code key}, created by {@code factory} the first time it is asked for. A resource that is
     * {@link AutoCloseable} is closed with this object.
     *
     * @throws Exception whatever the factory throws (nothing is stored then)
     */
    public synchronized <T> T shared(String key, Class<T> type, Callable<? extends T> factory) throws Exception {
        if (closed) {
            throw new IllegalStateException("the campaign's resources are already released");
        }
        Object existing = shared.get(key);
        if (existing != null) {
            if (!type.isInstance(existing)) {
                throw new IllegalStateException("shared resource '" + key + "' is a " + existing.getClass().getName()
                        + ", not a " + type.getName());
            }
            return type.cast(existing);
        }
        T created = factory.call();
        if (created == null) {
            throw new IllegalStateException("the factory of shared resource '" + key + "' returned null");
        }
        shared.put(key, created);
        return created;
    }

    /**
     * The campaign's property predictor with this id, created on first use and closed with the campaign.
     *
     * @throws IllegalArgumentException when no predictor with that id is installed
     */
    public PropertyPredictor predictor(String id) throws Exception {
        return shared("predictor:" + id, PropertyPredictor.class, () -> {
            PropertyPredictor created = predictorFactory.apply(id);
            if (created == null) {
                throw new IllegalArgumentException("no property predictor '" + id + "' is installed");
            }
            return created;
        });
    }

    /** Records a provenance fact (written to provenance.json), e.g. {@code meidnet.model_sha256}. */
    public synchronized void record(String key, String value) {
        facts.put(key, value == null ? "" : value);
    }

    public synchronized Map<String, String> facts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** Closes every closeable resource, newest first; problems are collected, never thrown. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Object> order = new ArrayList<>(shared.values());
        Collections.reverse(order);
        for (Object o : order) {
            if (o instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception | LinkageError e) {
                    facts.put("problem.close." + o.getClass().getSimpleName(), SafeCall.message(e));
                }
            }
        }
        shared.clear();
    }
}
