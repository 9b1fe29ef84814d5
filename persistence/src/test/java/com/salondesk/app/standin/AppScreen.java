package com.salondesk.app.standin;

/**
 * Stands in for a class of the app in persistence's tests (the app is not on this module's class path), so
 * that the architecture test can plant a dependency on it.
 */
public final class AppScreen {
}
