package org.matdesign.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportHtmlTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ReportData data(List<CandidateRow> rows) {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("band_gap", "eV");
        units.put("formation_energy", "eV/atom");
        List<FunnelStage> funnel = List.of(new FunnelStage("decoded", 8, "all"), new FunnelStage("valid", 7, ""),
                new FunnelStage("SUN", 2, "stable, unique, novel"));
        Provenance p = new Provenance(List.of("matdesign", "design", "--target", "band_gap=1.2"), null, 1, "default",
                "abcdef0123456789abcdef", null, "ffff", "perov_5 train split", Map.of("org.matdesign.engine", "1.0.0"),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:01:05Z"), funnel, List.of(), Map.of());
        return new ReportData("Test run <&>", units, rows, funnel, p, 0.1, 4);
    }

    @Test
    void pageIsWellFormedAndSelfContained() throws Exception {
        String html = ReportHtml.render(data(ReportFixtures.rows()));
        Document doc = parse(html);
        assertEquals("html", doc.getDocumentElement().getTagName());
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), "no scripts");
        assertFalse(lower.contains("http://") || lower.contains("https://"), "no links to other sites");
        assertFalse(lower.contains("src="), "no external images");
        assertFalse(lower.contains("@import") || lower.contains("url("), "no external CSS or fonts");
        assertTrue(html.contains("Test run &lt;&amp;&gt;"), "title escaped");
    }

    @Test
    void pageHasThePlotsAScientistLooksAt() throws Exception {
        Document doc = parse(ReportHtml.render(data(ReportFixtures.rows())));
        List<String> titles = new ArrayList<>();
        NodeList svgs = doc.getElementsByTagName("svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            NodeList t = svg.getElementsByTagName("title");
            titles.add(t.getLength() > 0 ? t.item(0).getTextContent() : "");
        }
        assertTrue(titles.contains("band_gap (eV)"), titles.toString());
        assertTrue(titles.contains("formation_energy (eV/atom)"), titles.toString());
        assertTrue(titles.contains("Energy above hull, estimate"), titles.toString());
        assertTrue(titles.contains("Candidates left after each check"), titles.toString());
        long structures = countClass(svgs, "structure");
        assertEquals(4, structures, "one picture per top candidate (topCount = 4)");
        // histogram: 7 finite values (one NaN), bars carry their counts in their tooltips
        Element hist = byTitle(svgs, "Energy above hull, estimate");
        int total = 0;
        NodeList rects = hist.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if ("bar".equals(r.getAttribute("class"))) {
                String tip = r.getElementsByTagName("title").item(0).getTextContent();
                total += Integer.parseInt(tip.substring(tip.lastIndexOf(": ") + 2));
            }
        }
        assertEquals(7, total);
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("SUN"), "SUN verdict explained");
        assertTrue(text.contains("estimate"), "hull labelled an estimate");
        assertTrue(text.contains("65 s"), "wall time shown");
        // the full table has one row per candidate plus the header
        Element table = null;
        NodeList tables = doc.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            if ("candidates".equals(((Element) tables.item(i)).getAttribute("class"))) {
                table = (Element) tables.item(i);
            }
        }
        assertEquals(9, table.getElementsByTagName("tr").getLength());
    }

    @Test
    void emptyRunStillRenders() throws Exception {
        Document doc = parse(ReportHtml.render(data(List.of())));
        assertTrue(doc.getDocumentElement().getTextContent().contains("No candidates"));
    }

    private static long countClass(NodeList nodes, String cls) {
        long n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (cls.equals(((Element) nodes.item(i)).getAttribute("class"))) {
                n++;
            }
        }
        return n;
    }

    private static Element byTitle(NodeList svgs, String title) {
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            NodeList t = svg.getElementsByTagName("title");
            if (t.getLength() > 0 && t.item(0).getTextContent().equals(title)) {
                return svg;
            }
        }
        throw new AssertionError("no svg titled " + title);
    }
}
