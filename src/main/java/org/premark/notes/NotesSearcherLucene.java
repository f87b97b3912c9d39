package org.premark.notes;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.premark.lang.Lexicon;

/**
 * Searches notes passages with a Lucene index built in memory at start-up, so an edited or added notes file is
 * picked up on the next start. Queries are spelling-corrected against the corpus vocabulary, then analysed with
 * {@link NotesAnalyzer#forQueries()} (domain synonyms) and matched against passage text and headings (BM25), plus
 * a light fuzzy match (one edit) on the text for terms of five or more letters.
 * Thread-safe for searching.
 */
public final class NotesSearcherLucene implements NotesSearcher, Closeable {

    /** Headings give context but are shared by several passages, so they count for less than the text. */
    private static final float HEADING_BOOST = 0.5f;
    /** Near-miss terms (misspellings in the notes or in a query word the corpus also misspells) count for little. */
    private static final float FUZZY_BOOST = 0.3f;
    private static final int FUZZY_MIN_TERM_LENGTH = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Distinct query terms whose fuzzy expansion is kept; the cache is emptied when it fills, to bound memory. */
    static final int FUZZY_CACHE_LIMIT = 10_000;

    private final List<Passage> passages;
    private final Map<String, Passage> byId;
    /** The passage of each Lucene document, so hits need no stored-field reads (the index never changes). */
    private final Passage[] byDoc;
    /**
     * Fuzzy queries already rewritten against this index, by term. Building the Levenshtein automata and
     * enumerating the terms was most of a search's time; the index never changes, so the rewrite is reusable,
     * and it only reads shared term states, so it is safe to share between threads.
     */
    private final Map<String, Query> fuzzyRewrites = new ConcurrentHashMap<>();
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final NotesAnalyzer queryAnalyzer;
    private final NotesAnalyzer termAnalyzer;
    private final Set<String> vocabulary;
    private final SpellingCorrectorLucene corrector;

    private NotesSearcherLucene(List<Passage> passages) throws IOException {
        List<Passage> sorted = new ArrayList<>(passages);
        sorted.sort(Comparator.comparing(Passage::source).thenComparingInt(Passage::ordinal)
                .thenComparing(Passage::id));
        this.passages = List.copyOf(sorted);
        Map<String, Passage> ids = new HashMap<>();
        for (Passage p : this.passages) {
            if (ids.put(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate passage id " + p.id());
            }
        }
        this.byId = Map.copyOf(ids);
        this.directory = new ByteBuffersDirectory();
        try (NotesAnalyzer indexAnalyzer = NotesAnalyzer.forIndexing();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Passage p : this.passages) {
                writer.updateDocument(new Term(NoteFields.ID, p.id()), document(p));
            }
            writer.commit();
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        StoredFields stored = reader.storedFields();
        this.byDoc = new Passage[reader.maxDoc()];
        for (int doc = 0; doc < byDoc.length; doc++) {
            byDoc[doc] = byId.get(stored.document(doc, Set.of(NoteFields.ID)).get(NoteFields.ID));
        }
        this.queryAnalyzer = NotesAnalyzer.forQueries();
        this.termAnalyzer = NotesAnalyzer.forIndexing();
        List<String> words = words(this.passages);
        this.vocabulary = Collections.unmodifiableSet(new TreeSet<>(words));
        // English words are left alone so that a correctly spelled query word is not turned into a notes word.
        this.corrector = SpellingCorrectorLucene.of(words, Lexicon.english().dictionary());
    }

    private static Document document(Passage p) {
        Document doc = new Document();
        // Exact, stored: the key for updateDocument and for mapping a hit back to its Passage.
        doc.add(new StringField(NoteFields.ID, p.id(), Field.Store.YES));
        // Analysed, not stored: card titles carry facts too ("44 votes to 10"); the text lives in the Passage.
        doc.add(new TextField(NoteFields.HEADING, p.heading(), Field.Store.NO));
        // Analysed, not stored: the searched body of the passage.
        doc.add(new TextField(NoteFields.TEXT, p.text(), Field.Store.NO));
        return doc;
    }

    /**
     * Reads every {@code *.txt} note (UTF-8) directly in {@code corpusDir}, splits it into passages and indexes
     * them in memory.
     *
     * @throws NotesException when the folder is missing or has no notes, or a file is binary or not UTF-8
     */
    public static NotesSearcherLucene open(Path corpusDir) throws NotesException {
        Objects.requireNonNull(corpusDir, "corpusDir");
        PassageSplitter splitter = new PassageSplitterBlocks();
        List<Passage> all = new ArrayList<>();
        for (Path file : NotesFiles.list(corpusDir)) {
            all.addAll(splitter.split(file.getFileName().toString(), NotesFiles.read(file)));
        }
        if (all.isEmpty()) {
            throw new NotesException("the notes in " + corpusDir + " are empty: no passages to search");
        }
        try {
            return new NotesSearcherLucene(all);
        } catch (IOException e) {
            throw new NotesException("cannot index the notes in " + corpusDir + ": " + e.getMessage(), e);
        }
    }

    /** A searcher over the given passages (ids must be unique). */
    public static NotesSearcherLucene of(List<Passage> passages) {
        Objects.requireNonNull(passages, "passages");
        try {
            return new NotesSearcherLucene(List.copyOf(passages));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e); // memory directory: unexpected
        }
    }

    @Override
    public List<SearchHit> search(String query, int top) {
        Objects.requireNonNull(query, "query");
        if (top < 1) {
            throw new IllegalArgumentException("top must be >= 1, got " + top);
        }
        Query lucene = toQuery(correctQuery(query));
        if (lucene == null) {
            return List.of();
        }
        try {
            TopDocs docs = searcher.search(lucene, Math.max(1, reader.maxDoc()));
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : docs.scoreDocs) {
                hits.add(new SearchHit(byDoc[sd.doc], sd.score));
            }
            hits.sort(Comparator.comparingDouble((SearchHit h) -> -h.score())
                    .thenComparing(h -> h.passage().id()));
            return List.copyOf(hits.subList(0, Math.min(top, hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory index", e);
        }
    }

    /** The query with each unknown word of 4+ letters replaced by its correction from the corpus vocabulary. */
    public String correctQuery(String query) {
        Matcher m = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String fixed = corrector.correct(word);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    fixed.equals(word.toLowerCase(Locale.ROOT)) ? word : fixed));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Query toQuery(String text) {
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        Query body = builder.createBooleanQuery(NoteFields.TEXT, text, BooleanClause.Occur.SHOULD);
        Query heading = builder.createBooleanQuery(NoteFields.HEADING, text, BooleanClause.Occur.SHOULD);
        if (body == null && heading == null) {
            return null; // only stop words or punctuation
        }
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        if (body != null) {
            both.add(body, BooleanClause.Occur.SHOULD);
        }
        if (heading != null) {
            both.add(new BoostQuery(heading, HEADING_BOOST), BooleanClause.Occur.SHOULD);
        }
        // One edit away, same first letter: "Kamanev" also finds "Kamenev", "Zinoviev" also finds "Zinoveiv".
        for (String term : new TreeSet<>(termAnalyzer.terms(text))) {
            if (term.length() >= FUZZY_MIN_TERM_LENGTH) {
                both.add(new BoostQuery(fuzzy(term), FUZZY_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        return both.build();
    }

    /** The fuzzy query for {@code term}, rewritten against this index once. */
    private Query fuzzy(String term) {
        Query cached = fuzzyRewrites.get(term);
        if (cached != null) {
            return cached;
        }
        Query rewritten;
        try {
            rewritten = searcher.rewrite(new FuzzyQuery(new Term(NoteFields.TEXT, term), 1, 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory index", e); // memory only: unexpected
        }
        if (fuzzyRewrites.size() >= FUZZY_CACHE_LIMIT) {
            fuzzyRewrites.clear();
        }
        fuzzyRewrites.put(term, rewritten);
        return rewritten;
    }

    @Override
    public Optional<Passage> passage(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public List<Passage> passages() {
        return passages;
    }

    /** Lower-case surface words (runs of letters) of the passages' text and headings, sorted. */
    public Set<String> vocabulary() {
        return vocabulary;
    }

    /** The spelling corrector built from the corpus vocabulary and word frequencies. */
    public SpellingCorrector spellingCorrector() {
        return corrector;
    }

    /** Every word occurrence of the texts, plus each distinct heading's words once (headings repeat per passage). */
    private static List<String> words(List<Passage> passages) {
        List<String> words = new ArrayList<>();
        Set<String> headings = new LinkedHashSet<>();
        for (Passage p : passages) {
            addWords(p.text(), words);
            if (headings.add(p.source() + "\n" + p.heading())) {
                addWords(p.heading(), words);
            }
        }
        return words;
    }

    private static void addWords(String text, List<String> out) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
    }

    /** Releases the in-memory index. */
    @Override
    public void close() {
        try (directory; reader; queryAnalyzer; termAnalyzer) {
            // closes all four
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the in-memory index", e); // memory only: unexpected
        }
    }
}
