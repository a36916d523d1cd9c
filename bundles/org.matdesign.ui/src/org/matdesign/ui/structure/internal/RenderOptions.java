package org.matdesign.ui.structure.internal;

/** Which optional layers the renderer draws. */
public record RenderOptions(boolean bonds, boolean cell, boolean labels) {

    public static RenderOptions defaults() {
        return new RenderOptions(true, true, false);
    }

    public RenderOptions withBonds(boolean show) {
        return new RenderOptions(show, cell, labels);
    }

    public RenderOptions withCell(boolean show) {
        return new RenderOptions(bonds, show, labels);
    }

    public RenderOptions withLabels(boolean show) {
        return new RenderOptions(bonds, cell, show);
    }
}
