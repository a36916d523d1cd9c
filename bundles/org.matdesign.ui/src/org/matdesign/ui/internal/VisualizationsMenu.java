package org.matdesign.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;

/**
 * Window > Visualizations: one entry per visualizer contribution that declares a workbench view, ours and third
 * parties' alike, so a contributed view is reached the same way as the built-in ones.
 */
public final class VisualizationsMenu extends CompoundContributionItem {

    /** The visualizers that declare a view, in registry order. */
    public static List<Contribution> views(ContributionRegistry registry) {
        if (registry == null) {
            return List.of();
        }
        return registry.contributions(Role.VISUALIZER).stream().filter(c -> c.view().isPresent()).toList();
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        for (Contribution c : views(Registry.get())) {
            items.add(new ActionContributionItem(new Action(c.name()) {
                @Override
                public void run() {
                    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                    try {
                        window.getActivePage().showView(c.view().orElseThrow());
                    } catch (PartInitException e) {
                        org.eclipse.jface.dialogs.MessageDialog.openError(window.getShell(), c.name(),
                                c.describe() + ": " + e.getMessage());
                    }
                }
            }));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
