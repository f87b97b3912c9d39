package org.premark.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each raw source, cleaned, is the committed corpus file, keeps its facts and loses its clutter. */
class CorpusFactsTest {

    /** Clutter that must not survive in any cleaned file (whole-line checks are in {@link #CLUTTER_LINES}). */
    private static final List<String> CLUTTER = List.of(
            "Signup", "How well did you know this", "Not at all", "New cards", "(correct)", "Studying That Suits You",
            "Use AI to generate", "No comments have yet been made", "Similar History resources",
            "See all History resources", "Creative Commons", "studied by", "Studied by", "0.0(0)", "Call Kai",
            "learnLearn", "examPractice Test", "GameKnowt Play", "Card Sorting", "encourage image",
            "There's no tags", "No study sessions yet", "Study Analytics", "(6 cards)", "32 Terms", "1/31",
            " of 8");
    private static final List<String> CLUTTER_LINES = List.of(
            "Podcast", "Perfectly", "Q", "A", "Name", "Mastery", "Learn", "Test", "Matching", "Spaced");

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("000_4baebc50c1ad9541.txt", List.of(
                        "To block Trotsky from assuming leadership and consolidate power among Stalin, Zinoviev, and Kamenev.",
                        "His perceived arrogance and association with Menshevism.",
                        "Trotsky was condemned in October 1923 for allegedly forming a faction.",
                        "1921 ban on factions",
                        "13th Party Congress in May 1924",
                        "exiled to Alma-Ata in January 1928, then deported to Turkey in February 1929",
                        "\"counter-revolutionary activity.\"",
                        "Sergei Kirov was assassinated on December 1, 1934",
                        "Zinoviev given 10 years, and Kamenev given 5 years",
                        "executed on August 25, 1936",
                        "Zinoveiv and Kamenev",
                        "Stalin displayed Lenin's embalmed body in the Red Square for mourning.",
                        "Stalin proposed 'socialism in one country.'"),
                        List.of("To promote Trotsky to the leadership position.",
                                "His advocacy for the New Economic Policy.",
                                "It allowed for more efficient decision-making processes.")),
                Arguments.of("001_0fd55eea29fdbcdc.txt", List.of(
                        "Lenin Enrolment",
                        "27th January 1924",
                        "44 votes to 10",
                        "Against publishing the last will and testament",
                        "1922 alone",
                        "1000+ senior party officials including 42 provincial Party bosses",
                        "O. Figes, 2022",
                        "David Christian 1986",
                        "“Stalin… sacrifices everything else to the preservation of power… He changes his theories according to whom he needs to get rid of next.”",
                        "Bukharin, at a secret meeting with Kamenev in July 1928",
                        "carried his coffin (pall-bearer)",
                        "party almost doubled its membership to 1 million",
                        "May 1924- Krupstaya gives Lenin’s secret last will and testament",
                        "October 1st 1928 1st Five year plan announced",
                        "“well-instructed Stalinist delegates”"),
                        List.of()),
                Arguments.of("002_afa8ec26b7aadfb6.txt", List.of(
                        "From late 1921 to January 1924, Lenin had a series of strokes",
                        "In December 1922, Lenin wrote his testament, a \"Letter to the Party Congress\"",
                        "A major stroke in March 1923 left him without the power of speech",
                        "Lenin dies on January 21, 1924",
                        "Stalin was one of the pallbearers",
                        "In 1912 invited onto the Central Committee of the Bolshevik Party",
                        "May 1919 Lenin put Stalin in charge of the Orgburo",
                        "1922 Stalin appointed as party's first General Secretary",
                        "Politburo in June 1924",
                        "Control of part6y membership",
                        "beat up on Strotsky",
                        "Aug 1940 Ice-pick to the skull [From Russia With Love].",
                        "1929 Accused of 'right deviation' lost their posts"),
                        List.of()),
                Arguments.of("003_dbfe07977410fb4d.txt", List.of(
                        "grey blur",
                        "“most eminent mediocrity”",
                        "700,000",
                        "up to 500,000 communist officials arrested",
                        "Volga Germans",
                        "Great Purge (1936-1938)",
                        "Kamanev and Zinoviev tried in 1936 along with 14 others. Bukarin tried in 1938.",
                        "In all sixteen ‘Old Bolsheviks’ were tried for treason",
                        "NKVD “troikas” (groups of three officials)",
                        "Lenin himself noted Trotsky’s “excessive self-assurance”",
                        "having been a Menshevik",
                        "Zinoview and Kamenev and Trotsky removed from the communist party",
                        "(b) Why were the NKVD a feared organisation? [6]"),
                        List.of()),
                Arguments.of("004_30b4508cddb68712.txt", List.of(
                        "1923, formed the Triumvirate with Zinoviev and Kamenev",
                        "Stalin used the Ban of Faction (1921) against them",
                        "'Socialism in one Country' 1925",
                        "In 1928 when Stalin turned away from the NEP",
                        "in February 1928, he campaigned aganst Bukharin",
                        "Sread rumours about Bukharin",
                        "ban on factinos in 1921",
                        "during 1903-1917",
                        "Stalin and Bukharin formed the 'Duumvirate'",
                        "Tortsky however refused and was exiled.",
                        "He also delayed Bukharin's plane",
                        "emergency grain requisitionig"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void cleanedSourceIsTheCommittedCorpusFile(String name, List<String> facts, List<String> distractors)
            throws IOException {
        String cleaned = NotesCleanerRules.standard().clean(raw(name));
        Path committed = Path.of("corpus", name);
        assertThat(committed).as("run: premark notes clean --from src/test/resources/source-notes --out corpus")
                .exists();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).isEqualTo(cleaned);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void cleaningKeepsTheFacts(String name, List<String> facts, List<String> distractors) throws IOException {
        assertThat(facts).hasSizeGreaterThanOrEqualTo(10);
        String raw = raw(name).replace('\u00A0', ' ');
        String cleaned = NotesCleanerRules.standard().clean(raw(name));
        for (String fact : facts) {
            assertThat(raw).as("fact is in the raw source").contains(fact);
            assertThat(cleaned).as("fact survives cleaning").contains(fact);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void cleaningRemovesTheClutter(String name, List<String> facts, List<String> distractors) throws IOException {
        String cleaned = NotesCleanerRules.standard().clean(raw(name));
        assertThat(cleaned).doesNotContain(CLUTTER);
        assertThat(cleaned.lines().map(String::strip)).doesNotContainAnyElementsOf(CLUTTER_LINES);
        assertThat(cleaned.lines().map(String::strip)).noneMatch(l -> l.matches("\\d{1,3}"));
        for (String distractor : distractors) {
            assertThat(raw(name)).contains(distractor);
            assertThat(cleaned).doesNotContain(distractor);
        }
        assertThat(NotesCleanerRules.standard().clean(cleaned)).as("idempotent").isEqualTo(cleaned);
    }

    static String raw(String name) throws IOException {
        try (InputStream in = CorpusFactsTest.class.getResourceAsStream("/source-notes/" + name)) {
            assertThat(in).as("test resource source-notes/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
