package com.salondesk.persistence.sync;

/** The live channel's only message: the tenant's events now reach up to {@code position}; pull them. */
public record HeadAnnouncement(String type, long position) {
    public static final String TYPE = "head";

    public HeadAnnouncement {
        if (!TYPE.equals(type)) {
            throw new IllegalArgumentException("a head announcement has type 'head', not '" + type + "'");
        }
        if (position < 0) {
            throw new IllegalArgumentException("a head position is never negative, was " + position);
        }
    }

    public static HeadAnnouncement of(long position) {
        return new HeadAnnouncement(TYPE, position);
    }
}
