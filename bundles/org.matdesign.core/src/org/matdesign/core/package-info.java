/**
 * The crystal model of MatDesign: {@link org.matdesign.core.Element}, {@link org.matdesign.core.Species},
 * {@link org.matdesign.core.Composition}, {@link org.matdesign.core.Lattice}, {@link org.matdesign.core.Site} and
 * {@link org.matdesign.core.Structure}. Plain Java (no Eclipse or OSGi imports), immutable, double precision,
 * lengths in Å and angles in degrees. Conventions follow pymatgen 2022.11.7 (row-vector lattices, fractional
 * coordinates as row vectors, formula strings, site order after CIF reading, LLL and Niggli reduction), so that
 * numbers computed here agree with the reference implementations.
 *
 * <p>Geometry on plain arrays for hot loops: {@link org.matdesign.core.Mat3} (the one 3x3 matrix helper),
 * {@link org.matdesign.core.LatticeParameters}, {@link org.matdesign.core.LllReduction},
 * {@link org.matdesign.core.NiggliReduction} and {@link org.matdesign.core.LatticeMappings}.
 *
 * <p>Known difference: pymatgen finishes its Niggli reduction by searching for lattice vectors with the reduced
 * parameters within 1 degree, which can return vectors with angles mirrored about 90 degrees (for angles within
 * 0.5 degrees of 90); {@link org.matdesign.core.Lattice#niggliReduced()} returns the cell of the reduced metric
 * itself (pymatgen's parameters before that search). {@link org.matdesign.core.NiggliReduction#reduceLikePymatgen}
 * includes the search, for the structure matcher.
 */
package org.matdesign.core;
