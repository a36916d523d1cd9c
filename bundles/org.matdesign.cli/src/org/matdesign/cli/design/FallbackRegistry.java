package org.matdesign.cli.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;

/**
 * The installed registry, with the design bundle's own contributions behind it: an id the installed registry does not
 * know is taken from {@link BuiltinContributions}. Outside OSGi (no installed registry) the built-ins are all there is.
 */
final class FallbackRegistry implements ContributionRegistry {

    private final ContributionRegistry primary;
    private final List<Contribution> builtins;

    FallbackRegistry(ContributionRegistry primary, List<Contribution> builtins) {
        this.primary = primary;
        this.builtins = List.copyOf(builtins);
    }

    @Override
    public List<Contribution> contributions(Role role) {
        Map<String, Contribution> byId = new LinkedHashMap<>();
        if (primary != null) {
            primary.contributions(role).forEach(c -> byId.put(c.id(), c));
        }
        builtins.stream().filter(c -> c.role() == role).forEach(c -> byId.putIfAbsent(c.id(), c));
        List<Contribution> list = new ArrayList<>(byId.values());
        list.sort((a, b) -> a.id().compareTo(b.id()));
        return list;
    }

    @Override
    public Optional<Contribution> find(Role role, String id) {
        if (primary != null) {
            Optional<Contribution> found = primary.find(role, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return builtins.stream().filter(c -> c.role() == role && c.id().equals(id)).findFirst();
    }

    @Override
    public List<String> problems() {
        return primary == null ? List.of() : primary.problems();
    }
}
