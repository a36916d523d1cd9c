package org.matdesign.analysis.localenv;

import java.util.List;

import org.matdesign.core.Neighbor;
import org.matdesign.core.Structure;

/**
 * All periodic images of all sites within a radius of one site, as vectors from it (the site itself left out), in
 * core's neighbour order (by site, then image). A site that coincides with another has no Voronoi cell: refused.
 */
record SphereNeighbours(int[] sites, double[][] vectors) {

    static SphereNeighbours of(Structure structure, int n, double cutoff) {
        for (int s = 0; s < structure.size(); s++) {
            if (s != n && structure.distance(s, n) < 1e-8) {
                throw new IllegalArgumentException("site " + s + " coincides with site " + n);
            }
        }
        List<Neighbor> neighbours = structure.neighborsOf(n, cutoff);
        int[] sites = new int[neighbours.size()];
        double[][] vectors = new double[neighbours.size()][];
        for (int k = 0; k < sites.length; k++) {
            sites[k] = neighbours.get(k).j();
            vectors[k] = structure.offset(neighbours.get(k));
        }
        return new SphereNeighbours(sites, vectors);
    }
}
