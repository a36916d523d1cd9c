package org.matdesign.api.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;

/** {@link ContributionRegistry#of(List)}: a fixed list of contributions, duplicates per role rejected. */
public final class ListContributionRegistry implements ContributionRegistry {

    private final List<Contribution> accepted = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public ListContributionRegistry(List<Contribution> contributions) {
        for (Contribution c : contributions) {
            Optional<Contribution> first = find(c.role(), c.id());
            if (first.isPresent()) {
                problems.add("duplicate " + c.role().label() + " id '" + c.id() + "': " + c.bundle() + " was rejected, "
                        + first.get().bundle() + " keeps it");
            } else {
                accepted.add(c);
            }
        }
        accepted.sort(Comparator.comparing(Contribution::id));
    }

    @Override
    public List<Contribution> contributions(Role role) {
        return accepted.stream().filter(c -> c.role() == role).toList();
    }

    @Override
    public Optional<Contribution> find(Role role, String id) {
        return accepted.stream().filter(c -> c.role() == role && c.id().equals(id)).findFirst();
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
