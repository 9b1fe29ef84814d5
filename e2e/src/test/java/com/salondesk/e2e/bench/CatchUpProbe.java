package com.salondesk.e2e.bench;

import com.salondesk.e2e.support.ChainData;
import com.salondesk.persistence.backend.ChainConnection;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.sync.SyncClient;
import com.salondesk.persistence.sync.SyncSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The new desk of the catch-up benchmark, in a process of its own so that its memory can be measured: connects
 * an empty data folder to the chain, downloads the history, waits until its read models hold all of it and its
 * book's first day can be read, and prints {@code RESULT events=… seconds=… peakRssKb=…}.
 */
public final class CatchUpProbe {

    private CatchUpProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        URI server = URI.create(args[1]);
        String token = args[2];
        long started = System.nanoTime();
        try (DeskBackEnd desk = DeskBackEnd.open(folder, Clock.system(ChainData.LONDON))) {
            ChainConnection.connect(desk, folder, server, token);
            SyncClient client = desk.openSync(SyncSettings.read(folder).orElseThrow());
            long[] lastShown = {0};
            client.catchUp(progress -> {
                // A line per tenth, as the support command prints them.
                if (progress.received() - lastShown[0] >= Math.max(1, progress.total() / 10)
                        || progress.received() == progress.total()) {
                    lastShown[0] = progress.received();
                    System.out.printf("  received %,d of %,d (%,.0f events/s)%n", progress.received(), progress.total(),
                            progress.eventsPerSecond());
                }
            });
            long downloaded = System.nanoTime();
            desk.awaitProjections();
            desk.queries().bookingsOn(ChainData.BRANCH, LocalDate.now(ChainData.LONDON).plusDays(1), ChainData.LONDON);
            long bookOpens = System.nanoTime();
            System.out.printf("RESULT events=%d downloadSeconds=%.3f seconds=%.3f peakRssKb=%d%n", desk.log().count(),
                    (downloaded - started) / 1e9, (bookOpens - started) / 1e9, peakRssKb());
        }
    }

    /** VmHWM: the most resident memory this process has had. */
    static long peakRssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
