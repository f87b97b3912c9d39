package org.premark.notes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis for notes and queries: standard tokens, possessives ("Lenin's" to "lenin"), lower case,
 * English stop words, Porter stems. {@link #forQueries()} adds the domain synonyms of
 * {@code notes/synonyms.txt} with {@link SynonymGraphFilter}; synonyms are applied at query time only, where
 * {@link org.apache.lucene.util.QueryBuilder} keeps the token graph of multi-word synonyms intact, so the index needs
 * no {@code FlattenGraphFilter}.
 */
public final class NotesAnalyzer extends Analyzer {

    static final String SYNONYMS_RESOURCE = "/notes/synonyms.txt";

    private static volatile SynonymMap bundledSynonyms;

    private final SynonymMap synonyms;

    private NotesAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    /** The analyzer for indexing notes: no synonyms. */
    public static NotesAnalyzer forIndexing() {
        return new NotesAnalyzer(null);
    }

    /** The analyzer for queries and other text compared with the notes: adds the bundled domain synonyms. */
    public static NotesAnalyzer forQueries() {
        SynonymMap map = bundledSynonyms;
        if (map == null) {
            try (InputStream in = NotesAnalyzer.class.getResourceAsStream(SYNONYMS_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + SYNONYMS_RESOURCE);
                }
                map = parseSynonyms(new InputStreamReader(in, StandardCharsets.UTF_8), SYNONYMS_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SYNONYMS_RESOURCE, e);
            }
            bundledSynonyms = map;
        }
        return new NotesAnalyzer(map);
    }

    /** A query analyzer with the given synonym rules (Solr format) instead of the bundled ones. */
    static NotesAnalyzer forQueries(Reader solrRules, String name) throws IOException {
        return new NotesAnalyzer(parseSynonyms(solrRules, name));
    }

    /** Parses Solr-format rules, analysing each side with the index chain so rules match stemmed tokens. */
    static SynonymMap parseSynonyms(Reader rules, String name) throws IOException {
        try (Analyzer plain = forIndexing()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(rules);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException(name + ": bad synonym rule: " + e.getMessage()
                    + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""), e);
        }
    }

    /** True when this analyzer expands synonyms. */
    public boolean expandsSynonyms() {
        return synonyms != null;
    }

    /** The terms {@code text} analyses to, in order (synonyms, if any, follow the words they stand for). */
    public List<String> terms(String text) {
        Objects.requireNonNull(text, "text");
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e); // cannot happen with a StringReader
        }
        return terms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        if (synonyms != null) {
            // After stemming, so "factions" and "faction" both meet the rule "factions, factionalism".
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
