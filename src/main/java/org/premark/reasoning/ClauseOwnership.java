package org.premark.reasoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.premark.claims.Claim;

/**
 * Keeps a point's credit to clauses that are about it. Two rules:
 *
 * <ul>
 *   <li><b>Denied points.</b> A student who names a reason only to reject it ("Some say it was the army, but I
 *       don't agree"; "the quarrel wasn't really about money") does not make the point. A clause holding a
 *       denial phrase loses its own point; a denial with no point of its own takes the credit from the point
 *       named just before it, in its sentence or, when it opens a sentence, in the sentence before. Besides the
 *       fixed phrases, a clause that doubts the reason in the student's own voice is a denial
 *       ({@link RejectedReasons}: "but I don't think that was it").</li>
 *   <li><b>Reported speech.</b> A clause that goes on with what someone said or wrote ("… and that he should
 *       be removed from his post") is part of the reported statement, a detail of the point the reporting
 *       clause earned, not a reason of its own.</li>
 * </ul>
 */
public final class ClauseOwnership {

    private ClauseOwnership() {
    }

    /**
     * Clears, in place, the points of clauses that are not about them.
     *
     * @param pointOf each claim's credited point id, or null
     * @return the claims whose point was taken away, in order
     */
    public static List<Integer> apply(List<Claim> claims, String[] pointOf, Collection<String> denials) {
        return apply(claims, pointOf, denials, null);
    }

    /**
     * As {@link #apply(List, String[], Collection)}, a clause that doubts the reason before it in the student's
     * own voice ({@code rejections}, or null for none) also being a denial.
     */
    public static List<Integer> apply(List<Claim> claims, String[] pointOf, Collection<String> denials,
            RejectedReasons rejections) {
        List<Integer> cleared = new ArrayList<>();
        List<String> phrases = padded(denials);
        for (int k = 0; k < claims.size(); k++) {
            // Normalised once: both tests read the same normal form.
            String normal = normalise(claims.get(k).text());
            if (!containsPhrase(normal, phrases)
                    && (rejections == null || !rejections.rejectsNormalised(normal))) {
                continue;
            }
            String denied = pointOf[k];
            int sentence = claims.get(k).sentence();
            if (denied == null) {
                for (int j = k - 1; j >= 0; j--) {
                    boolean sameSentence = claims.get(j).sentence() == sentence;
                    boolean previousSentence = claims.get(j).sentence() == sentence - 1 && opensSentence(claims, k);
                    if (!sameSentence && !previousSentence) {
                        break;
                    }
                    if (pointOf[j] != null) {
                        denied = pointOf[j];
                        sentence = claims.get(j).sentence();
                        break;
                    }
                }
            }
            if (denied == null) {
                continue;
            }
            for (int j = 0; j < claims.size(); j++) {
                if (denied.equals(pointOf[j]) && (claims.get(j).sentence() == sentence || j == k)) {
                    pointOf[j] = null;
                    cleared.add(j);
                }
            }
        }
        for (int k = 1; k < claims.size(); k++) {
            Claim c = claims.get(k);
            if (pointOf[k] == null || !reported(c)) {
                continue;
            }
            for (int j = k - 1; j >= 0 && claims.get(j).sentence() == c.sentence(); j--) {
                if (pointOf[j] != null && !pointOf[j].equals(pointOf[k])) {
                    pointOf[k] = null;
                    cleared.add(k);
                    break;
                }
            }
        }
        cleared.sort(null);
        return cleared;
    }

    /**
     * Whether a clause rejects a reason, by a denial phrase or in the student's own voice ({@code rejections}, or
     * null for none), as {@link #apply} reads it.
     */
    public static java.util.function.Predicate<Claim> rejection(Collection<String> denials,
            RejectedReasons rejections) {
        return c -> {
            String normal = normalise(c.text());
            return containsPhrase(normal, padded(denials))
                    || rejections != null && rejections.rejectsNormalised(normal);
        };
    }

    static boolean denies(String text, Collection<String> denials) {
        return deniesNormalised(text, padded(denials));
    }

    /** The denial phrases last asked for, normalised and padded with a space each side. */
    private record Padded(Collection<String> denials, List<String> phrases) {
    }

    /** Callers pass the same (unmodifiable) lexicon list on every answer, so its phrases are prepared once. */
    private static volatile Padded padded;

    private static List<String> padded(Collection<String> denials) {
        Padded p = padded;
        if (p == null || p.denials() != denials) {
            p = new Padded(denials, denials.stream().map(d -> " " + normalise(d) + " ").toList());
            padded = p;
        }
        return p.phrases();
    }

    private static boolean deniesNormalised(String text, List<String> phrases) {
        return containsPhrase(normalise(text), phrases);
    }

    private static boolean containsPhrase(String normal, List<String> phrases) {
        String t = " " + normal + " ";
        for (String d : phrases) {
            if (t.contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** "and that he should go", "but that it was too late": a clause continuing reported speech. */
    static boolean reported(Claim c) {
        String t = normalise(c.text());
        return t.startsWith("that ") || t.startsWith("and that ") || t.startsWith("but that ");
    }

    private static boolean opensSentence(List<Claim> claims, int k) {
        return k == 0 || claims.get(k - 1).sentence() != claims.get(k).sentence();
    }

    /**
     * The lower-cased text's runs of {@code [a-z0-9]} joined by single spaces, apostrophes dropped ("don't" →
     * "dont"). A scan, as it runs on every claim; {@code ClauseOwnershipTest} checks it against the two
     * patterns it replaces ({@code [^a-z0-9 ]+} → " ", then {@code \\s+} → " ", stripped).
     */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '’') {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !b.isEmpty()) {
                    b.append(' ');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }
}
