package org.matdesign.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

/**
 * One registered contribution (from plugin.xml or a DS service): its descriptor plus a way to obtain the
 * implementation. The implementation is only ever created or called through {@link SafeRunner}, so a faulty
 * contribution is reported and skipped instead of taking a run down.
 */
public final class Contribution {

    /** Where a contribution was declared. */
    public enum Source { EXTENSION, SERVICE }

    private final Role role;
    private final String id;
    private final String name;
    private final String description;
    private final String bundle;
    private final Source source;
    private final Supplier<Object> implementation;
    private final Supplier<Object> settings;
    private final String view;

    public Contribution(Role role, String id, String name, String description, String bundle, Source source,
            Supplier<Object> implementation, Supplier<Object> settings) {
        this(role, id, name, description, bundle, source, implementation, settings, null);
    }

    /**
     * @param implementation null for a visualizer that is only a workbench view
     * @param view           id of the workbench view a visualizer declares ({@code view} attribute), or null
     */
    public Contribution(Role role, String id, String name, String description, String bundle, Source source,
            Supplier<Object> implementation, Supplier<Object> settings, String view) {
        this.view = view == null || view.isBlank() ? null : view;
        this.role = role;
        this.id = id;
        this.name = name == null || name.isBlank() ? id : name;
        this.description = description == null ? "" : description;
        this.bundle = bundle;
        this.source = source;
        this.implementation = implementation;
        this.settings = settings;
    }

    /**
     * The contribution an extension element declares ({@code id}, {@code name}, {@code description}, {@code class},
     * {@code settings}; a visualizer may give a {@code view} instead of a class), its classes created through the
     * element as Eclipse creates executable extensions. Empty, with the reason in {@code problems}, when the element
     * is not this role's or lacks what it needs. The OSGi registry and the plain class path's registry (a cluster
     * executor) both read plugin.xml through this.
     *
     * @param bundle the contributing bundle, for messages and provenance
     */
    public static Optional<Contribution> fromExtension(Role role, IConfigurationElement element, String bundle,
            Consumer<String> problems) {
        if (!role.elementName().equals(element.getName())) {
            problems.accept("bundle " + bundle + ": unexpected element <" + element.getName() + "> on "
                    + role.extensionPointId() + " (expected <" + role.elementName() + ">)");
            return Optional.empty();
        }
        String id = element.getAttribute("id");
        String className = element.getAttribute("class");
        // Only a visualizer may leave out the class, when it is a workbench view.
        String view = role == Role.VISUALIZER ? element.getAttribute("view") : null;
        boolean hasClass = className != null && !className.isBlank();
        if (id == null || id.isBlank() || !hasClass && (view == null || view.isBlank())) {
            problems.accept("bundle " + bundle + ": a " + role.label() + " without id or "
                    + (role == Role.VISUALIZER ? "class or view" : "class") + " on " + role.extensionPointId()
                    + " was ignored");
            return Optional.empty();
        }
        String settingsClass = element.getAttribute("settings");
        return Optional.of(new Contribution(role, id, element.getAttribute("name"), element.getAttribute("description"),
                bundle, Source.EXTENSION, hasClass ? () -> create(element, "class") : null,
                settingsClass == null || settingsClass.isBlank() ? null : () -> create(element, "settings"), view));
    }

    private static Object create(IConfigurationElement element, String attribute) {
        try {
            return element.createExecutableExtension(attribute);
        } catch (CoreException e) {
            throw new IllegalStateException(e.getStatus().getMessage(), e);
        }
    }

    /** A contribution made in code (plain-Java callers and tests); {@code settings} may be null. */
    public static Contribution of(Role role, String id, String name, Supplier<Object> implementation,
            Supplier<Object> settings) {
        return new Contribution(role, id, name, "", "(code)", Source.SERVICE, implementation, settings);
    }

    public Role role() {
        return role;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Symbolic name of the contributing bundle. */
    public String bundle() {
        return bundle;
    }

    public Source source() {
        return source;
    }

    /** The workbench view this visualizer shows its results in (Eclipse view id), when it declares one. */
    public Optional<String> view() {
        return Optional.ofNullable(view);
    }

    /** False for a visualizer that is only a workbench view: it has no implementation to write outputs. */
    public boolean hasImplementation() {
        return implementation != null;
    }

    /**
     * Creates (extensions) or fetches (services) the implementation. Failures, including an implementation of the
     * wrong type, are passed to {@code problems} and give an empty result.
     */
    public <T> Optional<T> instance(Class<T> type, Consumer<String> problems) {
        if (implementation == null) {
            problems.accept(describe() + " is only a workbench view" + view().map(v -> " (" + v + ")").orElse("")
                    + "; it has no implementation to call");
            return Optional.empty();
        }
        Object created = callSafely("create", implementation, problems);
        if (created == null) {
            return Optional.empty();
        }
        if (!type.isInstance(created)) {
            problems.accept(describe() + ": class " + created.getClass().getName() + " does not implement "
                    + type.getName());
            return Optional.empty();
        }
        return Optional.of(type.cast(created));
    }

    /** The settings schema, when the contribution names one and it can be created. */
    public Optional<SettingsSchema> settingsSchema(Consumer<String> problems) {
        if (settings == null) {
            return Optional.empty();
        }
        Object created = callSafely("create settings of", settings, problems);
        if (created instanceof SettingsSchema schema) {
            return Optional.of(schema);
        }
        if (created != null) {
            problems.accept(describe() + ": settings class " + created.getClass().getName() + " does not implement "
                    + SettingsSchema.class.getName());
        }
        return Optional.empty();
    }

    /** The declared settings (none when the contribution names no settings class or it cannot be created). */
    public List<Setting> declaredSettings(Consumer<String> problems) {
        return settingsSchema(problems).map(schema -> {
            List<Setting> list = SafeCall.call("settings of " + describe(), schema::settings, problems).orElse(null);
            return list == null ? List.<Setting>of() : List.copyOf(list);
        }).orElse(List.of());
    }

    /** Runs contributed code through SafeRunner and reports any failure with the contribution's identity. */
    private Object callSafely(String action, Supplier<Object> supplier, Consumer<String> problems) {
        Object[] result = new Object[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                result[0] = supplier.get();
            }

            @Override
            public void handleException(Throwable e) {
                problems.accept("could not " + action + " " + describe() + ": " + SafeCall.message(e));
            }
        });
        return result[0];
    }

    /** e.g. {@code generator 'meidnet' (org.matdesign.models.meidnet)}. */
    public String describe() {
        return role.label() + " '" + id + "' (" + bundle + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
