package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupFailureAnalyzerTest {

    @Test
    void aProblemInsideABeanFailureBecomesADescriptionAndAnAction() {
        StartupProblem cause = new StartupProblem("Cannot load the notes: folder not found", "Fix it", null);
        FailureAnalysis analysis = new StartupFailureAnalyzer()
                .analyze(new BeanCreationException("workspace", "failed", cause));
        assertNotNull(analysis);
        assertEquals("Cannot load the notes: folder not found", analysis.getDescription());
        assertEquals("Fix it", analysis.getAction());
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertNull(new StartupFailureAnalyzer().analyze(new IllegalStateException("something else")));
    }
}
