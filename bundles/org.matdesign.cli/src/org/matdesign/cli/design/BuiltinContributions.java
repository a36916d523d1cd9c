package org.matdesign.cli.design;

import java.util.List;
import java.util.function.Supplier;

import org.matdesign.analysis.validators.ChargeNeutralityValidator;
import org.matdesign.analysis.validators.NoveltyValidator;
import org.matdesign.analysis.validators.StructuralValidityValidator;
import org.matdesign.analysis.validators.UniquenessValidator;
import org.matdesign.api.Contribution;
import org.matdesign.api.Role;
import org.matdesign.models.meidnet.design.MeidnetGenerator;
import org.matdesign.models.meidnet.design.MeidnetLatentOptimizer;
import org.matdesign.models.meidnet.screening.IndependentPropertyValidator;
import org.matdesign.models.meidnet.screening.StabilityEstimateValidator;

/**
 * The contributions a design run needs, created directly: used when the installed registry lacks an id (outside
 * OSGi). Ids match the extension declarations.
 */
final class BuiltinContributions {

    private static final String BUNDLE = "org.matdesign.cli (built-in)";

    private BuiltinContributions() {
    }

    static List<Contribution> all() {
        return List.of(
                of(Role.GENERATOR, MeidnetGenerator.ID, MeidnetGenerator::new),
                of(Role.OPTIMIZER, MeidnetLatentOptimizer.ID, MeidnetLatentOptimizer::new),
                of(Role.VALIDATOR, StructuralValidityValidator.ID, StructuralValidityValidator::new),
                of(Role.VALIDATOR, ChargeNeutralityValidator.ID, ChargeNeutralityValidator::new),
                of(Role.VALIDATOR, UniquenessValidator.ID, UniquenessValidator::new),
                of(Role.VALIDATOR, NoveltyValidator.ID, NoveltyValidator::new),
                of(Role.VALIDATOR, IndependentPropertyValidator.ID, IndependentPropertyValidator::new),
                of(Role.VALIDATOR, StabilityEstimateValidator.ID, StabilityEstimateValidator::new));
    }

    private static Contribution of(Role role, String id, Supplier<Object> factory) {
        return new Contribution(role, id, id, "", BUNDLE, Contribution.Source.SERVICE, factory, null);
    }
}
