package com.salondesk.domain.availability;

/**
 * How a service spends its time, in minutes, in order: the stylist works on the client ({@code active}), the
 * colour develops while the stylist is free for someone else and the client and the service's resources are not
 * ({@code processing}), the stylist finishes ({@code finishing}: rinse, cut, blow-dry), and then tidies up after the
 * client has gone ({@code cleanup}, the stylist's buffer before the next client).
 */
public record Phases(int activeMinutes, int processingMinutes, int finishingMinutes, int cleanupMinutes) {

    public Phases {
        if (activeMinutes < 0 || processingMinutes < 0 || finishingMinutes < 0 || cleanupMinutes < 0) {
            throw new IllegalArgumentException("a phase cannot take negative minutes: " + activeMinutes + "/"
                    + processingMinutes + "/" + finishingMinutes + "/" + cleanupMinutes);
        }
        if (activeMinutes + processingMinutes + finishingMinutes == 0) {
            throw new IllegalArgumentException("a service takes the client some time");
        }
    }

    /** A service the stylist works on from start to end, with no processing, finishing or cleanup. */
    public static Phases simple(int minutes) {
        return new Phases(minutes, 0, 0, 0);
    }

    /** How long the client is in the chair: active, processing and finishing. */
    public int clientMinutes() {
        return activeMinutes + processingMinutes + finishingMinutes;
    }

    /** Whether every phase is a whole number of the engine's five-minute cells. */
    boolean inWholeCells() {
        return activeMinutes % Cells.MINUTES == 0 && processingMinutes % Cells.MINUTES == 0
                && finishingMinutes % Cells.MINUTES == 0 && cleanupMinutes % Cells.MINUTES == 0;
    }
}
