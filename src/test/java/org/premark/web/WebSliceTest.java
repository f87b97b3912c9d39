package org.premark.web;

import org.premark.classset.ClassSetViews;

import org.premark.classset.ClassSetService;

import org.premark.classset.ClassSetApi;

import org.premark.account.SecurityConfig;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.premark.workspace.Workspace;
import org.premark.marking.ClaimMatch;
import org.premark.marking.Evidence;
import org.premark.marking.Flag;
import org.premark.marking.FlagCode;
import org.premark.marking.MarkResult;
import org.premark.marking.PointResult;
import org.premark.marking.PointStatus;
import org.premark.marking.Span;
import org.premark.notes.NotesSearcher;
import org.premark.notes.Passage;
import org.premark.notes.SearchHit;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricException;
import org.premark.rubric.RubricReaderYaml;
import org.premark.classset.ClassSetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One web slice shared by the controller tests (same configuration, so Spring builds the context once): the real
 * controllers, security and problem handling over a small fake workspace and a mocked store.
 */
@WebMvcTest(controllers = {StudentApi.class, ClassSetApi.class, Pages.class},
        properties = {"premark.upload.max-rows=5", "premark.upload.max-bytes=4KB"})
@Import({SecurityConfig.class, Problems.class, ClassSetService.class, ClassSetViews.class, MarkingGate.class,
        WebSliceTest.Fakes.class})
public abstract class WebSliceTest {

    protected static final String TEACHER = "ms-khan";
    protected static final String PASSWORD = "correct horse battery";
    protected static final String SHORT_PASSWORD_TEACHER = "mr-short";
    protected static final String SHORT_PASSWORD = "eleven-char";
    protected static final Instant NOW = Instant.parse("2025-05-06T10:00:00Z");
    protected static final String ANSWER = "Stalin was General Secretary so he appointed his supporters. Trotsky was arrogant.";

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected ClassSetStore store;

    @MockitoBean(name = "markingExecutor")
    ExecutorService markingExecutor;

    /** The real trotsky-lost rubric, a copy that hides marks from students, a marker that returns a fixed result. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PremarkProperties.class)
    static class Fakes {

        @Bean
        Workspace workspace() throws RubricException {
            Rubric real = new RubricReaderYaml(id -> true).read(Path.of("rubrics", "trotsky-lost.yaml"));
            Rubric hidden = new Rubric("hidden-marks", real.question(), real.maxMark(), real.corpus(), false,
                    real.scheme(), real.points());
            return new Workspace(new OnePassageNotes(), List.of(real, hidden), (rubric, answer) -> result(rubric));
        }

        /** Teachers who can sign in through the form: one with a good password, one with a too-short one. */
        @Bean
        org.springframework.security.core.userdetails.UserDetailsService teachers() {
            org.springframework.security.crypto.password.PasswordEncoder hashes =
                    org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder();
            return new org.springframework.security.provisioning.InMemoryUserDetailsManager(
                    org.springframework.security.core.userdetails.User.withUsername(TEACHER)
                            .password(hashes.encode(PASSWORD)).roles("TEACHER").build(),
                    org.springframework.security.core.userdetails.User.withUsername(SHORT_PASSWORD_TEACHER)
                            .password(hashes.encode(SHORT_PASSWORD)).roles("TEACHER").build());
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    protected static MarkResult result(Rubric rubric) {
        List<PointResult> points = rubric.points().stream().map(p -> switch (p.id()) {
            case "general-secretary-appointments" -> new PointResult(p.id(), p.label(), PointStatus.EXPLAINED,
                    List.of(new Span(0, 28, "Stalin was General Secretary"),
                            new Span(29, 59, "so he appointed his supporters")),
                    new Evidence("notes.txt", "notes.p1", "General Secretary", "Stalin became General Secretary."), 0.9);
            case "trotsky-arrogance" -> new PointResult(p.id(), p.label(), PointStatus.IDENTIFIED,
                    List.of(new Span(61, 81, "Trotsky was arrogant")), null, 0.7);
            default -> new PointResult(p.id(), p.label(), PointStatus.MISSING, List.of(), null, 0);
        }).toList();
        return new MarkResult(rubric.id(), 5, rubric.maxMark(), "Level 3", points,
                List.of(new ClaimMatch(0, 0, 28, "Stalin was General Secretary", "general-secretary-appointments", "",
                        false)),
                List.of(new Flag(FlagCode.NEEDS_REVIEW, "Close call between two points.", "")),
                List.of("Explain a second reason in the same way to reach 6 marks."), 13, 0.6);
    }

    protected static final class OnePassageNotes implements NotesSearcher {

        static final Passage PASSAGE = new Passage("notes.p1", "notes.txt", 1, "Lenin Enrolment",
                "The Lenin Enrolment doubled the party.", 0, 38);

        @Override
        public List<SearchHit> search(String query, int top) {
            return List.of(new SearchHit(PASSAGE, 1.25f));
        }

        @Override
        public Optional<Passage> passage(String id) {
            return id.equals(PASSAGE.id()) ? Optional.of(PASSAGE) : Optional.empty();
        }

        @Override
        public List<Passage> passages() {
            return List.of(PASSAGE);
        }
    }
}
