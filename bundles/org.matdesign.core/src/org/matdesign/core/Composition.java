package org.matdesign.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Amounts of elements, in insertion order (like pymatgen, whose formula breaks electronegativity ties by that
 * order). Amounts are positive; zero amounts are dropped.
 */
public final class Composition {

    /** pymatgen's {@code Composition.amount_tolerance}. */
    public static final double AMOUNT_TOLERANCE = 1e-8;

    private static final Map<String, String> SPECIAL_FORMULAS = Map.ofEntries(
            Map.entry("LiO", "Li2O2"), Map.entry("NaO", "Na2O2"), Map.entry("KO", "K2O2"),
            Map.entry("HO", "H2O2"), Map.entry("CsO", "Cs2O2"), Map.entry("RbO", "Rb2O2"),
            Map.entry("O", "O2"), Map.entry("N", "N2"), Map.entry("F", "F2"), Map.entry("Cl", "Cl2"),
            Map.entry("H", "H2"));

    private final LinkedHashMap<Element, Double> amounts;
    private final double numAtoms;

    private Composition(LinkedHashMap<Element, Double> amounts) {
        this.amounts = amounts;
        double total = 0;
        for (double v : amounts.values()) {
            total += v;
        }
        this.numAtoms = total;
    }

    /** A composition from element amounts (iteration order of the map is kept). */
    public static Composition of(Map<Element, Double> amounts) {
        LinkedHashMap<Element, Double> copy = new LinkedHashMap<>();
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            Element element = Objects.requireNonNull(e.getKey(), "element");
            double v = Objects.requireNonNull(e.getValue(), "amount");
            if (!Double.isFinite(v) || v < -AMOUNT_TOLERANCE) {
                throw new IllegalArgumentException("amount of " + element + " must be finite and >= 0, got " + v);
            }
            if (Math.abs(v) >= AMOUNT_TOLERANCE) {
                copy.merge(element, v, Double::sum);
            }
        }
        return new Composition(copy);
    }

    /**
     * Parses a formula: "BaTiO3", "Ca2(PO4)", "Mg(OH)2", "K4[Fe(CN)6]", "Fe0.5Ni0.5", "Ba1 Ti1 O3".
     *
     * @throws IllegalArgumentException naming the formula and the position of the problem
     */
    public static Composition parse(String formula) {
        return of(new FormulaParser(formula).parse());
    }

    public double amount(Element element) {
        Double v = amounts.get(element);
        return v == null ? 0 : v;
    }

    /**
     * Elements by increasing electronegativity, ties in insertion order: pymatgen's {@code formula} order (see
     * {@link PymatgenOrder} for elements without electronegativity).
     */
    public List<Element> elements() {
        return Collections.unmodifiableList(PymatgenOrder.byElectronegativity(new ArrayList<>(amounts.keySet())));
    }

    /** Elements by increasing atomic number. */
    public List<Element> sortedByZ() {
        List<Element> list = new ArrayList<>(amounts.keySet());
        Collections.sort(list);
        return Collections.unmodifiableList(list);
    }

    /** Elements in insertion order (first appearance). */
    public List<Element> elementsInOrder() {
        return List.copyOf(amounts.keySet());
    }

    /** Element amounts in insertion order (unmodifiable). */
    public Map<Element, Double> asMap() {
        return Collections.unmodifiableMap(amounts);
    }

    public double numAtoms() {
        return numAtoms;
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    /** pymatgen {@code formula}: "Ba1 Ti1 O3". */
    public String formula() {
        StringBuilder sb = new StringBuilder();
        for (Element e : elements()) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(e.symbol()).append(PyFloat.formulaAmount(amounts.get(e), false));
        }
        return sb.toString();
    }

    /** pymatgen {@code reduced_formula}: "BaTiO3", "Ca3(PO4)2", "O2", "Na2O2". */
    public String reducedFormula() {
        return reducedFormulaAndFactor().formula;
    }

    /** The factor by which {@link #reduced()} divides the amounts (1 for non-integer amounts). */
    public double reductionFactor() {
        return reducedFormulaAndFactor().factor;
    }

    /** Amounts divided by their greatest common divisor (pymatgen {@code reduced_composition}). */
    public Composition reduced() {
        double factor = reductionFactor();
        LinkedHashMap<Element, Double> copy = new LinkedHashMap<>();
        amounts.forEach((e, v) -> copy.put(e, v / factor));
        return new Composition(copy);
    }

    /**
     * Integer counts of the reduced composition, in {@link #sortedByZ()} order (the order SMACT uses).
     *
     * @throws IllegalStateException when an amount is not an integer
     */
    public int[] reducedCounts() {
        List<Element> order = sortedByZ();
        long[] counts = new long[order.size()];
        long g = 0;
        for (int i = 0; i < counts.length; i++) {
            double v = amounts.get(order.get(i));
            if (Math.abs(v - Math.rint(v)) > AMOUNT_TOLERANCE) {
                throw new IllegalStateException("composition " + formula() + " has a non-integer amount of " + order.get(i));
            }
            counts[i] = Math.round(v);
            g = gcd(g, counts[i]);
        }
        int[] result = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            result[i] = Math.toIntExact(counts[i] / Math.max(g, 1));
        }
        return result;
    }

    /** Atomic fraction of an element (0 when absent). */
    public double fraction(Element element) {
        return numAtoms == 0 ? 0 : amount(element) / numAtoms;
    }

    /** Molar mass in amu (g/mol). */
    public double weight() {
        double w = 0;
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            w += e.getValue() * e.getKey().atomicMass();
        }
        return w;
    }

    private record FormulaAndFactor(String formula, double factor) {
    }

    private FormulaAndFactor reducedFormulaAndFactor() {
        boolean allInt = true;
        for (double v : amounts.values()) {
            allInt &= Math.abs(v - Math.rint(v)) < AMOUNT_TOLERANCE;
        }
        if (!allInt) {
            return new FormulaAndFactor(formula().replace(" ", ""), 1);
        }
        LinkedHashMap<Element, Double> ints = new LinkedHashMap<>();
        amounts.forEach((e, v) -> ints.put(e, (double) Math.round(v)));
        FormulaAndFactor r = reduceFormula(ints);
        String special = SPECIAL_FORMULAS.get(r.formula);
        return special == null ? r : new FormulaAndFactor(special, r.factor / 2);
    }

    /** pymatgen's {@code reduce_formula}, polyanion grouping included. */
    private static FormulaAndFactor reduceFormula(Map<Element, Double> symAmt) {
        List<Element> syms = PymatgenOrder.byElectronegativityThenSymbol(new ArrayList<>(symAmt.keySet()));
        syms.removeIf(s -> Math.abs(symAmt.get(s)) <= AMOUNT_TOLERANCE);
        long factor = 1;
        boolean allInt = symAmt.values().stream().allMatch(v -> v == Math.floor(v));
        if (allInt) {
            long g = 0;
            for (double v : symAmt.values()) {
                g = gcd(g, (long) v);
            }
            factor = Math.abs(g);
        }
        String polyanion = "";
        int n = syms.size();
        if (n >= 3 && syms.get(n - 1).electronegativity() - syms.get(n - 2).electronegativity() < 1.65) {
            LinkedHashMap<Element, Double> poly = new LinkedHashMap<>();
            for (int i = n - 2; i < n; i++) {
                poly.put(syms.get(i), symAmt.get(syms.get(i)) / factor);
            }
            FormulaAndFactor p = reduceFormula(poly);
            if (p.factor != 1) {
                polyanion = "(" + p.formula + ")" + (long) p.factor;
            }
        }
        if (!polyanion.isEmpty()) {
            syms = syms.subList(0, n - 2);
        }
        StringBuilder sb = new StringBuilder();
        for (Element s : syms) {
            sb.append(s.symbol()).append(PyFloat.formulaAmount(symAmt.get(s) / factor, true));
        }
        return new FormulaAndFactor(sb.append(polyanion).toString(), factor);
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Equal when the same elements have amounts within {@link #AMOUNT_TOLERANCE} (order ignored). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Composition other) || other.amounts.size() != amounts.size()) {
            return false;
        }
        for (Map.Entry<Element, Double> e : amounts.entrySet()) {
            if (Math.abs(other.amount(e.getKey()) - e.getValue()) > AMOUNT_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Element e : amounts.keySet()) {
            h += e.z() * 7919;
        }
        return h;
    }

    @Override
    public String toString() {
        return formula();
    }
}
