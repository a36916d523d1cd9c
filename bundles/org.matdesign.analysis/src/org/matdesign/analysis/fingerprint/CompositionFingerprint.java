package org.matdesign.analysis.fingerprint;

import org.matdesign.core.Composition;
import org.matdesign.core.Structure;

/** CDVAE's composition fingerprint: Magpie features scaled by CompScaler (132 numbers, NaN-free). */
public final class CompositionFingerprint {

    private CompositionFingerprint() {
    }

    public static double[] of(Composition composition) {
        return CompScaler.scale(MagpieFingerprint.of(composition));
    }

    public static double[] of(Structure structure) {
        return of(structure.composition());
    }

    public static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
