package org.matdesign.api;

import java.util.List;
import java.util.Optional;

/**
 * The one place that knows every contribution: those declared on the four extension points and DS services of
 * the four role interfaces (service properties {@code matdesign.id}, {@code matdesign.name},
 * {@code matdesign.description}). Ids are unique per role; a duplicate is rejected and reported.
 * Obtain it as an OSGi service.
 */
public interface ContributionRegistry {

    /** All accepted contributions of a role, ordered by id. */
    List<Contribution> contributions(Role role);

    Optional<Contribution> find(Role role, String id);

    /** Problems met while collecting contributions (duplicate ids, missing attributes), one line each. */
    List<String> problems();
}
