package org.matdesign.engine.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What report.html shows.
 *
 * @param title              page title, e.g. the recipe name
 * @param propertyUnits      targeted property -> unit, in column order
 * @param rows               all candidates in rank order (best first)
 * @param funnel             funnel stages, first = all decoded candidates
 * @param provenance         run facts for the header (may be null)
 * @param stabilityThreshold e_above_hull_estimate limit counted as stable, eV/atom
 * @param topCount           how many top candidates get a structure picture
 */
public record ReportData(
        String title,
        Map<String, String> propertyUnits,
        List<CandidateRow> rows,
        List<FunnelStage> funnel,
        Provenance provenance,
        double stabilityThreshold,
        int topCount) {

    public ReportData {
        title = title == null ? "MatDesign run" : title;
        propertyUnits = Collections.unmodifiableMap(new LinkedHashMap<>(propertyUnits));
        rows = List.copyOf(rows);
        funnel = List.copyOf(funnel);
    }
}
