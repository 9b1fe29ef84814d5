package com.salondesk.app.diagnostics;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ProcessingStatus;

/** One line of the diagnostics table: a read model or an event handler and how it keeps up with the log. */
public record DiagnosticsRow(Kind kind, String name, long position, long lag, long failures, int retrying,
                             int deadLetters, int parked) {

    /** What the line is about. */
    public enum Kind {
        READ_MODEL("diagnostics.kind.readModel"),
        HANDLER("diagnostics.kind.handler");

        private final String labelKey;

        Kind(String labelKey) {
            this.labelKey = labelKey;
        }

        public String label() {
            return Texts.get(labelKey);
        }
    }

    static DiagnosticsRow of(Kind kind, ProcessingStatus status) {
        return new DiagnosticsRow(kind, status.name(), status.position(), status.lag(), status.failures(),
                status.retrying(), status.deadLetters(), status.parked());
    }

    public boolean isReadModel() {
        return kind == Kind.READ_MODEL;
    }

    /** How far behind the log, in words. */
    public String behind() {
        return Texts.get("diagnostics.behind", lag);
    }
}
