package com.salondesk.app.connect;

import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ConnectRefusal;

/** A refused connection in the desk's language, and the field its words belong beside. */
final class RefusalWords {

    /** Where a refusal is shown. */
    enum Field {
        SERVER, TOKEN, NONE
    }

    private RefusalWords() {
    }

    static Field fieldOf(String code) {
        return switch (code) {
            case "server-unreachable", "server-failed", "bad-address" -> Field.SERVER;
            case "token-refused", "device-revoked", "not-a-token" -> Field.TOKEN;
            default -> Field.NONE;
        };
    }

    /** The desk's own words for a known reason; the back end's words for any other. */
    static String say(ConnectRefusal refusal) {
        return switch (refusal.code()) {
            case "server-unreachable" -> Texts.get("connect.refused.serverUnreachable");
            case "server-failed" -> Texts.get("connect.refused.serverFailed");
            case "token-refused" -> Texts.get("connect.refused.tokenRefused");
            case "not-a-token" -> Texts.get("connect.refused.notAToken");
            case "device-revoked" -> Texts.get("connect.refused.deviceRevoked");
            case "tenant-has-history" -> Texts.get("connect.refused.tenantHasHistory");
            case "synced-elsewhere" -> Texts.get("connect.refused.syncedElsewhere");
            default -> refusal.getMessage();
        };
    }
}
