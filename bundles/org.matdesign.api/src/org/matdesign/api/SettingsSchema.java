package org.matdesign.api;

import java.util.List;

/**
 * The settings class a contribution names in its {@code settings} attribute (the model half of DAWN's operation +
 * model pattern): every setting it understands, declared once with type, default, unit, range and description. The
 * engine checks recipes and command-line values against it before a run starts, and hands the contribution the
 * checked values as {@link Settings}.
 */
public interface SettingsSchema {

    /** The declared settings, in display order; keys are unique. */
    List<Setting> settings();
}
