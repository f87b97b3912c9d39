package org.premark.cli;

import org.premark.notes.NotesException;
import org.premark.notes.NotesSearcherLucene;
import org.premark.notes.Passage;
import org.premark.notes.SearchHit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.premark.cli.Args;
import org.premark.cli.CliException;
import org.premark.cli.Command;

/** Prints the notes passages that best match a query. */
final class SearchCommand implements Command {

    private static final int TEXT_WIDTH = 240;
    /** Kept referenced so the level sticks: Lucene's hint about the incubating vector API is noise on a CLI. */
    private static final Logger LUCENE_VECTOR_LOG =
            Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    private final Map<String, String> env;

    SearchCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "search the revision notes: \"QUERY\" [--top N] [--corpus DIR]";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws CliException {
        args.allowOnly(Set.of("top", "corpus", "help", "verbose", "quiet"));
        String query = String.join(" ", args.positional()).strip();
        if (query.isEmpty()) {
            throw new CliException("give a query, e.g. premark search \"Lenin Enrolment\"");
        }
        int top = args.intOption("top", 5, 1, 1000);
        Path corpus = Path.of(args.option("corpus", env.getOrDefault("PREMARK_CORPUS", "corpus")));
        LUCENE_VECTOR_LOG.setLevel(Level.SEVERE);
        try (NotesSearcherLucene searcher = NotesSearcherLucene.open(corpus)) {
            String corrected = searcher.correctQuery(query);
            if (!corrected.equals(query)) {
                out.println("searching for: " + corrected);
            }
            List<SearchHit> hits = searcher.search(query, top);
            if (hits.isEmpty()) {
                out.println("no passages match \"" + query + "\" in " + corpus);
                return 0;
            }
            for (int i = 0; i < hits.size(); i++) {
                SearchHit hit = hits.get(i);
                Passage p = hit.passage();
                out.printf(Locale.ROOT, "%2d  %6.3f  %s  %s%n", i + 1, hit.score(), p.source(), p.id());
                if (!p.heading().isEmpty() && !p.text().startsWith(p.heading())) {
                    out.println("    ## " + oneLine(p.heading(), TEXT_WIDTH));
                }
                out.println("    " + oneLine(p.text(), TEXT_WIDTH));
            }
            return 0;
        } catch (NotesException e) {
            throw new CliException(e.getMessage(), 1);
        }
    }

    /** Collapses white space and cuts at a word boundary, marking the cut with an ellipsis. */
    static String oneLine(String text, int width) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= width) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', width - 1);
        if (cut < width / 2) {
            cut = width - 1;
        }
        return flat.substring(0, cut).stripTrailing() + " …";
    }
}
