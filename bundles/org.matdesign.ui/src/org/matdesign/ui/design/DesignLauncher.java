package org.matdesign.ui.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.engine.CampaignJob;
import org.matdesign.engine.CampaignPlan;
import org.matdesign.engine.CampaignRequest;
import org.matdesign.engine.TimeLimits;
import org.matdesign.engine.recipe.Recipe;

/**
 * Starts a design from the workbench: the wizard's parameters become a recipe, the engine's {@link CampaignJob}
 * runs it into a new folder of the runs folder (written all or nothing), and a {@link DesignSession} follows it.
 * The pipeline itself is the engine's; this class only builds the request and schedules the job.
 */
public final class DesignLauncher {

    private DesignLauncher() {
    }

    /**
     * @param dataFolder the data folder, or null when the models use what they ship
     * @param limits     how long one call into a contribution may take (the workbench's preferences)
     * @throws IllegalArgumentException the run folder exists and is not empty (nothing the user owns is replaced), a
     *                                  target is malformed, a contribution is missing or a setting not allowed
     */
    public static DesignSession launch(ContributionRegistry registry, DesignParameters parameters, Path runsFolder,
            Path dataFolder, TimeLimits limits) {
        Path output = runsFolder.resolve(parameters.name());
        if (!isNewOrEmpty(output)) {
            throw new IllegalArgumentException("the run folder " + output + " already holds files; choose another name");
        }
        Recipe recipe = parameters.toRecipe(output.toString(), parameters.catalogue(registry)).withTimeLimits(limits);
        // Held against what is installed now, so a wrong setting is named before anything runs.
        CampaignPlan.of(registry, recipe, new ArrayList<>());
        DesignSession session = new DesignSession(parameters.name(), recipe, output);
        CampaignRequest request = new CampaignRequest(recipe, output, false, dataFolder,
                List.of("workbench", "design", parameters.name()), session::logLine);
        CampaignJob job = new CampaignJob(registry, request, session);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                session.finished(event.getResult(), job.outcome());
            }
        });
        session.attach(job);
        DesignSessions.workbench().show(session);
        job.schedule();
        return session;
    }

    public static boolean isNewOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
