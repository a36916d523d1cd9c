package org.matdesign.models.meidnet.cli;

import java.nio.file.Path;

import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.models.meidnet.MeidnetData;

/** The model commands' access to {@link MeidnetData}, with the command line's errors. */
final class ModelData {

    private ModelData() {
    }

    static MeidnetData load(Path dataOverride, String dataset, long splitSeed) {
        try {
            return MeidnetData.load(dataOverride, dataset, splitSeed);
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage());
        } catch (RuntimeException ex) {
            throw new CommandFailure(ex.getMessage(), ex);
        }
    }

    static DatasetSplit.Part part(String name) {
        return switch (name) {
            case "train" -> DatasetSplit.Part.TRAIN;
            case "validation", "val" -> DatasetSplit.Part.VALIDATION;
            case "test" -> DatasetSplit.Part.TEST;
            default -> throw new UsageException("--split must be train, validation or test, got '" + name + "'");
        };
    }
}
