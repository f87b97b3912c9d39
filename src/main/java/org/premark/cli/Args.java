package org.premark.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Parsed command arguments: positional words and {@code --name value} options.
 * Flags listed as boolean take no value.
 */
public final class Args {

    private final List<String> positional;
    private final Map<String, String> options;
    private final Map<String, List<String>> repeated;

    private Args(List<String> positional, Map<String, String> options, Map<String, List<String>> repeated) {
        this.positional = List.copyOf(positional);
        this.options = Map.copyOf(options);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        repeated.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.repeated = Map.copyOf(copy);
    }

    /** No arguments: every option takes its default. */
    public static Args empty() {
        return new Args(List.of(), Map.of(), Map.of());
    }

    /** Parses {@code words}; {@code flags} are options that take no value. Every option may be given once. */
    public static Args parse(List<String> words, Set<String> flags) throws CliException {
        return parse(words, flags, Set.of());
    }

    /**
     * Parses {@code words}; {@code flags} are options that take no value; {@code repeatable} are options that may
     * be given more than once ({@code --set a=1 --set b=2}), read with {@link #all}. Any other option given twice
     * is an error.
     */
    public static Args parse(List<String> words, Set<String> flags, Set<String> repeatable) throws CliException {
        Objects.requireNonNull(words, "words");
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--") && word.length() > 2) {
                String name = word.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (flags.contains(name)) {
                    value = "true";
                } else if (i + 1 < words.size()) {
                    value = words.get(++i);
                } else {
                    throw new CliException("option --" + name + " needs a value");
                }
                repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                if (options.put(name, value) != null && !repeatable.contains(name)) {
                    throw new CliException("option --" + name + " given twice");
                }
            } else {
                positional.add(word);
            }
        }
        return new Args(positional, options, repeated);
    }

    public List<String> positional() {
        return positional;
    }

    /** Every value of an option, in the order given; empty when it was not given. */
    public List<String> all(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public String required(String name) throws CliException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new CliException("missing required option --" + name);
        }
        return value;
    }

    public int intOption(String name, int fallback, int min, int max) throws CliException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new CliException("--" + name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    public double doubleOption(String name, double fallback) throws CliException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " must be a number, got '" + value + "'");
        }
    }

    /** Rejects options the command does not know, so a typo is not silently ignored. */
    public void allowOnly(Set<String> known) throws CliException {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new CliException("unknown option --" + name);
            }
        }
    }
}
