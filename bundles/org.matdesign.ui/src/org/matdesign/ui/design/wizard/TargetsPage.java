package org.matdesign.ui.design.wizard;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Coverage;
import org.matdesign.api.Role;
import org.matdesign.engine.recipe.CampaignTarget;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.TargetSet;
import org.matdesign.engine.recipe.TargetSpecException;
import org.matdesign.ui.design.DesignParameters;

/**
 * First page: the run's name, the model (every installed generator, with the properties its training data holds),
 * the optimizer, and the targets, with the coverage of the targets by the model's training data shown while typing.
 */
final class TargetsPage extends WizardPage {

    static final String NONE = "none";

    private final ContributionRegistry registry;
    /** What each generator's default model can target, asked once per generator. */
    private final Map<String, PropertyCatalogue> catalogues = new HashMap<>();
    private final TrainingLookup training;
    private final String defaultGenerator;
    private Text name;
    private Combo generator;
    private Label generatorInfo;
    private Combo optimizer;
    private Text targets;
    private Text tolerances;
    private Label coverage;

    TargetsPage(ContributionRegistry registry, TrainingLookup training, String defaultGenerator) {
        super("targets");
        this.registry = registry;
        this.training = training;
        this.defaultGenerator = defaultGenerator;
        setTitle("Design crystals: model and targets");
        setDescription("Choose the model and the properties the crystals should have.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        name = text(c, "Run name:", "design-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")),
                "the folder under the runs folder that receives the outputs (must be new)");
        generator = combo(c, "Model (generator):", ids(Role.GENERATOR), defaultGenerator);
        new Label(c, SWT.NONE);
        generatorInfo = new Label(c, SWT.WRAP);
        generatorInfo.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        List<String> optimizers = new ArrayList<>(List.of(NONE));
        optimizers.addAll(ids(Role.OPTIMIZER));
        optimizer = combo(c, "Optimizer:", optimizers, "meidnet.latent-adam");
        targets = new Text(labelled(c, "Targets:"), SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        targets.setData("name", "targets");
        targets.setText("band_gap=1.2\nformation_energy=-0.025");
        targets.setToolTipText("one per line: NAME=VALUE or NAME=LOW..HIGH (band_gap in eV, formation_energy in eV/atom)");
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, false);
        tall.heightHint = 60;
        targets.setLayoutData(tall);
        tolerances = text(c, "Tolerances:", "", "optional, comma-separated NAME=TOL (default band_gap 0.5 eV, "
                + "formation_energy 0.3 eV/atom)");
        new Label(c, SWT.NONE);
        coverage = new Label(c, SWT.WRAP);
        coverage.setData("name", "coverage");
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 420;
        coverage.setLayoutData(wide);
        generator.addListener(SWT.Selection, e -> validate());
        targets.addListener(SWT.Modify, e -> validate());
        tolerances.addListener(SWT.Modify, e -> validate());
        name.addListener(SWT.Modify, e -> validate());
        setControl(c);
        validate();
    }

    private List<String> ids(Role role) {
        return registry.contributions(role).stream().map(Contribution::id).toList();
    }

    private static Composite labelled(Composite parent, String label) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        return parent;
    }

    private static Text text(Composite parent, String label, String value, String tip) {
        Text t = new Text(labelled(parent, label), SWT.BORDER);
        t.setText(value);
        t.setToolTipText(tip);
        t.setData("name", label);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private static Combo combo(Composite parent, String label, List<String> items, String preferred) {
        Combo combo = new Combo(labelled(parent, label), SWT.READ_ONLY);
        combo.setItems(items.toArray(String[]::new));
        combo.select(Math.max(0, items.indexOf(preferred)));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    /** Names the first problem (the page stays incomplete) or shows the coverage of the targets. */
    void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
        showTraining();
    }

    private String problem() {
        if (generator.getItemCount() == 0) {
            return "no generator is installed";
        }
        if (!name.getText().trim().matches("[A-Za-z0-9_.\\-]+")) {
            return "Run name: use letters, digits, '_', '.', '-'";
        }
        try {
            targetSet();
        } catch (TargetSpecException e) {
            return "Targets: " + e.getMessage();
        } catch (IllegalArgumentException e) {
            return "Model: " + e.getMessage();
        }
        return null;
    }

    private void showTraining() {
        Optional<TrainingLookup.Answer> answer = training.lookup(generatorId(), a -> asyncValidate());
        if (answer.isEmpty()) {
            generatorInfo.setText("reading the model's training data ...");
            coverage.setText("");
            return;
        }
        TrainingLookup.Answer a = answer.get();
        if (!a.known()) {
            generatorInfo.setText(a.problem());
            coverage.setText("coverage of the targets is unknown");
            return;
        }
        generatorInfo.setText("trained on " + a.set().description() + "; can target: "
                + String.join(", ", a.set().properties().keySet()));
        if (!isPageComplete()) {
            coverage.setText("");
            return;
        }
        TargetSet t = targetSet();
        Coverage cov = a.set().coverage(new CampaignTarget(t, 1).toDesignTarget(Set.of(), Set.of(),
                1, 1));
        coverage.setText(cov.near() + " of " + cov.total() + " training crystals lie near " + t.label()
                + (cov.outsideData() ? ": the target lies OUTSIDE the training data, expect extrapolation" : ""));
        coverage.getParent().layout(true);
    }

    private void asyncValidate() {
        if (!getControl().isDisposed()) {
            getControl().getDisplay().asyncExec(() -> {
                if (!getControl().isDisposed()) {
                    validate();
                }
            });
        }
    }

    /** The targets against what the generator's default model can target (the settings page may name another). */
    TargetSet targetSet() {
        return DesignParameters.parseTargets(targetLines(), tolerances(), catalogues.computeIfAbsent(generatorId(),
                id -> DesignParameters.catalogue(registry, id, null)));
    }

    List<String> targetLines() {
        return Arrays.stream(targets.getText().split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    List<String> tolerances() {
        return Arrays.stream(tolerances.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    String runName() {
        return name.getText().trim();
    }

    String generatorId() {
        return generator.getText();
    }

    /** Null for none. */
    String optimizerId() {
        return NONE.equals(optimizer.getText()) ? null : optimizer.getText();
    }

    /** For tests and callers that preset the page. */
    void set(String runName, String generatorId, String optimizerId, String targetLines) {
        name.setText(runName);
        generator.select(Math.max(0, Arrays.asList(generator.getItems()).indexOf(generatorId)));
        optimizer.select(Math.max(0, Arrays.asList(optimizer.getItems()).indexOf(optimizerId == null ? NONE
                : optimizerId)));
        targets.setText(targetLines);
        validate();
    }
}
