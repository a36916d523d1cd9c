package org.matdesign.ui.design.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;
import org.matdesign.api.Setting;

/**
 * Third page: a form per chosen contribution (generator, optimizer, validators), generated from its settings
 * declaration. Rebuilt whenever the page is shown, since the choices on the earlier pages decide which forms appear.
 */
final class SettingsPage extends WizardPage {

    private final ContributionRegistry registry;
    private final TargetsPage targets;
    private final ScreeningPage screening;
    private final List<SettingsForm> forms = new ArrayList<>();
    /** Values typed so far, kept when the forms are rebuilt. */
    private final Map<String, Map<String, String>> kept = new LinkedHashMap<>();
    private ScrolledComposite scroll;
    private Composite body;

    SettingsPage(ContributionRegistry registry, TargetsPage targets, ScreeningPage screening) {
        super("settings");
        this.registry = registry;
        this.targets = targets;
        this.screening = screening;
        setTitle("Design crystals: settings");
        setDescription("Each contribution's settings, with their units and allowed ranges; defaults are filled in.");
    }

    @Override
    public void createControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        scroll.setContent(body);
        setControl(scroll);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            rebuild();
        }
        super.setVisible(visible);
    }

    private void rebuild() {
        kept.putAll(values());
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        forms.clear();
        List<Contribution> chosen = new ArrayList<>();
        registry.find(Role.GENERATOR, targets.generatorId()).ifPresent(chosen::add);
        Optional.ofNullable(targets.optimizerId()).flatMap(id -> registry.find(Role.OPTIMIZER, id))
                .ifPresent(chosen::add);
        for (String id : screening.validatorIds()) {
            registry.find(Role.VALIDATOR, id).ifPresent(chosen::add);
        }
        for (Contribution c : chosen) {
            List<Setting> declared = c.declaredSettings(p -> { });
            if (declared.isEmpty()) {
                continue;
            }
            SettingsForm form = new SettingsForm(body, c.id(), c.role().label() + " " + c.id(), declared,
                    this::validate);
            kept.getOrDefault(c.id(), Map.of()).forEach((key, value) -> set(form, key, value));
            forms.add(form);
        }
        if (forms.isEmpty()) {
            new Label(body, SWT.NONE).setText("The chosen contributions declare no settings.");
        }
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        body.layout(true, true);
        validate();
    }

    private static void set(SettingsForm form, String key, String value) {
        Control field = form.field(key);
        if (field instanceof org.eclipse.swt.widgets.Text t) {
            t.setText(value);
        } else if (field instanceof org.eclipse.swt.widgets.Button b) {
            b.setSelection(Boolean.parseBoolean(value));
        } else if (field instanceof org.eclipse.swt.widgets.Combo c) {
            c.setText(value);
        }
    }

    private void validate() {
        List<String> errors = new ArrayList<>();
        forms.forEach(f -> errors.addAll(f.errors()));
        setErrorMessage(errors.isEmpty() ? null : errors.get(0));
        setPageComplete(errors.isEmpty());
    }

    /** Changed values by contribution id (only forms shown so far). */
    Map<String, Map<String, String>> values() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>(kept);
        for (SettingsForm f : forms) {
            out.put(f.contributionId(), f.changedValues());
        }
        return out;
    }

    /** The form of a contribution, when shown (tests fill its fields). */
    Optional<SettingsForm> form(String contributionId) {
        return forms.stream().filter(f -> f.contributionId().equals(contributionId)).findFirst();
    }
}
