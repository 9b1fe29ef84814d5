package com.salondesk.e2e.support;

import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.sync.SyncClient;
import com.salondesk.persistence.sync.SyncSettings;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A desk process for the tests that kill one: {@code catch-up DIR} opens the connected desk in {@code DIR},
 * says where its pull stands ({@code resumed at N}), downloads the tenant's history while printing
 * {@code received N of M} lines, and ends with {@code caught up N} once its read models hold everything.
 */
public final class DeskDriver {

    private DeskDriver() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[0].equals("catch-up")) {
            System.err.println("usage: DeskDriver catch-up DIR");
            System.exit(2);
        }
        Path folder = Path.of(args[1]);
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.system(ChainData.LONDON))) {
            System.out.println("resumed at " + desk.log().pulledThrough());
            SyncSettings settings = SyncSettings.read(folder).orElseThrow();
            // As the app does on a first start: download everything before the book opens, then sync live.
            SyncClient client = desk.openSync(settings);
            client.catchUp(progress -> {
                System.out.println("received " + progress.received() + " of " + progress.total());
                System.out.flush();
            });
            desk.awaitProjections();
            System.out.println("caught up " + desk.log().pulledThrough());
        }
    }
}
