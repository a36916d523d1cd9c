package org.matdesign.spark;

import java.io.Serializable;

/**
 * One row of a screened table: the input row, the reduced formula of its crystal (empty when it did not parse), the
 * reason it did not parse (empty when it did) and the judged crystal with its verdicts as {@link ResultWire} text.
 */
record ScreenedRow(long index, String id, String cif, String formula, String error, String candidate)
        implements Serializable {

    boolean parsed() {
        return error.isEmpty();
    }
}
