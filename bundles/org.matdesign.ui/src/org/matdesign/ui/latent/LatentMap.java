package org.matdesign.ui.latent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.matdesign.analysis.metrics.PrincipalPlane;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.GenerativeModel;
import org.matdesign.api.Role;
import org.matdesign.api.RunResources;
import org.matdesign.api.Settings;
import org.matdesign.api.TrainingSet;
import org.matdesign.core.Structure;
import org.matdesign.engine.GeneratorTraining;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.ui.design.CandidateEntry;
import org.matdesign.ui.design.DesignSession;

/**
 * The numbers of a latent map: the design's model (the model contribution with its generator's id) embeds a sample of
 * its training crystals and the design's candidates; the principal plane of the training latents projects both to 2D.
 *
 * @param training   projected training crystals, with their structures and property values
 * @param candidates projected candidates, in the design's order
 */
public record LatentMap(List<Point> training, List<Point> candidates, Map<String, double[]> trainingProperties,
        String model) {

    /** At most this many training crystals are drawn (an even stride through the set). */
    public static final int MAX_TRAINING = 1500;

    /** One point: where it lies, and the crystal behind it. */
    public record Point(double x, double y, Structure structure, String label) {
    }

    /**
     * @throws IllegalStateException naming what is missing (no model with the generator's id, no training data, no
     *                               latent)
     */
    public static LatentMap of(ContributionRegistry registry, DesignSession session, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Latent map of " + session.name(), 4);
        Recipe recipe = session.recipe();
        String id = recipe.generator().id();
        Contribution contribution = registry.find(Role.MODEL, id).orElseThrow(() -> new IllegalStateException(
                "no model contribution '" + id + "' (org.matdesign.api.models) for the design's generator"));
        List<String> problems = new ArrayList<>();
        GenerativeModel model = contribution.instance(GenerativeModel.class, problems::add).orElseThrow(
                () -> new IllegalStateException(String.join("; ", problems)));
        try (RunResources resources = new RunResources()) {
            Optional<TrainingSet> set = GeneratorTraining.of(registry, recipe, null, resources, problems::add);
            TrainingSet training = set.orElseThrow(() -> new IllegalStateException(id
                    + " does not tell its training data" + (problems.isEmpty() ? "" : ": " + problems.get(0))));
            progress.worked(1);
            int stride = Math.max(1, (training.size() + MAX_TRAINING - 1) / MAX_TRAINING);
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < training.size(); i += stride) {
                rows.add(i);
            }
            List<CandidateEntry> entries = session.entries();
            Settings settings = Settings.check(contribution.describe(), contribution.declaredSettings(problems::add),
                    Map.of());
            try (GenerativeModel.Session s = model.open(settings)) {
                List<double[]> zt = s.embed(rows.stream().map(training.structures()::get).toList(), progress.split(2));
                List<double[]> zc = s.embed(entries.stream().map(e -> e.candidate().structure()).toList(),
                        progress.split(1));
                if (zt.isEmpty()) {
                    throw new IllegalStateException(contribution.describe() + " has no latent to show");
                }
                List<double[]> fitted = zt.stream().filter(Objects::nonNull).toList();
                PrincipalPlane plane = PrincipalPlane.fit(fitted);
                List<Point> t = new ArrayList<>();
                Map<String, double[]> values = new LinkedHashMap<>();
                training.properties().keySet().forEach(p -> values.put(p, new double[0]));
                List<Integer> kept = new ArrayList<>();
                for (int k = 0; k < rows.size(); k++) {
                    if (zt.get(k) != null) {
                        double[] xy = plane.project(zt.get(k));
                        t.add(new Point(xy[0], xy[1], training.structures().get(rows.get(k)),
                                "training crystal " + rows.get(k)));
                        kept.add(rows.get(k));
                    }
                }
                for (String p : values.keySet()) {
                    values.put(p, kept.stream().mapToDouble(i -> training.value(p, i)).toArray());
                }
                List<Point> c = new ArrayList<>();
                for (int k = 0; k < entries.size(); k++) {
                    if (k < zc.size() && zc.get(k) != null) {
                        double[] xy = plane.project(zc.get(k));
                        CandidateEntry e = entries.get(k);
                        c.add(new Point(xy[0], xy[1], e.candidate().structure(), e.id() + " " + e.formula()));
                    }
                }
                return new LatentMap(t, c, values, contribution.describe());
            }
        }
    }

    /** The training points whose value of {@code property} falls in bin {@code b} of {@code bins} equal-count bins. */
    public List<List<Point>> trainingBins(String property, int bins) {
        double[] v = trainingProperties.getOrDefault(property, new double[0]);
        double[] sorted = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        List<List<Point>> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < training.size(); i++) {
            int b = sorted.length == 0 || !Double.isFinite(v[i]) ? 0 : bin(sorted, v[i], bins);
            out.get(b).add(training.get(i));
        }
        return out;
    }

    /** Lower edge of bin {@code b} (for legends). */
    public double binStart(String property, int bins, int b) {
        double[] sorted = Arrays.stream(trainingProperties.getOrDefault(property, new double[0]))
                .filter(Double::isFinite).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, b * sorted.length / bins)];
    }

    /** Ties go to the lowest bin they reach (many crystals share one value, e.g. a zero band gap). */
    private static int bin(double[] sorted, double value, int bins) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(bins - 1, lo * bins / sorted.length);
    }
}
