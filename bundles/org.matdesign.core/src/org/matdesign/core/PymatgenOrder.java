package org.matdesign.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * pymatgen's orderings, reproduced exactly, including its behaviour for elements without electronegativity
 * (noble gases): pymatgen compares NaN with Python's {@code <}, which is always false, so the result depends on
 * CPython's sort algorithm. For lists shorter than 64 (CPython sorts those by binary insertion after detecting the
 * initial run) the algorithm is replicated step by step; longer lists use a stable sort with NaN treated as
 * +infinity, which equals CPython's result whenever no NaN is involved.
 */
public final class PymatgenOrder {

    private static final int MIN_MERGE = 64;

    private PymatgenOrder() {
    }

    /** Sites sorted like pymatgen's {@code Structure.get_sorted_structure()} (electronegativity, then species string). */
    public static List<Site> sortSites(List<Site> sites) {
        List<Site> list = new ArrayList<>(sites);
        sort(list, PymatgenOrder::siteLessThan, Comparator
                .comparingDouble((Site s) -> nanLast(s.element().electronegativity()))
                .thenComparing(s -> s.species().toString()));
        return list;
    }

    /** pymatgen's {@code Site.__lt__} for ordered sites. */
    static boolean siteLessThan(Site a, Site b) {
        double xa = a.element().electronegativity();
        double xb = b.element().electronegativity();
        if (xa < xb) {
            return true;
        }
        if (xa > xb) {
            return false;
        }
        return a.species().toString().compareTo(b.species().toString()) < 0;
    }

    /** Elements sorted by {@code X} alone, as pymatgen's {@code Composition.formula}. */
    static List<Element> byElectronegativity(List<Element> elements) {
        List<Element> list = new ArrayList<>(elements);
        sort(list, (a, b) -> a.electronegativity() < b.electronegativity(),
                Comparator.comparingDouble(e -> nanLast(e.electronegativity())));
        return list;
    }

    /** Elements sorted by the key [X, symbol], as pymatgen's {@code reduce_formula}. */
    static List<Element> byElectronegativityThenSymbol(List<Element> elements) {
        List<Element> list = new ArrayList<>(elements);
        sort(list, (a, b) -> a.electronegativity() == b.electronegativity() ? a.symbol().compareTo(b.symbol()) < 0
                : a.electronegativity() < b.electronegativity(),
                Comparator.comparingDouble((Element e) -> nanLast(e.electronegativity())).thenComparing(Element::symbol));
        return list;
    }

    private static double nanLast(double x) {
        return Double.isNaN(x) ? Double.POSITIVE_INFINITY : x;
    }

    /**
     * CPython 3.11 {@code list.sort} for lists shorter than 64 (count_run, reverse a strictly descending run,
     * binary insertion of the rest), driven by Python's {@code <}; a stable sort with {@code fallback} otherwise.
     */
    static <T> void sort(List<T> list, BiPredicate<T, T> lessThan, Comparator<T> fallback) {
        int n = list.size();
        if (n < 2) {
            return;
        }
        if (n >= MIN_MERGE) {
            list.sort(fallback);
            return;
        }
        // count_run
        int run = 2;
        if (lessThan.test(list.get(1), list.get(0))) {
            while (run < n && lessThan.test(list.get(run), list.get(run - 1))) {
                run++;
            }
            for (int i = 0, j = run - 1; i < j; i++, j--) { // reverse the strictly descending run
                T t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        } else {
            while (run < n && !lessThan.test(list.get(run), list.get(run - 1))) {
                run++;
            }
        }
        // binarysort(lo, hi, start = lo + run)
        for (int start = run; start < n; start++) {
            T pivot = list.get(start);
            int l = 0;
            int r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lessThan.test(pivot, list.get(p))) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            for (int p = start; p > l; p--) {
                list.set(p, list.get(p - 1));
            }
            list.set(l, pivot);
        }
    }
}
