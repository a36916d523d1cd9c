package org.matdesign.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.matdesign.ui.MaterialsDesignPerspective;

/**
 * The MatDesign workbench application. The system property {@code matdesign.ui.autoCloseMillis} closes the
 * workbench after that many milliseconds (used to smoke-test the product under Xvfb).
 */
public final class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new Advisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    /** Opens the Materials Design perspective in a titled window. */
    static final class Advisor extends WorkbenchAdvisor {

        @Override
        public void initialize(IWorkbenchConfigurer configurer) {
            configurer.setSaveAndRestore(false);
            MatDesignPreferences.applyThreads();
        }

        @Override
        public String getInitialWindowPerspectiveId() {
            return MaterialsDesignPerspective.ID;
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            return new WorkbenchWindowAdvisor(configurer) {
                @Override
                public void preWindowOpen() {
                    configurer.setTitle("MatDesign");
                    configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1280, 860));
                    configurer.setShowMenuBar(true);
                    configurer.setShowCoolBar(true);
                    configurer.setShowStatusLine(true);
                    configurer.setShowProgressIndicator(true);
                }

                @Override
                public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actions) {
                    return new MenuBarAdvisor(actions);
                }

                @Override
                public void postWindowOpen() {
                    scheduleAutoClose(configurer.getWindow().getShell().getDisplay());
                }
            };
        }

        private static void scheduleAutoClose(Display display) {
            String millis = System.getProperty("matdesign.ui.autoCloseMillis");
            if (millis == null) {
                return;
            }
            System.out.println("MatDesign workbench window open");
            display.timerExec(Integer.parseInt(millis), () -> PlatformUI.getWorkbench().close());
        }
    }
}
