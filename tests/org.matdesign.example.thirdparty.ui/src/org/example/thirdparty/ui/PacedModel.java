package org.example.thirdparty.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.matdesign.api.GenerativeModel;
import org.matdesign.api.Settings;
import org.matdesign.api.TrainableModel;
import org.matdesign.core.Structure;

/**
 * The paced generator's toy model on the model contract: no benchmark task, only a "latent" (lattice constant,
 * density, mean atomic number) so the workbench's latent map can be shown without a trained network, and a toy
 * training (a decaying loss, a checkpoint per epoch) for the training monitor.
 */
public final class PacedModel implements GenerativeModel, TrainableModel {

    static final long EPOCH_MS = 60;
    static final String CHECKPOINT = "checkpoint.txt";

    @Override
    public List<String> trainableDatasets() {
        return List.of("example");
    }

    /** A toy training: the loss decays with the epoch; the checkpoint holds the next epoch to run. */
    @Override
    public Path train(Request request, Consumer<Epoch> epochs, IProgressMonitor monitor) throws CoreException {
        try {
            Files.createDirectories(request.output());
            Path checkpoint = request.output().resolve(CHECKPOINT);
            int start = request.resume() && Files.exists(checkpoint)
                    ? Integer.parseInt(Files.readString(checkpoint).trim()) : 0;
            for (int e = start; e < request.epochs(); e++) {
                if (monitor.isCanceled()) {
                    return null;
                }
                Thread.sleep(EPOCH_MS);
                double loss = Math.exp(-0.3 * e);
                epochs.accept(new Epoch(e, request.epochs(), Map.of("loss", loss), Map.of("loss", 1.1 * loss),
                        EPOCH_MS / 1000.0));
                Files.writeString(checkpoint, Integer.toString(e + 1));
            }
            Path model = request.output().resolve("model.txt");
            Files.writeString(model, "example.paced toy model after " + request.epochs() + " epochs\n");
            return request.output();
        } catch (IOException e) {
            throw new CoreException(Status.error("example.paced training: " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public Set<Task> tasks() {
        return Set.of();
    }

    @Override
    public Session open(Settings settings) {
        return new Session() {
            @Override
            public String dataset() {
                return "example";
            }

            @Override
            public List<String> properties() {
                return List.of("band_gap", "formation_energy");
            }

            @Override
            public Map<String, String> facts() {
                return Map.of("model", "example.paced (toy)");
            }

            @Override
            public String reconstructionInput() {
                return "none";
            }

            @Override
            public List<Structure> reconstruct(List<Structure> inputs, IProgressMonitor monitor) {
                throw new UnsupportedOperationException("example.paced does not reconstruct");
            }

            @Override
            public List<Structure> sample(int count, Map<String, Double> conditions, long seed,
                    IProgressMonitor monitor) {
                throw new UnsupportedOperationException("example.paced does not sample");
            }

            @Override
            public List<List<Structure>> optimize(List<Structure> starts, String property, boolean minimize,
                    long seed, IProgressMonitor monitor) {
                throw new UnsupportedOperationException("example.paced does not optimise");
            }

            @Override
            public List<double[]> embed(List<Structure> crystals, IProgressMonitor monitor) {
                List<double[]> out = new ArrayList<>();
                for (Structure s : crystals) {
                    double z = s.sites().stream().mapToDouble(site -> site.species().element().z()).average()
                            .orElse(0);
                    out.add(new double[] {s.lattice().a(), s.density(), z});
                }
                return out;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
