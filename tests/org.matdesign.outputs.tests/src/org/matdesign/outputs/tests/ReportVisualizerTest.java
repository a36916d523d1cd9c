package org.matdesign.outputs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matdesign.api.DesignResults;
import org.matdesign.api.Settings;
import org.matdesign.api.SettingsException;
import org.matdesign.outputs.ReportSettings;
import org.matdesign.outputs.ReportVisualizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportVisualizerTest {

    @TempDir
    Path tmp;

    private static Settings settings(Map<String, ?> given) {
        return Settings.check("visualizer 'outputs.report'", new ReportSettings().settings(), given);
    }

    private String written(DesignResults results, Settings settings) throws Exception {
        new ReportVisualizer().write(results, settings, new TempOutputFiles(tmp), new NullProgressMonitor());
        return Files.readString(tmp.resolve(ReportVisualizer.FILE));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Elements of a tag with the given class attribute. */
    private static List<Element> byClass(Document doc, String tag, String cls) {
        return byClass(doc.getDocumentElement(), tag, cls);
    }

    private static List<Element> byClass(Element root, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void pageIsWellFormedAndSelfContained() throws Exception {
        String html = written(Fixtures.results(), settings(Map.of()));
        Document doc = parse(html);
        assertEquals("html", doc.getDocumentElement().getTagName());
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), "no scripts");
        assertFalse(lower.contains("http://") || lower.contains("https://"), "no links to other sites");
        assertFalse(lower.contains("src=") || lower.contains("href="), "no external files");
        assertFalse(lower.contains("@import") || lower.contains("url("), "no external CSS or fonts");
        assertTrue(html.contains("fixture &lt;&amp;&gt; campaign"), "name escaped");
    }

    @Test
    void thirdPartyStageCoverageAndProblemsAreShown() throws Exception {
        String html = written(Fixtures.results(), settings(Map.of()));
        String text = parse(html).getDocumentElement().getTextContent();
        assertTrue(text.contains(Fixtures.THIRD_PARTY_NAME), "the third-party stage has its columns and name");
        assertTrue(text.contains("passes all of: Structural validity (structural_validity), "
                + Fixtures.THIRD_PARTY_NAME + " (" + Fixtures.THIRD_PARTY + ")"), "SUN rule named");
        assertTrue(text.contains("2 / 6015") && text.contains("120 / 6015"));
        assertTrue(text.contains("faulty.boom"), "problems listed");
        assertTrue(text.contains(Fixtures.MODEL_CHECKSUM), "facts in the summary");
        assertTrue(text.contains(Fixtures.AWKWARD_DETAIL), "details on the cards");
        assertTrue(text.contains("matdesign design --recipe fixture.json"), "command");
    }

    @Test
    void onlyTheTargetOutsideTheDataIsFlaggedSo() throws Exception {
        Document doc = parse(written(Fixtures.results(), settings(Map.of())));
        NodeList rows = byClass(doc, "table", "coverage").get(0).getElementsByTagName("tr");
        assertEquals(3, rows.getLength(), "header and one row per target");
        String first = rows.item(1).getTextContent();
        String second = rows.item(2).getTextContent();
        assertTrue(first.contains("band_gap=1.2") && !first.contains("outside"), first);
        assertTrue(second.contains("band_gap=1.0..1.5") && second.contains("outside the data"), second);
        assertEquals(1, byClass((Element) rows.item(2), "span", "warn").size(), "flagged, not just mentioned");
    }

    @Test
    void fullTableHasOneColumnGroupPerStage() throws Exception {
        Document doc = parse(written(Fixtures.results(), settings(Map.of())));
        Element table = byClass(doc, "table", "candidates").get(0);
        NodeList rows = table.getElementsByTagName("tr");
        assertEquals(2 + 3, rows.getLength(), "two header rows and one row per candidate");
        List<String> groups = new ArrayList<>();
        NodeList ths = ((Element) rows.item(0)).getElementsByTagName("th");
        for (int i = 0; i < ths.getLength(); i++) {
            Element th = (Element) ths.item(i);
            if (th.getAttribute("colspan").equals("2")) {
                groups.add(th.getTextContent());
            }
        }
        assertEquals(List.of("Structural validity", "Independent property check", Fixtures.THIRD_PARTY_NAME), groups);
        int cells = ((Element) rows.item(2)).getElementsByTagName("td").getLength();
        // rank id formula target, 2 targeted, 4 property sources, objective, 3 x (passed, value), SUN
        assertEquals(4 + 2 + 4 + 1 + 6 + 1, cells);
    }

    @Test
    void chartsCardsAndTheStabilityHistogramOnlyWhenThatStageRan() throws Exception {
        Document doc = parse(written(Fixtures.results(), settings(Map.of())));
        assertEquals(3, byClass(doc, "div", "card").size(), "top 8 of 3 candidates");
        assertEquals(3, byClass(doc, "svg", "structure").size());
        assertEquals(1, byClass(doc, "svg", "funnel").size());
        assertEquals(2, byClass(doc, "svg", "chart").size() - 1, "one scatter per targeted property");
        assertTrue(doc.getElementById("stability") == null && !hasHeading(doc, "stability"));

        Files.delete(tmp.resolve(ReportVisualizer.FILE));
        Document withStability = parse(written(Fixtures.results(true), settings(Map.of())));
        assertTrue(hasHeading(withStability, "stability"), "histogram section when stability_estimate ran");
    }

    private static boolean hasHeading(Document doc, String id) {
        NodeList h2 = doc.getElementsByTagName("h2");
        for (int i = 0; i < h2.getLength(); i++) {
            if (((Element) h2.item(i)).getAttribute("id").equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void topSettingLimitsTheCardsAndIsChecked() throws Exception {
        Document doc = parse(written(Fixtures.results(), settings(Map.of("top", 1))));
        assertEquals(1, byClass(doc, "div", "card").size());
        assertEquals(8L, settings(Map.of()).getLong("top"), "default");
        assertThrows(SettingsException.class, () -> settings(Map.of("top", 1001)));
        assertThrows(SettingsException.class, () -> settings(Map.of("top", "-1")));
    }
}
