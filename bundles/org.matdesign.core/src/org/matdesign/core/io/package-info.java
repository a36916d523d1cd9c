/**
 * Structure files: {@link org.matdesign.core.io.CifReader} (CIF 1.1, symmetry expanded to P1),
 * {@link org.matdesign.core.io.CifWriter} (P1), {@link org.matdesign.core.io.PoscarReader} /
 * {@link org.matdesign.core.io.PoscarWriter} (VASP 5), {@link org.matdesign.core.io.PymatgenJson}
 * ({@code Structure.as_dict()}), {@link org.matdesign.core.io.ExtXyzReader} / {@link org.matdesign.core.io.ExtXyzWriter}
 * (extended XYZ as ASE writes it), and
 * {@link org.matdesign.core.io.StructureFiles} with format detection. Every reading problem is an unchecked
 * {@link org.matdesign.core.io.StructureParseException} whose message names the file, the line where possible, and
 * the problem. Inputs are bounded (file size, symmetry operations, sites) so no input can hang a reader or exhaust
 * memory; writing never replaces an existing file unless asked.
 */
package org.matdesign.core.io;
