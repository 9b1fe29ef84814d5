package com.salondesk.app.book;

/** What the colour of a booking block says: its status (requested, confirmed, …) or its stylist. */
public enum BlockColours {
    STATUS, STYLIST
}
