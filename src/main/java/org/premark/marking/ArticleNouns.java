package org.premark.marking;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.premark.claims.Token;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Matching: a one-word synonym a rubric writes with its article ("the right", "the left" for the party's wings)
 * is that word used as a noun. Its stem alone would meet every other sense of an everyday word: "he waited for
 * the right moment", "he left the country", "he had the right to speak". Such a member is present only where the
 * claim has an article right before the word and the tagger reads it as a noun ("the right won") or, untagged, no
 * content word follows it ("sided with the right in 1925", "backed by the left"): "the right moment" is an
 * adjective of another noun. Immutable.
 */
final class ArticleNouns {

    static final ArticleNouns NONE = new ArticleNouns(Set.of());

    /** The articles ({@code stop-words.txt}, role {@code article}). */
    private final Set<String> articles;

    ArticleNouns(Set<String> articles) {
        this.articles = Set.copyOf(articles);
    }

    static ArticleNouns of(Lexicon lexicon) {
        return lexicon == null ? NONE : new ArticleNouns(lexicon.words(WordList.STOP_WORDS, "article"));
    }

    /** The word of a synonym member written as an article and one word ("The Right" → "right"); else null. */
    String noun(String member) {
        String[] w = member.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return w.length == 2 && articles.contains(w[0]) && w[1].matches("\\p{L}+") ? w[1] : null;
    }

    /** As {@link #used(List, Set, Terms)}, over tagged tokens: a word tagged as a noun counts whatever follows it. */
    Set<String> usedTagged(List<Token> tokens, Set<String> nouns, Terms terms) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (!nouns.contains(w) || !articles.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String pos = tokens.get(i).pos();
            if ("NOUN".equals(pos) || "PROPN".equals(pos) || i + 1 == tokens.size()
                    || terms.exact(tokens.get(i + 1).text()) == null) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The nouns among {@code nouns} that the claim's words use as nouns: after an article, followed by nothing or
     * by a word that is no term (a stop word such as "against", "of", "in").
     *
     * @param words the claim's lower-case words ({@link Terms#words})
     */
    Set<String> used(List<String> words, Set<String> nouns, Terms terms) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (!nouns.contains(w) || !articles.contains(words.get(i - 1))) {
                continue;
            }
            if (i + 1 == words.size() || terms.exact(words.get(i + 1)) == null) {
                out.add(w);
            }
        }
        return out;
    }
}
