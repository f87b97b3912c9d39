package org.premark.web;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The web app's settings ({@code premark.*} in application.properties, each with an environment override).
 *
 * @param corpus   the cleaned notes folder
 * @param rubrics  the rubrics folder
 * @param upload   limits on class-set uploads
 * @param marking  background marking
 * @param teachers configured teacher accounts; when empty, a first-run account is generated
 */
@ConfigurationProperties("premark")
public record PremarkProperties(
        @DefaultValue("corpus") Path corpus,
        @DefaultValue("rubrics") Path rubrics,
        @DefaultValue Upload upload,
        @DefaultValue Marking marking,
        List<Teacher> teachers) {

    public PremarkProperties {
        teachers = teachers == null ? List.of() : List.copyOf(teachers);
    }

    /** Limits on an uploaded class CSV. */
    public record Upload(@DefaultValue("2MB") DataSize maxBytes, @DefaultValue("2000") int maxRows) {

        public Upload {
            if (maxBytes.toBytes() < 1) {
                throw new IllegalArgumentException("premark.upload.max-bytes must be positive, got " + maxBytes);
            }
            if (maxRows < 1) {
                throw new IllegalArgumentException("premark.upload.max-rows must be positive, got " + maxRows);
            }
        }
    }

    /** @param threads marking threads; 0 means one per core */
    public record Marking(@DefaultValue("0") int threads) {

        public Marking {
            if (threads < 0) {
                throw new IllegalArgumentException("premark.marking.threads must be >= 0, got " + threads);
            }
        }

        int effectiveThreads() {
            return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        }
    }

    /** A teacher account; {@code password} is a hash such as {@code {bcrypt}$2a$10$…}, never plain text. */
    public record Teacher(String username, String password) {
    }
}
