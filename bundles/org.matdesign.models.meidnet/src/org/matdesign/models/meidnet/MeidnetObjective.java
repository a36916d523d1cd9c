package org.matdesign.models.meidnet;

import ai.djl.ndarray.NDArray;

import org.matdesign.ml.Ops;
import org.matdesign.ml.Tensors;

import java.util.Map;

/**
 * The training loss of the paper: reconstruction + property MSE + alpha_t * InfoNCE, wired per fusion mode (see
 * {@link FusionMode} for exactly what each mode decodes). The decoder only ever sees latents: there is no teacher
 * forcing, so what is trained is what is evaluated.
 */
public final class MeidnetObjective {

    private MeidnetObjective() {
    }

    public static NDArray loss(MeidnetNetwork net, CrystalBatch batch, double alpha, Map<String, NDArray> log) {
        ModelConfig config = net.config();
        LossWeights w = config.weights();
        NDArray fs = net.structureFeatures(batch.input());
        NDArray fp = net.propertyFeatures(batch.properties());
        NDArray zs = net.structureLatent(fs);
        NDArray zp = net.propertyLatent(fp);
        float ncWeight = (float) (alpha * config.weights().contrastive());
        // with a zero weight InfoNCE is only logged: computed on detached latents, no graph is built for it
        NDArray nce = ncWeight > 0 ? Losses.infoNce(zs, zp, config.tau())
                : Losses.infoNce(zs.stopGradient(), zp.stopGradient(), config.tau());
        NDArray recon;
        NDArray property;
        if (config.fusion().sharedHead()) {
            NDArray zj = net.jointLatent(fs, fp);
            float single = (float) w.singleModality();
            recon = Losses.reconstruction(net.decode(zj), batch.targets(), w, log, "recon_")
                    .add(Ops.mul(Losses.reconstruction(net.decode(zs), batch.targets(), w, null, "")
                            .add(Losses.reconstruction(net.decode(zp), batch.targets(), w, null, "")), single));
            property = Losses.mse(net.predictProperties(zj), batch.properties())
                    .add(Ops.mul(Losses.mse(net.predictProperties(zs), batch.properties())
                            .add(Losses.mse(net.predictProperties(zp), batch.properties())), single));
        } else {
            recon = Losses.reconstruction(net.decode(zs), batch.targets(), w, log, "recon_");
            property = Losses.mse(net.predictProperties(zp), batch.properties());
        }
        NDArray total = recon.add(Ops.mul(property, (float) w.property()));
        if (ncWeight > 0) {
            total = total.add(Ops.mul(nce, ncWeight));
        }
        if (log != null) {
            log.put("loss", total);
            log.put("recon", recon);
            log.put("property", property);
            log.put("infonce", nce);
            log.put("alpha", Tensors.scalar(total.getManager(), (float) alpha));
        }
        return total;
    }
}
