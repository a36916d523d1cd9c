package org.matdesign.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.ui.candidates.CandidatesView;
import org.matdesign.ui.design.wizard.DesignWizard;

/** File > New Design: opens the design wizard; on Finish the candidates view follows the new design. */
public final class NewDesignHandler extends AbstractHandler {

    public static final String COMMAND = "org.matdesign.ui.newDesign";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ContributionRegistry registry = Registry.get();
        if (registry == null) {
            MessageDialog.openError(window.getShell(), "New Design",
                    "The MatDesign contribution registry is not running (is org.apache.felix.scr started?)");
            return null;
        }
        DesignWizard wizard = new DesignWizard(registry, MatDesignPreferences.runsFolder(),
                MatDesignPreferences.dataFolder(), MatDesignPreferences.timeLimits(),
                MatDesignPreferences.defaultGenerator());
        if (new WizardDialog(window.getShell(), wizard).open() == WizardDialog.OK) {
            try {
                window.getActivePage().showView(CandidatesView.ID);
            } catch (PartInitException e) {
                MessageDialog.openError(window.getShell(), "New Design", e.getMessage());
            }
        }
        return null;
    }
}
