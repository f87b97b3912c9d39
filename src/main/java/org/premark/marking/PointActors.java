package org.premark.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * A point given to the wrong person is not credited: when the rubric says who did what the answer matched ("Stalin
 * organised Lenin's funeral and helped carry the coffin"), a clause whose subject is another of the rubric's people
 * ("At the funeral <i>Trotsky</i> carried the coffin", "<i>he</i> [Stalin] made enemies") does not earn the
 * point. Who did it is read from the rubric sentence (a sentence of the point's description, or one of its
 * examples) that holds every word of the phrase the claim matched: its actor is the name the sentence opens with
 * as the subject of a verb, when that name is one of the rubric's people. The rubric's people are the names its
 * points' sentences open with that it also writes with a capital inside a sentence (a person, not "Prisoners").
 * A clause's subject is the capitalised word or pronoun just before its first verb; "he" and "she" stand for
 * a name only when that is clear ({@link #subject}). When the rubric holds no
 * such sentence (nobody is named doing it), or the subject is unknown or not one of the rubric's people, the
 * clause keeps its point.
 */
final class PointActors {

    /** How many sentences back a pronoun may look for the name it stands for. */
    static final int LOOK_BACK = 3;
    private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?:;]\\s+)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** Verbs after which a subject undergoes the action rather than doing it. */
    private static final Set<String> PASSIVE = Set.of("was", "were", "got", "had", "been", "being");

    /**
     * One sentence of a point's wording: its terms, the person it opens with (or null) and every name it
     * mentions, lower case.
     */
    record Said(Set<String> terms, String actor, Set<String> mentions) {
    }

    private final Map<String, List<Said>> saidOf;
    private final Set<String> people;
    /** Every name the rubric writes with a capital inside a sentence, lower case: who may share a subject. */
    private final Set<String> names;

    private PointActors(Map<String, List<Said>> saidOf, Set<String> people, Set<String> names) {
        this.saidOf = Map.copyOf(saidOf);
        this.people = Set.copyOf(people);
        this.names = Set.copyOf(names);
    }

    static PointActors of(Rubric rubric, Terms terms) {
        return of(rubric.points(), terms);
    }

    static PointActors of(List<RubricPoint> points, Terms terms) {
        StringBuilder all = new StringBuilder();
        for (RubricPoint p : points) {
            all.append(p.description()).append(' ');
            p.examples().forEach(e -> all.append(e).append(' '));
        }
        Set<String> named = namedInside(all.toString());
        Set<String> people = new HashSet<>();
        Map<String, List<Said>> said = new HashMap<>();
        for (RubricPoint p : points) {
            List<Said> out = new ArrayList<>();
            for (String sentence : sentences(p)) {
                String opener = opener(sentence, named);
                if (opener != null) {
                    people.add(opener);
                }
                Set<String> mentions = new HashSet<>();
                for (String w : sentence.split("[^\\p{L}]+")) {
                    if (named.contains(w)) {
                        mentions.add(w.toLowerCase(Locale.ROOT));
                    }
                }
                out.add(new Said(Set.copyOf(terms.exactTerms(sentence)), opener, Set.copyOf(mentions)));
            }
            said.put(p.id(), List.copyOf(out));
        }
        Set<String> names = new HashSet<>();
        named.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        return new PointActors(said, people, names);
    }

    /** The name a sentence opens with as the subject of a verb ("Stalin used …"), lower case, or null. */
    private static String opener(String sentence, Set<String> named) {
        String[] w = sentence.strip().split("\\s+");
        if (w.length < 2) {
            return null;
        }
        String first = w[0].replaceAll("[^\\p{L}'’]", "");
        boolean verbNext = !w[1].isEmpty() && Character.isLowerCase(w[1].charAt(0));
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || first.endsWith("'s") || first.endsWith("’s")
                || !verbNext || !named.contains(first)) {
            return null;
        }
        return first.toLowerCase(Locale.ROOT);
    }

    /** Words the text writes with a capital where no sentence starts: names. */
    private static Set<String> namedInside(String text) {
        Set<String> out = new HashSet<>();
        var m = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\b").matcher(text);
        while (m.find()) {
            if (m.start() > 0
                    && !SENTENCE_START.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Who the rubric says did what the phrase says for this point (lower case), or null when it does not say. */
    String actor(String pointId, Phrase phrase) {
        if (phrase == null) {
            return null;
        }
        for (Said s : saidOf.getOrDefault(pointId, List.of())) {
            if (s.terms().containsAll(phrase.termSet())) {
                return s.actor();
            }
        }
        return null;
    }

    /**
     * Whether two people acting together are not who the rubric says did what the phrase says: the rubric
     * sentence holding the phrase names one of the rubric's people and neither of the two.
     */
    boolean notThePair(String pointId, Phrase phrase, List<String> pair) {
        if (phrase == null || pair.size() != 2 || !names.containsAll(pair)) {
            return false;
        }
        for (Said s : saidOf.getOrDefault(pointId, List.of())) {
            if (s.terms().containsAll(phrase.termSet())) {
                return s.mentions().stream().anyMatch(people::contains)
                        && pair.stream().noneMatch(s.mentions()::contains);
            }
        }
        return false;
    }

    /** Clears, in place, the credit of claims whose subject is another of the rubric's people than the actor. */
    void apply(List<Claim> claims, List<PointScore> best, boolean[] credited) {
        if (people.isEmpty()) {
            return;
        }
        for (int i = 0; i < claims.size(); i++) {
            if (!credited[i]) {
                continue;
            }
            if (notThePair(best.get(i).point().id(), best.get(i).phrase(), jointSubject(claims.get(i)))) {
                credited[i] = false;
                continue;
            }
            String actor = actor(best.get(i).point().id(), best.get(i).phrase());
            if (actor == null) {
                continue;
            }
            String subject = subject(claims, i);
            if (subject != null && people.contains(subject) && !subject.equals(actor)) {
                credited[i] = false;
            }
        }
    }

    /**
     * The name that is the claim's subject (lower case), or null. "he"/"she" stands for a name only when that is
     * clear: the nearest name before it in its own sentence, or else the only one of the rubric's people that is
     * a subject in the {@link #LOOK_BACK} sentences before.
     */
    String subject(List<Claim> claims, int i) {
        String s = ownSubject(claims.get(i));
        if (s == null || !PRONOUNS.contains(s)) {
            return s;
        }
        int sentence = claims.get(i).sentence();
        Set<String> earlier = new HashSet<>();
        for (int j = i - 1; j >= 0 && claims.get(j).sentence() >= sentence - LOOK_BACK; j--) {
            for (String name : subjects(claims.get(j))) {
                if (claims.get(j).sentence() == sentence && !PRONOUNS.contains(name)) {
                    return name;
                }
                if (people.contains(name)) {
                    earlier.add(name);
                }
            }
        }
        return earlier.size() == 1 ? earlier.iterator().next() : null;
    }

    /** Every verb's subject in the claim that is a name or "he"/"she", nearest the end first. */
    static List<String> subjects(Claim claim) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = claim.tokens();
        for (int k = tokens.size() - 1; k >= 0; k--) {
            if (tokens.get(k).verb()) {
                String s = subjectBefore(tokens, k);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * Two names joined by "and" just before the claim's first verb ("Zeno and Cato ruled the city"), lower case;
     * empty otherwise. A pair acting together is never the one person the rubric says did it, whether or not
     * either of them opens a rubric sentence.
     */
    static List<String> jointSubject(Claim claim) {
        List<Token> tokens = claim.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).verb()) {
                if (PASSIVE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                    // "Odo and Walter were put on trial": the pair had it done to them.
                    return List.of();
                }
                int j = k - 1;
                while (j >= 0 && tokens.get(j).adverb()) {
                    j--;
                }
                if (j >= 2 && name(tokens.get(j)) && name(tokens.get(j - 2))
                        && tokens.get(j - 1).text().equalsIgnoreCase("and")) {
                    return List.of(tokens.get(j - 2).text().toLowerCase(Locale.ROOT),
                            tokens.get(j).text().toLowerCase(Locale.ROOT));
                }
                return List.of();
            }
        }
        return List.of();
    }

    private static boolean name(Token token) {
        String t = token.text();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && t.chars().allMatch(Character::isLetter);
    }

    /**
     * The name (a capitalised word) or "he"/"she" just before the claim's first verb, past adverbs ("he also
     * …"), lower case; null otherwise. Reads both Penn and universal part-of-speech tags.
     */
    static String ownSubject(Claim claim) {
        int verb = firstVerb(claim.tokens());
        return verb < 0 ? null : subjectBefore(claim.tokens(), verb);
    }

    /** The index of the claim's first verb (Penn or universal tags), or -1. */
    static int firstVerb(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).verb()) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the word before a verb, past adverbs and other verbs ("he also had …"), or -1. */
    static int beforeVerb(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).adverb() || tokens.get(k).verb())) {
            k--;
        }
        return k;
    }

    /** The sentences of a point's wording that say who or what does it: its description's, then its examples. */
    static List<String> sentences(RubricPoint point) {
        List<String> sentences = new ArrayList<>(List.of(SENTENCE_END.split(point.description().strip())));
        sentences.addAll(point.examples());
        return sentences;
    }

    private static String subjectBefore(List<Token> tokens, int verb) {
        int k = beforeVerb(tokens, verb);
        if (k < 0) {
            return null;
        }
        String text = tokens.get(k).text().replace('’', '\'');
        String word = text.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(word)) {
            return word;
        }
        return Character.isUpperCase(text.charAt(0)) && !word.endsWith("'s") && !word.endsWith("s'") ? word : null;
    }
}
