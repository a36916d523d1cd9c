package org.matdesign.api;

import java.util.Map;

/**
 * The settings class a contribution names in its {@code settings} attribute (the model half of DAWN's
 * operation + model pattern): the settings it understands, their defaults and what each means, so the CLI, the
 * workbench and recipe files can all configure a contribution the same way.
 */
public interface SettingsSchema {

    /** Setting name to default value, in display order. */
    Map<String, String> defaults();

    /** Setting name to a one-line description. */
    Map<String, String> descriptions();
}
