package com.salondesk.app.desk;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ChangedMeanwhile;
import com.salondesk.domain.shared.DomainRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into words for the front desk. A broken business rule is told in the desk's language from the
 * domain's rejections bundle, by its code and arguments; anything else is logged once here with its stack trace
 * and shown as a short apology, never as a trace.
 */
public final class Explanation {

    private static final Logger LOG = LoggerFactory.getLogger(Explanation.class);

    private Explanation() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof DomainRejection rejection) {
            return of(rejection);
        }
        if (failure instanceof ChangedMeanwhile) {
            return Texts.get("failure.conflict");
        }
        LOG.error("unexpected failure shown to the front desk", failure);
        return Texts.get("failure.unexpected");
    }

    /**
     * A broken business rule in the language the desk chose ({@link Texts#locale()}), the same one every other
     * word on the screen is in.
     */
    public static String of(DomainRejection rejection) {
        return rejection.text(Texts.locale());
    }
}
