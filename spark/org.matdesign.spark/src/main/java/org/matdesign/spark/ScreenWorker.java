package org.matdesign.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.matdesign.api.Candidate;
import org.matdesign.api.RunResources;
import org.matdesign.api.TrainingSet;
import org.matdesign.api.Verdict;
import org.matdesign.core.Structure;
import org.matdesign.core.io.CifReader;
import org.matdesign.core.io.StructureParseException;
import org.matdesign.engine.CampaignTargets;
import org.matdesign.engine.Screening;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeReader;

/**
 * The screening funnel of a recipe in one JVM (a Spark executor, or the plain single-JVM run it is compared with):
 * rows parsed from CIF, judged by the per-crystal validators in slices of {@value #SLICE} crystals, then by the
 * campaign-wide ones. Kept once per JVM and recipe, so the models, the novelty index and the training data are loaded
 * once per executor, not once per partition.
 */
final class ScreenWorker {

    /** Crystals per validator call: small enough for the validators' time limits, large enough for batched models. */
    static final int SLICE = 1024;

    private static final Map<String, ScreenWorker> BY_RECIPE = new ConcurrentHashMap<>();

    private final Screening screening;
    private final Path dataDirectory;
    private final RunResources resources;
    private final TrainingSet training;

    private ScreenWorker(Recipe recipe, Path dataDirectory) {
        List<String> ignored = new ArrayList<>();
        this.screening = Screening.of(ClasspathRegistry.get(), recipe, ignored::add);
        this.dataDirectory = dataDirectory;
        // Lives as long as the JVM: an executor screens many partitions with the same models.
        this.resources = CampaignTargets.resources(ClasspathRegistry.get(), ignored::add);
        this.training = screening.trainingSet(dataDirectory, resources, ignored::add);
    }

    static ScreenWorker of(String recipeText, String recipeSource, String dataDirectory) {
        return BY_RECIPE.computeIfAbsent(recipeSource + "\n" + dataDirectory + "\n" + recipeText,
                key -> new ScreenWorker(RecipeReader.parse(recipeText, recipeSource, PropertyCatalogue.defaults()),
                        dataDirectory == null ? null : Path.of(dataDirectory)));
    }

    List<String> validators() {
        return screening.validators();
    }

    boolean judgesTogether() {
        return !screening.campaignWideValidators().isEmpty();
    }

    /**
     * Parses the rows and judges the crystals that parsed by the per-crystal validators, in row order; the time of
     * each stage ("parse", then each validator id) goes to {@code timing} in nanoseconds.
     */
    List<ScreenedRow> judgeEach(List<InputRow> rows, Consumer<String> problems, StageTimes timing) {
        List<ScreenedRow> out = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += SLICE) {
            List<InputRow> slice = rows.subList(from, Math.min(rows.size(), from + SLICE));
            long t = System.nanoTime();
            List<Candidate> parsed = new ArrayList<>();
            List<ScreenedRow> sliceOut = new ArrayList<>();
            for (InputRow row : slice) {
                sliceOut.add(parse(row, parsed));
            }
            timing.add(StageTimes.PARSE, System.nanoTime() - t);
            List<Candidate> judged = judge(screening.perCrystalValidators(), parsed, problems, timing);
            int next = 0;
            for (ScreenedRow r : sliceOut) {
                out.add(r.parsed() ? withCandidate(r, judged.get(next++), problems) : r);
            }
        }
        return out;
    }

    /**
     * Judges crystals by the campaign-wide validators, all at once in row order (the first of a set of duplicates
     * keeps its verdict). Rows that did not parse pass through.
     */
    List<ScreenedRow> judgeTogether(List<ScreenedRow> rows, Consumer<String> problems, StageTimes timing) {
        List<ScreenedRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(ScreenedRow::index));
        List<ScreenedRow> parsed = sorted.stream().filter(ScreenedRow::parsed).toList();
        List<Candidate> judged = judge(screening.campaignWideValidators(),
                parsed.stream().map(r -> ResultWire.readCandidate(r.candidate())).toList(), problems, timing);
        List<ScreenedRow> out = new ArrayList<>(sorted.size());
        int next = 0;
        for (ScreenedRow r : sorted) {
            out.add(r.parsed() ? withCandidate(r, judged.get(next++), problems) : r);
        }
        return out;
    }

    /** The whole funnel in this JVM: what a Spark screening must equal. */
    List<ScreenedRow> plain(List<InputRow> rows, Consumer<String> problems, StageTimes timing) {
        List<ScreenedRow> each = judgeEach(rows, problems, timing);
        return judgesTogether() ? judgeTogether(each, problems, timing) : each;
    }

    private List<Candidate> judge(List<String> ids, List<Candidate> crystals, Consumer<String> problems,
            StageTimes timing) {
        List<Candidate> out = crystals;
        for (String id : ids) {
            long t = System.nanoTime();
            out = screening.judge(id, out, dataDirectory, resources, training, problems);
            timing.add(id, System.nanoTime() - t);
        }
        return out;
    }

    /** A survivor parsed and passed every validator of the recipe (a missing verdict is not a pass). */
    boolean survives(ScreenedRow row) {
        return row.parsed() && survives(ResultWire.readCandidate(row.candidate()).verdicts());
    }

    /** Whether a parsed crystal with these verdicts survives. */
    boolean survives(Map<String, Verdict> verdicts) {
        return validators().stream().allMatch(id -> verdicts.containsKey(id) && verdicts.get(id).passed());
    }

    private static ScreenedRow parse(InputRow row, List<Candidate> parsed) {
        String id = row.id() == null || row.id().isBlank() ? "row-" + row.index() : row.id();
        if (row.cif() == null || row.cif().isBlank()) {
            return new ScreenedRow(row.index(), id, "", "", "no CIF text", "");
        }
        try {
            List<Structure> structures = new CifReader().parseString(row.cif(), id);
            if (structures.size() != 1) {
                return new ScreenedRow(row.index(), id, row.cif(), "", "the CIF holds " + structures.size()
                        + " structures; one is expected per row", "");
            }
            Structure s = structures.get(0);
            parsed.add(Candidate.of(id, s, "table"));
            return new ScreenedRow(row.index(), id, row.cif(), s.composition().reducedFormula(), "", "");
        } catch (StructureParseException | IllegalArgumentException e) {
            return new ScreenedRow(row.index(), id, row.cif(), "", message(e), "");
        }
    }

    private static ScreenedRow withCandidate(ScreenedRow r, Candidate c, Consumer<String> problems) {
        List<String> dropped = new ArrayList<>();
        String wire = ResultWire.writeCandidate(c, dropped);
        dropped.forEach(problems);
        return new ScreenedRow(r.index(), r.id(), r.cif(), r.formula(), r.error(), wire);
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }
}
