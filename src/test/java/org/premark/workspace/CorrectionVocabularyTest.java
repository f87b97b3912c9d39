package org.premark.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.notes.SpellingCorrectorLucene;
import org.premark.rubric.Focus;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/** A rubric on why a harbour town's guild was dreaded, written for these tests. */
class CorrectionVocabularyTest {

    private static final Lexicon LEXICON = Lexicon.english();
    private static final RubricPoint FINES = new RubricPoint("fines", "Heavy fines", "The guild fined traders.",
            List.of("fined traders"), List.of(), List.of(), List.of());
    private static final Rubric GUILD = new Rubric("guild", "Why was the guild dreaded?", 6, "notes", false,
            LevelScheme.standard(), List.of(FINES),
            new Focus("traders dreaded the guild", List.of("dismayed", "kept their heads down"), List.of("guild")));

    @Test
    void theFocusWordsTheNotesNeverSpellAreWordsToCorrectTo() {
        Set<String> words = CorrectionVocabulary.of(List.of("harbour", "traders"), List.of(GUILD), LEXICON);
        assertThat(words).contains("harbour", "fined", "dreaded", "dismayed", "heads", "guild");
        assertThat(SpellingCorrectorLucene.of(words, LEXICON.dictionary()).correct("dismayd")).isEqualTo("dismayed");
    }

    @Test
    void feelingAndOutcomeWordsOfTheLanguageAreThereForEveryRubric() {
        Set<String> words = CorrectionVocabulary.of(List.of("harbour"), List.of(), LEXICON);
        // emotion-words.txt and outcome-synonyms.txt: a misspelt "nervous" or "toppled" is corrected as a cue word is.
        assertThat(words).contains("nervous", "anxious", "toppled");
        assertThat(SpellingCorrectorLucene.of(words, LEXICON.dictionary()).correct("nervus")).isEqualTo("nervous");
    }
}
