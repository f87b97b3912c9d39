package org.premark.lang;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One discourse connective of the {@code connectives.txt} table.
 *
 * @param connective the label a claim carries ("because"), lower case
 * @param kind       how it behaves inside a sentence
 * @param roles      what the marking rules make of it: {@code causal} (links a cause or an outcome),
 *                   {@code reason} (introduces the reason rather than the outcome)
 * @param spellings  the word sequences written for it, misspellings included ("becuase"), lower case
 */
public record Connective(String connective, Kind kind, Set<String> roles, List<String> spellings) {

    /** How a connective behaves when it appears inside a sentence. */
    public enum Kind {
        /** Links a cause or outcome; takes a clause or a noun phrase ("because", "due to", "so"). */
        CAUSE,
        /** Introduces a contrasting clause ("while", "although"). */
        CONTRAST,
        /** Coordinates; splits only between two clauses ("and", "but"). */
        COORD,
        /** A sentence adverb; splits only where a new clause starts ("therefore", "however", "then"). */
        ADVERB
    }

    public static final String CAUSAL = "causal";
    public static final String REASON = "reason";

    public Connective {
        Objects.requireNonNull(connective, "connective");
        Objects.requireNonNull(kind, "kind");
        roles = Set.copyOf(roles);
        spellings = List.copyOf(spellings);
        if (connective.isBlank() || !connective.equals(connective.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("connective must be trimmed lower case, got '" + connective + "'");
        }
        if (spellings.isEmpty()) {
            throw new IllegalArgumentException("connective '" + connective + "' needs at least one spelling");
        }
        for (String s : spellings) {
            if (!s.equals(s.strip().toLowerCase(Locale.ROOT)) || s.isBlank()) {
                throw new IllegalArgumentException("spelling of '" + connective + "' must be trimmed lower case, got '" + s + "'");
            }
        }
        for (String r : roles) {
            if (!r.equals(CAUSAL) && !r.equals(REASON)) {
                throw new IllegalArgumentException("unknown role '" + r + "' of '" + connective + "'");
            }
        }
        if (roles.contains(REASON) && !roles.contains(CAUSAL)) {
            throw new IllegalArgumentException("'" + connective + "' introduces a reason, so it must be causal too");
        }
    }

    public boolean causal() {
        return roles.contains(CAUSAL);
    }
}
