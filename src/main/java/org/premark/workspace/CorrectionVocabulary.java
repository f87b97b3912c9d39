package org.premark.workspace;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;
import org.premark.rubric.Rubric;

/**
 * The words a student's misspelling may be corrected to: the notes' vocabulary, every rubric's own wording
 * (question, labels, descriptions, cues, synonyms, examples), and the words the marker reads an outcome or a
 * feeling by: each rubric's focus (its outcome, words and subject), the feeling words of
 * {@code emotion-words.txt} and the outcome groups of {@code outcome-synonyms.txt}. Without the last three a
 * feeling the notes never spell ("nervous", "horrified") stays misspelt in "people were to nervus to speak", and
 * the link that reaches the question's outcome is missed although the cue words of a point would have been
 * corrected.
 */
final class CorrectionVocabulary {

    private CorrectionVocabulary() {
    }

    static Set<String> of(Collection<String> notesVocabulary, List<Rubric> rubrics, Lexicon lexicon) {
        Set<String> words = new HashSet<>(notesVocabulary);
        StringBuilder text = new StringBuilder();
        for (Rubric r : rubrics) {
            text.append(' ').append(r.question());
            r.points().forEach(p -> {
                text.append(' ').append(p.label()).append(' ').append(p.description());
                p.cues().forEach(c -> text.append(' ').append(c));
                p.synonyms().forEach(c -> text.append(' ').append(c));
                p.examples().forEach(c -> text.append(' ').append(c));
            });
            text.append(' ').append(r.focus().outcome());
            r.focus().words().forEach(w -> text.append(' ').append(w));
            r.focus().subject().forEach(w -> text.append(' ').append(w));
        }
        lexicon.words(WordList.EMOTION_WORDS, "emotion").forEach(w -> text.append(' ').append(w));
        lexicon.groups(WordList.OUTCOME_SYNONYMS).forEach((group, members) -> {
            text.append(' ').append(group);
            members.forEach(w -> text.append(' ').append(w));
        });
        for (String w : text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }
}
