package org.matdesign.ui.internal;

import java.util.Arrays;


import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;
import org.matdesign.engine.TimeLimits;

/** Window > Preferences > MatDesign: runs folder, data folder, threads, device, default model, time limits. */
public final class MatDesignPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public MatDesignPreferencePage() {
        super(GRID);
        setPreferenceStore(MatDesignPreferences.store());
        setDescription("Where designs are written, where the data is, and how the models run.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing to prepare
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(MatDesignPreferences.RUNS_FOLDER, "Runs folder:", getFieldEditorParent()));
        DirectoryFieldEditor data = new DirectoryFieldEditor(MatDesignPreferences.DATA_FOLDER,
                "Data folder (empty: bundled):", getFieldEditorParent());
        data.setEmptyStringAllowed(true);
        addField(data);
        IntegerFieldEditor threads = new IntegerFieldEditor(MatDesignPreferences.THREADS,
                "Model threads (0 = all cores):", getFieldEditorParent());
        threads.setValidRange(0, 1024);
        addField(threads);
        String[][] devices = Arrays.stream(MatDesignPreferences.DEVICES)
                .map(d -> new String[] {d, d}).toArray(String[][]::new);
        addField(new ComboFieldEditor(MatDesignPreferences.DEVICE, "Device (auto: a GPU if PyTorch sees one):",
                devices, getFieldEditorParent()));
        ContributionRegistry registry = Registry.get();
        String[][] generators = registry == null ? new String[][] {{"meidnet", "meidnet"}}
                : registry.contributions(Role.GENERATOR).stream()
                        .map(c -> new String[] {c.id() + " (" + c.name() + ")", c.id()}).toArray(String[][]::new);
        if (generators.length == 0) {
            generators = new String[][] {{"(none installed)", ""}};
        }
        addField(new ComboFieldEditor(MatDesignPreferences.DEFAULT_GENERATOR, "Default model:", generators,
                getFieldEditorParent()));
        for (String role : TimeLimits.ROLES) {
            addField(new SecondsFieldEditor(MatDesignPreferences.TIME_LIMIT + role, "Time limit per " + role
                    + " call (s):", getFieldEditorParent()));
        }
    }

    /** Positive seconds, fractions allowed. */
    private static final class SecondsFieldEditor extends StringFieldEditor {

        SecondsFieldEditor(String name, String label, Composite parent) {
            super(name, label, parent);
            setErrorMessage(label.replace(":", "") + " must be a positive number of seconds");
        }

        @Override
        protected boolean doCheckState() {
            try {
                double seconds = Double.parseDouble(getStringValue().trim());
                return seconds > 0 && !Double.isInfinite(seconds);
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
