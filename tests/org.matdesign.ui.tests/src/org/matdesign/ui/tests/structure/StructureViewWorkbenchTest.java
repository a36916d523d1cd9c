package org.matdesign.ui.tests.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.io.StructureFiles;
import org.matdesign.core.io.StructureParseException;
import org.matdesign.ui.structure.StructureView;

/** The structure view inside the running workbench (the test application is the MatDesign workbench). */
class StructureViewWorkbenchTest {

    @TempDir
    Path folder;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void openWindow() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench window is open");
        page = window.getActivePage();
        window.getShell().setBounds(0, 0, 1400, 900);
    }

    @AfterEach
    void closeViews() {
        for (String id : List.of(StructureView.ID, SelectionSourceView.ID)) {
            var ref = page.findViewReference(id);
            if (ref != null) {
                page.hideView(ref);
            }
        }
    }

    @Test
    void openingACifShowsItInTheView() throws Exception {
        Path file = Fixtures.copy(Fixtures.NACL, folder);
        StructureView view = StructureView.open(page, file);
        assertSame(view, page.findView(StructureView.ID));
        assertFalse(view.viewer().isShowingError());
        assertEquals(8, view.viewer().structure().size());
        assertEquals(27, view.viewer().scene().atoms().size(), "one cell of rock salt with its boundary atoms");
        assertEquals("nacl.cif", view.getContentDescription());
        Screenshots.ofShell(window.getShell(), "workbench-structure-view");
    }

    @Test
    void anInvalidFileShowsTheParserMessageInTheViewWithoutADialog() throws Exception {
        Path broken = Fixtures.copy(Fixtures.BROKEN, folder);
        String parserMessage = assertThrows(StructureParseException.class, () -> StructureFiles.read(broken))
                .getMessage();
        Display display = window.getShell().getDisplay();
        int shells = display.getShells().length;

        StructureView view = StructureView.open(page, broken);
        UiWait.settle(display);
        assertTrue(view.viewer().isShowingError());
        assertTrue(view.viewer().errorText().contains(parserMessage), view.viewer().errorText());
        assertTrue(parserMessage.contains("broken.cif"), "the message names the file: " + parserMessage);
        assertEquals(shells, display.getShells().length, "no dialog opened");
        for (Shell shell : display.getShells()) {
            assertTrue(shell == window.getShell() || !shell.isVisible(), "no other shell shows: " + shell.getText());
        }
        Screenshots.ofShell(window.getShell(), "workbench-structure-view-invalid-file");

        StructureView.open(page, Fixtures.copy(Fixtures.NACL, folder));
        assertFalse(view.viewer().isShowingError(), "a good file replaces the message");
    }

    @Test
    void aStructureSelectedInAnotherPartIsShown() throws Exception {
        StructureView view = (StructureView) page.showView(StructureView.ID);
        SelectionSourceView source = (SelectionSourceView) page.showView(SelectionSourceView.ID);
        page.activate(source);
        double a = 3.905;
        Structure perovskite = Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90),
                List.of(Species.of("Sr"), Species.of("Ti"), Species.of("O"), Species.of("O"), Species.of("O")),
                List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0},
                    new double[] {0.5, 0, 0.5}, new double[] {0, 0.5, 0.5}));

        source.setSelection(new StructuredSelection(List.of("not a structure", perovskite)));
        assertSame(perovskite, view.viewer().structure(), "the first element that adapts to Structure is shown");
        assertEquals(15, view.viewer().scene().atoms().size());
        assertEquals("SrTiO3", view.getContentDescription());
        Screenshots.save(view.viewer().snapshot(), "selection-shows-perovskite");

        source.setSelection(new StructuredSelection("nothing to show"));
        assertSame(perovskite, view.viewer().structure(), "a selection without a structure keeps the picture");

        source.setSelection(new StructuredSelection(Fixtures.copy(Fixtures.NACL, folder).toFile()));
        assertEquals("NaCl", view.viewer().structure().composition().reducedFormula(), "a selected CIF file");
        page.bringToTop(view); // the source view shares its stack
        Screenshots.ofShell(window.getShell(), "workbench-selection-shows-file");
    }

    @Test
    void openStructureFileCommandIsDefinedAndHandled() {
        ICommandService commands = window.getService(ICommandService.class);
        Command command = commands.getCommand(StructureView.OPEN_FILE_COMMAND);
        assertTrue(command.isDefined(), "command " + StructureView.OPEN_FILE_COMMAND + " is declared");
        assertTrue(command.isHandled(), "the handler is active");
    }
}
