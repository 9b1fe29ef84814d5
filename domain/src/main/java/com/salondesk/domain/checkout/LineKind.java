package com.salondesk.domain.checkout;

/** What a checkout line is for: a service done, a retail product sold, or a tip (never taxed). */
public enum LineKind {
    SERVICE, RETAIL, TIP
}
