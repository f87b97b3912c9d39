package org.premark.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotesCleanerTest {

    private final NotesCleaner cleaner = NotesCleanerRules.standard();

    private String clean(String raw) {
        String cleaned = cleaner.clean(raw);
        assertThat(cleaner.clean(cleaned)).as("cleaning is idempotent").isEqualTo(cleaned);
        return cleaned;
    }

    @Test
    void dropsSignUpPrompts() {
        String out = clean("""
                Cult of Lenin
                Cult of Lenin
                Signup and view all the flashcards
                """);
        assertThat(out).isEqualTo("## Cult of Lenin\n");
    }

    @Test
    void dropsSelfRatingBlockAndCardNumbers() {
        String out = clean("""
                1
                Q

                Why did Trotsky lose?

                A
                Trotsky was arrogant.
                How well did you know this?
                1
                Not at all
                2
                3
                4
                5
                Perfectly
                2
                Q

                Why were the NKVD feared?

                A
                They arrested people.
                """);
        assertThat(out).isEqualTo("""
                ## Why did Trotsky lose?

                Trotsky was arrogant.

                ## Why were the NKVD feared?

                They arrested people.
                """);
    }

    @Test
    void dropsCardCounters() {
        String out = clean("""
                Deck title

                (6 cards)

                1/31

                32 Terms

                1
                New cards

                Politburo

                Chief body in the country.

                1 of 8

                Stalin used the Ban of Faction (1921) against them.
                """);
        assertThat(out).doesNotContain("6 cards", "1/31", "32 Terms", "New cards", "1 of 8");
        assertThat(out).contains("## Politburo\n\nChief body in the country.\n",
                "Stalin used the Ban of Faction (1921) against them.");
        assertThat(out.lines()).doesNotContain("1");
    }

    @Test
    void dropsStudyAnalyticsMenuOnlyAsAWholeRun() {
        String out = clean("""
                Stalin rise to power

                0.0(0)
                studied byStudied by 0 people
                full-widthCall Kai
                learnLearn
                examPractice Test
                GameKnowt Play
                Card Sorting
                encourage image
                There's no tags or description
                Study Analytics
                Name
                Mastery
                Learn
                Test
                Matching
                Spaced

                No study sessions yet.

                Test
                """);
        assertThat(out).isEqualTo("## Stalin rise to power\n\nTest\n");
    }

    @Test
    void dropsFootersAndLicenceLines() {
        String out = clean("""
                Podcast
                Stalin used the show trials.
                Studying That Suits You
                Use AI to generate personalized quizzes and flashcards
                No comments have yet been made
                Similar History resources:
                See all History resources »See all Russia - 19th and 20th century resources »
                Unless otherwise stated, the content of this page is licensed under Creative Commons Attribution-ShareAlike 3.0 License
                """);
        assertThat(out).isEqualTo("Stalin used the show trials.\n");
    }

    @Test
    void keepsOneCopyOfARepeatedQuestionAsAHeadingAndOnlyTheCorrectOption() {
        String out = clean("""
                Questions and Answers
                What was the primary aim of the triumvirate?
                What was the primary aim of the triumvirate?
                - To block Trotsky from assuming leadership. (correct)
                - To ensure collective leadership.
                - To promote Trotsky to the leadership position.
                """);
        assertThat(out).isEqualTo("""
                ## Questions and Answers

                ## What was the primary aim of the triumvirate?

                - To block Trotsky from assuming leadership.
                """);
    }

    @Test
    void keepsAnOrdinaryBulletListWhole() {
        String out = clean("""
                Purges
                - Kamenev was tried in 1936.
                - Bukharin was tried in 1938.
                """);
        assertThat(out).isEqualTo("## Purges\n\n- Kamenev was tried in 1936.\n- Bukharin was tried in 1938.\n");
    }

    @Test
    void turnsBulletsIntoDashesAndKeepsNesting() {
        String out = clean("""
                Some Background…

                *In 1912 invited onto the Central Committee

                  • Later on, made editor of Pravda
                    • then given a seat
                  • Stayed close to Lenin
                """);
        assertThat(out).isEqualTo("""
                ## Some Background…

                - In 1912 invited onto the Central Committee
                  - Later on, made editor of Pravda
                    - then given a seat
                  - Stayed close to Lenin
                """);
    }

    @Test
    void cardTitlesBecomeHeadingsAndCardBodiesStayParagraphs() {
        String out = clean("""
                13
                New cards

                44 votes to 10

                Against publishing the last will and testament

                14
                New cards

                Triumvirate at 13th party congress 1924

                Zinoviev, Kamenev and Stalin effectively led the party, presented party policy

                Exploiting the legacy
                """);
        assertThat(out).isEqualTo("""
                ## 44 votes to 10

                Against publishing the last will and testament

                ## Triumvirate at 13th party congress 1924

                Zinoviev, Kamenev and Stalin effectively led the party, presented party policy

                Exploiting the legacy
                """);
    }

    @Test
    void shortLinesBecomeHeadingsOnlyWhereTheirPlaceSaysSo() {
        String out = clean("""
                Stalin, Trotsky and the Struggle for power

                Importance of Control of Party Organization

                He tricked Trotsky into not attending Lenin's funeral, told him the wrong day

                Willing to play dirty where as the others didn't.

                Sread rumours about Bukharin

                He knew when to back off, he was great at manipulation

                Zinoviev and Kamenev believe he could help them

                3 of 8

                Weaknesses of opposition, especially Trotsky

                Trotsky not attending the funeral ruined his reputation.

                Who were the contenders?

                Trotsky and Stalin, but it was not clear at first.
                """);
        assertThat(out).isEqualTo("""
                ## Stalin, Trotsky and the Struggle for power

                ## Importance of Control of Party Organization

                He tricked Trotsky into not attending Lenin's funeral, told him the wrong day

                Willing to play dirty where as the others didn't.

                Sread rumours about Bukharin

                He knew when to back off, he was great at manipulation

                Zinoviev and Kamenev believe he could help them

                ## Weaknesses of opposition, especially Trotsky

                Trotsky not attending the funeral ruined his reputation.

                ## Who were the contenders?

                Trotsky and Stalin, but it was not clear at first.
                """);
    }

    @Test
    void keepsWordingAndWrappedLinesButTidiesSpaces() {
        String out = clean("Extra Notes\r\n\r\nTrotsky also kept silent,\u00A0 making it public.\r\n"
                + "Krupstaya and Kamenv  stay misspelt when NEP\r\nwas introduced.\r\n");
        assertThat(out).isEqualTo("""
                ## Extra Notes

                Trotsky also kept silent, making it public.
                Krupstaya and Kamenv stay misspelt when NEP
                was introduced.
                """);
    }

    @Test
    void leavesStructuredTextAsItIs() {
        String structured = """
                ## Lenin’s funeral 27th January 1924

                - Trotsky didn’t attend
                  - damaged Trotsky’s reputation

                A short line

                Another paragraph.
                """;
        assertThat(cleaner.clean(structured)).isEqualTo(structured);
    }

    @Test
    void plainTeacherTextWithoutHeadingsStaysParagraphs() {
        String out = clean("""
                Stalin was General Secretary from 1922.
                He controlled appointments.

                Trotsky was Commissar for War.
                """);
        assertThat(out).isEqualTo("""
                Stalin was General Secretary from 1922.
                He controlled appointments.

                Trotsky was Commissar for War.
                """);
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(clean("")).isEmpty();
        assertThat(clean("Podcast\n\n1 of 8\n")).isEmpty();
    }

    @Test
    void badRuleFileNamesTheLine() {
        assertThatThrownBy(() -> NotesCleanerRules.parse(List.of("# c", "drop x", "dorp y", "correct (c)"), "t.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t.txt line 3").hasMessageContaining("dorp");
        assertThatThrownBy(() -> NotesCleanerRules.parse(List.of("drop-re ([a-", "correct (c)"), "t.txt"))
                .hasMessageContaining("t.txt line 1").hasMessageContaining("bad regular expression");
    }
}
