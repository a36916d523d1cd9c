package org.matdesign.spark;

import java.io.Serializable;

/** One crystal of a table to screen: its row number in the table, its id and its CIF text. */
record InputRow(long index, String id, String cif) implements Serializable {
}
