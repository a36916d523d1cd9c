/**
 * The CDVAE benchmark datasets (perov_5, carbon_24, mp_20): {@link org.matdesign.core.data.DataLocation} finds the
 * shared data folder, {@link org.matdesign.core.data.CdvaeDataset} streams typed rows with parsed structures, and
 * {@link org.matdesign.core.data.DatasetSplit} gives the project's seeded, ID-disjoint 80/10/10 split.
 */
package org.matdesign.core.data;
