package com.salondesk.app.port;

/**
 * What the main window remembers between starts on this desk: its place and size, the branch and the view (day or
 * week) the book showed. Kept in the desk's data folder, not in the event log: it is this desk's, not the chain's.
 */
public interface BookSettings {

    /** The window's place and size (null when never stored), the branch shown and the view ({@code DAY}, {@code WEEK}). */
    record Remembered(Double x, Double y, Double width, Double height, String branchId, String view) {

        public static final Remembered NOTHING = new Remembered(null, null, null, null, null, null);

        public Remembered withWindow(double x, double y, double width, double height) {
            return new Remembered(x, y, width, height, branchId, view);
        }

        public Remembered withBranch(String branchId) {
            return new Remembered(x, y, width, height, branchId, view);
        }

        public Remembered withView(String view) {
            return new Remembered(x, y, width, height, branchId, view);
        }

        /** Whether a place and size were stored. */
        public boolean hasWindow() {
            return x != null && y != null && width != null && height != null;
        }
    }

    /** What was stored, or {@link Remembered#NOTHING}; an unreadable file counts as nothing stored. */
    Remembered read();

    /** Stores {@code remembered}, replacing what was there. */
    void write(Remembered remembered);
}
