package org.premark.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed notes or rubrics load into Spring Boot's short "APPLICATION FAILED TO START" report. */
final class WorkspaceFailureAnalyzer extends AbstractFailureAnalyzer<WorkspaceLoadException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WorkspaceLoadException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
