package com.salondesk.app.task;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values reported on another thread (progress, a sync client's state) to the FX thread: a burst becomes a
 * single hop that delivers the latest value, so a busy reporter cannot flood the screen.
 */
public final class LatestOnly<T> implements Consumer<T> {

    private final Consumer<Runnable> fxThread;
    private final Consumer<? super T> receiver;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** @param fxThread how to run on the FX thread ({@code Platform::runLater} in the app) */
    public LatestOnly(Consumer<Runnable> fxThread, Consumer<? super T> receiver) {
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.receiver = Objects.requireNonNull(receiver, "receiver");
    }

    @Override
    public void accept(T value) {
        latest.set(Objects.requireNonNull(value, "value"));
        if (scheduled.compareAndSet(false, true)) {
            fxThread.accept(() -> {
                scheduled.set(false);
                receiver.accept(latest.get());
            });
        }
    }
}
