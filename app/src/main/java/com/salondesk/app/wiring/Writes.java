package com.salondesk.app.wiring;

import com.salondesk.app.port.ChangedMeanwhile;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.StreamVersionConflict;
import java.util.function.Supplier;

/** Runs a write for a screen: a clash with another writer in the screens' words, then read-your-writes. */
final class Writes {

    private Writes() {
    }

    static <T> T run(DeskBackEnd local, Supplier<T> write) {
        T result;
        try {
            result = write.get();
        } catch (StreamVersionConflict conflict) {
            throw new ChangedMeanwhile(conflict);
        }
        // The screen shows the change as soon as it reads again.
        local.awaitProjections();
        return result;
    }

    static void run(DeskBackEnd local, Runnable write) {
        run(local, () -> {
            write.run();
            return null;
        });
    }
}
