package org.premark;

import org.premark.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point: with no command it starts the web server, with a command it runs the CLI.
 */
@SpringBootApplication
public class PremarkApplication {

    /**
     * Lucene advises on every start to enable the incubating vector module, which premark's tiny vectors do not
     * need (and which prints a warning of its own). Kept in a field: java.util.logging holds loggers weakly, and a
     * collected logger would forget its level.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        if (Cli.isCommand(args)) {
            System.exit(Cli.standard().run(args, System.out, System.err));
        }
        SpringApplication.run(PremarkApplication.class, args);
    }
}
