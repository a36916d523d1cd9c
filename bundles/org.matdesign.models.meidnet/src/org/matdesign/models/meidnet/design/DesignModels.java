package org.matdesign.models.meidnet.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.matdesign.models.meidnet.MeidnetModel;

/**
 * Loads each MEIDNet model once per process, so the generator and the optimizer of one run (and the runs of one
 * campaign) share it. {@code "default"} (or an empty name) is the model committed in this bundle; anything else is a
 * model folder. Models stay open until {@link #closeAll()}.
 */
public final class DesignModels {

    public static final String SETTING = "model";
    public static final String DEFAULT = "default";

    private static final Map<String, MeidnetModel> OPEN = new HashMap<>();

    private DesignModels() {
    }

    /**
     * @throws IOException naming the model folder (missing, not a model, corrupt or tampered)
     */
    public static synchronized MeidnetModel get(String name) throws IOException {
        String key = name == null || name.isBlank() ? DEFAULT : name.trim();
        MeidnetModel model = OPEN.get(key);
        if (model == null) {
            if (key.equals(DEFAULT)) {
                model = MeidnetModel.loadDefault();
            } else {
                Path dir = Path.of(key);
                if (!Files.isDirectory(dir)) {
                    throw new IOException("model folder " + dir + " does not exist");
                }
                model = MeidnetModel.load(dir);
            }
            model.setTrainable(false);
            OPEN.put(key, model);
        }
        return model;
    }

    public static synchronized void closeAll() {
        OPEN.values().forEach(MeidnetModel::close);
        OPEN.clear();
    }
}
