package org.matdesign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.matdesign.ui.internal.MatDesignPreferencePage;
import org.matdesign.ui.internal.MatDesignPreferences;

/** Window > Preferences > MatDesign: the device a user picks there reaches the model runtime. */
class PreferencesPageTest {

    /** Exposes OK as a user presses it. */
    static final class Dialog extends PreferenceDialog {
        Dialog(PreferenceManager manager) {
            super(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), manager);
            setBlockOnOpen(false);
        }

        void pressOk() {
            okPressed();
        }
    }

    @Test
    void theDevicePickedOnThePageIsTheOneTheModelsAreAskedFor() {
        String before = System.getProperty("matdesign.device");
        PreferenceManager manager = new PreferenceManager();
        manager.addToRoot(new PreferenceNode("matdesign", new MatDesignPreferencePage()));
        Dialog dialog = new Dialog(manager);
        try {
            dialog.open();
            UiTestSupport.settle(200);
            Combo device = combos(dialog.getShell()).stream()
                    .filter(c -> Arrays.asList(c.getItems()).contains("gpu")).findFirst().orElse(null);
            assertNotNull(device, "a Device choice on the page");
            assertEquals(List.of("auto", "cpu", "gpu", "gpu:1", "gpu:2", "gpu:3"), Arrays.asList(device.getItems()));
            assertEquals("auto", device.getText(), "auto by default");
            device.select(1);
            device.notifyListeners(SWT.Selection, new Event());
            UiTestSupport.screenshot(dialog.getShell(), "preferences");
            dialog.pressOk();
            assertEquals("cpu", MatDesignPreferences.store().getString(MatDesignPreferences.DEVICE));
            assertEquals("cpu", System.getProperty("matdesign.device"), "handed to the model runtime");
        } finally {
            MatDesignPreferences.store().setValue(MatDesignPreferences.DEVICE, "auto");
            if (before == null) {
                System.clearProperty("matdesign.device");
            } else {
                System.setProperty("matdesign.device", before);
            }
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }

    private static List<Combo> combos(Composite parent) {
        List<Combo> out = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (c instanceof Combo combo) {
                out.add(combo);
            } else if (c instanceof Composite composite) {
                out.addAll(combos(composite));
            }
        }
        return out;
    }
}
