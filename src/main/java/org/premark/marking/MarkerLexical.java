package org.premark.marking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.premark.claims.Claim;
import org.premark.claims.ClaimSplitter;
import org.premark.lang.Connective;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;
import org.premark.notes.NotesSearcher;
import org.premark.notes.Passage;
import org.premark.notes.SpellingCorrector;
import org.premark.reasoning.ExplanationLinks;
import org.premark.reasoning.FocusMatcher;
import org.premark.reasoning.Narrative;
import org.premark.reasoning.OffTopic;
import org.premark.reasoning.OtherReasons;
import org.premark.reasoning.QuestionPeriod;
import org.premark.rubric.Award;
import org.premark.rubric.PointCredit;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * Marks an answer in stages (see docs/architecture.md):
 * <ol>
 *   <li><b>reading</b>: claims from the splitter, the answer's shape, each claim's terms;</li>
 *   <li><b>matching</b>: a {@link PointScorer} over the rubric's {@link PointSignal}s gives each claim its best
 *       point (wording: {@link PointSignalLexical}; notes: {@link PointSignalNotes});</li>
 *   <li><b>crediting</b>: {@link PointCrediting} decides which claims earn their point and which points are
 *       explained rather than identified;</li>
 *   <li><b>marking</b>: the rubric's scheme turns the points' credit into a mark;</li>
 *   <li><b>reporting</b>: evidence ({@link EvidenceFinder}), flags ({@link FlagRaiser}) and feedback
 *       ({@link FeedbackWriter}), which never change the mark.</li>
 * </ol>
 * Word lists come from the {@link Lexicon}, thresholds from {@link MarkingSettings}.
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
    private final MarkingSettings settings;
    private final Negations negations;
    private final Relevance relevance;
    private final PointCrediting pointsCrediting;
    private final Confidence confidence;
    private final FlagRaiser flagRaiser;
    private final FeedbackWriter feedbackWriter;
    private final Set<String> focusTagWords;
    /** Groups of words that state the same outcome, for the focus matcher. */
    private final List<Set<String>> outcomeSynonyms;
    /** The word lists, kept for the crediting each rubric builds with its own focus. */
    private final Lexicon lexicon;
    private final CueQualifier.Words qualifying;
    /** Terms that never stand alone for a point: everyday words and words that modify a name ("long", "past"). */
    private final Set<String> unnamed;
    /** "is", "was", …: read by the actor and doer rules of every rubric. */
    private final Set<String> beForms;
    private final Set<String> verbParticles;
    private final Links linkRule;
    private final VerbSynonyms verbSynonyms;
    private final OffTopic offTopic;
    private final OtherReasonCredit otherCredit;
    private final SharedSubjects sharedSubjects;
    private final SettingPhrases settingPhrases;
    private final Map<String, RubricContext> contexts = new ConcurrentHashMap<>();

    /** A marker with the English lexicon and the default settings. */
    public MarkerLexical(ClaimSplitter splitter, NotesSearcher notes, SpellingCorrector corrector) {
        this(splitter, notes, corrector, Lexicon.english(), MarkingSettings.defaults());
    }

    /**
     * @param notes the notes corpus, or null when there is none (rubrics then match on their own wording)
     * @param corrector spelling correction for students' words, or null for none
     * @param lexicon the answers' language: the word lists every rule reads
     * @param settings the rules' thresholds and weights
     */
    public MarkerLexical(ClaimSplitter splitter, NotesSearcher notes, SpellingCorrector corrector, Lexicon lexicon,
            MarkingSettings settings) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        Objects.requireNonNull(lexicon, "lexicon");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.notes = notes;
        this.lexicon = lexicon;
        this.terms = new Terms(corrector, lexicon);
        this.negations = new Negations(lexicon, terms);
        this.relevance = new Relevance(lexicon, settings);
        this.linkRule = new Links(lexicon, terms, settings);
        this.pointsCrediting = new PointCreditingChains(linkRule, lexicon, settings, false);
        this.focusTagWords = lexicon.words(WordList.FOCUS_TAG_WORDS);
        this.outcomeSynonyms = List.copyOf(lexicon.groups(WordList.OUTCOME_SYNONYMS).values());
        this.verbSynonyms = new VerbSynonyms(lexicon.groups(WordList.VERB_SYNONYMS).values(), terms);
        // A negation qualifies as students type it, with or without the apostrophe ("didn't", "didnt").
        Set<String> bare = lexicon.words(WordList.NEGATION_BARE_CONTRACTIONS);
        Set<String> degree = lexicon.words(WordList.STOP_WORDS, "degree");
        Set<String> qualifiers = new HashSet<>(lexicon.words(WordList.STOP_WORDS, "qualifier"));
        qualifiers.addAll(degree);
        this.qualifying = new CueQualifier.Words(lexicon.words(WordList.STOP_WORDS, "article"), qualifiers, degree,
                w -> terms.isNegation(w) || bare.contains(w), lexicon.words(WordList.AUXILIARY_LEMMAS),
                lexicon.words(WordList.NOUN_MARKERS));
        this.confidence = new Confidence(settings);
        this.sharedSubjects = new SharedSubjects(lexicon.connectives().stream()
                .filter(c -> c.kind() == Connective.Kind.COORD).map(Connective::connective).collect(Collectors.toSet()));
        this.settingPhrases = new SettingPhrases(lexicon.words(WordList.SETTING_OPENERS),
                lexicon.words(WordList.RELATIVE_PRONOUNS), lexicon.words(WordList.POSSESSIVE_WORDS));
        this.offTopic = new OffTopic(settings.creditOffTopicMinSentences(), settings.creditOffTopicMaxShare());
        List<List<String>> docs = new ArrayList<>();
        if (notes != null) {
            for (Passage p : notes.passages()) {
                docs.add(terms.exactTerms(p.heading() + " " + p.text()));
            }
        }
        this.corpusWeights = docs.isEmpty() ? null : TermWeights.of(docs);
        CopyDetector copyDetector = notes == null ? null
                : new CopyDetector(notes.passages(), settings.flagCopyShingleWords(), settings.flagCopyMinWords());
        TermWeights weights = corpusWeights;
        Set<String> general = new HashSet<>();
        lexicon.words(WordList.GENERAL_WORDS).forEach(g -> general.addAll(terms.exactTerms(g)));
        Set<String> notNames = new HashSet<>(general);
        lexicon.words(WordList.NAME_MODIFIERS).forEach(g -> notNames.addAll(terms.exactTerms(g)));
        this.unnamed = Set.copyOf(notNames);
        this.beForms = Set.copyOf(lexicon.words(WordList.BE_FORMS));
        this.verbParticles = Set.copyOf(lexicon.words(WordList.VERB_PARTICLES));
        OtherReasons otherReasons = new OtherReasons(settings.flagOtherMinSpecific(), settings.creditChainSentences(),
                lexicon.words(WordList.NEW_REASON_OPENERS), lexicon.words(WordList.LISTED_REASON_MARKERS, "opens"),
                lexicon.words(WordList.LISTED_REASON_MARKERS, "inside"), settings.flagOtherListedTail());
        // A cause is specific when its term is in the notes, rare there, and not an everyday word.
        Predicate<String> specific = weights == null ? t -> false
                : t -> weights.seen(t) && !general.contains(t)
                        && weights.idf(t) >= settings.flagOtherSpecificShare() * weights.maxIdf();
        // A date belongs to a phrase with a word rare in the notes ("funeral"), not to "party" or "Lenin".
        Predicate<String> datable = weights == null ? t -> false
                : t -> weights.seen(t) && weights.idf(t) >= settings.flagFactSpecificShare() * weights.maxIdf();
        FactChecker factChecker = notes == null ? null
                : new FactChecker(notes.passages(), terms, settings.flagFactYearMin(), settings.flagFactYearMax(),
                        settings.flagFactWindow(), settings.flagFactMinGap(), settings.flagFactMinSources(),
                        general::contains, datable, new Appositives(lexicon), settings.flagFactBoundReach(),
                        settings.flagFactMomentGap());
        this.otherCredit = new OtherReasonCredit(otherReasons, notes, terms, specific, settings);
        // The same rare words a year is tied to are the things a person is tied to; a person is listed with other
        // names in as many places as a date needs sentences.
        SwappedRoles swaps = notes == null ? null : new SwappedRoles(notes.passages(), terms,
                t -> datable.test(t) && !general.contains(t), settings.flagFactWindow(), settings.flagFactMinSources());
        AllianceMembers members = swaps == null ? null : new AllianceMembers(notes.passages(), terms, swaps.people(),
                settings.flagAllianceReach());
        this.flagRaiser = new FlagRaiserRules(factChecker, swaps, copyDetector, otherReasons, specific, settings,
                new ConcludingLink(lexicon.connectives("reason")), members);
        this.feedbackWriter = new FeedbackWriterScheme(settings);
    }

    /** Compiled per rubric once. */
    private record RubricContext(Rubric rubric, PointScorer scorer, List<String> questionTerms,
            Set<String> questionSet, boolean usesNotes, EvidenceFinder evidence, PointCrediting crediting,
            FocusMatcher focus, PointActors actors, PointAgents agents, PointDoers doers, PointObjects objects,
            QuestionPeriod period, FearedThings feared) {
    }

    /** Keyed by id and checked by identity, so a lookup never hashes the whole rubric. */
    private RubricContext context(Rubric rubric) {
        RubricContext ctx = contexts.get(rubric.id());
        if (ctx != null && ctx.rubric() == rubric) {
            return ctx;
        }
        boolean usesNotes = !rubric.corpus().isBlank() && notes != null;
        TermWeights weights = usesNotes ? corpusWeights : rubricWeights(rubric);
        List<String> question = terms.exactTerms(rubric.question());
        // The signals, in the order the scorer asks them; a new signal is one more entry here.
        List<PointSignal> signals = new ArrayList<>();
        // The points' wording with the everyday verbs for theirs, for matching and describing.
        UnaryOperator<Rubric> widenVerbs = r -> verbSynonyms.widen(r, terms, settings.creditDescribedNameMaxTerms());
        Rubric worded = widenVerbs.apply(Acronyms.widen(OutcomeCues.drop(rubric, terms)));
        signals.add(new PointSignalLexical(worded, terms, weights, settings, qualifying));
        // The labels' verbs ("formed" of "Peptide bond formed") say what happens, so they name no point alone.
        LabelVerbs labelVerbs = LabelVerbs.of(rubric, splitter, terms);
        if (settings.matchImplicitCueSpan() > 0) {
            signals.add(new PointSignalImplicit(rubric, terms, weights, settings, unnamed, widenVerbs, labelVerbs));
        }
        if (usesNotes) {
            signals.add(new PointSignalNotes(notes, rubric, settings));
        }
        EvidenceFinder evidence = usesNotes
                ? new EvidenceFinderNotes(notes, rubric, terms, weights, settings.notesReadingCandidates())
                : EvidenceFinder.NONE;
        // Crediting: causal chains, or for "list and describe" questions whether each point is described.
        FocusMatcher focus = new FocusMatcher(rubric.focus(), question, terms::exactTerms, focusTagWords,
                settings.creditFocusMinContent(), outcomeSynonyms);
        PointCrediting crediting = rubric.scheme() instanceof PointsScheme ps
                && ps.creditRule() == PointsScheme.CreditRule.DESCRIBED
                ? new PointCreditingDescribed(new Descriptions(worded, terms, settings, labelVerbs), settings, pointsCrediting)
                : rubric.scheme() instanceof PointsScheme ? pointsCrediting
                : new PointCreditingChains(linkRule, lexicon, settings, true, focus);
        RubricContext fresh = new RubricContext(rubric, new PointScorer(signals), question, Set.copyOf(question),
                usesNotes, evidence, crediting, focus, PointActors.of(rubric, terms),
                PointAgents.of(rubric, terms, beForms),
                PointDoers.of(worded, terms, splitter::split, beForms, verbSynonyms.terms()),
                PointObjects.of(worded, terms, splitter::split, verbSynonyms.terms(), verbParticles),
                QuestionPeriod.of(rubric, settings.creditOffPeriodTolerance(), settings.creditOffPeriodMinYears(),
                        settings.flagFactYearMin(), settings.flagFactYearMax()),
                FearedThings.of(rubric.points(), lexicon, settings.creditEmotionSentences()));
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

        // Reading.
        List<Claim> claims = answer.isBlank() ? List.of() : splitter.split(answer);
        AnswerShape shape = AnswerShape.of(answer, claims, settings);
        if (shape.keywordList()) {
            claims = KeywordLists.split(answer, claims);
        }
        List<List<String>> claimTerms = new ArrayList<>(claims.size());

        // Matching: each claim's best point.
        List<PointScore> best = new ArrayList<>(claims.size());
        // Under a points scheme a clause that lists several points earns each ("osmosis, … and active transport").
        boolean lists = rubric.scheme() instanceof PointsScheme;
        List<List<PointScore>> listed = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            List<String> all = new ArrayList<>();
            List<String> affirmed = new ArrayList<>();
            negations.split(claim, all, affirmed);
            claimTerms.add(all);
            ClaimTerms ct = new ClaimTerms(claim, all, affirmed);
            if (lists) {
                List<PointScore> each = new ArrayList<>(ctx.scorer().perPoint(ct));
                // "carries the orders for the part" is not "carries the part": the cue's verb must act on its object.
                each.removeIf(s -> !ctx.objects().stands(claim, s));
                best.add(PointScorer.best(each));
                listed.add(each);
            } else {
                best.add(ctx.scorer().best(ct));
            }
        }

        // Crediting: which claims earn their point, and which points are explained.
        PointCrediting crediting = ctx.crediting();
        boolean[] credited = crediting.credited(claims, best, shape.keywordList());
        // A point given to the wrong person is not credited.
        ctx.actors().apply(claims, best, credited);
        // A step done by another of the rubric's things ("the tRNA goes to the ribosome") is not the point.
        ctx.agents().apply(claims, best, claimTerms, credited);
        ctx.doers().apply(claims, best, claimTerms, credited);
        ctx.objects().apply(claims, best, credited);
        // A feeling about something ("Fear of a dictator") is made where the answer says someone felt it.
        ctx.feared().apply(answer, claims, claimTerms, best, credited);
        // A point named only in a clause's opening phrase of time or place ("During the famine …") is its backdrop.
        if (!lists && !shape.keywordList() && settings.creditSettingPhrases() > 0) {
            settingPhrases.apply(claims, best, credited, (rest, s) -> {
                List<String> all = new ArrayList<>();
                List<String> affirmed = new ArrayList<>();
                negations.split(rest, all, affirmed);
                return ctx.scorer().perPoint(new ClaimTerms(rest, all, affirmed)).stream()
                        .anyMatch(p -> p.point().id().equals(s.point().id()) && p.value() >= settings.matchThreshold());
            });
        }
        // A clause with no subject of its own ("… and sent to Siberia") tells more of the reason before it; a
        // points answer lists steps of one subject ("it leaves the nucleus and goes to a ribosome"), each a point.
        if (!lists) {
            sharedSubjects.apply(claims, best, credited);
        }
        // A sentence that points back at the one before develops its reason; other points in it are detail.
        if (!shape.keywordList()) {
            crediting.continuations(answer, claims, best, credited);
        }
        Map<String, List<Integer>> byPoint = new LinkedHashMap<>();
        double nearMiss = 0;
        for (int i = 0; i < claims.size(); i++) {
            PointScore s = best.get(i);
            if (credited[i]) {
                byPoint.computeIfAbsent(s.point().id(), k -> new ArrayList<>()).add(i);
            } else if (s != null && s.value() < settings.matchThreshold()) {
                nearMiss = Math.max(nearMiss, s.value());
            }
        }
        String[] pointOf = new String[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            pointOf[i] = credited[i] ? best.get(i).point().id() : null;
        }
        // The other points a credited clause of a list answer also clears the threshold for (ListedPoints).
        Map<String, Map<Integer, PointScore>> also = lists
                ? ListedPoints.also(listed, credited, pointOf, settings.matchThreshold(), (p, i) -> claimTerms.get(i)
                        .containsAll(Descriptions.name(p.label(), terms, settings.creditDescribedNameMaxTerms())))
                : Map.of();
        also.forEach((id, at) -> {
            List<Integer> idx = byPoint.computeIfAbsent(id, k -> new ArrayList<>());
            idx.addAll(at.keySet());
            Collections.sort(idx);
        });
        List<String> pointList = Arrays.asList(pointOf);
        FocusMatcher focus = ctx.focus().forAnswer(claimTerms);
        ExplanationLinks links = crediting.links(answer, claims, claimTerms, pointOf, focus);
        Narrative.Verdict story = focus.hasFocus() && !shape.keywordList()
                ? crediting.narrative(answer, claims, claimTerms, focus, links.arguedSentences()) : null;
        boolean narrative = story != null && story.narrative();
        Set<Integer> linkEnds = new TreeSet<>();
        List<PointResult> points = new ArrayList<>(rubric.points().size());
        double weakest = 1.0;
        for (RubricPoint point : rubric.points()) {
            List<Integer> idx = byPoint.getOrDefault(point.id(), List.of());
            if (idx.isEmpty()) {
                points.add(new PointResult(point.id(), point.label(), PointStatus.MISSING, List.of(),
                        ctx.evidence().forPoint(point.id()), 0));
                continue;
            }
            boolean explained = false;
            Span link = null;
            List<Span> spans = new ArrayList<>();
            double score = 0;
            int bestClaim = idx.get(0);
            for (int i : idx) {
                Claim c = claims.get(i);
                spans.add(new Span(c.start(), c.end(), c.text()));
                PointScore own = also.getOrDefault(point.id(), Map.of()).get(i);
                double value = own != null ? own.value() : best.get(i).value();
                if (value > score) {
                    score = value;
                    bestClaim = i;
                }
                if (explained || (shape.keywordList() && !crediting.explainsInKeywordLists()) || narrative) {
                    continue;
                }
                int to = -1;
                if (focus.hasFocus()) {
                    // The link must end in the question's focus; "by …ing" inside the clause counts when it does.
                    to = links.link(i);
                    if (to < 0 && linkRule.meansLink(c) && focus.reaches(claimTerms.get(i))) {
                        to = i;
                    }
                } else if (crediting.explains(claims, claimTerms, own == null ? pointList
                        : ListedPoints.as(pointList, i, point.id()), i, ctx.questionSet())) {
                    to = i;
                }
                if (to >= 0) {
                    explained = true;
                    linkEnds.add(to);
                    Claim l = claims.get(to);
                    link = new Span(l.start(), l.end(), l.text());
                }
            }
            weakest = Math.min(weakest, score);
            points.add(new PointResult(point.id(), point.label(),
                    explained ? PointStatus.EXPLAINED : PointStatus.IDENTIFIED, spans,
                    ctx.evidence().forClaim(point.id(), claimTerms.get(bestClaim)), round(score), link));
        }

        // An answer that misses the question loses the points its wording happened to match (reasoning/OffTopic).
        OffTopic.Verdict topic = focus.hasFocus() && !shape.keywordList()
                ? offTopic.decide(claims, claimTerms, pointList,
                        points.stream().anyMatch(p -> p.status() == PointStatus.EXPLAINED), focus,
                        ctx.questionTerms())
                : OffTopic.Verdict.ON_TOPIC;
        // A thin answer whose years lie in another period answers another question on the same people.
        QuestionPeriod.Outside elsewhere = topic.thin() && ctx.period() != null ? ctx.period().outside(answer)
                : null;
        if (elsewhere != null) {
            List<Integer> matched = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                if (pointOf[i] != null) {
                    matched.add(i);
                }
            }
            topic = topic.outOfPeriod(elsewhere, matched);
        }
        if (topic.offTopic()) {
            for (int i : topic.dropped()) {
                credited[i] = false;
                pointOf[i] = null;
            }
            points.replaceAll(p -> p.status() == PointStatus.MISSING ? p : new PointResult(p.id(), p.label(),
                    PointStatus.MISSING, List.of(), ctx.evidence().forPoint(p.id()), 0));
            linkEnds.clear();
        }

        // Marking: the scheme's rule over the points' credit.
        List<PointCredit> credits = FeedbackWriterScheme.credits(rubric, points);
        boolean anyPoint = points.stream().anyMatch(p -> p.status() != PointStatus.MISSING);
        // A general answer is on the question and offers some reason; repeating the question is not one.
        boolean general = !anyPoint && !topic.offTopic()
                && relevance.general(ctx.questionTerms(), claimTerms, claims, shape)
                && !relevance.restatesOnly(ctx.questionTerms(), claimTerms, claims);
        // A reason outside the rubric counts only on strong evidence, and is shown and sent to review.
        List<OtherReason> others = topic.offTopic() || narrative || !ctx.usesNotes()
                || !rubric.scheme().rewardsExplanation() ? List.of()
                : otherCredit.counted(answer, claims, claimTerms, pointOf,
                        OtherReasonCredit.matched(best, settings.matchThreshold()), linkEnds, focus, ctx.questionSet());
        int explainedCount = PointCredit.count(credits, org.premark.rubric.Credit.EXPLAINED) + others.size();
        int identifiedCount = PointCredit.count(credits, org.premark.rubric.Credit.IDENTIFIED);
        Award award = others.isEmpty() ? rubric.scheme().award(credits, general)
                : rubric.scheme().award(explainedCount, identifiedCount, general);

        // Reporting: never changes the mark.
        MarkedAnswer marked = new MarkedAnswer(rubric, ctx.usesNotes(), ctx.questionTerms(), answer, claims,
                claimTerms, shape, best, points, award, confidence.of(anyPoint, weakest, nearMiss), focus,
                pointList, linkEnds, story, topic, others, ctx.questionSet(), explainedCount, identifiedCount);
        List<ClaimMatch> claimViews = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String pid = credited[i] ? best.get(i).point().id() : "";
            claimViews.add(new ClaimMatch(i, c.start(), c.end(), c.text(), pid, c.connective(), c.negated()));
        }
        return new MarkResult(rubric.id(), award.mark(), rubric.maxMark(), award.level(), points, claimViews,
                flagRaiser.flags(marked), feedbackWriter.feedback(marked), shape.wordCount(),
                round(marked.confidence()), others);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
