package org.matdesign.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matdesign.api.Attribute;
import org.matdesign.api.Candidate;
import org.matdesign.api.Verdict;
import org.matdesign.core.Lattice;
import org.matdesign.core.Species;
import org.matdesign.core.Structure;
import org.matdesign.core.io.CifWriter;
import org.matdesign.engine.DesignResult;

/** Candidates cross from executor to driver unchanged, to the last bit. */
class ResultWireTest {

    static final Attribute<float[]> LATENT = Attribute.of("test.latent", float[].class);

    @Test
    void aCandidateComesBackBitForBit() {
        Structure s = Structure.of(Lattice.fromMatrix(new double[][] {{3.9051234567891, 0, 0}, {0.1, 4.0, 0},
                {0, 0, 4.2 + 1e-15}}), List.of(Species.of("Sr"), new Species(org.matdesign.core.Element.of("Ti"), 4),
                Species.of("O")), List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5},
                new double[] {0.1 / 3, 0.5, 0.0}));
        Candidate c = Candidate.of("t1-c000", s, "meidnet").withGroup("g7").withObjective(Double.NaN)
                .withPredicted(Map.of("band_gap", 1.2000149132949278))
                .withVerdict("novelty", new Verdict(true, Double.NaN, "new, 2 lines\nand \"quotes\"",
                        Map.of("x", 0.1 + 0.2), Map.of("x", Double.POSITIVE_INFINITY)))
                .withAttribute(LATENT, new float[] {0.1f, -3.4028235e38f, 1.4e-45f, Float.NaN});
        List<String> problems = new ArrayList<>();
        DesignResult back = ResultWire.read(ResultWire.write(new DesignResult(List.of(c), List.of("p1")),
                List.of("log 1"))).result();
        assertTrue(problems.isEmpty());
        Candidate r = back.candidates().get(0);
        assertEquals(List.of("p1"), back.problems());
        assertEquals(CifWriter.write(c.structure()), CifWriter.write(r.structure()));
        assertArrayEquals(c.structure().lattice().matrix()[2], r.structure().lattice().matrix()[2]);
        assertEquals(c.structure().site(2).frac(0), r.structure().site(2).frac(0));
        assertEquals(c.structure().site(1).species(), r.structure().site(1).species());
        assertEquals(c.group(), r.group());
        assertTrue(Double.isNaN(r.objective()));
        assertEquals(c.predicted(), r.predicted());
        assertEquals(c.verdicts(), r.verdicts());
        assertArrayEquals(c.attribute(LATENT).orElseThrow(), r.attribute(LATENT).orElseThrow());
    }

    @Test
    void anAttributeOfAnotherTypeIsDroppedAndSaid() {
        Structure s = Structure.of(Lattice.fromParameters(4, 4, 4, 90, 90, 90), List.of(Species.of("Na")),
                List.of(new double[] {0, 0, 0}));
        Candidate c = Candidate.of("c", s, "x").withAttribute(Attribute.of("odd", StringBuilder.class),
                new StringBuilder("y"));
        List<String> problems = new ArrayList<>();
        Candidate r = ResultWire.readCandidate(ResultWire.writeCandidate(c, problems));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(r.attributeKeys().isEmpty());
    }
}
