package org.matdesign.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > About MatDesign: what this is, and the version and state of every MatDesign bundle installed. */
public final class AboutDialog extends Dialog {

    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About MatDesign");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label text = new Label(area, SWT.WRAP);
        text.setText("MatDesign: AI inverse materials design for Eclipse-based workbenches.\n"
                + "Generates crystal structures for target properties, screens them and shows them.\n"
                + "Licensed under the Eclipse Public License 2.0.");
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        for (String[] c : new String[][] {{"Bundle", "320"}, {"Version", "200"}, {"State", "90"}}) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        for (String[] row : bundles()) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 280;
        table.setLayoutData(data);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }

    /** Symbolic name, version and state of each org.matdesign bundle and third-party contribution bundle. */
    public static List<String[]> bundles() {
        List<String[]> out = new ArrayList<>();
        Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
        if (self == null || self.getBundleContext() == null) {
            return out;
        }
        List<Bundle> all = new ArrayList<>(List.of(self.getBundleContext().getBundles()));
        all.sort(Comparator.comparing(Bundle::getSymbolicName, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Bundle b : all) {
            String name = b.getSymbolicName();
            if (name != null && (name.startsWith("org.matdesign") || name.startsWith("org.eclipse.swtchart")
                    || name.equals("org.eclipse.ui") || name.equals("ai.djl.api"))) {
                out.add(new String[] {name, b.getVersion().toString(), state(b.getState())});
            }
        }
        return out;
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.INSTALLED -> "installed";
            default -> Integer.toString(s);
        };
    }
}
