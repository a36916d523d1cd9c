package org.matdesign.ui.structure.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.matdesign.ui.structure.Camera;
import org.matdesign.ui.structure.StructureScene;
import org.matdesign.ui.structure.StructureScene.LegendEntry;

/** What is drawn over the scene: element legend, caption, a/b/c axes marker, hover label; and the empty message. */
final class Overlays {

    static final RGB BACKGROUND = new RGB(255, 255, 255);
    static final RGB INK = new RGB(40, 40, 48);
    private static final RGB[] AXIS_COLORS = {new RGB(200, 30, 30), new RGB(30, 150, 30), new RGB(30, 60, 210)};
    private static final String[] AXIS_NAMES = {"a", "b", "c"};
    private static final int LEGEND_SPRITE = 16;
    private static final int MARGIN = 8;

    private final Device device;
    private final SphereSprites sprites;

    Overlays(Device device, SphereSprites sprites) {
        this.device = device;
        this.sprites = sprites;
    }

    void fill(GC gc, Rectangle area) {
        gc.setBackground(color(BACKGROUND));
        gc.fillRectangle(area);
    }

    /** Paints a centred message in place of a scene (nothing loaded yet); lines are split at '\n'. */
    void message(GC gc, Rectangle area, String message) {
        fill(gc, area);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(color(new RGB(110, 110, 120)));
        String[] lines = message.split("\n");
        int lineHeight = gc.getFontMetrics().getHeight();
        int top = area.y + (area.height - lines.length * lineHeight) / 2;
        for (int i = 0; i < lines.length; i++) {
            Point size = gc.textExtent(lines[i]);
            gc.drawText(lines[i], area.x + (area.width - size.x) / 2, top + i * lineHeight, true);
        }
    }

    void legend(GC gc, Rectangle area, List<LegendEntry> legend) {
        int rowHeight = Math.max(LEGEND_SPRITE, gc.getFontMetrics().getHeight()) + 4;
        int textWidth = 0;
        for (LegendEntry e : legend) {
            textWidth = Math.max(textWidth, gc.textExtent(legendText(e)).x);
        }
        int width = LEGEND_SPRITE + 6 + textWidth + 2 * MARGIN;
        int height = legend.size() * rowHeight + MARGIN;
        int x = area.x + MARGIN;
        int y = area.y + MARGIN;
        panel(gc, x, y, width, height);
        for (int i = 0; i < legend.size(); i++) {
            LegendEntry e = legend.get(i);
            int rowY = y + MARGIN / 2 + i * rowHeight;
            gc.drawImage(sprites.sphere(ElementColors.of(e.element()), LEGEND_SPRITE), x + MARGIN,
                    rowY + (rowHeight - LEGEND_SPRITE) / 2);
            gc.setForeground(color(INK));
            int textY = rowY + (rowHeight - gc.getFontMetrics().getHeight()) / 2;
            gc.drawText(legendText(e), x + MARGIN + LEGEND_SPRITE + 6, textY, true);
        }
    }

    private static String legendText(LegendEntry e) {
        return e.element().symbol() + "  \u00d7" + e.count();
    }

    void caption(GC gc, Rectangle area, List<String> caption) {
        gc.setForeground(color(INK));
        int lineHeight = gc.getFontMetrics().getHeight();
        for (int i = 0; i < caption.size(); i++) {
            String line = caption.get(i);
            int w = gc.textExtent(line).x;
            gc.drawText(line, area.x + area.width - MARGIN - w, area.y + MARGIN + i * lineHeight, true);
        }
    }

    /** A small a/b/c direction marker in the lower left corner. */
    void axes(GC gc, Rectangle area, double[][] cellVectors, Camera camera) {
        int length = 28;
        int ox = area.x + MARGIN + length + 4;
        int oy = area.y + area.height - MARGIN - length - 4;
        gc.setLineCap(SWT.CAP_ROUND);
        gc.setLineWidth(2);
        for (int k = 0; k < 3; k++) {
            double[] v = camera.directionToView(cellVectors[k]);
            double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            double ex = ox + v[0] / n * length;
            double ey = oy - v[1] / n * length;
            gc.setForeground(color(AXIS_COLORS[k]));
            line(gc, ox, oy, ex, ey);
            gc.drawText(AXIS_NAMES[k], (int) Math.round(ex + (ex - ox) * 0.2) - 3,
                    (int) Math.round(ey + (ey - oy) * 0.2) - gc.getFontMetrics().getHeight() / 2, true);
        }
    }

    void hover(GC gc, Rectangle area, StructureScene scene, Projection p, int i) {
        double[] s = p.atom(i);
        double r = p.atomRadius(i);
        gc.setLineWidth(2);
        gc.setForeground(color(INK));
        gc.drawOval((int) Math.round(s[0] - r - 2), (int) Math.round(s[1] - r - 2), (int) Math.round(2 * r + 4),
                (int) Math.round(2 * r + 4));
        String text = scene.describe(i);
        Point extent = gc.textExtent(text);
        int w = extent.x + 2 * MARGIN;
        int h = extent.y + MARGIN;
        int x = (int) Math.round(s[0] + r + 6);
        int y = (int) Math.round(s[1] - r - h);
        x = Math.clamp(x, area.x, Math.max(area.x, area.x + area.width - w));
        y = Math.clamp(y, area.y, Math.max(area.y, area.y + area.height - h));
        panel(gc, x, y, w, h);
        gc.setForeground(color(INK));
        gc.drawText(text, x + MARGIN, y + MARGIN / 2, true);
    }

    /** A light rounded box that keeps text readable over atoms. */
    private void panel(GC gc, int x, int y, int w, int h) {
        gc.setAlpha(215);
        gc.setBackground(color(new RGB(248, 248, 250)));
        gc.fillRoundRectangle(x, y, w, h, 8, 8);
        gc.setAlpha(255);
        gc.setLineWidth(1);
        gc.setForeground(color(new RGB(190, 190, 200)));
        gc.drawRoundRectangle(x, y, w, h, 8, 8);
    }

    private Color color(RGB rgb) {
        return new Color(device, rgb);
    }

    private static void line(GC gc, double x1, double y1, double x2, double y2) {
        gc.drawLine((int) Math.round(x1), (int) Math.round(y1), (int) Math.round(x2), (int) Math.round(y2));
    }
}
