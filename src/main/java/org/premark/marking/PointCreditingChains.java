package org.premark.marking;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;
import org.premark.reasoning.BareTags;
import org.premark.reasoning.ClauseOwnership;
import org.premark.reasoning.Counterfactuals;
import org.premark.reasoning.RejectedReasons;
import org.premark.reasoning.ExplanationLinks;
import org.premark.reasoning.FocusMatcher;
import org.premark.reasoning.Narrative;

/**
 * Crediting as an examiner reads an answer: a reasoning chain that argues cause and effect develops one reason
 * ({@link Chains}), and a point is explained when a causal connective links its claim to an outcome
 * ({@link Links}), or with a rubric focus when the link ends in it ({@link ExplanationLinks}). A point is
 * credited only from a clause about it ({@link ClauseOwnership}: denied reasons, reported speech), and a
 * narrative stays at Level 2 ({@link Narrative}).
 */
final class PointCreditingChains implements PointCrediting {

    private final Links links;
    private final double threshold;
    private final boolean oneReasonPerChain;
    private final Set<String> denials;
    private final RejectedReasons rejections;
    private final Set<String> openers;
    private final Set<String> reasonConnectives;
    private final int chainSentences;
    private final Narrative narrative;
    private final BareTags bareTags;
    private final Continuations continuations;
    private final Counterfactuals counterfactuals;
    /** Whether a clause rejects a reason ("but I don't agree"), as {@link ClauseOwnership} reads it. */
    private final Predicate<Claim> rejects;
    /** Whether a match is worded as the question's outcome; every match when the rubric names no focus. */
    private final Predicate<PointScore> statesOutcome;

    /**
     * @param oneReasonPerChain whether a cause-and-effect chain develops one reason (levels: an examiner's
     *                          reading of an argument); false for points schemes, where every point a sentence
     *                          makes counts ("it uses energy, so it pumps ions against the gradient")
     */
    PointCreditingChains(Links links, Lexicon lexicon, MarkingSettings settings, boolean oneReasonPerChain) {
        this(links, lexicon, settings, oneReasonPerChain, null);
    }

    /**
     * @param focus the rubric's focus, or null: with one, a chain's outcome clause gives the reason only when its
     *              match is worded as the focus ("too frightened to oppose" for "why were the purges effective")
     */
    PointCreditingChains(Links links, Lexicon lexicon, MarkingSettings settings, boolean oneReasonPerChain,
            FocusMatcher focus) {
        this.statesOutcome = focus == null || !focus.hasFocus() ? s -> true
                : s -> s.phrase() != null && focus.names(s.phrase().termSet());
        this.links = links;
        this.threshold = settings.matchThreshold();
        this.oneReasonPerChain = oneReasonPerChain;
        this.denials = lexicon.words(WordList.DENIALS);
        this.rejections = RejectedReasons.from(lexicon);
        this.openers = lexicon.words(WordList.NEW_REASON_OPENERS);
        this.reasonConnectives = Set.copyOf(lexicon.connectives(org.premark.lang.Connective.REASON));
        this.chainSentences = settings.creditChainSentences();
        this.continuations = new Continuations(lexicon.words(WordList.CONTINUATION_OPENERS), openers,
                settings.creditChainSentences(), lexicon.words(WordList.REASON_WORDS),
                lexicon.words(WordList.BACK_REFERENCES));
        this.counterfactuals = Counterfactuals.from(lexicon);
        this.rejects = ClauseOwnership.rejection(denials, rejections);
        this.bareTags = new BareTags(lexicon.words(WordList.FOCUS_TAG_WORDS, "summary"),
                settings.creditFocusMinContent());
        this.narrative = new Narrative(lexicon.words(WordList.NARRATIVE_TIME_MARKERS),
                settings.creditNarrativeMinSentences(), settings.creditNarrativeMinEventShare(),
                settings.creditNarrativeMaxLinkShare());
    }

    @Override
    public boolean[] credited(List<Claim> claims, List<PointScore> best, boolean keywordList) {
        boolean[] credited = Chains.credit(claims, best, keywordList || !oneReasonPerChain, threshold,
                reasonConnectives, openers, statesOutcome);
        String[] pointOf = new String[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            pointOf[i] = credited[i] ? best.get(i).point().id() : null;
        }
        for (int i : ClauseOwnership.apply(claims, pointOf, denials, rejections)) {
            credited[i] = false;
        }
        return credited;
    }

    @Override
    public void continuations(String answer, List<Claim> claims, List<PointScore> best, boolean[] credited) {
        if (oneReasonPerChain) {
            continuations.apply(answer, claims, best, credited);
        }
    }

    @Override
    public ExplanationLinks links(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            FocusMatcher focus) {
        return new ExplanationLinks(answer, claims, terms, pointOf, focus, openers, chainSentences,
                continuations::refersBack, bareTags, counterfactuals, rejects);
    }

    @Override
    public Narrative.Verdict narrative(String answer, List<Claim> claims, List<List<String>> terms,
            FocusMatcher focus) {
        return narrative.decide(answer, claims, terms, focus);
    }

    @Override
    public Narrative.Verdict narrative(String answer, List<Claim> claims, List<List<String>> terms,
            FocusMatcher focus, Set<Integer> argued) {
        return narrative.decide(answer, claims, terms, focus, argued);
    }

    @Override
    public boolean explains(List<Claim> claims, List<List<String>> terms, List<String> pointOf, int i,
            Set<String> question) {
        return links.explained(claims, terms, i, question);
    }
}
