package org.matdesign.core.io;

import org.matdesign.core.Structure;

/** A structure with the name it had in its file (CIF data block name, POSCAR comment line, ...). */
public record NamedStructure(String name, Structure structure) {
}
