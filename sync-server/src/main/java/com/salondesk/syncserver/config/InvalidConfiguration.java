package com.salondesk.syncserver.config;

import java.util.List;

/** The configuration cannot start a server; {@link #problems()} names every setting that is wrong and why. */
public final class InvalidConfiguration extends RuntimeException {
    private final List<String> problems;

    public InvalidConfiguration(List<String> problems, Throwable cause) {
        super("invalid configuration:\n  - " + String.join("\n  - ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
