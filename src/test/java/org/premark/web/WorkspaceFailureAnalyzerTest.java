package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class WorkspaceFailureAnalyzerTest {

    @Test
    void aFailedLoadBecomesADescriptionAndAnAction() {
        WorkspaceLoadException cause = new WorkspaceLoadException("Cannot load the notes: folder not found", "Fix it", null);
        FailureAnalysis analysis = new WorkspaceFailureAnalyzer()
                .analyze(new BeanCreationException("workspace", "failed", cause));
        assertNotNull(analysis);
        assertEquals("Cannot load the notes: folder not found", analysis.getDescription());
        assertEquals("Fix it", analysis.getAction());
    }
}
