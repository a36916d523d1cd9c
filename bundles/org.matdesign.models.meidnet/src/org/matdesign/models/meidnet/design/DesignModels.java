package org.matdesign.models.meidnet.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.matdesign.api.RunContext;
import org.matdesign.models.meidnet.MeidnetModel;

/**
 * The MEIDNet model of a run, loaded once per campaign and shared by the generator and the optimizer through the
 * campaign's resources (closed when the campaign ends). {@code "default"} is the model committed in this bundle;
 * anything else is a model folder.
 */
public final class DesignModels {

    public static final String SETTING = "model";
    public static final String DEFAULT = "default";

    private DesignModels() {
    }

    /** The campaign's model named by the contribution's {@value #SETTING} setting. */
    static MeidnetModel of(RunContext context, String contributionId) throws CoreException {
        String name = context.settings(contributionId).getString(SETTING);
        String key = name == null || name.isBlank() ? DEFAULT : name.trim();
        try {
            return context.shared("meidnet.model|" + key, MeidnetModel.class, () -> {
                MeidnetModel m = load(key);
                context.record("meidnet.model", key);
                context.record("meidnet.model_sha256", m.checksum());
                context.record("meidnet.threads", Integer.toString(org.matdesign.ml.DjlRuntime.threads()));
                context.record("meidnet.device", org.matdesign.ml.DjlRuntime.deviceDescription());
                return m;
            });
        } catch (Exception e) {
            throw new CoreException(new Status(IStatus.ERROR, "org.matdesign.models.meidnet",
                    "cannot load the MEIDNet model '" + key + "': " + e.getMessage(), e));
        }
    }

    /**
     * The configuration of the model {@code name} names (null or blank: the default), from its metadata alone.
     *
     * @throws IOException naming the model folder (missing, not a model, malformed)
     */
    public static org.matdesign.models.meidnet.ModelConfig config(String name) throws IOException {
        String key = name == null || name.isBlank() ? DEFAULT : name.trim();
        if (key.equals(DEFAULT)) {
            return MeidnetModel.defaultConfig();
        }
        Path dir = Path.of(key);
        if (!Files.isDirectory(dir)) {
            throw new IOException("model folder " + dir + " does not exist");
        }
        return MeidnetModel.checkMetadata(dir);
    }

    /**
     * @throws IOException naming the model folder (missing, not a model, corrupt or tampered)
     */
    public static MeidnetModel load(String name) throws IOException {
        MeidnetModel model;
        if (name.equals(DEFAULT)) {
            model = MeidnetModel.loadDefault();
        } else {
            Path dir = Path.of(name);
            if (!Files.isDirectory(dir)) {
                throw new IOException("model folder " + dir + " does not exist");
            }
            model = MeidnetModel.load(dir);
        }
        model.setTrainable(false);
        return model;
    }
}
