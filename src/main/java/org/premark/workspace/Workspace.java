package org.premark.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.premark.claims.Annotator;
import org.premark.claims.AnnotatorME;
import org.premark.claims.AnnotatorNormalizing;
import org.premark.claims.ClaimSplitterME;
import org.premark.lang.Lexicon;
import org.premark.marking.Marker;
import org.premark.marking.MarkerLexical;
import org.premark.marking.MarkingSettings;
import org.premark.notes.NotesException;
import org.premark.notes.NotesFiles;
import org.premark.notes.NotesSearcher;
import org.premark.notes.NotesSearcherLucene;
import org.premark.notes.SpellingCorrectorLucene;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricException;
import org.premark.rubric.RubricReaderYaml;
import org.premark.text.CasedWords;
import org.premark.text.TextNormalizerRules;

/**
 * The loaded product: the notes index, the validated rubrics and a marker over them. Built once at start-up
 * by the CLI and by the web application; immutable and thread-safe afterwards.
 */
public record Workspace(NotesSearcher notes, List<Rubric> rubrics, Marker marker, Map<String, String> noteTitles) {

    public Workspace {
        Objects.requireNonNull(notes, "notes");
        rubrics = List.copyOf(rubrics);
        Objects.requireNonNull(marker, "marker");
        noteTitles = Map.copyOf(Objects.requireNonNull(noteTitles, "noteTitles"));
    }

    /** Without note titles: references then show the passage's heading only. */
    public Workspace(NotesSearcher notes, List<Rubric> rubrics, Marker marker) {
        this(notes, rubrics, marker, Map.of());
    }

    /** Loads {@code corpusDir} and every rubric under {@code rubricsDir}; rubric passage refs are checked. */
    public static Workspace load(Path corpusDir, Path rubricsDir) throws NotesException, RubricException {
        return load(corpusDir, rubricsDir, MarkingSettings.defaults());
    }

    /**
     * As {@link #load(Path, Path)}, marking with {@code settings} (e.g. the defaults
     * {@link MarkingSettings#with with} a command line's overrides). The English lexicon is loaded once here
     * and handed to every stage that reads words.
     */
    public static Workspace load(Path corpusDir, Path rubricsDir, MarkingSettings settings)
            throws NotesException, RubricException {
        Lexicon lexicon = Lexicon.english();
        NotesSearcherLucene notes = NotesSearcherLucene.open(corpusDir);
        Map<String, Boolean> ids = notes.passages().stream()
                .collect(Collectors.toMap(p -> p.id(), p -> Boolean.TRUE, (a, b) -> a));
        List<Rubric> rubrics = new RubricReaderYaml(ids::containsKey).readAll(rubricsDir);
        Annotator annotator = new AnnotatorNormalizing(AnnotatorME.load(),
                new TextNormalizerRules(CasedWords.learn(carefulTexts(notes, rubrics)), known(notes, rubrics, lexicon)),
                lexicon);
        Marker marker = new MarkerLexical(new ClaimSplitterME(annotator, lexicon), notes,
                SpellingCorrectorLucene.of(vocabulary(notes, rubrics, lexicon), lexicon.dictionary()), lexicon, settings);
        return new Workspace(notes, rubrics, marker, NotesFiles.titles(corpusDir));
    }

    /** The notes and rubrics: text written with care, whose capitals show the proper nouns and acronyms. */
    private static List<String> carefulTexts(NotesSearcherLucene notes, List<Rubric> rubrics) {
        List<String> texts = new ArrayList<>();
        notes.passages().forEach(p -> texts.add(p.heading() + ".\n" + p.text()));
        for (Rubric r : rubrics) {
            texts.add(r.question());
            r.points().forEach(p -> {
                texts.add(p.label());
                texts.add(p.description());
                texts.addAll(p.examples());
            });
        }
        return texts;
    }

    /** Every word known to be one: the dictionary and the notes' and rubrics' own words ("ribosome"). */
    private static Set<String> known(NotesSearcherLucene notes, List<Rubric> rubrics, Lexicon lexicon) {
        Set<String> words = new HashSet<>(lexicon.dictionary());
        words.addAll(vocabulary(notes, rubrics, lexicon));
        return Set.copyOf(words);
    }

    private static Set<String> vocabulary(NotesSearcherLucene notes, List<Rubric> rubrics, Lexicon lexicon) {
        return CorrectionVocabulary.of(notes.vocabulary(), rubrics, lexicon);
    }

    public Optional<Rubric> rubric(String id) {
        return rubrics.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Function<String, Rubric> rubricLookup() {
        return id -> rubric(id).orElse(null);
    }
}
