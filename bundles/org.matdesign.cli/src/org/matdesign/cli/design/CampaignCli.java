package org.matdesign.cli.design;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.SettingsException;
import org.matdesign.cli.CommandFailure;
import org.matdesign.cli.UsageException;
import org.matdesign.core.data.DataLocation;
import org.matdesign.engine.Campaign;
import org.matdesign.engine.CampaignException;
import org.matdesign.engine.CampaignOutcome;
import org.matdesign.engine.CampaignRequest;
import org.matdesign.engine.CampaignSummary;
import org.matdesign.engine.output.OutputDirectoryException;
import org.matdesign.engine.recipe.Recipe;
import org.matdesign.engine.recipe.RecipeException;

/**
 * What every campaign command does once it has a recipe: runs the engine's campaign on this thread with text progress
 * and Ctrl-C cancellation, turns the engine's errors into exit codes (a recipe or setting the installation cannot run
 * is a usage error), and prints the summary.
 */
final class CampaignCli {

    private CampaignCli() {
    }

    static CampaignOutcome run(Supplier<ContributionRegistry> registry, Recipe recipe, Path out, boolean overwrite,
            Path dataOverride, List<String> command, PrintStream err) {
        ContributionRegistry installed = registry.get();
        if (installed == null) {
            throw new CommandFailure("the contribution registry is not running (is org.apache.felix.scr started?)");
        }
        CampaignRequest request = new CampaignRequest(recipe, out, overwrite, dataFolder(recipe, dataOverride),
                command, err::println);
        try (CancelOnInterrupt cancel = new CancelOnInterrupt(true)) {
            return new Campaign(installed, request).execute(new TextProgress(err, "  progress", cancel));
        } catch (RecipeException | SettingsException e) {
            throw new UsageException(e.getMessage());
        } catch (OperationCanceledException e) {
            throw new CommandFailure("run cancelled; nothing was written to " + out);
        } catch (CampaignException | OutputDirectoryException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    /** --data, else the recipe's, else the default location when it exists; none is fine (bundled references). */
    private static Path dataFolder(Recipe recipe, Path override) {
        Path given = override != null ? override : recipe.data() == null ? null : Path.of(recipe.data());
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new UsageException("data folder " + given + " does not exist");
            }
            return given;
        }
        return DataLocation.find().filter(Files::isDirectory).orElse(null);
    }

    /** The closing lines every design command prints. */
    static void printSummary(PrintStream out, CampaignOutcome outcome) {
        CampaignSummary.lines(outcome).forEach(out::println);
    }
}
