package org.matdesign.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.matdesign.core.Structure;

/**
 * What a generative model bundle can do, as one benchmark harness sees every model (extension point
 * {@code org.matdesign.api.models}): the three tasks of CDVAE's protocol. A model declares its tasks; the harness
 * runs only those and talks to nothing else of the bundle. The contribution itself is light; {@link #open} loads
 * the weights into a {@link Session} that the caller closes.
 */
public interface GenerativeModel {

    /** The tasks of the benchmark protocol. */
    enum Task {
        /** Encode a given crystal and decode it again (autoencoders). */
        RECONSTRUCT,
        /** Sample crystals without a condition. */
        SAMPLE,
        /** Sample crystals for property conditions. */
        CONDITIONAL_SAMPLE,
        /** Move starting crystals towards a lower (or higher) value of a property. */
        OPTIMIZE
    }

    Set<Task> tasks();

    /** Loads the model its settings name (the bundled default when none); the caller closes the session. */
    Session open(Settings settings) throws CoreException;

    /** A loaded model. Methods honour cancellation through their monitor; an unsupported task throws. */
    interface Session extends AutoCloseable {

        /** Dataset name the model was trained on, e.g. {@code perov_5}. */
        String dataset();

        /** The properties the model knows (its property head, conditions). */
        List<String> properties();

        /**
         * Provenance: architecture, training command, training-set size and split, checksum; written next to every
         * benchmark figure.
         */
        Map<String, String> facts();

        /** What the decoder is given when reconstructing, stated with the figures (e.g. the structure latent alone). */
        String reconstructionInput();

        /** One decoded crystal per input, in input order; null where the decoding is not a valid crystal. */
        List<Structure> reconstruct(List<Structure> inputs, IProgressMonitor monitor) throws CoreException;

        /**
         * {@code count} crystals (null where a decoding is not a valid crystal), seeded; {@code conditions} empty for
         * unconditional sampling, otherwise target values per property.
         */
        List<Structure> sample(int count, Map<String, Double> conditions, long seed, IProgressMonitor monitor)
                throws CoreException;

        /**
         * For each start, the crystals decoded along an optimisation of {@code property} (lower is better when
         * {@code minimize}), in visiting order, nulls for invalid decodings. CDVAE's protocol: Adam on the latent,
         * several decodes along the way.
         */
        List<List<Structure>> optimize(List<Structure> starts, String property, boolean minimize, long seed,
                IProgressMonitor monitor) throws CoreException;

        /**
         * The model's latent vector of each crystal, in input order (null where it cannot encode one), for maps of
         * what the model learned (the workbench's latent map). Empty when the model has no latent to show.
         */
        default List<double[]> embed(List<Structure> crystals, IProgressMonitor monitor) throws CoreException {
            return List.of();
        }

        @Override
        void close();
    }
}
