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

    /** Values by property name, in target order. */
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
