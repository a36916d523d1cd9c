package org.matdesign.ui.design.wizard;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;
import org.matdesign.engine.recipe.CampaignTarget;
import org.matdesign.engine.recipe.Recipe;

/** Second page: how many candidates, starts per candidate, the seed, and which validators screen them, in order. */
final class ScreeningPage extends WizardPage {

    private final ContributionRegistry registry;
    private Spinner count;
    private Spinner starts;
    private Text seed;
    private Table validators;
    private Label sun;

    ScreeningPage(ContributionRegistry registry) {
        super("screening");
        this.registry = registry;
        setTitle("Design crystals: candidates and screening");
        setDescription("How many candidates, and which validators judge them (in this order).");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        count = spinner(c, "Candidates:", 35, CampaignTarget.MAX_COUNT);
        starts = spinner(c, "Starts per candidate:", 16, Recipe.MAX_STARTS);
        new Label(c, SWT.NONE).setText("Seed:");
        seed = new Text(c, SWT.BORDER);
        seed.setText("1");
        seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        seed.addListener(SWT.Modify, e -> validate());
        Label l = new Label(c, SWT.NONE);
        l.setText("Validators:");
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        validators = new Table(c, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
        tall.heightHint = 160;
        validators.setLayoutData(tall);
        for (Contribution v : ordered()) {
            TableItem item = new TableItem(validators, SWT.NONE);
            item.setText(v.id() + "  " + v.name());
            item.setData(v.id());
            item.setChecked(Recipe.DEFAULT_VALIDATORS.contains(v.id()));
        }
        validators.addListener(SWT.Selection, e -> validate());
        new Label(c, SWT.NONE);
        sun = new Label(c, SWT.WRAP);
        sun.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        setControl(c);
        validate();
    }

    /** The default funnel first, in its order, then any other installed validator. */
    private List<Contribution> ordered() {
        List<Contribution> out = new ArrayList<>();
        for (String id : Recipe.DEFAULT_VALIDATORS) {
            registry.find(Role.VALIDATOR, id).ifPresent(out::add);
        }
        registry.contributions(Role.VALIDATOR).stream()
                .filter(v -> !Recipe.DEFAULT_VALIDATORS.contains(v.id())).forEach(out::add);
        return out;
    }

    private Spinner spinner(Composite parent, String label, int value, int max) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setValues(value, 1, max, 0, 1, 10);
        s.setData("name", label);
        return s;
    }

    private void validate() {
        String problem = null;
        try {
            Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            problem = "Seed: '" + seed.getText().trim() + "' is not a whole number";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
        List<String> rule = Recipe.DEFAULT_SUN_RULE.stream().filter(validatorIds()::contains).toList();
        sun.setText("SUN (stable, unique, novel) = passes all of: " + (rule.isEmpty() ? "(none chosen)"
                : String.join(", ", rule)));
    }

    int count() {
        return count.getSelection();
    }

    int starts() {
        return starts.getSelection();
    }

    long seed() {
        return Long.parseLong(seed.getText().trim());
    }

    List<String> validatorIds() {
        List<String> out = new ArrayList<>();
        for (TableItem item : validators.getItems()) {
            if (item.getChecked()) {
                out.add((String) item.getData());
            }
        }
        return out;
    }

    /** For tests and callers that preset the page. */
    void set(int candidates, int startsPerCandidate, long seedValue, List<String> chosen) {
        count.setSelection(candidates);
        starts.setSelection(startsPerCandidate);
        seed.setText(Long.toString(seedValue));
        for (TableItem item : validators.getItems()) {
            item.setChecked(chosen.contains(item.getData()));
        }
        validate();
    }
}
