package com.salondesk.persistence.runtime;

import org.jooq.DSLContext;

/**
 * What a handler gets besides the event: the transaction its own database writes belong to. The runtime
 * records the event as processed in the same transaction, so such writes take effect exactly once.
 */
public record HandlerContext(DSLContext transaction, int attempt) {
}
