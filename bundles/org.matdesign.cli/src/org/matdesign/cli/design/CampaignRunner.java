package org.matdesign.cli.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.matdesign.analysis.novelty.UniquenessIndex;
import org.matdesign.analysis.validators.ChargeNeutralityValidator;
import org.matdesign.analysis.validators.NoveltyValidator;
import org.matdesign.analysis.validators.StructuralValidityValidator;
import org.matdesign.analysis.validators.UniquenessValidator;
import org.matdesign.api.Candidate;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.Verdict;
import org.matdesign.cli.CommandFailure;
import org.matdesign.core.Site;
import org.matdesign.core.Structure;
import org.matdesign.core.data.DataLocation;
import org.matdesign.core.data.DatasetSplit;
import org.matdesign.core.io.CifWriter;
import org.matdesign.engine.DesignPlan;
import org.matdesign.engine.DesignResult;
import org.matdesign.engine.DesignRun;
import org.matdesign.engine.output.OutputDirectory;
import org.matdesign.engine.output.OutputDirectoryException;
import org.matdesign.engine.recipe.CampaignTarget;
import org.matdesign.engine.recipe.ComponentSettings;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.PropertyInfo;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.report.CandidateRow;
import org.matdesign.engine.report.CandidatesCsv;
import org.matdesign.engine.report.CellView;
import org.matdesign.engine.report.FunnelStage;
import org.matdesign.engine.report.Provenance;
import org.matdesign.engine.report.ProvenanceJson;
import org.matdesign.engine.report.ReportData;
import org.matdesign.engine.report.ReportHtml;
import org.matdesign.models.meidnet.MeidnetModel;
import org.matdesign.models.meidnet.design.DesignModels;
import org.matdesign.models.meidnet.design.MeidnetLatentOptimizer;
import org.matdesign.models.meidnet.predictor.IndependentPredictor;
import org.matdesign.models.meidnet.screening.StabilityEstimateValidator;
import org.matdesign.models.meidnet.screening.TrainingReferences;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs a recipe: one engine {@link DesignRun} per campaign target (generator -> optimizer -> validator funnel), then
 * uniqueness across the whole campaign, the independent predictor's values, and the outputs (candidates.csv, one CIF
 * per candidate, provenance.json, report.html) written all-or-nothing through {@link OutputDirectory}.
 */
final class CampaignRunner {

    static final String SUN_DEFINITION = "SUN = structurally valid (min distance >= 0.5 A, volume >= 0.1 A^3) and"
            + " compositionally valid (SMACT charge neutrality), unique within the campaign (structure matcher), novel"
            + " against the Perov-5 training split, and stable by the ESTIMATE e_above_hull <= threshold (independent"
            + " predictor's formation energy vs the hull of Perov-5 training entries; no DFT)";

    /** How the command was called and where results go. */
    record Options(List<String> command, Path out, boolean overwrite, Path dataOverride, boolean installInterruptHook) {
    }

    /** What the run produced, for the command's summary and the benchmark. */
    record Outcome(Path outputDir, List<CandidateRow> rows, List<FunnelStage> funnel, double wallSeconds,
            List<String> problems, Map<String, Double> independentMae, Map<String, Double> predictedMae) {
    }

    private final ContributionRegistry registry;
    private final PrintStream err;

    CampaignRunner(ContributionRegistry installed, PrintStream err) {
        this.registry = new FallbackRegistry(installed, BuiltinContributions.all());
        this.err = err;
    }

    Outcome run(Recipe recipe, Options options) {
        Instant started = Instant.now();
        OutputDirectory out;
        try {
            out = OutputDirectory.prepare(options.out(), options.overwrite());
        } catch (OutputDirectoryException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        try (out; CancelOnInterrupt cancel = new CancelOnInterrupt(options.installInterruptHook())) {
            MeidnetModel model = loadModel(recipe);
            Path data = dataFolder(recipe, options);
            List<String> problems = new ArrayList<>();
            List<Designed> designed = new ArrayList<>();
            for (int k = 0; k < recipe.targets().size(); k++) {
                designed.addAll(runTarget(recipe, k, data, cancel, problems));
            }
            IndependentPredictor predictor = predictor(problems);
            List<CandidateRow> rows = rows(recipe, designed, predictor);
            List<FunnelStage> funnel = funnel(rows);
            writeCifs(out, rows, designed);
            Instant finished = Instant.now();
            Provenance provenance = provenance(recipe, options, model, predictor, data, started, finished, funnel,
                    problems);
            List<String> properties = recipe.propertyNames();
            CandidatesCsv.write(rows, properties, out.file("candidates.csv"));
            ProvenanceJson.write(provenance, out.file("provenance.json"));
            Map<String, String> units = new LinkedHashMap<>();
            properties.forEach(p -> units.put(p, PropertyCatalogue.defaults().find(p).map(PropertyInfo::unit).orElse("")));
            ReportHtml.write(new ReportData(recipe.name(), units, rows, funnel, provenance, threshold(recipe), 8),
                    out.file("report.html"));
            Path committed = out.commit();
            return new Outcome(committed, rows, funnel, provenance.wallSeconds(), problems,
                    mae(rows, properties, true), mae(rows, properties, false));
        } catch (OperationCanceledException e) {
            throw new CommandFailure("run cancelled; nothing was written to " + options.out());
        } catch (OutputDirectoryException e) {
            throw new CommandFailure(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailure("cannot write the results to " + options.out() + ": " + e.getMessage(), e);
        }
    }

    /** One optimised candidate with the index of the campaign target it was designed for. */
    record Designed(int target, String id, Candidate candidate) {
    }

    private List<Designed> runTarget(Recipe recipe, int k, Path data, CancelOnInterrupt cancel, List<String> problems) {
        CampaignTarget t = recipe.targets().get(k);
        String label = "target " + (k + 1) + "/" + recipe.targets().size() + " (" + t.targets().label() + ")";
        err.printf(Locale.ROOT, "%s: %d candidates x %d starts%n", label, t.count(), recipe.startsPerCandidate());
        // A different seed per target, so the targets do not start from the same latents.
        DesignTarget target = new DesignTarget(t.targets().values(), t.count(), recipe.startsPerCandidate(),
                recipe.seed() + k);
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        settings.put(recipe.generator().id(), withModel(recipe.generator(), recipe.model()));
        settings.put(recipe.optimizer().id(), withModel(recipe.optimizer(), recipe.model()));
        List<String> validators = new ArrayList<>();
        for (ComponentSettings v : recipe.enabledValidators()) {
            validators.add(v.id());
            settings.put(v.id(), strings(v));
        }
        DesignPlan plan = new DesignPlan(target, List.of(recipe.generator().id()),
                recipe.optimizer().enabled() ? List.of(recipe.optimizer().id()) : List.of(), validators, settings, data);
        TextProgress progress = new TextProgress(err, "  " + label, cancel);
        DesignResult result = new DesignRun(registry, plan, line -> err.println("  " + line)).execute(progress);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        for (String p : result.problems()) {
            problems.add(label + ": " + p);
            err.println("  problem: " + p);
        }
        if (result.ranked().isEmpty()) {
            throw new CommandFailure(label + ": no candidate came out of the generator and optimizer"
                    + (result.problems().isEmpty() ? "" : " (" + result.problems().get(0) + ")"));
        }
        List<Designed> out = new ArrayList<>();
        for (Candidate c : result.ranked()) {
            out.add(new Designed(k, "t" + (k + 1) + "-" + c.id(), c));
        }
        return out;
    }

    private static Map<String, String> withModel(ComponentSettings component, String model) {
        Map<String, String> map = strings(component);
        map.putIfAbsent(DesignModels.SETTING, model);
        return map;
    }

    private static Map<String, String> strings(ComponentSettings component) {
        Map<String, String> map = new LinkedHashMap<>();
        component.settings().forEach((key, value) -> map.put(key, value instanceof Double d && d == Math.rint(d)
                && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.valueOf(value)));
        return map;
    }

    private static MeidnetModel loadModel(Recipe recipe) {
        MeidnetModel model;
        try {
            model = DesignModels.get(recipe.model());
        } catch (IOException | RuntimeException e) {
            throw new CommandFailure("cannot load the MEIDNet model '" + recipe.model() + "': " + e.getMessage(), e);
        }
        for (String p : recipe.propertyNames()) {
            if (!model.propertyNames().contains(p)) {
                throw new CommandFailure("the MEIDNet model '" + recipe.model() + "' does not predict '" + p
                        + "' (it predicts " + String.join(", ", model.propertyNames()) + ")");
            }
        }
        return model;
    }

    private static Path dataFolder(Recipe recipe, Options options) {
        Path override = options.dataOverride() != null ? options.dataOverride()
                : recipe.data() == null ? null : Path.of(recipe.data());
        boolean needed = recipe.enabledValidators().stream().anyMatch(v -> v.id().equals(NoveltyValidator.ID)
                || v.id().equals(StabilityEstimateValidator.ID));
        try {
            Path dir = DataLocation.resolve(override);
            if (needed && !Files.isDirectory(dir.resolve(TrainingReferences.DATASET))) {
                throw new IllegalArgumentException("dataset folder " + dir.resolve(TrainingReferences.DATASET)
                        + " does not exist");
            }
            return dir;
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (!needed) {
                return null;
            }
            throw new CommandFailure("the novelty and stability checks need the Perov-5 training data: "
                    + e.getMessage());
        }
    }

    private IndependentPredictor predictor(List<String> problems) {
        try {
            return IndependentPredictor.loadDefault();
        } catch (IOException e) {
            problems.add("independent predictor unavailable: " + e.getMessage());
            err.println("  problem: independent predictor unavailable: " + e.getMessage());
            return null;
        }
    }

    private static List<CandidateRow> rows(Recipe recipe, List<Designed> designed, IndependentPredictor predictor) {
        List<String> properties = recipe.propertyNames();
        boolean uniquenessOn = recipe.enabledValidators().stream()
                .anyMatch(v -> v.id().equals(UniquenessValidator.ID));
        // Uniqueness across the campaign: the candidate closest to its target keeps "unique", later matches do not.
        List<Designed> order = new ArrayList<>(designed);
        order.sort(Comparator.comparingDouble((Designed d) -> targetError(d.candidate(), targets(recipe, d)))
                .thenComparing(Designed::id));
        UniquenessIndex uniqueness = new UniquenessIndex();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        for (Designed d : order) {
            unique.put(d.id(), uniquenessOn ? uniqueness.addIfUnique(d.candidate().structure()) : null);
        }
        double threshold = threshold(recipe);
        List<CandidateRow> rows = new ArrayList<>();
        for (Designed d : order) {
            Candidate c = d.candidate();
            Map<String, Double> predicted = new LinkedHashMap<>();
            Map<String, Double> independent = new LinkedHashMap<>();
            Map<String, Double> indep = predictor == null ? Map.of() : predictor.predict(c.structure());
            for (String p : properties) {
                predicted.put(p, c.predicted().getOrDefault(p, Double.NaN));
                independent.put(p, indep.getOrDefault(p, Double.NaN));
            }
            Boolean structValid = flag(c, StructuralValidityValidator.ID);
            Boolean compValid = flag(c, ChargeNeutralityValidator.ID);
            Boolean novel = flag(c, NoveltyValidator.ID);
            Verdict stability = c.verdicts().get(StabilityEstimateValidator.ID);
            Boolean stable = stability == null ? null : stability.passed();
            double eHull = stability == null ? Double.NaN : stability.value();
            Boolean u = unique.get(d.id());
            boolean sun = CandidateRow.sunVerdict(structValid, compValid, u, novel, stable);
            rows.add(new CandidateRow(d.id(), recipe.targets().get(d.target()).targets().label(), targets(recipe, d),
                    c.structure().composition().reducedFormula(), cifName(d.id()), predicted, independent, structValid,
                    compValid, u, novel, eHull, stable, sun,
                    c.predicted().getOrDefault(MeidnetLatentOptimizer.OBJECTIVE_KEY, Double.NaN), cell(c.structure())));
        }
        // Rank: SUN first, then valid, then closeness to the target.
        rows.sort(Comparator.comparing((CandidateRow r) -> !r.sun()).thenComparing(r -> !r.valid())
                .thenComparingDouble(r -> targetError(r.predicted(), r.targets())));
        return rows;
    }

    static double threshold(Recipe recipe) {
        return recipe.validator(StabilityEstimateValidator.ID)
                .map(v -> v.getDouble("e_above_hull_max", StabilityEstimateValidator.DEFAULT_THRESHOLD))
                .orElse(StabilityEstimateValidator.DEFAULT_THRESHOLD);
    }

    private static Map<String, Double> targets(Recipe recipe, Designed d) {
        return recipe.targets().get(d.target()).targets().values();
    }

    private static Boolean flag(Candidate c, String validator) {
        Verdict v = c.verdicts().get(validator);
        return v == null ? null : v.passed();
    }

    static String cifName(String id) {
        return id + ".cif";
    }

    private static double targetError(Candidate c, Map<String, Double> targets) {
        return targetError(c.predicted(), targets);
    }

    /** Mean of |predicted - target| / max(1, |target|); +infinity without predictions. */
    static double targetError(Map<String, Double> predicted, Map<String, Double> targets) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, Double> t : targets.entrySet()) {
            Double p = predicted.get(t.getKey());
            if (p != null && Double.isFinite(p)) {
                sum += Math.abs(p - t.getValue()) / Math.max(1.0, Math.abs(t.getValue()));
                n++;
            }
        }
        return n == 0 ? Double.POSITIVE_INFINITY : sum / n;
    }

    private static CellView cell(Structure s) {
        List<String> symbols = new ArrayList<>();
        List<double[]> frac = new ArrayList<>();
        for (Site site : s.sites()) {
            symbols.add(site.element().symbol());
            frac.add(site.frac());
        }
        return new CellView(s.lattice().matrix(), symbols, frac);
    }

    /** Cumulative funnel: every stage keeps only candidates that passed all stages before it. */
    static List<FunnelStage> funnel(List<CandidateRow> rows) {
        List<FunnelStage> f = new ArrayList<>();
        f.add(new FunnelStage("decoded", rows.size(), "optimised candidates decoded by the model's decoder"));
        f.add(new FunnelStage("structurally valid", rows.stream().filter(r -> Boolean.TRUE.equals(r.structValid()))
                .count(), "min interatomic distance >= 0.5 A, volume >= 0.1 A^3"));
        f.add(new FunnelStage("valid", rows.stream().filter(CandidateRow::valid).count(),
                "and charge neutral (SMACT)"));
        f.add(new FunnelStage("unique", rows.stream().filter(r -> r.valid() && Boolean.TRUE.equals(r.unique())).count(),
                "and unique within the campaign"));
        f.add(new FunnelStage("novel", rows.stream().filter(r -> r.valid() && Boolean.TRUE.equals(r.unique())
                && Boolean.TRUE.equals(r.novel())).count(), "and not in the Perov-5 training split"));
        f.add(new FunnelStage("SUN", rows.stream().filter(CandidateRow::sun).count(),
                "and stable by the estimate (e_above_hull_estimate <= threshold)"));
        return f;
    }

    private static void writeCifs(OutputDirectory out, List<CandidateRow> rows, List<Designed> designed)
            throws IOException {
        Map<String, Structure> byId = new LinkedHashMap<>();
        designed.forEach(d -> byId.put(d.id(), d.candidate().structure()));
        for (CandidateRow r : rows) {
            Files.writeString(out.file(r.cifFile()), CifWriter.write(byId.get(r.id()), r.id() + "_" + r.formula()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
    }

    /** Mean |value - target| per property over all candidates: independent predictor or generator head. */
    static Map<String, Double> mae(List<CandidateRow> rows, List<String> properties, boolean independent) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String p : properties) {
            double sum = 0;
            int n = 0;
            for (CandidateRow r : rows) {
                double v = independent ? r.independent(p) : r.predicted(p);
                if (Double.isFinite(v)) {
                    sum += Math.abs(v - r.target(p));
                    n++;
                }
            }
            out.put(p, n == 0 ? Double.NaN : sum / n);
        }
        return out;
    }

    private static Provenance provenance(Recipe recipe, Options options, MeidnetModel model,
            IndependentPredictor predictor, Path data, Instant started, Instant finished, List<FunnelStage> funnel,
            List<String> problems) {
        List<String> notes = new ArrayList<>();
        notes.add(SUN_DEFINITION);
        notes.add("e_above_hull_estimate is an estimate from predicted formation energies, not a DFT energy");
        notes.add("seed of campaign target k (0-based) = recipe seed + k");
        notes.addAll(problems);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("available_processors", Runtime.getRuntime().availableProcessors());
        if (predictor != null) {
            extra.put("independent_predictor_test_mae", predictor.trainingRecord().has("test_mae")
                    ? predictor.trainingRecord().get("test_mae").toString() : "");
        }
        return new Provenance(options.command(), recipe, recipe.seed(), recipe.model(), model.checksum(),
                predictor == null ? null : predictor.checksum(), data == null ? null : dataHash(data),
                data == null ? "no data folder" : TrainingReferences.DATASET + " training split (DatasetSplit seed "
                        + TrainingReferences.DEFAULT_SPLIT_SEED + ") for novelty and hull references",
                bundleVersions(), started, finished, funnel, notes, extra);
    }

    /** SHA-256 over the Perov-5 CSV files (name, then bytes), as the training record computes it. */
    static String dataHash(Path data) {
        Path dir = data.resolve(TrainingReferences.DATASET);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path csv : DatasetSplit.csvFiles(dir)) {
                digest.update(csv.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(csv)) {
                    byte[] buffer = new byte[1 << 16];
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> bundleVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            Bundle self = FrameworkUtil.getBundle(CampaignRunner.class);
            if (self != null && self.getBundleContext() != null) {
                for (Bundle b : self.getBundleContext().getBundles()) {
                    if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.matdesign")) {
                        versions.put(b.getSymbolicName(), b.getVersion().toString());
                    }
                }
            }
        } catch (LinkageError e) {
            // plain class path: no bundles to report
        }
        if (versions.isEmpty()) {
            versions.put("org.matdesign", "unbundled (plain class path)");
        }
        return versions;
    }
}
