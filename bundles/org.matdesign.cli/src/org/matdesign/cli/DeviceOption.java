package org.matdesign.cli;

import java.util.List;

import org.matdesign.ml.DjlRuntime;

/**
 * {@code --device auto|cpu|gpu[:N]}, an option of every command: where the models of this run compute. Taken out of
 * the arguments before the command sees them and handed to the model runtime, which checks it at once and chooses
 * the device when the first model loads.
 */
final class DeviceOption {

    static final String USAGE = "every command: --device auto|cpu|gpu[:N] (default auto: the first GPU PyTorch sees,"
            + " else the CPU; gpu without one is an error)";

    private DeviceOption() {
    }

    /** Removes {@code --device VALUE} from {@code args} and applies it. */
    static void take(List<String> args) {
        int i = args.indexOf("--device");
        if (i < 0) {
            return;
        }
        if (i + 1 >= args.size()) {
            throw new UsageException("--device needs a value: auto, cpu, gpu or gpu:N");
        }
        String value = args.get(i + 1);
        args.subList(i, i + 2).clear();
        try {
            DjlRuntime.useDevice(value, "--device");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (NoClassDefFoundError e) {
            throw new UsageException("--device: no model runtime (org.matdesign.ml) is installed");
        }
    }
}
