package com.salondesk.app.book;

/** Which page of the book shows: one day with a column per stylist, or a week. */
public enum BookViewKind {
    DAY, WEEK
}
