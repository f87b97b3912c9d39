package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.premark.workspace.Workspace;
import org.premark.csv.CsvReader;
import org.premark.csv.CsvRow;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/** End to end with the real OpenNLP models, notes index and rubrics. Answers here are written for the test. */
class MarkerLexicalIT {

    private static Workspace workspace;

    @BeforeAll
    static void load() throws Exception {
        workspace = Workspace.load(Path.of("corpus"), Path.of("rubrics"));
    }

    private static MarkResult mark(String rubric, String answer) {
        return workspace.marker().mark(workspace.rubric(rubric).orElseThrow(), answer);
    }

    private static PointStatus status(MarkResult r, String point) {
        return r.points().stream().filter(p -> p.id().equals(point)).findFirst().orElseThrow().status();
    }

    @Test
    void misspelledReasonLinkedToAnOutcomeIsExplained() {
        MarkResult r = mark("trotsky-lost", "stalin was the genral secretery so he could give jobs to people who liked him"
                + " so they voted for him");
        assertEquals(List.of("general-secretary-appointments"), r.explained());
        assertEquals(4, r.mark());
        assertEquals("Level 3", r.level());
        assertEquals("so they voted for him", r.points().get(0).link().text());
        // A link that ends in another event (jobs handed out), not in Trotsky losing, only identifies the point.
        MarkResult story = mark("trotsky-lost", "stalin was the genral secretery so he could give jobs to people who liked him");
        assertEquals(List.of("general-secretary-appointments"), story.identified());
        assertEquals(2, story.mark());
    }

    @Test
    void aReasonGivenFirstWithBecauseIsExplainedButAThinOutcomeIsNot() {
        assertEquals(List.of("trotsky-menshevik"), mark("stalin-defeat-trotsky",
                "Because Trotsky had been a Menshevik, many old Bolsheviks would not vote for him.").explained());
        MarkResult thin = mark("stalin-defeat-trotsky", "Trotsky had been a Menshevik. So he lost.");
        assertEquals(List.of("trotsky-menshevik"), thin.identified());
        assertEquals(2, thin.mark());
    }

    /** "Did not want him as leader" states the suspicion; a closing tag that only words it links nothing. */
    @Test
    void notWantingHimAsLeaderIsTheOutcomeButAClosingTagIsNot() {
        assertEquals(List.of("menshevik-past"), mark("trotsky-suspicion",
                "Trotsky had spent years with the Mensheviks before he joined Lenin, so the old Bolsheviks did not"
                        + " want him as their leader.").explained());
        MarkResult tag = mark("trotsky-suspicion", "Trotsky had spent years with the Mensheviks before he joined"
                + " Lenin. So that is the reason the Bolsheviks had doubts about him.");
        assertEquals(List.of(), tag.explained());
        assertEquals(List.of("menshevik-past"), tag.identified());
    }

    @Test
    void paraphraseWithoutALinkIsIdentified() {
        MarkResult r = mark("trotsky-lost", "He put his friends in the important jobs.");
        assertEquals(List.of("general-secretary-appointments"), r.identified());
        assertEquals(2, r.mark());
    }

    @Test
    void negationDoesNotEarnThePoint() {
        MarkResult r = mark("trotsky-lost", "Stalin was not General Secretary.");
        assertEquals(PointStatus.MISSING, status(r, "general-secretary-appointments"));
    }

    @Test
    void theSameReasonWordedTwiceCountsOnce() {
        MarkResult r = mark("trotsky-lost",
                "Stalin was General Secretary. As the party's General Secretary he appointed his supporters to key posts.");
        assertEquals(List.of("general-secretary-appointments"), r.identified());
        assertEquals(2, r.mark());
        assertEquals(2, r.points().get(0).spans().size());
    }

    @Test
    void twoExplainedReasonsEarnFullMarks() {
        MarkResult r = mark("nkvd-feared", "The NKVD tortured prisoners until they confessed, so people were terrified of"
                + " being arrested. It also ran the Gulag labour camps, which meant people were afraid of being sent there"
                + " to be worked to death.");
        assertEquals(6, r.mark());
        assertTrue(r.explained().containsAll(List.of("torture-execution", "gulag")), r.explained().toString());
    }

    @Test
    void keywordListIdentifiesAtMostAndIsFlagged() {
        MarkResult r = mark("trotsky-lost", "General Secretary, Lenin cult, ban on factions");
        assertTrue(r.explained().isEmpty());
        assertEquals(3, r.identified().size());
        assertEquals(3, r.mark());
        assertTrue(r.flagged(FlagCode.KEYWORD_LIST));
    }

    @Test
    void aGeneralAnswerGetsOneAndAnIrrelevantOneNothing() {
        MarkResult general = mark("trotsky-lost", "Trotsky lost because Stalin was cleverer and more popular than him.");
        assertEquals(1, general.mark());
        MarkResult irrelevant = mark("nkvd-feared", "The Five Year Plans built many new factories in the 1930s.");
        assertEquals(0, irrelevant.mark());
        assertTrue(irrelevant.flagged(FlagCode.OFF_TOPIC));
    }

    @Test
    void datesThatDisagreeWithTheNotesAreFlaggedWithThePassage() {
        MarkResult r = mark("stalin-defeat-trotsky", "Stalin became General Secretary in 1917 and used the post to appoint"
                + " his supporters.");
        Flag flag = r.flags().stream().filter(f -> f.code() == FlagCode.FACTUAL_CONFLICT).findFirst().orElseThrow();
        assertTrue(flag.message().contains("1917") && flag.message().contains("1922"), flag.message());
        assertTrue(workspace.notes().passage(flag.passageId()).isPresent());
        assertTrue(r.flagged(FlagCode.NEEDS_REVIEW));
        assertTrue(mark("stalin-defeat-trotsky", "Lenin's funeral in 1930 was organised by Stalin.")
                .flagged(FlagCode.FACTUAL_CONFLICT));
        assertFalse(mark("stalin-defeat-trotsky", "Stalin became General Secretary in 1922 and appointed his supporters.")
                .flagged(FlagCode.FACTUAL_CONFLICT));
    }

    @Test
    void copyingFromTheNotesIsFlaggedWithThePassage() {
        String copied = workspace.notes().passages().stream().map(p -> p.text())
                .filter(t -> t.contains("Lenin Enrolment")).findFirst().orElseThrow();
        MarkResult r = mark("trotsky-lost", copied);
        Flag flag = r.flags().stream().filter(f -> f.code() == FlagCode.COPIED_FROM_NOTES).findFirst().orElseThrow();
        assertTrue(workspace.notes().passage(flag.passageId()).orElseThrow().text().contains("Lenin Enrolment"));
    }

    @Test
    void shortAnswersAndRestatedQuestionsAreFlagged() {
        assertTrue(mark("trotsky-lost", "Trotsky was arrogant.").flagged(FlagCode.TOO_SHORT));
        MarkResult restated = mark("trotsky-lost", "Trotsky lost the leadership struggle with Stalin.");
        assertTrue(restated.flagged(FlagCode.RESTATES_QUESTION));
        assertTrue(restated.flagged(FlagCode.NEEDS_REVIEW));
        assertEquals(0, restated.mark(), "only restating the question earns nothing");
        assertFalse(restated.flagged(FlagCode.OFF_TOPIC), "it is on the question, it just says nothing");
        MarkResult reasoned = mark("purges-effective", "The Purges were an effective way to control the Soviet people"
                + " because Stalin was in control.");
        assertEquals(1, reasoned.mark(), "a general reason, however thin, is a general answer");
    }

    @Test
    void aLongAnswerOnAnotherTopicEarnsNothingAndSaysWhy() {
        MarkResult r = mark("nkvd-feared", "Peasants in the villages were made to join big collective farms. Many"
                + " of them killed their cows and pigs rather than hand them over. Grain was taken away to feed the"
                + " workers in the cities and to sell abroad. In Ukraine millions of people starved. Richer peasants"
                + " were blamed for the shortages and their land was taken.");
        assertEquals(0, r.mark());
        Flag flag = r.flags().stream().filter(f -> f.code() == FlagCode.OFF_TOPIC).findFirst().orElseThrow();
        assertTrue(flag.message().contains("NKVD") && flag.message().contains("sentences"), flag.message());
        assertTrue(r.points().stream().allMatch(p -> p.status() == PointStatus.MISSING));
        // A weak answer on the question keeps its mark, even without naming the NKVD in every sentence.
        MarkResult weak = mark("nkvd-feared", "The NKVD arrested people in the middle of the night. They were taken"
                + " away and many were never seen again. Nobody knew who would be next.");
        assertTrue(weak.mark() > 0);
        assertFalse(weak.flagged(FlagCode.OFF_TOPIC));
    }

    @Test
    void aWrongYearNextToAConceptInsideALongSentenceIsFlagged() {
        MarkResult r = mark("trotsky-lost", "Trotsky looked disloyal to many Bolsheviks because he stayed in the"
                + " south to rest and never came back for Lenin's funeral in 1930, while Stalin walked beside the"
                + " coffin and gave the main speech.");
        Flag flag = r.flags().stream().filter(f -> f.code() == FlagCode.FACTUAL_CONFLICT).findFirst().orElseThrow();
        assertTrue(flag.message().contains("1930") && flag.message().contains("1924"), flag.message());
        assertFalse(mark("trotsky-lost", "Trotsky looked disloyal to many Bolsheviks because he stayed in the south"
                + " to rest and never came back for Lenin's funeral in 1924, while Stalin walked beside the coffin.")
                .flagged(FlagCode.FACTUAL_CONFLICT));
    }

    @Test
    void everyCreditedPointHasItsSpanAndASupportingPassage() {
        String answer = "Stalin organised Lenin's funeral and gave a speech as his loyal disciple, so the party saw him as"
                + " Lenin's heir. Trotsky had been a Menshevik.";
        MarkResult r = mark("trotsky-lost", answer);
        assertEquals(5, r.mark());
        for (PointResult p : r.points()) {
            if (p.status() == PointStatus.MISSING) {
                continue;
            }
            for (Span s : p.spans()) {
                assertEquals(answer.substring(s.start(), s.end()), s.text());
            }
            assertNotNull(p.passage(), p.id());
            assertTrue(workspace.notes().passage(p.passage().passageId()).isPresent());
        }
    }

    @Test
    void feedbackNamesMissingPointsWithWhereToReadAndHowToExplain() {
        MarkResult r = mark("trotsky-lost", "Trotsky had been a Menshevik.");
        assertTrue(r.feedback().stream().anyMatch(f -> f.contains("Trotsky menshevik") || f.contains("did not explain")),
                r.feedback().toString());
        assertTrue(r.feedback().stream().anyMatch(f -> f.startsWith("Not covered yet") && f.contains("Read")),
                r.feedback().toString());
    }

    @Test
    void sameInputGivesTheSameResultAlsoUnderConcurrency() {
        String answer = "Stalin controlled appointments, so the delegates at the Congress voted for him. Trotsky was ill.";
        MarkResult first = mark("trotsky-lost", answer);
        List<MarkResult> many = IntStream.range(0, 32).parallel().mapToObj(i -> mark("trotsky-lost", answer)).toList();
        many.forEach(r -> assertEquals(first, r));
    }

    @Test
    void modelAnswersReachTheTopAndTheMisplacedOneScoresLower() throws Exception {
        List<CsvRow> rows = CsvReader.withDefaults().read(Path.of("src/test/resources/eval/model-answers.csv"),
                List.of("id", "question", "answer")).rows();
        Map<String, Integer> marks = rows.stream().collect(Collectors.toMap(r -> r.get("id"),
                r -> mark(r.get("question"), r.get("answer")).mark()));
        for (int i = 1; i <= 4; i++) {
            assertTrue(marks.get("model-" + i) >= 5, "model-" + i + " got " + marks.get("model-" + i));
        }
        // model-5 gives its links in separate summing-up sentences ("This ability to manipulate allowed Stalin to
        // win"), away from the points they explain, so since explanation must reach the focus from the point it
        // earns Level 2 with six points identified: a known gap (issue 9), not an examiner's view.
        assertTrue(marks.get("model-5") >= 3, marks.toString());
        assertTrue(marks.get("model-6") <= 3, marks.toString());
    }

    @Test
    void aRubricWithNoCorpusMatchesOnItsOwnWording() {
        Rubric r = new Rubric("space-race", "Why did the USA win the space race? [4]", 4, "", true,
                PointsScheme.perPoint(4), List.of(
                        new RubricPoint("apollo-budget", "Apollo budget", "Huge NASA funding",
                                List.of("NASA budget", "Apollo programme"), List.of(), List.of(), List.of()),
                        new RubricPoint("soviet-setbacks", "Soviet setbacks", "Korolev died; N1 failures",
                                List.of("Korolev died", "N1 rocket"), List.of(), List.of(), List.of())));
        MarkResult result = workspace.marker().mark(r, "The NASA budget was enormous. After Korolev died the Soviets fell behind.");
        assertEquals(2, result.mark());
        assertEquals("2 points", result.level());
        assertNull(result.points().get(0).passage());
    }

    /** A "list and describe" question on a made-up topic: naming a process earns nothing, describing it does. */
    private static Rubric heatRubric() {
        PointsScheme scheme = PointsScheme.perPoint(3).withCreditRule(PointsScheme.CreditRule.DESCRIBED);
        return new Rubric("heat-transfer", "List and describe three ways heat moves from a hot object. [3]", 3, "",
                true, scheme, List.of(
                        new RubricPoint("conduction", "Conduction", "Heat passes through a solid by particles"
                                + " vibrating and bumping into their neighbours.", List.of("conduction"), List.of(),
                                List.of("In conduction the particles vibrate and pass the heat to the next ones."),
                                List.of()),
                        new RubricPoint("convection", "Convection", "Warm liquid or gas rises because it is less"
                                + " dense, and cooler fluid sinks to take its place, making a current.",
                                List.of("convection"), List.of(),
                                List.of("Convection is when warm air rises and cool air sinks in a current."),
                                List.of()),
                        new RubricPoint("radiation", "Radiation", "Heat travels as infrared waves, even through"
                                + " empty space.", List.of("radiation"), List.of(),
                                List.of("Radiation sends heat as infrared waves with no particles needed."),
                                List.of())));
    }

    @Test
    void describedCreditNeedsWhatThePointIsNotItsName() {
        Rubric r = heatRubric();
        MarkResult named = workspace.marker().mark(r, "CONDUCTION, CONVECTION AND RADIATION");
        assertEquals(0, named.mark(), named.toString());
        assertEquals(PointStatus.IDENTIFIED, named.points().get(0).status());

        MarkResult described = workspace.marker().mark(r, "1. Conduction- the particles vibrate and pass it on2."
                + " Convection, warm air rises and the cool air sinks3. Radiation");
        assertEquals(2, described.mark(), described.toString());
        assertEquals(PointStatus.EXPLAINED, described.points().get(0).status());
        assertEquals(PointStatus.EXPLAINED, described.points().get(1).status());
        assertEquals(PointStatus.IDENTIFIED, described.points().get(2).status());
        String answer = "1. Conduction- the particles vibrate and pass it on2. Convection, warm air rises and the cool"
                + " air sinks3. Radiation";
        for (PointResult p : described.points()) {
            p.spans().forEach(s -> assertEquals(answer.substring(s.start(), s.end()), s.text()));
        }
        assertTrue(described.feedback().stream().anyMatch(f -> f.contains("did not describe it")),
                described.feedback().toString());
    }

    @Test
    void answersTypedInCapitalsLowerCaseOrWithoutPunctuationMarkAsWritten() {
        Rubric r = workspace.rubric("trotsky-lost").orElseThrow();
        String answer = "Stalin was General Secretary, so he could give jobs to his supporters, which meant they voted"
                + " for him. Trotsky was arrogant and did not take Stalin seriously.";
        int mark = mark("trotsky-lost", answer).mark();
        assertEquals(mark, workspace.marker().mark(r, answer.toUpperCase(java.util.Locale.ROOT)).mark());
        assertEquals(mark, workspace.marker().mark(r, answer.toLowerCase(java.util.Locale.ROOT)).mark());
        assertEquals(mark, workspace.marker().mark(r, answer.replace(".T", ".\nT").replace(". T", ".T")).mark());
        String runOn = answer.toLowerCase(java.util.Locale.ROOT).replaceAll("[.,]", "");
        assertEquals(mark, workspace.marker().mark(r, runOn).mark(), runOn);
    }

    @Test
    void tooLongAnswersAreRefused() {
        Rubric r = workspace.rubric("trotsky-lost").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> workspace.marker().mark(r, "x ".repeat(10_001)));
        assertTrue(LevelScheme.standard().maxMark() == r.maxMark());
    }

    /** A feeling the notes never spell, misspelt, still states the question's outcome once corrected. */
    @Test
    void misspeltFeelingsTheNotesNeverSpellStillReachTheOutcome() {
        MarkResult r = mark("nkvd-feared", "The NKVD sent millions of people to labour camps in Siberia, so everyone"
                + " was too nervus to speak against Stalin. The NKVD also tortured prisoners, so people were horified"
                + " of being arrested.");
        assertEquals(List.of("torture-execution", "gulag"), r.explained());
        assertEquals(6, r.mark());
    }
}
