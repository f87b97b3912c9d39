package org.premark.marking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.premark.claims.Claim;
import org.premark.claims.ClaimSplitter;
import org.premark.notes.NotesSearcher;
import org.premark.notes.Passage;
import org.premark.notes.SpellingCorrector;
import org.premark.reasoning.ClauseOwnership;
import org.premark.reasoning.ExplanationLinks;
import org.premark.reasoning.FocusMatcher;
import org.premark.reasoning.Narrative;
import org.premark.reasoning.OtherReasons;
import org.premark.reasoning.WordList;
import org.premark.rubric.Award;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * Marks an answer by matching its claims to rubric points on their wording (stemmed, spelling-corrected terms
 * weighted by rarity in the notes), deciding explained versus identified from causal links, and applying
 * the rubric's scheme.
 *
 * <p>Thread-safe: all state is immutable or in concurrent caches, and the claim splitter is thread-safe.
 */
public final class MarkerLexical implements Marker {

    /** Longer answers are refused by callers before marking; the engine caps them defensively. */
    public static final int MAX_ANSWER_CHARS = 20_000;

    private final ClaimSplitter splitter;
    private final NotesSearcher notes;
    private final Terms terms;
    private final TermWeights corpusWeights;
    private final FactChecker factChecker;
    private final CopyDetector copyDetector;
    private final Map<String, RubricContext> contexts = new ConcurrentHashMap<>();

    /**
     * @param notes the notes corpus, or null when there is none (rubrics then match on their own wording)
     * @param corrector spelling correction for students' words, or null for none
     */
    public MarkerLexical(ClaimSplitter splitter, NotesSearcher notes, SpellingCorrector corrector) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.notes = notes;
        this.terms = new Terms(corrector);
        List<List<String>> docs = new ArrayList<>();
        if (notes != null) {
            for (Passage p : notes.passages()) {
                docs.add(terms.exactTerms(p.heading() + " " + p.text()));
            }
        }
        this.corpusWeights = docs.isEmpty() ? null : TermWeights.of(docs);
        this.factChecker = notes == null ? null : new FactChecker(notes.passages(), terms);
        this.copyDetector = notes == null ? null : new CopyDetector(notes.passages());
    }

    /** Compiled per rubric once; {@code passages} and {@code reading} are null when the rubric uses no notes. */
    private record RubricContext(Rubric rubric, PointMatcher matcher, List<String> questionTerms,
            java.util.Set<String> questionSet, boolean usesNotes, PassageSignal passages, Reading reading,
            FocusMatcher focus) {
    }

    /** An outcome clause needs this many terms beyond the question's and tag words. */
    static final int MIN_OUTCOME_CONTENT = 1;
    /** How many sentences after a point's own a chain to the focus may run over. */
    static final int MAX_CHAIN_SENTENCES = 2;
    private static final List<String> TAG_WORDS = WordList.load(FocusMatcher.TAG_WORDS);
    private static final List<String> OPENERS = WordList.load(ExplanationLinks.NEW_REASON_OPENERS);
    private static final List<String> DENIALS = WordList.load(ClauseOwnership.DENIALS);
    /** A narrative tells at least this many sentences … */
    static final int NARRATIVE_MIN_SENTENCES = 5;
    /** … at least this share of them steps in time … */
    static final double NARRATIVE_MIN_EVENT_SHARE = 0.5;
    /** … and links at most this share of them to the focus. */
    static final double NARRATIVE_MAX_LINK_SHARE = 0.15;
    /** A cause outside the rubric needs this many specific terms … */
    static final int OTHER_REASON_MIN_SPECIFIC = 1;
    /** … terms that are in the notes and weigh at least this share of an unseen word's weight. */
    static final double SPECIFIC_IDF_SHARE = 0.65;
    /** Everyday words that never make a cause specific; see {@link OtherReasons#GENERAL_WORDS}. */
    private static final List<String> GENERAL_WORDS = WordList.load(OtherReasons.GENERAL_WORDS);
    private static final OtherReasons OTHER_REASONS = new OtherReasons(OTHER_REASON_MIN_SPECIFIC,
            MAX_CHAIN_SENTENCES, OPENERS);
    private static final Narrative NARRATIVE = new Narrative(WordList.load(Narrative.TIME_MARKERS),
            NARRATIVE_MIN_SENTENCES, NARRATIVE_MIN_EVENT_SHARE, NARRATIVE_MAX_LINK_SHARE);

    /** Keyed by id and checked by identity, so a lookup never hashes the whole rubric. */
    private RubricContext context(Rubric rubric) {
        RubricContext ctx = contexts.get(rubric.id());
        if (ctx != null && ctx.rubric() == rubric) {
            return ctx;
        }
        boolean usesNotes = !rubric.corpus().isBlank() && notes != null;
        TermWeights weights = usesNotes ? corpusWeights : rubricWeights(rubric);
        List<String> question = terms.exactTerms(rubric.question());
        RubricContext fresh = new RubricContext(rubric, new PointMatcher(rubric, terms, weights), question,
                java.util.Set.copyOf(question), usesNotes, usesNotes ? new PassageSignal(notes, rubric) : null,
                usesNotes ? new Reading(notes, rubric, terms, weights) : null,
                new FocusMatcher(rubric.focus(), question, terms::exactTerms, TAG_WORDS, MIN_OUTCOME_CONTENT));
        contexts.put(rubric.id(), fresh);
        return fresh;
    }

    private TermWeights rubricWeights(Rubric rubric) {
        List<List<String>> docs = new ArrayList<>();
        for (RubricPoint p : rubric.points()) {
            List<String> d = new ArrayList<>(terms.exactTerms(p.label() + " " + p.description()));
            p.cues().forEach(c -> d.addAll(terms.exactTerms(c)));
            p.examples().forEach(c -> d.addAll(terms.exactTerms(c)));
            docs.add(d);
        }
        return TermWeights.of(docs);
    }

    @Override
    public MarkResult mark(Rubric rubric, String answer) {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(answer, "answer");
        if (answer.length() > MAX_ANSWER_CHARS) {
            throw new IllegalArgumentException("answer is " + answer.length() + " characters; the limit is "
                    + MAX_ANSWER_CHARS);
        }
        RubricContext ctx = context(rubric);
        List<Claim> claims = answer.isBlank() ? List.of() : splitter.split(answer);
        AnswerShape shape = AnswerShape.of(answer, claims);
        if (shape.keywordList()) {
            claims = KeywordLists.split(answer, claims);
        }

        // Best point per claim.
        List<PointMatcher.Score> best = new ArrayList<>();
        List<List<String>> claimTerms = new ArrayList<>();
        for (Claim claim : claims) {
            List<String> t = new ArrayList<>();
            List<String> affirmed = new ArrayList<>();
            Negations.split(claim, terms, t, affirmed);
            claimTerms.add(t);
            PointMatcher.Score top = null;
            List<PointMatcher.Score> scores = ctx.matcher().score(t, affirmed);
            for (PointMatcher.Score s : scores) {
                if (PointMatcher.better(s, top)) {
                    top = s;
                }
            }
            if (ctx.passages() != null) {
                top = ctx.passages().confirm(claim.text(), affirmed.size() < t.size(), scores, top);
            }
            best.add(top);
        }

        boolean[] credited = Chains.credit(claims, best, shape.keywordList());
        String[] pointOf = new String[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            pointOf[i] = credited[i] ? best.get(i).point().id() : null;
        }
        for (int i : ClauseOwnership.apply(claims, pointOf, DENIALS)) {
            credited[i] = false;
        }
        Map<String, List<Integer>> byPoint = new LinkedHashMap<>();
        double nearMiss = 0;
        for (int i = 0; i < claims.size(); i++) {
            PointMatcher.Score s = best.get(i);
            if (credited[i]) {
                byPoint.computeIfAbsent(s.point().id(), k -> new ArrayList<>()).add(i);
            } else if (s != null && s.value() < PointMatcher.THRESHOLD) {
                nearMiss = Math.max(nearMiss, s.value());
            }
        }

        Narrative.Verdict story = ctx.focus().hasFocus() && !shape.keywordList()
                ? NARRATIVE.decide(answer, claims, claimTerms, ctx.focus()) : null;
        boolean narrative = story != null && story.narrative();
        ExplanationLinks links = new ExplanationLinks(answer, claims, claimTerms, pointOf, ctx.focus(), OPENERS,
                MAX_CHAIN_SENTENCES);
        java.util.Set<Integer> linkEnds = new java.util.HashSet<>();
        List<PointResult> points = new ArrayList<>();
        List<ClaimMatch> claimViews = new ArrayList<>();
        int explained = 0;
        int identified = 0;
        double weakest = 1.0;
        for (RubricPoint point : rubric.points()) {
            List<Integer> idx = byPoint.getOrDefault(point.id(), List.of());
            if (idx.isEmpty()) {
                points.add(new PointResult(point.id(), point.label(), PointStatus.MISSING, List.of(),
                        ctx.usesNotes() ? ctx.reading().forPoint(point.id()) : null, 0));
                continue;
            }
            boolean isExplained = false;
            Span link = null;
            List<Span> spans = new ArrayList<>();
            double score = 0;
            int bestClaim = idx.get(0);
            for (int i : idx) {
                Claim c = claims.get(i);
                spans.add(new Span(c.start(), c.end(), c.text()));
                if (best.get(i).value() > score) {
                    score = best.get(i).value();
                    bestClaim = i;
                }
                int to = -1;
                if (ctx.focus().hasFocus()) {
                    to = links.link(i);
                    if (to < 0 && Links.meansLink(c) && ctx.focus().reaches(claimTerms.get(i))) {
                        to = i;
                    }
                } else if (Links.explained(claims, claimTerms, i, ctx.questionSet())) {
                    to = i;
                }
                if (!shape.keywordList() && !narrative && to >= 0 && !isExplained) {
                    isExplained = true;
                    linkEnds.add(to);
                    Claim l = claims.get(to);
                    link = new Span(l.start(), l.end(), l.text());
                }
            }
            weakest = Math.min(weakest, score);
            PointStatus status = isExplained ? PointStatus.EXPLAINED : PointStatus.IDENTIFIED;
            if (isExplained) {
                explained++;
            } else {
                identified++;
            }
            Evidence passage = ctx.usesNotes()
                    ? ctx.reading().forClaim(point.id(), claimTerms.get(bestClaim)) : null;
            points.add(new PointResult(point.id(), point.label(), status, spans, passage, round(score), link));
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String pid = credited[i] ? best.get(i).point().id() : "";
            claimViews.add(new ClaimMatch(i, c.start(), c.end(), c.text(), pid, c.connective(), c.negated()));
        }

        boolean anyPoint = explained + identified > 0;
        boolean general = !anyPoint && Relevance.general(ctx.questionTerms(), claimTerms, claims, shape);
        Award award = rubric.scheme().award(explained, identified, general);

        double confidence = confidence(anyPoint, weakest, nearMiss);
        List<Flag> reasoning = new ArrayList<>();
        if (narrative) {
            reasoning.add(new Flag(FlagCode.NARRATIVE, "The answer tells events in order (" + story.events() + " of "
                    + story.sentences() + " sentences) and links " + (story.links() == 0 ? "none" : "only " + story.links())
                    + " of them to the question, so it stays at Level 2.", ""));
        }
        if (ctx.usesNotes() && !narrative) {
            TermWeights w = corpusWeights;
            double floor = SPECIFIC_IDF_SHARE * w.maxIdf();
            java.util.Set<String> common = new java.util.HashSet<>(ctx.questionSet());
            GENERAL_WORDS.forEach(g -> common.addAll(terms.exactTerms(g)));
            for (OtherReasons.Candidate c : OTHER_REASONS.find(answer, claims, claimTerms, pointOf, linkEnds,
                    ctx.focus(), t -> w.seen(t) && w.idf(t) >= floor, common)) {
                reasoning.add(new Flag(FlagCode.OTHER_REASON, "\"" + c.text() + "\" (characters " + c.start() + "–"
                        + c.end() + ") explains a reason that is not in the rubric (" + String.join(", ", c.specific())
                        + "); credit it if it is valid.", ""));
                break;
            }
        }
        List<Flag> flags = new Flags(rubric, ctx.questionTerms(), shape, claimTerms, factChecker, copyDetector,
                ctx.usesNotes()).flags(answer, claims, points, best, award, confidence, reasoning);
        List<String> feedback = Feedback.write(rubric, points, award, explained, identified);
        return new MarkResult(rubric.id(), award.mark(), rubric.maxMark(), award.level(), points, claimViews, flags,
                feedback, shape.wordCount(), round(confidence));
    }

    /** High when every credited point cleared the bar well and nothing nearly matched. */
    private static double confidence(boolean anyPoint, double weakest, double nearMiss) {
        double margin = anyPoint ? Math.min(1, (weakest - PointMatcher.THRESHOLD) / 0.3) : 1;
        double miss = nearMiss >= PointMatcher.THRESHOLD - 0.15
                ? (PointMatcher.THRESHOLD - nearMiss) / 0.15 : 1;
        return Math.max(0, Math.min(1, 0.5 + 0.5 * Math.min(margin, miss)));
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
