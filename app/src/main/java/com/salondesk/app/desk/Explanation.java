package com.salondesk.app.desk;

import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.persistence.desk.StreamVersionConflict;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into words for the front desk. A broken business rule is told in the desk's language from the
 * rejections bundle, by its code and arguments; anything else is
 * logged once here with its stack trace and shown as a short apology, never as a trace.
 */
public final class Explanation {

    private static final Logger LOG = LoggerFactory.getLogger(Explanation.class);

    private Explanation() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof DomainRejection rejection) {
            return of(rejection);
        }
        if (failure instanceof StreamVersionConflict) {
            return "Someone else changed this at the same moment. Look at the book again and retry.";
        }
        LOG.error("unexpected failure shown to the front desk", failure);
        return "Something went wrong on this desk, and nothing was changed. The details are in the desk's log.";
    }

    /** A broken business rule in the desk's language (for now the JVM's default locale). */
    public static String of(DomainRejection rejection) {
        return rejection.text(Locale.getDefault());
    }
}
