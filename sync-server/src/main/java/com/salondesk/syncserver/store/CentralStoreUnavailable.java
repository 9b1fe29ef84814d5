package com.salondesk.syncserver.store;

/** The central PostgreSQL cannot be reached, or is not one SalonDesk can use. */
public final class CentralStoreUnavailable extends RuntimeException {
    public CentralStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
