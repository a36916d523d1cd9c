package org.matdesign.api;

import java.util.List;
import java.util.Optional;

import org.matdesign.api.internal.ListContributionRegistry;
import org.matdesign.api.internal.RegistryLookup;

/**
 * The one place that knows every contribution: those declared on the four extension points and DS services of
 * the four role interfaces (service properties {@code matdesign.id}, {@code matdesign.name},
 * {@code matdesign.description}). Ids are unique per role; a duplicate is rejected and reported.
 * Obtain it as an OSGi service; outside OSGi (plain-Java tests, a Spark executor) build one from an explicit list
 * with {@link #of(List)}.
 */
public interface ContributionRegistry {

    /** All accepted contributions of a role, ordered by id. */
    List<Contribution> contributions(Role role);

    Optional<Contribution> find(Role role, String id);

    /** Problems met while collecting contributions (duplicate ids, missing attributes), one line each. */
    List<String> problems();

    /**
     * A registry of exactly these contributions, for callers outside OSGi. Duplicate ids per role are rejected the
     * same way as in the OSGi registry (the first one stays, the problem is reported).
     */
    static ContributionRegistry of(List<Contribution> contributions) {
        return new ListContributionRegistry(contributions);
    }

    /**
     * The installed registry as seen from {@code caller}'s bundle, waiting up to {@code timeoutMillis} for the DS
     * component to start; null outside OSGi or when it does not appear in time.
     */
    static ContributionRegistry await(Class<?> caller, long timeoutMillis) {
        return RegistryLookup.await(caller, timeoutMillis);
    }
}
