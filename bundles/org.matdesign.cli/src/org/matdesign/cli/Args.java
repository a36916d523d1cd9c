package org.matdesign.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed arguments of one subcommand: options ({@code --name value}, {@code --name=value}), switches
 * ({@code --json}) and positionals. Options may repeat ({@code --target a=1 --target b=2}).
 * Unknown options are usage errors, so typos never pass silently.
 */
public final class Args {

    private final List<String> raw;
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final Set<String> switches = new HashSet<>();
    private final List<String> positionals = new ArrayList<>();

    private Args(List<String> raw) {
        this.raw = List.copyOf(raw);
    }

    /** Unparsed arguments, as the dispatcher hands them to a command: everything is a positional. */
    public static Args of(List<String> raw) {
        Args args = new Args(raw);
        args.positionals.addAll(raw);
        return args;
    }

    /** Parses these arguments with the options a command knows; see {@link #parse(List, Set, Set)}. */
    public Args parse(Set<String> valueOptions, Set<String> switchNames) {
        return parse(raw, valueOptions, switchNames);
    }

    /** The arguments exactly as given. */
    public List<String> raw() {
        return raw;
    }

    /**
     * @param raw          the arguments after the subcommand name
     * @param valueOptions option names (without dashes) that take a value
     * @param switchNames  option names (without dashes) that take no value
     */
    public static Args parse(List<String> raw, Set<String> valueOptions, Set<String> switchNames) {
        Args args = new Args(raw);
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            if (token.equals("--")) {
                args.positionals.addAll(raw.subList(i + 1, raw.size()));
                break;
            }
            if (!token.startsWith("--") || token.length() == 2) {
                args.positionals.add(token);
                continue;
            }
            String name = token.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (switchNames.contains(name)) {
                if (value != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                args.switches.add(name);
            } else if (valueOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= raw.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = raw.get(++i);
                }
                args.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return args;
    }

    public boolean has(String switchName) {
        return switches.contains(switchName);
    }

    /** The last value of an option, or {@code fallback} when absent. */
    public String get(String option, String fallback) {
        List<String> values = options.get(option);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    /** The value of an option that must be present. */
    public String require(String option) {
        String value = get(option, null);
        if (value == null) {
            throw new UsageException("missing required option --" + option);
        }
        return value;
    }

    public List<String> all(String option) {
        return options.getOrDefault(option, List.of());
    }

    public int getInt(String option, int fallback) {
        String value = get(option, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + option + " expects an integer, got '" + value + "'");
        }
    }

    public double getDouble(String option, double fallback) {
        String value = get(option, null);
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw new UsageException("option --" + option + " must be a finite number, got '" + value + "'");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + option + " expects a number, got '" + value + "'");
        }
    }

    public Path getPath(String option, Path fallback) {
        String value = get(option, null);
        return value == null ? fallback : Path.of(value);
    }

    public List<String> positionals() {
        return List.copyOf(positionals);
    }
}
