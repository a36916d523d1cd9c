package org.matdesign.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class StructureSvgTest {

    @Test
    void cubicPerovskiteShowsTheCubeAndTheOctahedron() throws Exception {
        String svg = new StructureSvg().render(ReportFixtures.perovskite("Ba", "Ti", "O", 4.0), 200, "BaTiO3");
        Document doc = ReportHtmlTest.parse(svg);
        Map<String, Integer> atoms = new HashMap<>();
        NodeList circles = doc.getElementsByTagName("circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            NodeList t = c.getElementsByTagName("title");
            if (t.getLength() == 1) {
                atoms.merge(t.item(0).getTextContent(), 1, Integer::sum);
            }
        }
        // A on 8 corners, B once, X on 3 face pairs
        assertEquals(Map.of("Ba", 8, "Ti", 1, "O", 6), atoms);
        NodeList lines = doc.getElementsByTagName("line");
        long cellEdges = 0;
        long bonds = 0;
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            if (l.hasAttribute("stroke-dasharray")) {
                cellEdges++;
            } else {
                bonds++;
            }
        }
        assertEquals(12, cellEdges);
        assertEquals(6, bonds, "Ti-O bonds of the octahedron only (Ba-O is ionic, longer)");
        assertTrue(svg.contains("#ff0d0d"), "oxygen in Jmol red");
        assertEquals("BaTiO3", doc.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void picturesFitTheirBox() throws Exception {
        CellView skewed = new CellView(new double[][] {{5, 0, 0}, {2.5, 4.3, 0}, {1, 1, 9}}, List.of("Na", "Cl"),
                List.of(new double[] {0.1, 0.2, 0.3}, new double[] {-0.4, 1.6, 0.5}));
        Document doc = ReportHtmlTest.parse(new StructureSvg().render(skewed, 150, "NaCl"));
        NodeList circles = doc.getElementsByTagName("circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            double cx = Double.parseDouble(c.getAttribute("cx"));
            double cy = Double.parseDouble(c.getAttribute("cy"));
            assertTrue(cx >= 0 && cx <= 150 && cy >= 0 && cy <= 150 + 18, "circle at " + cx + "," + cy);
        }
    }
}
