package com.salondesk.app.sync;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.SyncUnavailable;
import com.salondesk.app.port.SyncView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The desk's sync state in the front desk's words: the main window's line, and why a round could not run. */
public final class SyncWords {

    private SyncWords() {
    }

    /** One line for the main window: online or not, what waits to be sent, the last sync and the lag. */
    public static String line(SyncView state, Clock clock) {
        String last = lastSync(state.lastSuccess(), clock);
        return switch (state.connection()) {
            case NOT_CONNECTED -> Texts.get("sync.line.standalone");
            case CONNECTING -> Texts.get("sync.line.connecting", state.pending(), last);
            case ONLINE -> Texts.get("sync.line.online", state.pending(), last, state.lag());
            case OFFLINE -> Texts.get("sync.line.offline", state.pending(), last);
            case TOKEN_REFUSED -> Texts.get("sync.line.tokenRefused", state.pending());
            case REVOKED -> Texts.get("sync.line.revoked", state.pending());
        };
    }

    /** The same, at more length, for the tooltip and the diagnostics screen. */
    public static String explanation(SyncView.Connection connection) {
        return Texts.get(switch (connection) {
            case NOT_CONNECTED -> "sync.explain.standalone";
            case CONNECTING -> "sync.explain.connecting";
            case ONLINE -> "sync.explain.online";
            case OFFLINE -> "sync.explain.offline";
            case TOKEN_REFUSED -> "sync.explain.tokenRefused";
            case REVOKED -> "sync.explain.revoked";
        });
    }

    /** "last sync 16:04" today, with the date on another day, or "not synced yet". */
    public static String lastSync(Instant lastSuccess, Clock clock) {
        if (lastSuccess == null) {
            return Texts.get("sync.last.never");
        }
        LocalDate today = LocalDate.now(clock);
        return lastSuccess.atZone(clock.getZone()).toLocalDate().equals(today)
                ? Texts.get("sync.last.today", Formats.time(lastSuccess.atZone(clock.getZone()).toLocalTime()))
                : Texts.get("sync.last.earlier", Formats.instant(lastSuccess, clock.getZone()));
    }

    /** Why a round asked for could not run. */
    public static String unavailable(SyncUnavailable.Reason reason) {
        return Texts.get(switch (reason) {
            case NOT_CONNECTED -> "sync.now.standalone";
            case SERVER_UNREACHABLE -> "sync.now.unreachable";
            case TOKEN_REFUSED -> "sync.explain.tokenRefused";
            case REVOKED -> "sync.explain.revoked";
        });
    }
}
