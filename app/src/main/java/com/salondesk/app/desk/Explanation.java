package com.salondesk.app.desk;

import com.salondesk.app.port.ChangedMeanwhile;
import com.salondesk.app.language.Texts;
import com.salondesk.domain.shared.DomainRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into words for the front desk. Business rules already speak plainly; anything else is
 * logged once here with its stack trace and shown as a short apology, never as a trace.
 */
public final class Explanation {

    private static final Logger LOG = LoggerFactory.getLogger(Explanation.class);

    private Explanation() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof DomainRejection rejection) {
            return rejection.getMessage();
        }
        if (failure instanceof ChangedMeanwhile) {
            return Texts.get("failure.conflict");
        }
        LOG.error("unexpected failure shown to the front desk", failure);
        return Texts.get("failure.unexpected");
    }
}
