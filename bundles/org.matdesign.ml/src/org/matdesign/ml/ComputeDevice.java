package org.matdesign.ml;

import ai.djl.Device;

import java.util.Locale;

/**
 * Where the models' tensors live, as a user asks for it ({@code --device auto|cpu|gpu|gpu:N}): {@code auto} takes the
 * first GPU when PyTorch sees one and the CPU otherwise; {@code gpu} on a machine without one is an error, never a
 * quiet fall-back to the CPU.
 */
public record ComputeDevice(Kind kind, int index) {

    /** What was asked for. */
    public enum Kind { AUTO, CPU, GPU }

    public static final ComputeDevice AUTO = new ComputeDevice(Kind.AUTO, 0);
    public static final ComputeDevice CPU = new ComputeDevice(Kind.CPU, 0);

    public ComputeDevice {
        if (index < 0) {
            throw new IllegalArgumentException("a GPU index is 0 or more, got " + index);
        }
    }

    /**
     * @param source what the text came from, for the message ({@code --device}, a preference)
     * @throws IllegalArgumentException naming the source and the value
     */
    public static ComputeDevice parse(String text, String source) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "auto":
                return AUTO;
            case "cpu":
                return CPU;
            case "gpu":
            case "cuda":
                return new ComputeDevice(Kind.GPU, 0);
            default:
                break;
        }
        if (t.matches("(gpu|cuda):\\d{1,3}")) {
            return new ComputeDevice(Kind.GPU, Integer.parseInt(t.substring(t.indexOf(':') + 1)));
        }
        throw new IllegalArgumentException(source + " '" + text + "': expected auto, cpu, gpu or gpu:N (N = 0, 1, ...)");
    }

    /**
     * The device on a machine where PyTorch sees {@code gpus} CUDA devices.
     *
     * @param engine what PyTorch this is, for the message when a GPU is missing
     * @throws IllegalStateException a GPU was asked for and PyTorch does not see it
     */
    public Device resolve(int gpus, String engine) {
        return switch (kind) {
            case AUTO -> gpus > 0 ? Device.gpu(0) : Device.cpu();
            case CPU -> Device.cpu();
            case GPU -> {
                if (index < gpus) {
                    yield Device.gpu(index);
                }
                throw new IllegalStateException("device " + this + " was asked for, but " + engine + " sees "
                        + (gpus == 0 ? "no CUDA GPU" : gpus + " CUDA GPU(s), numbered from 0") + ". A GPU needs a CUDA"
                        + " build of libtorch " + Libtorch.REQUIRED + " (PYTORCH_LIBRARY_PATH, PYTORCH_VERSION="
                        + Libtorch.REQUIRED + ", PYTORCH_FLAVOR=cu128; README, 'On a GPU'); or use --device cpu or"
                        + " auto");
            }
        };
    }

    @Override
    public String toString() {
        return kind == Kind.GPU ? "gpu:" + index : kind.name().toLowerCase(Locale.ROOT);
    }
}
