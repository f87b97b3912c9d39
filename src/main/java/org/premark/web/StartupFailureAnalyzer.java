package org.premark.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link StartupProblem} into Spring Boot's short "APPLICATION FAILED TO START" report. */
final class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupProblem cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
