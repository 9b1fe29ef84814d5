package com.salondesk.app.book;

/** How the book shows its branch: one day with a column per stylist, or the week around that day. */
public enum BookMode {
    DAY,
    WEEK
}
