package com.salondesk.app.port;

import java.util.Map;

/**
 * E-mail settings with wrong fields: for each field ({@code host}, {@code port}, {@code security}, {@code user},
 * {@code password}, {@code from}) the problem's code, for words beside that field.
 */
public final class EmailSettingsRefused extends Exception {

    private final Map<String, String> problems;

    public EmailSettingsRefused(Map<String, String> problems) {
        super("e-mail settings refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
