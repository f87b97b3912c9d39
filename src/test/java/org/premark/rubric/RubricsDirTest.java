package org.premark.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's own rubrics in {@code rubrics/}: all valid, the agreed ids, and the authoring rules of docs/rubrics.md. */
class RubricsDirTest {

    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        List<String> trotsky = List.of("general-secretary-appointments", "lenin-cult", "lenin-testament",
                "trotsky-arrogance", "trotsky-menshevik", "trotsky-mistakes", "alliances", "ban-on-factions",
                "socialism-one-country", "fear-of-dictator");
        EXPECTED.put("nkvd-feared", List.of("mass-arrests", "torture-execution", "no-rule-of-law", "gulag",
                "ethnic-deportations", "overseas-assassinations"));
        EXPECTED.put("power-struggle", List.of("no-successor", "rival-power-bases", "nep-debate", "revolution-debate",
                "fear-of-dictator", "personal-rivalries", "lenin-illness"));
        EXPECTED.put("purges-effective", List.of("fear-obedience", "removed-rivals", "mass-arrests", "kirov-pretext",
                "army-purge", "party-purge"));
        EXPECTED.put("stalin-defeat-trotsky", trotsky);
        EXPECTED.put("trotsky-lost", trotsky);
        EXPECTED.put("trotsky-suspicion", List.of("menshevik-past", "arrogance", "red-army-bonaparte", "radical-ideas",
                "disloyalty-funeral", "jewish-background", "administration-focus"));
    }

    private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|nobody|nothing)\\b|n't\\b");

    private static Map<String, Rubric> rubrics;

    @BeforeAll
    static void load() throws RubricException {
        // Surefire runs in the project directory; passage refs are not checked here (none yet).
        List<Rubric> all = new RubricReaderYaml(null).readAll(Path.of("rubrics"));
        rubrics = all.stream().collect(Collectors.toMap(Rubric::id, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void theSixRubricsWithTheirPointIdsAndQuestions() {
        assertEquals(List.copyOf(EXPECTED.keySet()), List.copyOf(rubrics.keySet()));
        for (Map.Entry<String, List<String>> e : EXPECTED.entrySet()) {
            Rubric r = rubrics.get(e.getKey());
            assertEquals(e.getValue(), r.points().stream().map(RubricPoint::id).toList(), r.id());
            assertEquals(6, r.maxMark(), r.id());
            assertEquals(LevelScheme.standard(), r.scheme(), r.id());
            assertEquals("notes", r.corpus(), r.id());
            assertTrue(r.question().endsWith("? [6]"), r.question());
        }
        assertEquals("Why did Trotsky lose the leadership struggle with Stalin? [6]", rubrics.get("trotsky-lost").question());
        assertEquals("Why was Stalin able to defeat Trotsky to become Lenin's successor? [6]",
                rubrics.get("stalin-defeat-trotsky").question());
        assertEquals("Why was there a struggle for power after Lenin's death? [6]", rubrics.get("power-struggle").question());
        assertEquals("Why were some Bolsheviks suspicious of Trotsky's qualities as a potential leader? [6]",
                rubrics.get("trotsky-suspicion").question());
        assertEquals("Why were the Purges an effective way for Stalin to control the Soviet people? [6]",
                rubrics.get("purges-effective").question());
        assertEquals("Why were the NKVD a feared organisation? [6]", rubrics.get("nkvd-feared").question());
    }

    @Test
    void theExamplesInDocsRubricsMdAreValid(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Path.of("docs/rubrics.md"));
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertEquals(5, blocks.size(), "yaml blocks in docs/rubrics.md");
        RubricReader reader = new RubricReaderYaml(null);
        Rubric full = reader.read(Files.writeString(dir.resolve("full.yaml"), blocks.get(0)));
        assertEquals("kulaks-resisted", full.id());
        assertEquals(2, full.points().size());

        // The focus snippet, put into the full example.
        Rubric focused = reader.read(Files.writeString(dir.resolve("focus.yaml"),
                blocks.get(0).replace("points:\n", blocks.get(1) + "points:\n")));
        assertEquals("people feared the NKVD", focused.focus().outcome());
        assertEquals(List.of("NKVD", "secret police"), focused.focus().subject());

        // The scheme snippets, put into a real rubric in place of its scheme.
        String nkvd = Files.readString(Path.of("rubrics/nkvd-feared.yaml"));
        String levels = nkvd.replace("scheme:\n  type: levels\n", blocks.get(2));
        LevelScheme relabelled = (LevelScheme) reader.read(Files.writeString(dir.resolve("levels.yaml"), levels)).scheme();
        assertEquals(LevelScheme.standard().levels().stream().map(l -> l.name() + " " + l.low() + "-" + l.high()).toList(),
                relabelled.levels().stream().map(l -> l.name() + " " + l.low() + "-" + l.high()).toList());
        assertEquals("Identifies reasons.", relabelled.level(3).descriptor());
        String points = nkvd.replace("max_mark: 6\n", "").replace("scheme:\n  type: levels\n", blocks.get(3));
        Rubric pointsRubric = reader.read(Files.writeString(dir.resolve("points.yaml"), points));
        assertEquals(new Award(2, "3 points"), pointsRubric.scheme().award(1, 2, false));
        assertEquals(new Award(3, "5 points"), pointsRubric.scheme().award(5, 0, false));
        String described = nkvd.replace("max_mark: 6\n", "").replace("scheme:\n  type: levels\n", blocks.get(4));
        Rubric describedRubric = reader.read(Files.writeString(dir.resolve("described.yaml"), described));
        assertEquals(PointsScheme.CreditRule.DESCRIBED, ((PointsScheme) describedRubric.scheme()).creditRule());
        assertEquals(new Award(2, "2 points"), describedRubric.scheme().award(2, 3, false), "named points earn nothing");
    }

    @Test
    void everyShippedRubricNamesItsFocusAndSubject() {
        for (Rubric r : rubrics.values()) {
            assertFalse(r.focus().isEmpty(), r.id());
            assertFalse(r.focus().subject().isEmpty(), r.id());
        }
        assertEquals(rubrics.get("trotsky-lost").focus().words(), rubrics.get("stalin-defeat-trotsky").focus().words());
    }

    @Test
    void theTwoTrotskyRubricsShareIdenticalPoints() {
        assertEquals(rubrics.get("trotsky-lost").points(), rubrics.get("stalin-defeat-trotsky").points());
    }

    @Test
    void pointsFollowTheAuthoringRules() {
        List<String> broken = new ArrayList<>();
        for (Rubric r : rubrics.values()) {
            Map<String, String> cueOwner = new HashMap<>();
            for (RubricPoint p : r.points()) {
                String where = r.id() + "/" + p.id();
                if (p.cues().size() < 6 || p.cues().size() > 15) {
                    broken.add(where + ": " + p.cues().size() + " cues, want 6-15");
                }
                for (String cue : p.cues()) {
                    int words = cue.trim().split("\\s+").length;
                    int allowed = NEGATION.matcher(cue).find() ? 5 : 4; // "did not" costs a word
                    if (words < 2 || words > allowed) {
                        broken.add(where + ": cue '" + cue + "' has " + words + " words, want 2-" + allowed);
                    }
                    String other = cueOwner.putIfAbsent(cue.toLowerCase(Locale.ROOT), p.id());
                    if (other != null) {
                        broken.add(where + ": cue '" + cue + "' also names point " + other);
                    }
                }
                if (p.examples().size() < 3 || p.examples().size() > 6) {
                    broken.add(where + ": " + p.examples().size() + " examples, want 3-6");
                }
                for (String example : p.examples()) {
                    if (!example.endsWith(".") || !Character.isUpperCase(example.charAt(0))) {
                        broken.add(where + ": example is not a full sentence: " + example);
                    }
                }
                if (p.synonyms().isEmpty()) {
                    broken.add(where + ": no synonyms");
                }
                if (!p.passages().isEmpty()) {
                    broken.add(where + ": passage refs are added after the notes index is wired in");
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
