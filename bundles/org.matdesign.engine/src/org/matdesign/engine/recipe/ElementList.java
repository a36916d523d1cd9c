package org.matdesign.engine.recipe;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.matdesign.core.Element;

/** Element symbols as users write them ({@code Ba,Ti,O} or a list), checked against the periodic table. */
public final class ElementList {

    private ElementList() {
    }

    /** @throws IllegalArgumentException naming the symbol that is not an element */
    public static Set<String> parse(List<String> symbols) {
        Set<String> out = new TreeSet<>();
        for (String raw : symbols) {
            for (String s : raw.split(",")) {
                String symbol = s.trim();
                if (symbol.isEmpty()) {
                    continue;
                }
                try {
                    out.add(Element.of(symbol).symbol());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + symbol + "' is not an element symbol");
                }
            }
        }
        return out;
    }
}
