package org.matdesign.models.meidnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.matdesign.core.io.CifWriter;
import org.matdesign.models.meidnet.design.LatentDecoding;
import org.matdesign.models.meidnet.design.LatentSampler;

/**
 * PyTorch's gradient mode is per thread and DJL turns it off only where its engine started; the model must still
 * load and decode on any other thread (a workbench job, a Spark task) and give the same crystals there.
 */
class AnyThreadTest {

    /** The decoded crystals as CIF text (undecodable latents as "none"), to compare bit for bit. */
    private static List<String> loadAndDecode() throws Exception {
        try (MeidnetModel model = MeidnetModel.loadDefault()) {
            return LatentDecoding.structures(model, LatentSampler.sphere(new Random(11), 8, model.config().latent()))
                    .stream().map(s -> s == null ? "none" : CifWriter.write(s)).toList();
        }
    }

    @Test
    void loadsAndDecodesTheSameOnAFreshThreadAndInAnEclipseJob() throws Exception {
        List<String> here = loadAndDecode();

        CompletableFuture<List<String>> onThread = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                onThread.complete(loadAndDecode());
            } catch (Throwable e) {
                onThread.completeExceptionally(e);
            }
        }, "fresh thread");
        thread.start();
        assertEquals(here, onThread.get(120, TimeUnit.SECONDS), "a fresh thread decodes the same crystals");

        CompletableFuture<List<String>> inJob = new CompletableFuture<>();
        Job job = Job.create("decode in a job", (IProgressMonitor monitor) -> {
            try {
                inJob.complete(loadAndDecode());
            } catch (Throwable e) {
                inJob.completeExceptionally(e);
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        assertEquals(here, inJob.get(120, TimeUnit.SECONDS), "an Eclipse job decodes the same crystals");
        job.join();
        assertNotNull(job.getResult());
        assertEquals(IStatus.OK, job.getResult().getSeverity());
    }
}
