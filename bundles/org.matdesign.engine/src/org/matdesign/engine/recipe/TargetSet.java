package org.matdesign.engine.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The target values of one design: each property at most once, at least one property. */
public record TargetSet(List<TargetSpec> targets) {

    public TargetSet {
        if (targets == null || targets.isEmpty()) {
            throw new TargetSpecException("no target given; name at least one, e.g. band_gap=1.2");
        }
        Map<String, TargetSpec> seen = new LinkedHashMap<>();
        for (TargetSpec t : targets) {
            TargetSpec before = seen.put(t.name(), t);
            if (before != null) {
                throw new TargetSpecException("property " + t.name() + " is targeted twice (" + before + " and " + t + ")");
            }
        }
        targets = List.copyOf(targets);
    }

    /** Parses command-line style targets ({@code band_gap=1.2}). */
    public static TargetSet parse(List<String> texts, PropertyCatalogue catalogue) {
        List<TargetSpec> specs = new ArrayList<>();
        for (String text : texts) {
            specs.add(TargetSpec.parse(text, catalogue));
        }
        return new TargetSet(specs);
    }

    /**
     * The same targets with tolerances given as {@code NAME=TOL} (command line {@code --tolerance}); each named
     * property must be targeted.
     */
    public TargetSet withTolerances(List<String> texts) {
        Map<String, TargetSpec> byName = new LinkedHashMap<>();
        targets.forEach(t -> byName.put(t.name(), t));
        for (String text : texts) {
            int eq = text.indexOf('=');
            String name = eq < 0 ? text : text.substring(0, eq).trim();
            TargetSpec t = byName.get(name);
            if (eq < 0 || t == null) {
                throw new TargetSpecException("tolerance '" + text + "': expected NAME=TOLERANCE for a targeted property ("
                        + String.join(", ", byName.keySet()) + ")");
            }
            double tol;
            try {
                tol = Double.parseDouble(text.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new TargetSpecException("tolerance '" + text + "': '" + text.substring(eq + 1).trim()
                        + "' is not a number");
            }
            byName.put(name, t.withTolerance(tol));
        }
        return new TargetSet(List.copyOf(byName.values()));
    }

    public List<String> propertyNames() {
        return targets.stream().map(TargetSpec::name).toList();
    }

    public OptionalDouble value(String property) {
        for (TargetSpec t : targets) {
            if (t.name().equals(property)) {
                return OptionalDouble.of(t.value());
            }
        }
        return OptionalDouble.empty();
    }

    /** The per-property targets in the API's terms. */
    public java.util.List<org.matdesign.api.PropertyTarget> toTargets() {
        return targets.stream().map(TargetSpec::toTarget).toList();
    }

    /** Values aimed at by property name, in target order. */
    public Map<String, Double> values() {
        Map<String, Double> map = new LinkedHashMap<>();
        targets.forEach(t -> map.put(t.name(), t.value()));
        return map;
    }

    /** A short label such as {@code band_gap=1.2 formation_energy=-0.025}. */
    public String label() {
        return targets.stream().map(TargetSpec::toString).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return label();
    }
}
