package org.matdesign.ml;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtEngineProvider;
import ai.djl.pytorch.jni.JniUtils;

import java.net.URI;
import java.nio.file.Path;
import java.util.Random;

/**
 * The one place that starts DJL's PyTorch engine. It switches DJL offline and opts out of its usage tracking
 * before {@code ai.djl.engine.Engine} is first touched (its static initialiser may otherwise "call home"), points
 * the thread context class loader at the engine bundle so that the natives (fragments of that bundle) are found
 * inside OSGi, and fixes the thread count and seeds.
 */
public final class DjlRuntime {

    public static final String ENGINE_NAME = "PyTorch";

    /** System property / env variable read for the default thread count. */
    public static final String THREADS_PROPERTY = "matdesign.threads";

    /** System property (or {@code MATDESIGN_DEVICE}) naming the device: auto, cpu, gpu or gpu:N (default auto). */
    public static final String DEVICE_PROPERTY = "matdesign.device";

    private static volatile Engine engine;
    private static volatile int threads;
    private static volatile Device device;
    private static volatile String deviceAsked;
    private static volatile String deviceNote;
    private static volatile int gpuCount = -1;

    private DjlRuntime() {
    }

    /**
     * The PyTorch engine, started on first use with the thread count from {@link #THREADS_PROPERTY} or
     * {@code MATDESIGN_THREADS} (default: the available processors).
     */
    public static Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (DjlRuntime.class) {
                e = engine;
                if (e == null) {
                    e = start(defaultThreads());
                }
            }
        }
        noGradOnThisThread();
        return e;
    }

    /**
     * PyTorch's gradient mode is per thread and on by default; the engine turns it off only on the thread that started
     * it. Models are loaded and run on other threads too (a workbench job, the engine's bounded calls), where an
     * in-place write into a parameter would then fail; outside a gradient collector it must be off everywhere.
     */
    private static void noGradOnThisThread() {
        if (!GRAD_MODE_SET.get()) {
            JniUtils.setGradMode(false);
            GRAD_MODE_SET.set(true);
        }
    }

    private static final ThreadLocal<Boolean> GRAD_MODE_SET = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /**
     * Starts the engine with {@code threadCount} intra-op and inter-op threads. The count can only be chosen before
     * the first start; a later call with another count keeps the running engine and reports the mismatch.
     */
    public static synchronized Engine start(int threadCount) {
        if (threadCount < 1) {
            throw new IllegalArgumentException("thread count must be >= 1, got " + threadCount);
        }
        if (engine != null) {
            if (threadCount != threads) {
                System.err.println("note: DJL engine already running with " + threads + " thread(s); "
                        + threadCount + " requested");
            }
            return engine;
        }
        Libtorch.check();
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(threadCount));
        setIfAbsent("ai.djl.pytorch.num_interop_threads", Integer.toString(threadCount));
        defaultEngineCacheDir();
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        // the engine bundle's loader sees the jni and native fragments; ContextFinder/surefire loaders do not
        thread.setContextClassLoader(PtEngineProvider.class.getClassLoader());
        try {
            Engine.registerEngine(new PtEngineProvider());
            Engine e = Engine.getEngine(ENGINE_NAME);
            String configured = System.getProperty("ai.djl.pytorch.num_threads", System.getenv("ai.djl.pytorch.num_threads"));
            threads = configured == null ? threadCount : Integer.parseInt(configured.trim());
            engine = e;
            GRAD_MODE_SET.set(true); // the engine's constructor turned it off on this thread
            return e;
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    /** Threads in use (after start), else the configured default. */
    public static int threads() {
        return engine != null ? threads : defaultThreads();
    }

    /** A new root manager on the PyTorch engine and the chosen {@link #device()}; close it when done. */
    public static NDManager newManager() {
        return engine().newBaseManager(device());
    }

    /**
     * The device every model of this JVM runs on, chosen once from {@link #DEVICE_PROPERTY} when the first manager is
     * made: the tensors, models and optimiser states of a run are all made there, so a run never moves half-way.
     *
     * @throws IllegalArgumentException the setting is not auto, cpu, gpu or gpu:N
     * @throws IllegalStateException    a GPU was asked for and PyTorch sees none (naming what it looked for), or the
     *                                  setting changed after the device was chosen
     */
    public static Device device() {
        String asked = deviceSetting();
        Device d = device;
        if (d == null) {
            synchronized (DjlRuntime.class) {
                if (device == null) {
                    ComputeDevice choice = ComputeDevice.parse(asked, "--device (" + DEVICE_PROPERTY + ")");
                    Device chosen = resolve(asked);
                    int gpus = gpuCount;
                    deviceNote = label(chosen) + (choice.kind() == ComputeDevice.Kind.AUTO ? " (auto: PyTorch sees "
                            + (gpus == 0 ? "no CUDA GPU" : gpus + " CUDA GPU(s)") + ")" : " (asked: " + choice + ")");
                    if (choice.kind() == ComputeDevice.Kind.AUTO) {
                        System.err.println("note: device " + deviceNote);
                    }
                    deviceAsked = asked;
                    device = chosen;
                }
                d = device;
            }
        }
        if (!asked.equals(deviceAsked)) {
            // Asked anew (another run in this JVM): fine while it names the same device; a GPU that is not there is
            // refused as on the first run; another device cannot be mixed in.
            Device again = resolve(asked);
            if (!again.equals(d)) {
                throw new IllegalStateException("the models of this program run on " + deviceNote + " since the"
                        + " first one loaded; " + DEVICE_PROPERTY + " is now '" + asked + "' (" + label(again)
                        + "): start the program again to use it");
            }
        }
        return d;
    }

    /**
     * Asks for a device before the first model loads (a command line option, a workbench preference, a cluster
     * driver); checked at once.
     *
     * @throws IllegalArgumentException naming {@code source} when the text is not a device
     */
    public static void useDevice(String text, String source) {
        ComputeDevice.parse(text, source);
        System.setProperty(DEVICE_PROPERTY, text.strip());
    }

    /** The device and why it was taken, for provenance; "not chosen yet" before the first model loaded. */
    public static String deviceDescription() {
        String note = deviceNote;
        return note == null ? "not chosen yet" : note + "; " + Libtorch.describe();
    }

    /** The device a setting names on this machine (the GPU count is asked of the engine once). */
    private static Device resolve(String asked) {
        Engine e = engine();
        if (gpuCount < 0) {
            gpuCount = e.getGpuCount();
        }
        return ComputeDevice.parse(asked, "--device (" + DEVICE_PROPERTY + ")").resolve(gpuCount,
                "PyTorch " + e.getVersion() + " with " + Libtorch.describe());
    }

    /** "cpu" or "gpu:N", as the user writes it (DJL says "cpu()" and "gpu(0)"). */
    private static String label(Device d) {
        return d.isGpu() ? "gpu:" + d.getDeviceId() : "cpu";
    }

    private static String deviceSetting() {
        String value = System.getProperty(DEVICE_PROPERTY);
        if (value == null) {
            value = System.getenv("MATDESIGN_DEVICE");
        }
        return value == null || value.isBlank() ? "auto" : value.strip();
    }

    /** Seeds PyTorch's generator and returns a Java generator with the same seed for our own draws. */
    public static Random seed(long seed) {
        engine();
        Engine.getEngine(ENGINE_NAME).setRandomSeed((int) (seed ^ (seed >>> 32)));
        return new Random(seed);
    }

    private static int defaultThreads() {
        String value = System.getProperty(THREADS_PROPERTY);
        if (value == null) {
            value = System.getenv("MATDESIGN_THREADS");
        }
        if (value == null) {
            // Inference and latent search gain almost linearly from a second core; training and evaluation pass
            // their own --threads (default 1) for bit-reproducible runs.
            return Math.max(1, Runtime.getRuntime().availableProcessors());
        }
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(THREADS_PROPERTY + " must be an integer, got '" + value + "'");
        }
    }

    /** Unless DJL_CACHE_DIR / ENGINE_CACHE_DIR is set, extract the natives into the OSGi configuration area. */
    private static void defaultEngineCacheDir() {
        for (String key : new String[] {"DJL_CACHE_DIR", "ENGINE_CACHE_DIR"}) {
            if (System.getenv(key) != null || System.getProperty(key) != null) {
                return;
            }
        }
        String area = System.getProperty("osgi.configuration.area");
        if (area == null) {
            return;
        }
        try {
            Path dir = Path.of(new URI(area.replace(" ", "%20"))).resolve("ai.djl.engines");
            System.setProperty("ENGINE_CACHE_DIR", dir.toString());
        } catch (Exception ex) {
            // keep DJL's default cache folder
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null && System.getenv(key) == null) {
            System.setProperty(key, value);
        }
    }
}
