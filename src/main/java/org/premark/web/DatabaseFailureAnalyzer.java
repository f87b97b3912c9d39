package org.premark.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a damaged or busy database into Spring Boot's short "APPLICATION FAILED TO START" report. */
final class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseCheck.DatabaseProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseCheck.DatabaseProblem cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
