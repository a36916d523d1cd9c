package org.matdesign.models.meidnet.cli;

import java.io.IOException;

import org.matdesign.cli.CommandFailure;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.design.DesignModels;

/** {@code train --init}: the model a fine-tuning starts from ({@code default} or a model folder). */
final class InitialModel {

    private InitialModel() {
    }

    static MeidnetModel load(String name) {
        try {
            return DesignModels.load(name);
        } catch (IOException | RuntimeException ex) {
            throw new CommandFailure("--init " + name + ": " + ex.getMessage(), ex);
        }
    }
}
