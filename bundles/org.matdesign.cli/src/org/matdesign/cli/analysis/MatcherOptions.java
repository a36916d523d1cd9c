package org.matdesign.cli.analysis;

import java.util.Set;
import org.matdesign.analysis.match.MatcherSettings;
import org.matdesign.cli.Args;
import org.matdesign.cli.UsageException;

/** The matcher tolerances every command that matches structures accepts. */
final class MatcherOptions {

    static final Set<String> VALUES = Set.of("ltol", "stol", "angle-tol");
    static final Set<String> SWITCHES = Set.of("no-primitive-cell", "no-scale", "attempt-supercell");

    static final String HELP = """
              --ltol X               fractional length tolerance (default 0.3)
              --stol X               site tolerance in units of (V/N)^(1/3) (default 0.5)
              --angle-tol X          angle tolerance in degrees (default 10)
              --no-primitive-cell    do not reduce to primitive cells first
              --no-scale             do not scale both structures to the same volume
              --attempt-supercell    allow a supercell of one structure to match the other""";

    private MatcherOptions() {
    }

    static MatcherSettings settings(Args args) {
        MatcherSettings d = MatcherSettings.defaults();
        try {
            return new MatcherSettings(args.getDouble("ltol", d.ltol()), args.getDouble("stol", d.stol()),
                    args.getDouble("angle-tol", d.angleTol()), !args.has("no-primitive-cell"), !args.has("no-scale"),
                    args.has("attempt-supercell"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().replace("angleTol", "--angle-tol").replace("ltol", "--ltol")
                    .replace("stol", "--stol"));
        }
    }

    static Set<String> with(Set<String> base, Set<String> more) {
        java.util.Set<String> all = new java.util.HashSet<>(base);
        all.addAll(more);
        return all;
    }
}
