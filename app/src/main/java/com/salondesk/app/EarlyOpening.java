package com.salondesk.app;

import com.salondesk.app.wiring.DeskOpening;
import com.salondesk.app.wiring.DeskOpening.Opened;
import com.salondesk.app.wiring.FirstStart;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/**
 * The desk's data folder opened on a thread of its own while JavaFX starts, so that the event log, its
 * migrations and the read models are ready about when the window is (on a start with a million events the two
 * take about as long as each other). The launcher begins it; the application takes it for the same folder, or
 * opens the folder itself when there is none (the tests start the application directly).
 */
final class EarlyOpening {

    private static final AtomicReference<EarlyOpening> PENDING = new AtomicReference<>();

    private final Path folder;
    private final CompletableFuture<DeskOpening.Opening> opening = new CompletableFuture<>();

    private EarlyOpening(Path folder) {
        this.folder = folder;
    }

    /** Begins opening {@code folder}; the desk's language must be chosen already (the opening speaks it). */
    static void begin(Path folder, Clock clock) {
        EarlyOpening early = new EarlyOpening(folder);
        PENDING.set(early);
        Thread.ofPlatform().name("desk-opening").start(() -> {
            try {
                // Its only step is "opening", which the preparing screen says from the start.
                early.opening.complete(DeskOpening.begin(folder, clock, step -> { }));
            } catch (Throwable e) {
                early.opening.completeExceptionally(e);
            }
        });
    }

    /** The opening begun for {@code folder}, if any; taken once. One begun for another folder is closed. */
    static EarlyOpening take(Path folder) {
        EarlyOpening early = PENDING.getAndSet(null);
        if (early == null || early.folder.equals(folder)) {
            return early;
        }
        // Nobody will use it; closing waits for the opening, which is no work for the caller (the FX thread).
        Thread.ofPlatform().name("desk-opening-unused").start(early::close);
        return null;
    }

    /** Waits for the opening and returns it, or throws what made it fail, as opening on the spot would. */
    DeskOpening.Opening await() throws Exception {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** When the window never came: closes whatever was opened, so the log is left closed properly. */
    static void abandon() {
        EarlyOpening early = PENDING.getAndSet(null);
        if (early != null) {
            early.close();
        }
    }

    private void close() {
        try {
            switch (opening.join()) {
                case Opened opened -> opened.desk().close();
                case FirstStart first -> first.close();
            }
        } catch (RuntimeException e) {
            // The opening failed (nothing to close) or closing did: either way nothing is left to do but say so.
            LoggerFactory.getLogger(EarlyOpening.class).warn("closing a desk opened for nothing in {}", folder, e);
        }
    }
}
