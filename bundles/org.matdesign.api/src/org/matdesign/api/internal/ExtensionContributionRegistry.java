package org.matdesign.api.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;
import org.osgi.framework.FrameworkUtil;

/**
 * DS component behind {@link ContributionRegistry}. Reads the extension registry on every query, so bundles
 * installed or removed at run time are seen, and merges the DS services it is bound to.
 */
public final class ExtensionContributionRegistry implements ContributionRegistry {

    static final String ID = "matdesign.id";
    static final String NAME = "matdesign.name";
    static final String DESCRIPTION = "matdesign.description";

    private final Map<Role, List<ServiceContribution>> services = new EnumMap<>(Role.class);

    public ExtensionContributionRegistry() {
        for (Role role : Role.values()) {
            services.put(role, new CopyOnWriteArrayList<>());
        }
    }

    private record ServiceContribution(Object service, Map<String, Object> properties, String bundle) {
    }

    // DS bind/unbind methods, one pair per role (see OSGI-INF/registry.xml).
    public void addGenerator(Object service, Map<String, Object> properties) {
        bind(Role.GENERATOR, service, properties);
    }

    public void removeGenerator(Object service, Map<String, Object> properties) {
        unbind(Role.GENERATOR, service);
    }

    public void addOptimizer(Object service, Map<String, Object> properties) {
        bind(Role.OPTIMIZER, service, properties);
    }

    public void removeOptimizer(Object service, Map<String, Object> properties) {
        unbind(Role.OPTIMIZER, service);
    }

    public void addValidator(Object service, Map<String, Object> properties) {
        bind(Role.VALIDATOR, service, properties);
    }

    public void removeValidator(Object service, Map<String, Object> properties) {
        unbind(Role.VALIDATOR, service);
    }

    public void addVisualizer(Object service, Map<String, Object> properties) {
        bind(Role.VISUALIZER, service, properties);
    }

    public void removeVisualizer(Object service, Map<String, Object> properties) {
        unbind(Role.VISUALIZER, service);
    }

    public void addPredictor(Object service, Map<String, Object> properties) {
        bind(Role.PREDICTOR, service, properties);
    }

    public void removePredictor(Object service, Map<String, Object> properties) {
        unbind(Role.PREDICTOR, service);
    }

    public void addModel(Object service, Map<String, Object> properties) {
        bind(Role.MODEL, service, properties);
    }

    public void removeModel(Object service, Map<String, Object> properties) {
        unbind(Role.MODEL, service);
    }

    private void bind(Role role, Object service, Map<String, Object> properties) {
        String bundle = bundleOf(service, properties.get("component.name"));
        services.get(role).add(new ServiceContribution(service, Map.copyOf(properties), bundle));
    }

    private static String bundleOf(Object service, Object componentName) {
        org.osgi.framework.Bundle bundle = FrameworkUtil.getBundle(service.getClass());
        if (bundle != null) {
            return bundle.getSymbolicName();
        }
        return componentName == null ? "unknown" : componentName.toString();
    }

    private void unbind(Role role, Object service) {
        services.get(role).removeIf(s -> s.service() == service);
    }

    @Override
    public List<Contribution> contributions(Role role) {
        return collect(role, new ArrayList<>());
    }

    @Override
    public Optional<Contribution> find(Role role, String id) {
        return contributions(role).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Role role : Role.values()) {
            collect(role, problems);
        }
        return problems;
    }

    /**
     * Extensions first, in bundle install order (then declaration order), then services in binding order; a
     * later duplicate is rejected, so an installed contribution is never displaced by one that arrives after it.
     */
    private List<Contribution> collect(Role role, List<String> problems) {
        Map<String, Contribution> byId = new LinkedHashMap<>();
        for (Contribution candidate : fromExtensions(role, problems)) {
            accept(byId, candidate, problems);
        }
        for (ServiceContribution service : services.get(role)) {
            fromService(role, service, problems).ifPresent(c -> accept(byId, c, problems));
        }
        List<Contribution> accepted = new ArrayList<>(byId.values());
        accepted.sort(Comparator.comparing(Contribution::id));
        return accepted;
    }

    private static void accept(Map<String, Contribution> byId, Contribution candidate, List<String> problems) {
        Contribution existing = byId.get(candidate.id());
        if (existing != null) {
            problems.add("duplicate " + candidate.role().label() + " id '" + candidate.id() + "' from bundle "
                    + candidate.bundle() + " rejected: already contributed by bundle " + existing.bundle());
            return;
        }
        byId.put(candidate.id(), candidate);
    }

    private static List<Contribution> fromExtensions(Role role, List<String> problems) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Contribution> found = new ArrayList<>();
        if (registry == null) {
            return found;
        }
        IConfigurationElement[] elements = registry.getConfigurationElementsFor(role.extensionPointId());
        List<IConfigurationElement> sorted = new ArrayList<>(List.of(elements));
        Map<String, Long> installOrder = installOrder();
        sorted.sort(Comparator.comparing(e -> installOrder.getOrDefault(e.getContributor().getName(), Long.MAX_VALUE)));
        for (IConfigurationElement element : sorted) {
            Contribution.fromExtension(role, element, element.getContributor().getName(), problems::add)
                    .ifPresent(found::add);
        }
        return found;
    }

    private static Map<String, Long> installOrder() {
        Map<String, Long> order = new LinkedHashMap<>();
        org.osgi.framework.Bundle self = FrameworkUtil.getBundle(ExtensionContributionRegistry.class);
        if (self != null && self.getBundleContext() != null) {
            for (org.osgi.framework.Bundle bundle : self.getBundleContext().getBundles()) {
                order.putIfAbsent(bundle.getSymbolicName(), bundle.getBundleId());
            }
        }
        return order;
    }

    private static Optional<Contribution> fromService(Role role, ServiceContribution service, List<String> problems) {
        Object id = service.properties().get(ID);
        if (!(id instanceof String text) || text.isBlank()) {
            problems.add("bundle " + service.bundle() + ": a " + role.label() + " service without the "
                    + ID + " property was ignored");
            return Optional.empty();
        }
        Object name = service.properties().get(NAME);
        Object description = service.properties().get(DESCRIPTION);
        return Optional.of(new Contribution(role, text, name == null ? null : name.toString(),
                description == null ? null : description.toString(), service.bundle(), Contribution.Source.SERVICE,
                service::service, null));
    }
}
