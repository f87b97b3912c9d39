package org.premark.lang;

/** The word lists of a language, each in {@code lang/<code>/<file>}; what each is for is written in its file. */
public enum WordList {
    /** Words that carry no content for matching: dropped before stemming. */
    STOP_WORDS("stop-words.txt"),
    /** Negation words; role {@code clause}: marks a claim negated; role {@code scope}: opens a negation's scope. */
    NEGATIONS("negations.txt"),
    /** Contractions typed without the apostrophe ("didnt"), which negate a claim. */
    NEGATION_BARE_CONTRACTIONS("negation-bare-contractions.txt"),
    /** Words after "not" that add rather than deny ("not only"). */
    NEGATION_ADDITIVE("negation-additive.txt"),
    /** Words and marks that end a negation's scope ("that", "because", ","). */
    NEGATION_SCOPE_ENDS("negation-scope-ends.txt"),
    /** Words that make a vague statement into an attempt at a reason; stemmed when used. */
    JUDGEMENT_WORDS("judgement-words.txt"),
    /** Words after "so" that make it a degree adverb ("so many"). */
    SO_DEGREE("so-degree.txt"),
    /** Words before "so" that make it something other than "therefore" ("not so", "do so"). */
    SO_BLOCKED_BEFORE("so-blocked-before.txt"),
    /** Words before "then", "first", "later", "finally" that make a time phrase ("since then"). */
    SEQUENCE_BLOCKED_BEFORE("sequence-blocked-before.txt"),
    /** Words before "while" that make it a noun ("a while"). */
    WHILE_BLOCKED_BEFORE("while-blocked-before.txt"),
    /** Adverbs after "so" that keep it a connective ("so then"). */
    SO_ADVERB_CONNECTIVE("so-adverb-connective.txt"),
    /** Words before "as" that make it a role or comparison ("known as"). */
    AS_BLOCKED_BEFORE("as-blocked-before.txt"),
    /** Words after "as" that make it a role or comparison ("as well"). */
    AS_BLOCKED_AFTER("as-blocked-after.txt"),
    /** Forms of "be". */
    BE_FORMS("be-forms.txt"),
    /** Relative pronouns, which open a clause inside another. */
    RELATIVE_PRONOUNS("relative-pronouns.txt"),
    /** Words that open a clause a following comma does not close off ("when", "after"). */
    CLAUSE_DEFERRING("clause-deferring.txt"),
    /** Pronouns that start a clause of their own after "and". */
    SUBJECT_PRONOUNS("subject-pronouns.txt"),
    /** Lemmas of auxiliary verbs. */
    AUXILIARY_LEMMAS("auxiliary-lemmas.txt"),
    /** Where an over-long sentence may be cut: role {@code after} (punctuation) or {@code before} (a word). */
    SENTENCE_BREAKS("sentence-breaks.txt"),
    /** Words that open a new sentence in a run typed without punctuation ("then", "another reason"). */
    SENTENCE_OPENERS("sentence-openers.txt"),
    /** Words that add nothing to an outcome clause ("This is the main reason he lost"). */
    FOCUS_TAG_WORDS("focus-tag-words.txt"),
    /** Words that open a sentence about a new reason ("Also", "Another", "Secondly"). */
    NEW_REASON_OPENERS("new-reason-openers.txt"),
    /** Words that open a sentence by pointing back at the one before ("This showed", "These men"). */
    CONTINUATION_OPENERS("continuation-openers.txt"),
    /** Words by which a sentence announces a reason ("Another reason was …", "The main factor …"). */
    REASON_WORDS("reason-words.txt"),
    /** Phrases that refer back to the argument before, anywhere in a clause ("like this", "because of this"). */
    BACK_REFERENCES("back-references.txt"),
    /** Endings of a one-word synonym that must match as written ("a following" is not "followed"). */
    EXACT_FORM_ENDINGS("exact-form-endings.txt"),
    /** Words whose stem is an everyday word of another sense, with the term they stem to instead. */
    STEM_EXCEPTIONS("stem-exceptions.txt"),
    /** Phrases by which a student rejects a reason ("but I don't agree"). */
    DENIALS("denials.txt"),
    /** Words that move a story on in time ("then", "after that", "in"). */
    NARRATIVE_TIME_MARKERS("narrative-time-markers.txt"),
    /** Everyday words that never make a cause specific ("thing", "good", "people"). */
    GENERAL_WORDS("general-words.txt"),
    /** Question words that ask for each point to be described ("describe"): such a points rubric credits described points. */
    DESCRIBE_COMMANDS("describe-commands.txt"),
    /** Endings that make a noun of a verb ("-ment", "-ion"): a description's word whose root is the question's restates it. */
    NOUN_ENDINGS("noun-endings.txt"),
    /** Words of a counterfactual argument: role {@code condition} ("if"), {@code consequence} ("would"), {@code alone} ("without"). */
    COUNTERFACTUAL_WORDS("counterfactual-words.txt"),
    /** Everyday words that state the same outcome, by group ("backed | support"); a focus word matches its group. */
    OUTCOME_SYNONYMS("outcome-synonyms.txt"),
    /** Everyday verbs that say the same action, by group ("heads | travel"); a rubric's verb matches its group. */
    VERB_SYNONYMS("verb-synonyms.txt"),
    /** Words that say how long, when, how big or whose a named thing is ("long", "past"): never a one-word implicit cue. */
    NAME_MODIFIERS("name-modifiers.txt"),
    /** Openers, dating verbs, clause breaks and months that tie an appositive's year to the noun phrase before it. */
    APPOSITIVE_DATES("appositive-dates.txt"),
    /** Words before a year that make it the start or the end of a state ("from 1903", "until 1917"). */
    YEAR_BOUNDS("year-bounds.txt"),
    /** Words that join names in a list or open a clause, for telling which person a clause ties to which thing. */
    NAME_TIES("name-ties.txt"),
    /** Words that say people joined in one group ("allied", "triumvirate"), and those that set a group against others. */
    ALLIANCE_WORDS("alliance-words.txt"),
    /** Words that open a phrase setting a clause in time or place ("During the strike …", "Before he died …"). */
    SETTING_OPENERS("setting-openers.txt"),
    /** Possessive words, which open a noun phrase as an article does ("his army"). */
    POSSESSIVE_WORDS("possessive-words.txt"),
    /** Words naming a feeling about something to come ("fear"), and the words after it naming what ("of"). */
    EMOTION_WORDS("emotion-words.txt"),
    /** Words that add one more reason to a list: role {@code opens} at a sentence's start, {@code inside} anywhere in its first clause. */
    LISTED_REASON_MARKERS("listed-reason-markers.txt"),
    /** Words right before which a word is a noun ("no rule", "the rules"), not a cue's verb ("could not govern"). */
    NOUN_MARKERS("noun-markers.txt"),
    /** Words that complete a verb rather than open a phrase ("picks up", "brings back"): no object of their own. */
    VERB_PARTICLES("verb-particles.txt"),
    /** A stated doubt and what follows it when it rejects the reason before ("but I don't think that was it"). */
    REASON_REJECTIONS("reason-rejections.txt");

    private final String file;

    WordList(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }
}
