package org.matdesign.ui.design.wizard;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.engine.TimeLimits;
import org.matdesign.ui.design.DesignLauncher;
import org.matdesign.ui.design.DesignParameters;
import org.matdesign.ui.design.DesignSession;

/**
 * File > New Design: model and targets, candidates and screening, settings. Finish schedules the engine's campaign
 * job and returns at once; the Progress view, the status line and the candidates view follow the job.
 */
public final class DesignWizard extends Wizard {

    private final ContributionRegistry registry;
    private final Path runsFolder;
    private final Path dataFolder;
    private final TimeLimits limits;
    private final TrainingLookup training;
    private final TargetsPage targets;
    private final ScreeningPage screening;
    private final SettingsPage settings;
    private DesignSession launched;

    /**
     * @param dataFolder null when the models use what they ship
     * @param limits     how long one call into a contribution may take
     */
    public DesignWizard(ContributionRegistry registry, Path runsFolder, Path dataFolder, TimeLimits limits,
            String defaultGenerator) {
        this.registry = registry;
        this.runsFolder = runsFolder;
        this.dataFolder = dataFolder;
        this.limits = limits;
        this.training = new TrainingLookup(registry, dataFolder);
        this.targets = new TargetsPage(registry, training, defaultGenerator);
        this.screening = new ScreeningPage(registry);
        this.settings = new SettingsPage(registry, targets, screening);
        setWindowTitle("New Design");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(targets);
        addPage(screening);
        addPage(settings);
    }

    /** What Finish would run. */
    public DesignParameters parameters() {
        return new DesignParameters(targets.runName(), targets.generatorId(), targets.optimizerId(),
                targets.targetLines(), targets.tolerances(), screening.count(), screening.starts(), screening.seed(),
                screening.validatorIds(), settings.values());
    }

    @Override
    public boolean performFinish() {
        try {
            launched = DesignLauncher.launch(registry, parameters(), runsFolder, dataFolder, limits);
            return true;
        } catch (IllegalArgumentException e) {
            // a malformed target, a count out of range, a setting the contribution does not allow, a used folder
            ((org.eclipse.jface.wizard.WizardPage) getContainer().getCurrentPage()).setErrorMessage(e.getMessage());
            return false;
        }
    }

    /** The session Finish started; null before. */
    public DesignSession launched() {
        return launched;
    }

    @Override
    public void dispose() {
        training.close();
        super.dispose();
    }

    /** Presets every page (for tests and for "design again" from a finished run). */
    public void preset(String runName, String generatorId, String optimizerId, String targetLines, int count,
            int starts, long seed, List<String> validators) {
        targets.set(runName, generatorId, optimizerId, targetLines);
        screening.set(count, starts, seed, validators);
    }

    /** The settings page's form field of {@code contributionId.key}, once that page has been shown; else null. */
    public org.eclipse.swt.widgets.Control settingField(String contributionId, String key) {
        return settings.form(contributionId).map(f -> f.field(key)).orElse(null);
    }
}
