package com.salondesk.app.port;

import java.util.List;

/** The messages this chain's desks sent (or tried to send) to customers, and sending a failed one again. */
public interface CustomerMessages {

    /** The most recently changed first, at most {@code limit}. */
    List<CustomerMessage> recent(int limit);

    /** Sends a failed or given-up message again; refused (a domain rejection) for one sent or still waiting. */
    void resend(String messageId);
}
