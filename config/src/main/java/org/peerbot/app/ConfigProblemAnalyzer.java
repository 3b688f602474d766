package org.peerbot.app;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link ConfigProblem} into Spring Boot's short "APPLICATION FAILED TO START" report, without a stack trace. */
class ConfigProblemAnalyzer extends AbstractFailureAnalyzer<ConfigProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfigProblem cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
