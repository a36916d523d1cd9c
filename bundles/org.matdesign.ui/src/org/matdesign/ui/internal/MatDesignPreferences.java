package org.matdesign.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.matdesign.engine.TimeLimits;

/**
 * The workbench's preferences, declared once: where design runs go, the data folder (empty: the models use what
 * they ship), the number of threads the models may use (0: all cores), the device they compute on (auto, cpu, gpu,
 * gpu:N), the model the design wizard offers first, and how long one call into a contribution may take, per role.
 */
public final class MatDesignPreferences {

    public static final String QUALIFIER = "org.matdesign.ui";
    public static final String RUNS_FOLDER = "runsFolder";
    public static final String DATA_FOLDER = "dataFolder";
    public static final String THREADS = "threads";
    public static final String DEVICE = "device";
    public static final String DEFAULT_GENERATOR = "defaultGenerator";
    /** Followed by a role of {@link TimeLimits#ROLES}; seconds. */
    public static final String TIME_LIMIT = "timeLimit.";

    /** The system property the model bundles read for their thread count. */
    static final String THREADS_PROPERTY = "matdesign.threads";
    /** The system property the model runtime reads for its device (checked there when the first model loads). */
    static final String DEVICE_PROPERTY = "matdesign.device";
    /** What the preference page offers. */
    static final String[] DEVICES = {"auto", "cpu", "gpu", "gpu:1", "gpu:2", "gpu:3"};

    private static ScopedPreferenceStore store;

    private MatDesignPreferences() {
    }

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
            store.addPropertyChangeListener(e -> {
                if (THREADS.equals(e.getProperty())) {
                    applyThreads();
                } else if (DEVICE.equals(e.getProperty())) {
                    applyDevice();
                }
            });
            applyDevice();
        }
        return store;
    }

    public static Path runsFolder() {
        return Path.of(store().getString(RUNS_FOLDER));
    }

    /** Null when none is set. */
    public static Path dataFolder() {
        String d = store().getString(DATA_FOLDER).trim();
        return d.isEmpty() ? null : Path.of(d);
    }

    public static String defaultGenerator() {
        return store().getString(DEFAULT_GENERATOR);
    }

    /** The time limits per role; a value that is not positive seconds leaves that role at the engine's default. */
    public static TimeLimits timeLimits() {
        TimeLimits limits = TimeLimits.DEFAULT;
        for (String role : TimeLimits.ROLES) {
            try {
                limits = limits.with(role, Double.parseDouble(store().getString(TIME_LIMIT + role).trim()));
            } catch (IllegalArgumentException e) {
                // keep the default: the preference page refuses such values, a hand-edited file may not
            }
        }
        return limits;
    }

    /** Hands the thread preference to the model bundles (0 leaves their default: every core). */
    static void applyThreads() {
        int n = store().getInt(THREADS);
        if (n > 0) {
            System.setProperty(THREADS_PROPERTY, Integer.toString(n));
        } else {
            System.clearProperty(THREADS_PROPERTY);
        }
    }

    /**
     * Hands the device preference to the model runtime. The models of one workbench session stay on the device
     * their first run took; a run after a change to another device says to restart.
     */
    static void applyDevice() {
        String device = store().getString(DEVICE).trim();
        System.setProperty(DEVICE_PROPERTY, device.isEmpty() ? "auto" : device);
    }

    /** Defaults (extension org.eclipse.core.runtime.preferences). */
    public static final class Initializer extends AbstractPreferenceInitializer {
        @Override
        public void initializeDefaultPreferences() {
            IPreferenceStore s = store();
            s.setDefault(RUNS_FOLDER, Path.of(System.getProperty("user.home"), "matdesign-runs").toString());
            s.setDefault(DATA_FOLDER, "");
            s.setDefault(THREADS, 0);
            s.setDefault(DEVICE, "auto");
            s.setDefault(DEFAULT_GENERATOR, "meidnet");
            for (String role : TimeLimits.ROLES) {
                s.setDefault(TIME_LIMIT + role, Double.toString(TimeLimits.DEFAULT.of(role)));
            }
        }
    }
}
