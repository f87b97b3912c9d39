package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MarkingSettingsTest {

    private final MarkingSettings defaults = MarkingSettings.defaults();

    @Test
    void theDefaultsAreTheRulesValues() {
        assertEquals(0.6, defaults.matchThreshold());
        assertEquals(0.65, defaults.matchFullCueShare());
        assertEquals(0.95, defaults.matchSynonymDiscount());
        assertEquals(1.25, defaults.matchExampleBoost());
        assertEquals(0.5, defaults.notesNearMiss());
        assertEquals(8, defaults.flagTooShortWords());
        assertEquals(1800, defaults.flagFactYearMin());
        assertEquals(1999, defaults.flagFactYearMax());
        assertSame(defaults, MarkingSettings.defaults());
    }

    @Test
    void keysAreTheStageThenTheNameInKebabCase() {
        assertEquals("match.threshold", MarkingSettings.key("matchThreshold"));
        assertEquals("match.full-cue-share", MarkingSettings.key("matchFullCueShare"));
        assertEquals("flag.fact-year-min", MarkingSettings.key("flagFactYearMin"));
        assertEquals("0.6", defaults.asMap().get("match.threshold"));
    }

    @Test
    void overridesChangeOnlyTheirKeys() {
        MarkingSettings s = defaults.with(Map.of("match.threshold", "0.55", "flag.too-short-words", " 10 "));
        assertEquals(0.55, s.matchThreshold());
        assertEquals(10, s.flagTooShortWords());
        assertEquals(defaults.matchFullCueShare(), s.matchFullCueShare());
        assertEquals(defaults, defaults.with(Map.of()));
    }

    @Test
    void badOverridesAreRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.with(Map.of("match.treshold", "0.5")));
        assertTrue(e.getMessage().contains("match.treshold") && e.getMessage().contains("match.threshold"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> defaults.with(Map.of("flag.too-short-words", "8.5")));
        assertTrue(e.getMessage().contains("flag.too-short-words"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> defaults.with(Map.of("match.threshold", "1.5")));
        assertTrue(e.getMessage().contains("match.threshold"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> defaults.with(Map.of("notes.near-miss", "0.7")));
        assertTrue(e.getMessage().contains("notes.near-miss"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.with(Map.of("confidence.margin-span", "NaN")));
        assertThrows(IllegalArgumentException.class,
                () -> defaults.with(Map.of("flag.fact-year-min", "2000", "flag.fact-year-max", "1999")));
    }

    @Test
    void loadNeedsEveryKeyAndRoundTrips() {
        Properties p = new Properties();
        p.putAll(defaults.asMap());
        assertEquals(defaults, MarkingSettings.load(p));
        p.remove("match.threshold");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MarkingSettings.load(p));
        assertTrue(e.getMessage().contains("match.threshold"), e.getMessage());
    }

    @Test
    void everyKeyInTheFileIsDocumented() throws IOException {
        List<String> lines;
        try (InputStream in = MarkingSettings.class.getResourceAsStream("/marking/settings.properties")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> undocumented = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#") && (i == 0 || lines.get(i - 1).isBlank())) {
                undocumented.add(line);
            }
        }
        assertEquals(List.of(), undocumented, "each key, or group of keys, follows its comment");
        assertEquals(defaults.asMap().size(), lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count());
    }
}
