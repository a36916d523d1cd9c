package org.matdesign.ui.structure.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Shown in place of the picture when there is nothing to draw: a warning icon and the problem in words. */
public final class ProblemPanel extends Composite {

    private final Text text;

    public ProblemPanel(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 16;
        layout.marginHeight = 16;
        layout.horizontalSpacing = 12;
        setLayout(layout);
        Label icon = new Label(this, SWT.NONE);
        icon.setImage(getDisplay().getSystemImage(SWT.ICON_WARNING));
        icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        // read-only text rather than a label, so the message can be selected and copied
        text = new Text(this, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
        text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text.setBackground(getBackground());
    }

    public void setProblem(String problem) {
        text.setText("Cannot show the structure.\n\n" + problem);
        layout();
    }

    public String text() {
        return text.getText();
    }
}
