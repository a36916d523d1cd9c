package org.matdesign.engine;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.SafeCall;

/**
 * A {@link Campaign} as an Eclipse {@link Job}: what the workbench schedules (progress in the Progress view,
 * cancellation from it) and what batch callers may schedule too. The outcome is available once the job is done.
 */
public final class CampaignJob extends Job {

    private static final String PLUGIN_ID = "org.matdesign.engine";

    /** The job family of every campaign job. */
    public static final String FAMILY = "org.matdesign.engine.campaign";

    private final Campaign campaign;
    private volatile CampaignOutcome outcome;

    public CampaignJob(ContributionRegistry registry, CampaignRequest request) {
        this(registry, request, CampaignListener.NONE);
    }

    /** @param listener hears each target's candidates as they come out (e.g. a table filling while the job runs) */
    public CampaignJob(ContributionRegistry registry, CampaignRequest request, CampaignListener listener) {
        super("MatDesign campaign " + Objects.requireNonNull(request, "request").recipe().name());
        this.campaign = new Campaign(Objects.requireNonNull(registry, "registry"), request, listener);
        setUser(true);
    }

    /** Jobs of this family are MatDesign campaigns (for Job.getJobManager().find / join). */
    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            outcome = campaign.execute(monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, SafeCall.message(e), e);
        }
    }

    /** The outcome once the job finished successfully; null before or after a failure or cancellation. */
    public CampaignOutcome outcome() {
        return outcome;
    }
}
