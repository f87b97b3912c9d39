package org.premark.marking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.premark.claims.Claim;
import org.premark.reasoning.OffTopic;
import org.premark.reasoning.OtherReasons;
import org.premark.rubric.Award;
import org.premark.text.Digits;

/**
 * Reporting stage, the flag rules: off-topic, restates-question, keyword-list, too-short, copied-from-notes,
 * factual-conflict, narrative, other-reason ({@link OtherReasons}) and needs-review, with their thresholds from the {@code flag.*} settings. Flags never change
 * the mark. Thread-safe.
 */
final class FlagRaiserRules implements FlagRaiser {

    private final FactChecker factChecker;
    private final SwappedRoles swaps;
    private final AllianceMembers members;
    private final ReviewTriggers triggers;
    private final CopyDetector copyDetector;
    private final MarkingSettings settings;
    private final OtherReasons otherReasons;
    private final Predicate<String> specific;
    private final ConcludingLink concluding;

    /**
     * @param factChecker and {@code copyDetector} are null when there are no notes
     * @param specific    whether a term is specific content, for causes outside the rubric
     */
    FlagRaiserRules(FactChecker factChecker, CopyDetector copyDetector, OtherReasons otherReasons,
            Predicate<String> specific, MarkingSettings settings, ConcludingLink concluding) {
        this(factChecker, null, copyDetector, otherReasons, specific, settings, concluding);
    }

    /** @param swaps two people given each other's part; null when there are no notes */
    FlagRaiserRules(FactChecker factChecker, SwappedRoles swaps, CopyDetector copyDetector, OtherReasons otherReasons,
            Predicate<String> specific, MarkingSettings settings, ConcludingLink concluding) {
        this(factChecker, swaps, copyDetector, otherReasons, specific, settings, concluding, null);
    }

    /** @param members one wrong person in a group; null when there are no notes */
    FlagRaiserRules(FactChecker factChecker, SwappedRoles swaps, CopyDetector copyDetector, OtherReasons otherReasons,
            Predicate<String> specific, MarkingSettings settings, ConcludingLink concluding, AllianceMembers members) {
        this.members = members;
        this.triggers = new ReviewTriggers(settings);
        this.concluding = concluding;
        this.factChecker = factChecker;
        this.swaps = swaps;
        this.copyDetector = copyDetector;
        this.otherReasons = otherReasons;
        this.specific = specific;
        this.settings = settings;
    }

    @Override
    public List<Flag> flags(MarkedAnswer a) {
        AnswerShape shape = a.shape();
        Award award = a.award();
        double confidence = a.confidence();
        boolean usesNotes = a.usesNotes();
        List<Claim> claims = a.claims();
        List<PointScore> best = a.best();
        Map<FlagCode, Flag> flags = new LinkedHashMap<>();
        boolean anyPoint = a.anyPoint();
        OffTopic.Verdict topic = a.topic();
        boolean restates = !anyPoint && shape.wordCount() > 0
                && Relevance.questionShare(a.questionTerms(), a.claimTerms()) >= settings.flagRestatesShare();
        if (topic.offTopic()) {
            put(flags, new Flag(FlagCode.OFF_TOPIC, offTopicMessage(a, topic), ""));
        } else if (award.mark() == 0 && !restates) {
            put(flags, new Flag(FlagCode.OFF_TOPIC, shape.wordCount() == 0 ? "The answer is empty."
                    : "Nothing in the answer addresses the question.", ""));
        }
        if (restates) {
            put(flags, new Flag(FlagCode.RESTATES_QUESTION, award.mark() == 0
                    ? "The answer only repeats the question and gives no reason of its own, so it earns 0."
                    : "The answer mostly repeats the question.", ""));
        }
        if (shape.keywordList()) {
            put(flags, new Flag(FlagCode.KEYWORD_LIST,
                    "The answer is a list of terms, not sentences; terms can identify reasons but not explain them.", ""));
        }
        if (shape.wordCount() > 0 && shape.wordCount() < settings.flagTooShortWords()) {
            put(flags, new Flag(FlagCode.TOO_SHORT, "The answer is only " + shape.wordCount() + " words long.", ""));
        }
        if (usesNotes && copyDetector != null) {
            copyDetector.longestCopy(a.text()).ifPresent(copy -> put(flags, new Flag(FlagCode.COPIED_FROM_NOTES,
                    copy.words() + " words in a row are copied from note passage " + copy.passageId() + ".",
                    copy.passageId())));
        }
        // A year is written in digits, so an answer without a digit has none to check (most short answers).
        if (usesNotes && factChecker != null && Digits.any(a.text())) {
            for (int i = 0; i < claims.size() && !flags.containsKey(FlagCode.FACTUAL_CONFLICT); i++) {
                PointScore s = best.get(i);
                if (s == null || s.value() < settings.matchThreshold() || s.phrase() == null) {
                    continue;
                }
                List<String> concept = s.phrase().example() ? s.phrase().terms().subList(0, 0) : s.phrase().terms();
                factChecker.check(claims.get(i).text(), concept, s.phrase().text()).ifPresent(c -> put(flags,
                        conflict(c)));
            }
            // Inside long sentences: the year next to a concept, whatever point the clause earned.
            for (int i = 0; i < claims.size() && !flags.containsKey(FlagCode.FACTUAL_CONFLICT); ) {
                int j = i;
                while (j + 1 < claims.size() && claims.get(j + 1).sentence() == claims.get(i).sentence()) {
                    j++;
                }
                factChecker.checkNear(a.text().substring(claims.get(i).start(), claims.get(j).end()))
                        .ifPresent(c -> put(flags, conflict(c)));
                i = j + 1;
            }
        }
        // Names, not years: two people given each other's part, where the notes say it the other way round.
        if (usesNotes && swaps != null && !flags.containsKey(FlagCode.FACTUAL_CONFLICT)) {
            swaps.find(a.text(), claims, a.claimTerms()).ifPresent(w -> put(flags, new Flag(FlagCode.FACTUAL_CONFLICT, "The answer ties \""
                    + w.claimed() + "\" to " + w.person() + " and \"" + w.noted() + "\" to " + w.other()
                    + "; the notes tie \"" + w.noted() + "\" to " + w.person() + " and \"" + w.claimed() + "\" to "
                    + w.other() + ".", w.passageId())));
        }
        if (usesNotes && members != null && !flags.containsKey(FlagCode.FACTUAL_CONFLICT)) {
            members.find(a.text()).ifPresent(w -> put(flags, new Flag(FlagCode.FACTUAL_CONFLICT, "The answer puts "
                    + w.wrong() + " in a group with " + String.join(" and ", w.others()) + " and sets " + w.instead()
                    + " against it; the notes group " + w.instead() + " with " + String.join(" and ", w.others())
                    + ".", w.passageId())));
        }
        // An off-topic answer is told as a story as often as not; its flag says why it earns 0, which is more.
        if (a.narrative() && !topic.offTopic()) {
            var story = a.story();
            put(flags, new Flag(FlagCode.NARRATIVE, "The answer tells events in order (" + story.events() + " of "
                    + story.sentences() + " sentences are steps in time) and links " + (story.links() == 0 ? "none"
                    : "only " + story.links()) + " of them to the question, so it stays at Level 2.", ""));
        }
        // A reason outside the rubric goes to review only when its validity can move the mark.
        int explained = a.explained();
        int identified = a.identified();
        boolean general = !anyPoint && a.otherReasons().isEmpty() && award.mark() > 0;
        OtherReasonStake stake = null;
        if (!a.otherReasons().isEmpty()) {
            stake = OtherReasonStake.COUNTED;
            OtherReason o = a.otherReasons().get(0);
            put(flags, new Flag(FlagCode.OTHER_REASON, "\"" + o.reason().text() + "\" (characters "
                    + o.reason().start() + "–" + o.link().end() + ") explains a reason that is not in the rubric, as"
                    + " a reason of its own, and note passage " + o.passage().passageId() + " supports it ("
                    + String.join(", ", o.terms()) + "): the suggested mark counts it as an explained reason."
                    + " Check that it is valid.", o.passage().passageId()));
        } else if (usesNotes && a.focus() != null && !a.narrative() && !topic.offTopic()) {
            String[] pointOf = a.pointOf().toArray(new String[0]);
            for (OtherReasons.Candidate c : otherReasons.find(a.text(), claims, a.claimTerms(), pointOf,
                    OtherReasonCredit.matched(best, settings.matchThreshold()), a.linkEnds(), a.focus(), specific,
                    a.questionSet())) {
                put(flags, new Flag(FlagCode.OTHER_REASON, "\"" + c.text() + "\" (characters " + c.start() + "–"
                        + c.end() + ") explains a reason that is not in the rubric (" + String.join(", ", c.specific())
                        + "); credit it if it is valid.", ""));
                stake = OtherReasonStake.EXPLAINED;
                break;
            }
            if (!flags.containsKey(FlagCode.OTHER_REASON)) {
                for (OtherReasons.Candidate c : otherReasons.listed(a.text(), claims, a.claimTerms(), pointOf,
                        a.linkEnds(), specific, a.questionSet())) {
                    put(flags, new Flag(FlagCode.OTHER_REASON, "\"" + c.text() + "\" (characters " + c.start() + "–"
                            + c.end() + ") adds a reason that is not in the rubric (" + String.join(", ", c.specific())
                            + ") without explaining it; credit it as identified if it is valid.", ""));
                    stake = OtherReasonStake.IDENTIFIED;
                    break;
                }
            }
        }
        // Honest confidence: answers that may be on another question, or a story naming at most one reason.
        String doubt = null;
        if (topic.unsure()) {
            doubt = "The answer was given 0 as off-topic although " + (topic.period() != null || topic.onSubject()
                    ? "it names the question's subject" : topic.dropped().isEmpty()
                    ? "a clause names the question's outcome" : "some of its wording matched a point")
                    + "; please check that it does not answer this question.";
        } else if (topic.thin()) {
            doubt = "Only " + topic.onPoint() + " of the answer's " + topic.sentences() + " sentences earn a point;"
                    + " the rest may answer another question, so please check the mark.";
        } else if (topic.offTopic()) {
            // Nothing matched and the subject is never named: the zero is sure, and the off-topic flag says why.
        } else if (a.focus() != null && award.mark() <= settings.flagSubjectReviewMaxMark() && shape.wordCount() > 0) {
            List<String> all = new ArrayList<>();
            a.claimTerms().forEach(all::addAll);
            if (!a.focus().namesSubject(all)) {
                doubt = "The answer never names what the question is about (" + String.join(", ",
                        a.rubric().focus().subject()) + "); check that it answers this question.";
            }
        }
        if (doubt == null && !topic.offTopic() && !a.narrative() && a.focus() != null && a.focus().hasFocus()
                && a.rubric().scheme().rewardsExplanation()) {
            int j = concluding.find(a.text(), claims, a.pointOf(), a.linkEnds(), a.points());
            if (j >= 0) {
                Claim c = claims.get(j);
                doubt = "\"" + c.text() + "\" (characters " + c.start() + "–" + c.end() + ") closes a point with"
                        + " what it led to, which premark does not read as the question's outcome; if it is, the"
                        + " point is explained and the answer earns more: please check.";
            }
        }
        // The mark rests on one link of a long answer, or on a story only just read as an argument (ReviewTriggers).
        boolean explainedAny = a.points().stream().anyMatch(p -> p.status() == PointStatus.EXPLAINED);
        if (doubt == null && !topic.offTopic() && !topic.thin()
                && triggers.restsOnOneLink(topic.sentences(), topic.onPoint(), explainedAny)) {
            doubt = "Only " + topic.onPoint() + " of the answer's " + topic.sentences() + " sentences earn a point,"
                    + " and the mark rests on the link that explains it; the rest may answer another question,"
                    + " so please check the mark.";
        }
        var story = a.story();
        if (doubt == null && !topic.offTopic() && triggers.nearlyNarrative(story, explainedAny)) {
            doubt = "The answer tells events in order (" + story.events() + " of " + story.sentences()
                    + " sentences are steps in time) and links only " + story.links() + " of them to the question:"
                    + " read as a narrative it stays at Level 2, so please check whether its explanation holds.";
        }
        if (doubt == null && !topic.offTopic() && triggers.explainedInShortItem(a.text(), a.points())) {
            doubt = "A point is explained inside one short item of a list; examiners often read such an item as a"
                    + " reason named, not developed, which would lower the mark by a level: please check it.";
        }
        if (doubt == null && !topic.offTopic() && a.narrative() && a.points().stream().filter(p -> p.status() != PointStatus.MISSING)
                .count() <= 1) {
            doubt = "A long story that names at most one reason may answer a different question; please check it.";
        }
        boolean review = confidence < settings.flagReviewBelow()
                || doubt != null
                || (stake != null && stake.changesMark(a.rubric().scheme(), explained, identified, general,
                        award.mark()))
                // A factual conflict is shown by its own flag; premark's mark does not rest on the year or name it
                // names (on the dev sets none of the answers it had sent to review was even one mark off).
                || flags.containsKey(FlagCode.RESTATES_QUESTION)
                || (flags.containsKey(FlagCode.COPIED_FROM_NOTES) && award.mark() > 0);
        if (review) {
            put(flags, new Flag(FlagCode.NEEDS_REVIEW, doubt != null ? doubt : confidence < settings.flagReviewBelow()
                    ? "The suggested mark is uncertain (confidence " + Math.round(confidence * 100) + "%); please check it."
                    : "Please check this answer before accepting the mark.", ""));
        }
        return new ArrayList<>(flags.values());
    }

    private static Flag conflict(FactChecker.Conflict c) {
        return new Flag(FlagCode.FACTUAL_CONFLICT, "The answer dates \"" + c.concept() + "\" to " + c.year()
                + "; the notes give " + String.join(", ", c.noteYears()) + ".", c.passageId());
    }

    /** Why an answer was read as off-topic, naming the words the marker no longer credits. */
    private static String offTopicMessage(MarkedAnswer a, OffTopic.Verdict topic) {
        StringBuilder b = new StringBuilder();
        if (topic.period() != null) {
            var p = topic.period();
            b.append("Only ").append(topic.onPoint()).append(" of the answer's ").append(topic.sentences())
                    .append(" sentences earn a point, and the years it gives (").append(p.years().stream()
                            .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")))
                    .append(") lie outside the question's period (").append(p.from()).append("–").append(p.to())
                    .append("), so it answers another question and earns 0");
        } else if (topic.onSubject()) {
            b.append("The answer names ").append(String.join(", ", a.rubric().focus().subject()))
                    .append(" but no other word of the question, none of its ").append(topic.sentences())
                    .append(" sentences earns a point or reaches what the question asks about: it answers another")
                    .append(" question about the same subject, so it earns 0");
        } else {
            b.append("The answer never names what the question is about (")
                    .append(String.join(", ", a.rubric().focus().subject())).append(") and only ")
                    .append(topic.onPoint()).append(" of its ").append(topic.sentences())
                    .append(" sentences earn a point, so it earns 0");
        }
        if (!topic.dropped().isEmpty()) {
            Claim c = a.claims().get(topic.dropped().get(0));
            b.append("; \"").append(c.text()).append("\" (characters ").append(c.start()).append("–").append(c.end())
                    .append(") matched a point only by its wording");
        }
        return b.append('.').toString();
    }

    private static void put(Map<FlagCode, Flag> flags, Flag flag) {
        flags.putIfAbsent(flag.code(), flag);
    }
}
