package com.salondesk.persistence.mail;

import java.util.Map;

/** E-mail settings that cannot be used, with what is wrong with each field. Nothing was stored. */
public final class InvalidMailSettings extends IllegalArgumentException {

    private final Map<MailField, MailProblem> problems;

    public InvalidMailSettings(Map<MailField, MailProblem> problems) {
        super("e-mail settings refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<MailField, MailProblem> problems() {
        return problems;
    }
}
