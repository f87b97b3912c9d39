package org.premark.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.premark.notes.NotesException;
import org.premark.rubric.Problem;
import org.premark.rubric.RubricException;
import org.premark.workspace.Bundled;
import org.premark.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans behind the web app: the workspace (loaded once) and the marking threads. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PremarkProperties.class)
class WebConfig {

    private static final Logger log = LoggerFactory.getLogger(WebConfig.class);

    /**
     * Loaded on a background thread while the rest of the context starts (the notes index, models and rubrics
     * take over a second); the context still fails to start when they cannot be loaded.
     */
    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    Workspace workspace(PremarkProperties properties) {
        long started = System.nanoTime();
        Path corpus = Bundled.orBundled(properties.corpus(), Bundled.CORPUS);
        Path rubrics = Bundled.orBundled(properties.rubrics(), Bundled.RUBRICS);
        try {
            Workspace workspace = Workspace.load(corpus, rubrics);
            log.info("Loaded {} rubrics and {} note passages from {} and {} in {} ms", workspace.rubrics().size(),
                    workspace.notes().passages().size(), describe(corpus), describe(rubrics),
                    (System.nanoTime() - started) / 1_000_000);
            return workspace;
        } catch (NotesException e) {
            throw new StartupProblem("Cannot load the notes (premark.corpus / PREMARK_CORPUS = "
                    + properties.corpus().toAbsolutePath() + "): " + e.getMessage(),
                    "Point premark.corpus (or PREMARK_CORPUS) at the folder of note files, e.g. the corpus/ folder of"
                            + " the premark checkout, and fix or remove the file named above.", e);
        } catch (RubricException e) {
            StringBuilder sb = new StringBuilder("Invalid rubrics (premark.rubrics / PREMARK_RUBRICS = "
                    + properties.rubrics().toAbsolutePath() + "):");
            for (Problem p : e.problems()) {
                sb.append(System.lineSeparator()).append("  ").append(p);
            }
            throw new StartupProblem(sb.toString(), "Fix the rubric files listed above (see docs/rubrics.md),"
                    + " or check them with: java -jar target/premark.jar rubric check", e);
        }
    }

    private static String describe(Path folder) {
        return Bundled.isBundled(folder) ? "the copy inside the jar" : folder.toAbsolutePath().toString();
    }

    /** Spring runs background-bootstrap beans on the executor with this name. */
    @Bean(name = "bootstrapExecutor")
    Executor bootstrapExecutor() {
        return new org.springframework.core.task.SimpleAsyncTaskExecutor("premark-bootstrap-");
    }



    /** Marking threads, one per core by default; answers left unmarked at shutdown are resumed on start-up. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService markingExecutor(PremarkProperties properties) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "premark-marking-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(properties.marking().effectiveThreads(), threads);
    }

    /** Static: a post-processor must exist before the beans it checks (here, the data source). */
    @Bean
    static DatabaseCheck databaseCheck(org.springframework.core.env.Environment environment) {
        return new DatabaseCheck(environment);
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info().title("premark API").version("1")
                .description("Check answers against the rubrics (open) and mark class sets (teachers). Errors are"
                        + " RFC 9457 problem details. See docs/web.md."));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
