package org.example.thirdparty.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.api.GenerativeModel;
import org.matdesign.api.Settings;
import org.matdesign.core.Structure;

/**
 * The paced generator's toy model on the model contract: no benchmark task, only a "latent" (lattice constant,
 * density, mean atomic number) so the workbench's latent map can be shown without a trained network.
 */
public final class PacedModel implements GenerativeModel {

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
