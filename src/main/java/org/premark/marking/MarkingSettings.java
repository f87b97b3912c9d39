package org.premark.marking;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Every threshold and weight of the marking rules, in one place. The defaults and what each key means are in
 * {@code src/main/resources/marking/settings.properties}; a component {@code matchThreshold} is the key
 * {@code match.threshold} (the first word is the stage, the rest in kebab case).
 *
 * <ul>
 *   <li>{@link #defaults()}: the shipped values, read once;</li>
 *   <li>{@link #load(Properties)}: a complete set of keys, for a settings file of one's own;</li>
 *   <li>{@link #with(Map)}: these settings with some keys overridden, e.g. from {@code --set key=value} on a
 *       command line. Unknown keys and values that do not parse or break a rule below are refused with an
 *       {@link IllegalArgumentException} naming the key.</li>
 * </ul>
 */
public record MarkingSettings(
        double matchThreshold,
        double matchFullCueShare,
        double matchCompleteCueFraction,
        int matchPartialCueMinTerms,
        double matchPartialCueMinFraction,
        double matchPartialCueFactor,
        double matchSynonymDiscount,
        int matchMinExampleOverlap,
        double matchExampleBoost,
        int matchImplicitCueSpan,
        double matchImplicitCueFactor,
        int matchQualifierWindow,
        double notesNearMiss,
        int notesTopPassages,
        int notesReadingCandidates,
        int creditMinOutcomeTerms,
        int creditGeneralMinOverlap,
        int creditFocusMinContent,
        int creditChainSentences,
        int creditNarrativeMinSentences,
        double creditNarrativeMinEventShare,
        double creditNarrativeMaxLinkShare,
        double creditDescribedGenericShare,
        int creditDescribedMinTerms,
        int creditOffTopicMinSentences,
        double creditOffTopicMaxShare,
        int creditOffPeriodMinYears,
        int creditOffPeriodTolerance,
        int creditOtherMaxCounted,
        int creditOtherMinNotesTerms,
        int creditDescribedNameMaxTerms,
        int creditDescribedUnnamedExtraTerms,
        int creditEmotionSentences,
        int creditSettingPhrases,
        int shapeListMinWords,
        int shapeListMinFragments,
        double shapeListShortShare,
        int shapeListFragmentMaxWords,
        double shapeListMaxVerbShare,
        double confidenceBase,
        double confidenceMarginSpan,
        double confidenceNearMissBand,
        int flagTooShortWords,
        double flagRestatesShare,
        double flagReviewBelow,
        int flagCopyShingleWords,
        int flagCopyMinWords,
        int flagFactYearMin,
        int flagFactYearMax,
        int flagFactWindow,
        int flagFactMinGap,
        int flagFactMomentGap,
        int flagFactMinSources,
        int flagFactBoundReach,
        double flagFactSpecificShare,
        int flagOtherMinSpecific,
        double flagOtherSpecificShare,
        int flagOtherListedTail,
        int flagSubjectReviewMaxMark,
        double flagReviewThinShare,
        int flagAllianceReach,
        double flagReviewNarrativeMargin,
        int flagReviewItemWords,
        int reportFeedbackMaxMissing) {

    private static final String RESOURCE = "/marking/settings.properties";
    private static volatile MarkingSettings defaults;

    public MarkingSettings {
        share("match.threshold", matchThreshold, false);
        positive("match.full-cue-share", matchFullCueShare);
        share("match.complete-cue-fraction", matchCompleteCueFraction, false);
        atLeast("match.partial-cue-min-terms", matchPartialCueMinTerms, 1);
        share("match.partial-cue-min-fraction", matchPartialCueMinFraction, false);
        share("match.partial-cue-factor", matchPartialCueFactor, true);
        share("match.synonym-discount", matchSynonymDiscount, false);
        atLeast("match.min-example-overlap", matchMinExampleOverlap, 1);
        positive("match.example-boost", matchExampleBoost);
        atLeast("match.qualifier-window", matchQualifierWindow, 1);
        share("notes.near-miss", notesNearMiss, true);
        if (notesNearMiss > matchThreshold) {
            throw new IllegalArgumentException("notes.near-miss (" + notesNearMiss
                    + ") must not exceed match.threshold (" + matchThreshold + ")");
        }
        atLeast("notes.top-passages", notesTopPassages, 1);
        atLeast("notes.reading-candidates", notesReadingCandidates, 1);
        atLeast("credit.min-outcome-terms", creditMinOutcomeTerms, 0);
        atLeast("credit.general-min-overlap", creditGeneralMinOverlap, 1);
        atLeast("credit.focus-min-content", creditFocusMinContent, 0);
        atLeast("credit.chain-sentences", creditChainSentences, 0);
        atLeast("credit.narrative-min-sentences", creditNarrativeMinSentences, 1);
        share("credit.narrative-min-event-share", creditNarrativeMinEventShare, true);
        share("credit.narrative-max-link-share", creditNarrativeMaxLinkShare, true);
        share("credit.described-generic-share", creditDescribedGenericShare, false);
        atLeast("credit.described-min-terms", creditDescribedMinTerms, 1);
        atLeast("credit.off-topic-min-sentences", creditOffTopicMinSentences, 1);
        share("credit.off-topic-max-share", creditOffTopicMaxShare, true);
        atLeast("credit.off-period-min-years", creditOffPeriodMinYears, 1);
        atLeast("credit.off-period-tolerance", creditOffPeriodTolerance, 0);
        atLeast("credit.other-max-counted", creditOtherMaxCounted, 0);
        atLeast("credit.other-min-notes-terms", creditOtherMinNotesTerms, 1);
        atLeast("match.implicit-cue-span", matchImplicitCueSpan, 0);
        share("match.implicit-cue-factor", matchImplicitCueFactor, true);
        atLeast("credit.described-name-max-terms", creditDescribedNameMaxTerms, 1);
        atLeast("credit.described-unnamed-extra-terms", creditDescribedUnnamedExtraTerms, 0);
        atLeast("credit.emotion-sentences", creditEmotionSentences, 0);
        atLeast("credit.setting-phrases", creditSettingPhrases, 0);
        atLeast("shape.list-min-words", shapeListMinWords, 1);
        atLeast("shape.list-min-fragments", shapeListMinFragments, 1);
        share("shape.list-short-share", shapeListShortShare, true);
        atLeast("shape.list-fragment-max-words", shapeListFragmentMaxWords, 1);
        share("shape.list-max-verb-share", shapeListMaxVerbShare, true);
        share("confidence.base", confidenceBase, true);
        positive("confidence.margin-span", confidenceMarginSpan);
        positive("confidence.near-miss-band", confidenceNearMissBand);
        atLeast("flag.too-short-words", flagTooShortWords, 0);
        share("flag.restates-share", flagRestatesShare, true);
        share("flag.review-below", flagReviewBelow, true);
        atLeast("flag.copy-shingle-words", flagCopyShingleWords, 1);
        if (flagCopyMinWords < flagCopyShingleWords) {
            throw new IllegalArgumentException("flag.copy-min-words (" + flagCopyMinWords
                    + ") must be at least flag.copy-shingle-words (" + flagCopyShingleWords + ")");
        }
        if (flagFactYearMin < 1000 || flagFactYearMax > 9999 || flagFactYearMin > flagFactYearMax) {
            throw new IllegalArgumentException("flag.fact-year-min..flag.fact-year-max must be four-digit years in"
                    + " order, got " + flagFactYearMin + ".." + flagFactYearMax);
        }
        atLeast("flag.fact-window", flagFactWindow, 1);
        atLeast("flag.fact-min-gap", flagFactMinGap, 1);
        atLeast("flag.fact-moment-gap", flagFactMomentGap, 1);
        atLeast("flag.fact-min-sources", flagFactMinSources, 1);
        atLeast("flag.fact-bound-reach", flagFactBoundReach, 0);
        share("flag.fact-specific-share", flagFactSpecificShare, true);
        atLeast("flag.other-min-specific", flagOtherMinSpecific, 1);
        share("flag.other-specific-share", flagOtherSpecificShare, true);
        atLeast("flag.other-listed-tail", flagOtherListedTail, 0);
        atLeast("flag.subject-review-max-mark", flagSubjectReviewMaxMark, 0);
        share("flag.review-thin-share", flagReviewThinShare, true);
        atLeast("flag.alliance-reach", flagAllianceReach, 0);
        share("flag.review-narrative-margin", flagReviewNarrativeMargin, true);
        atLeast("flag.review-item-words", flagReviewItemWords, 0);
        atLeast("report.feedback-max-missing", reportFeedbackMaxMissing, 0);
    }

    /** The shipped settings ({@code marking/settings.properties}), read on the first call. */
    public static MarkingSettings defaults() {
        MarkingSettings d = defaults;
        if (d == null) {
            synchronized (MarkingSettings.class) {
                if (defaults == null) {
                    defaults = load(readDefaults());
                }
                d = defaults;
            }
        }
        return d;
    }

    /**
     * Settings from a complete set of keys.
     *
     * @throws IllegalArgumentException if a key is missing or unknown, or a value is not a number of the key's
     *                                  type or breaks a rule of the constructor
     */
    public static MarkingSettings load(Properties properties) {
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        List<String> missing = new ArrayList<>();
        for (RecordComponent c : MarkingSettings.class.getRecordComponents()) {
            if (!values.containsKey(key(c.getName()))) {
                missing.add(key(c.getName()));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing marking settings: " + String.join(", ", missing));
        }
        return build(values);
    }

    /** These settings with the given keys overridden; see the class comment. */
    public MarkingSettings with(Map<String, String> overrides) {
        Map<String, String> values = asMap();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown marking setting '" + e.getKey() + "'; known: "
                        + String.join(", ", new TreeSet<>(values.keySet())));
            }
            values.put(e.getKey(), e.getValue());
        }
        return build(values);
    }

    /** Every key with its value, in declaration order. */
    public Map<String, String> asMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : MarkingSettings.class.getRecordComponents()) {
            try {
                out.put(key(c.getName()), String.valueOf(c.getAccessor().invoke(this)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** {@code matchFullCueShare} → {@code match.full-cue-share}. */
    static String key(String component) {
        int i = 0;
        while (i < component.length() && Character.isLowerCase(component.charAt(i))) {
            i++;
        }
        StringBuilder b = new StringBuilder(component.substring(0, i)).append('.');
        for (int k = i; k < component.length(); k++) {
            char ch = component.charAt(k);
            if (Character.isUpperCase(ch)) {
                if (k > i) {
                    b.append('-');
                }
                b.append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static MarkingSettings build(Map<String, String> values) {
        RecordComponent[] components = MarkingSettings.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        List<String> known = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String key = key(components[i].getName());
            known.add(key);
            types[i] = components[i].getType();
            String raw = values.get(key).strip();
            try {
                args[i] = types[i] == int.class ? (Object) Integer.parseInt(raw) : (Object) Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("marking setting " + key + " must be "
                        + (types[i] == int.class ? "a whole number" : "a number") + ", got '" + raw + "'");
            }
            if (args[i] instanceof Double d && !Double.isFinite(d)) {
                throw new IllegalArgumentException("marking setting " + key + " must be finite, got '" + raw + "'");
            }
        }
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown marking setting '" + key + "'");
            }
        }
        try {
            return MarkingSettings.class.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties readDefaults() {
        try (InputStream in = MarkingSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static void share(String key, double v, boolean zeroAllowed) {
        if (!(v <= 1) || (zeroAllowed ? v < 0 : v <= 0)) {
            throw new IllegalArgumentException(key + " must be in " + (zeroAllowed ? "[0, 1]" : "(0, 1]")
                    + ", got " + String.format(Locale.ROOT, "%s", v));
        }
    }

    private static void positive(String key, double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException(key + " must be > 0, got " + v);
        }
    }

    private static void atLeast(String key, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(key + " must be >= " + min + ", got " + v);
        }
    }
}
