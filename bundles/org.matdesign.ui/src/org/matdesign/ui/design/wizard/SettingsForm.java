package org.matdesign.ui.design.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.matdesign.api.Setting;

/**
 * A form generated from one contribution's settings declaration: a check box for a boolean, a list for a choice,
 * a text field for numbers and text, each with its unit and its range or description as tooltip. Every value is held
 * against the declaration as it is typed ({@link Setting#parse}), so a wrong type or an out-of-range value is named
 * before the design starts.
 */
final class SettingsForm {

    private final String contributionId;
    private final Map<Setting, Control> fields = new LinkedHashMap<>();
    private final Runnable changed;

    SettingsForm(Composite parent, String contributionId, String title, List<Setting> settings, Runnable changed) {
        this.contributionId = contributionId;
        this.changed = changed;
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (Setting s : settings) {
            Label label = new Label(group, SWT.NONE);
            label.setText(s.key());
            label.setToolTipText(s.description());
            Control field = field(group, s);
            field.setToolTipText(s.description() + " (" + s.type().label() + ", allowed: " + s.allowedText() + ")");
            field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            field.setData("setting", contributionId + "." + s.key());
            Label unit = new Label(group, SWT.NONE);
            unit.setText(s.unit());
            fields.put(s, field);
        }
    }

    private Control field(Composite parent, Setting s) {
        switch (s.type()) {
            case BOOLEAN -> {
                Button b = new Button(parent, SWT.CHECK);
                b.setSelection(Boolean.parseBoolean(s.defaultText()));
                b.addListener(SWT.Selection, e -> changed.run());
                return b;
            }
            case CHOICE -> {
                Combo c = new Combo(parent, SWT.READ_ONLY);
                c.setItems(s.choices().toArray(String[]::new));
                c.select(Math.max(0, s.choices().indexOf(s.defaultText())));
                c.addListener(SWT.Selection, e -> changed.run());
                return c;
            }
            default -> {
                Text t = new Text(parent, SWT.BORDER);
                t.setText(s.defaultText());
                t.addListener(SWT.Modify, e -> changed.run());
                return t;
            }
        }
    }

    String contributionId() {
        return contributionId;
    }

    /** The values that differ from the declared defaults, as text (what a recipe holds). */
    Map<String, String> changedValues() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((s, field) -> {
            String text = text(field);
            if (!text.equals(s.defaultText())) {
                out.put(s.key(), text);
            }
        });
        return out;
    }

    /** One line per value the declaration does not allow, naming the contribution and the key. */
    List<String> errors() {
        List<String> out = new ArrayList<>();
        fields.forEach((s, field) -> {
            String text = text(field);
            if (text.isEmpty() && s.defaultText().isEmpty()) {
                return;
            }
            try {
                s.parse(text);
            } catch (IllegalArgumentException e) {
                out.add(contributionId + "." + s.key() + ": " + e.getMessage());
            }
        });
        return out;
    }

    /** The field of a setting (tests fill it). */
    Control field(String key) {
        return fields.entrySet().stream().filter(e -> e.getKey().key().equals(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String text(Control field) {
        if (field instanceof Button b) {
            return Boolean.toString(b.getSelection());
        }
        if (field instanceof Combo c) {
            return c.getText();
        }
        return ((Text) field).getText().trim();
    }
}
