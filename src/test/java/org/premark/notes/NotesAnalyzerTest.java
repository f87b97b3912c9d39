package org.premark.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class NotesAnalyzerTest {

    private static final NotesAnalyzer INDEX = NotesAnalyzer.forIndexing();
    private static final NotesAnalyzer QUERY = NotesAnalyzer.forQueries();

    @AfterAll
    static void close() {
        INDEX.close();
        QUERY.close();
    }

    @Test
    void lowerCasesDropsStopWordsAndStems() {
        assertThat(INDEX.terms("The Purges of the Party")).containsExactly("purg", "parti");
        assertThat(INDEX.terms("purge purged purging")).containsOnly("purg");
        assertThat(INDEX.terms("Factions")).isEqualTo(INDEX.terms("faction"));
    }

    @Test
    void stripsPossessivesWithStraightAndCurlyApostrophes() {
        assertThat(INDEX.terms("Lenin's")).containsExactly("lenin");
        assertThat(INDEX.terms("Lenin’s testament")).containsExactly("lenin", "testament");
        assertThat(INDEX.terms("Trotsky's")).isEqualTo(INDEX.terms("Trotsky"));
    }

    @Test
    void indexAnalyzerHasNoSynonyms() {
        assertThat(INDEX.expandsSynonyms()).isFalse();
        assertThat(INDEX.terms("gensec")).containsExactly("gensec");
    }

    @Test
    void queryAnalyzerExpandsDomainSynonyms() {
        assertThat(QUERY.expandsSynonyms()).isTrue();
        assertThat(QUERY.terms("gensec")).contains("gensec", "gener", "secretari");
        assertThat(QUERY.terms("General Secretary")).contains("gensec");
        assertThat(QUERY.terms("NKVD")).contains("secret", "polic");
        assertThat(QUERY.terms("troika")).contains("triumvir");
        assertThat(QUERY.terms("pall-bearer")).contains("pallbear", "coffin");
        assertThat(QUERY.terms("Lenin levy")).contains("enrol");
        assertThat(QUERY.terms("menshevism")).contains(INDEX.terms("menshevik").get(0));
        assertThat(QUERY.terms("gulag")).contains("labour", "labor", "camp");
        assertThat(QUERY.terms("NEP")).contains("new", "econom", "polici");
        assertThat(QUERY.terms("industrialization")).containsAll(INDEX.terms("industrialisation"));
    }

    @Test
    void synonymsMatchInflectedFormsBecauseTheyApplyAfterStemming() {
        assertThat(QUERY.terms("faction")).containsAll(INDEX.terms("factionalism"));
        assertThat(QUERY.terms("purged")).containsAll(INDEX.terms("terror"));
    }

    @Test
    void aSynonymRuleWithAStopWordIsRejectedWithItsSource() {
        assertThatThrownBy(() -> NotesAnalyzer.forQueries(new StringReader("ok, fine\ncult of lenin, leninism\n"),
                "custom.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("custom.txt");
    }

    @Test
    void customRulesReplaceTheBundledOnes() throws Exception {
        try (NotesAnalyzer custom = NotesAnalyzer.forQueries(new StringReader("tsar, czar\n"), "custom.txt")) {
            assertThat(custom.terms("czar")).contains("tsar");
            assertThat(custom.terms("gensec")).isEqualTo(List.of("gensec"));
        }
    }
}
