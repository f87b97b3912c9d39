package org.premark;

import org.premark.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point: with no command it starts the web server, with a command it runs the CLI.
 */
@SpringBootApplication
public class PremarkApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.standard().run(args, System.out, System.err));
        }
        SpringApplication.run(PremarkApplication.class, args);
    }
}
