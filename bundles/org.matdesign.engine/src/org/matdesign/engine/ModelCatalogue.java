package org.matdesign.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Generator;
import org.matdesign.api.Role;
import org.matdesign.api.TargetProperties;
import org.matdesign.engine.recipe.PropertyCatalogue;
import org.matdesign.engine.recipe.PropertyInfo;

/**
 * The properties a generator's model can aim at, as a {@link PropertyCatalogue}. A property the default catalogue
 * knows under the same name and unit keeps its physical range and tolerance; another one (a model trained on a
 * user's table) may be aimed within {@value #RANGE_SIGMAS} training standard deviations of its training mean, with
 * half a standard deviation as the default tolerance. A generator that does not say keeps the default catalogue.
 * The question is contributed code, so it runs under a time limit of {@value #SECONDS} s and its failure is an error
 * naming the generator.
 */
public final class ModelCatalogue {

    static final double RANGE_SIGMAS = 20;
    static final double SECONDS = 120;

    private ModelCatalogue() {
    }

    /**
     * @param generatorId the recipe's generator
     * @param model       its model setting (null: the generator's default)
     * @throws CampaignException naming the generator and the model when the model cannot be asked (a failure, not
     *                           a usage error: the model folder may be corrupt)
     */
    public static PropertyCatalogue of(ContributionRegistry registry, String generatorId, String model) {
        Optional<Contribution> generator = registry.find(Role.GENERATOR, generatorId);
        if (generator.isEmpty()) {
            return PropertyCatalogue.defaults(); // the campaign names the missing generator
        }
        Object instance = generator.get().instance(Generator.class, problem -> { }).orElse(null);
        if (!(instance instanceof TargetProperties target)) {
            return PropertyCatalogue.defaults();
        }
        List<String> problems = new ArrayList<>();
        String who = "generator '" + generatorId + "'";
        List<TargetProperties.ModelProperty> properties = BoundedCall.call(who, "telling the properties of model '"
                + (model == null ? "default" : model) + "'", SECONDS, null, monitor -> target.targetProperties(model),
                problems::add).orElse(null);
        if (properties == null) {
            throw new CampaignException(String.join("; ", problems));
        }
        List<PropertyInfo> out = new ArrayList<>();
        for (TargetProperties.ModelProperty p : properties) {
            out.add(PropertyCatalogue.defaults().find(p.name()).filter(known -> known.unit().equals(p.unit()))
                    .orElseGet(() -> fromTraining(p)));
        }
        return out.isEmpty() ? PropertyCatalogue.defaults() : PropertyCatalogue.of(out);
    }

    private static PropertyInfo fromTraining(TargetProperties.ModelProperty p) {
        double std = p.trainingStd() > 0 ? p.trainingStd() : 1;
        return new PropertyInfo(p.name(), p.unit(), p.column(), p.trainingMean() - RANGE_SIGMAS * std,
                p.trainingMean() + RANGE_SIGMAS * std, 0.5 * std, p.name().replace('_', ' ')
                        + " (as the model learned it from column " + p.column() + ")");
    }
}
