package com.salondesk.app.wiring;

import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
import com.salondesk.app.port.DeskChanges;
import com.salondesk.persistence.runtime.ProjectionsUpdated;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one adapter between projection updates (posted on whichever thread appended) and the screens.
 * A burst of updates becomes a single hop onto the FX thread, so a busy log cannot flood it.
 */
final class ProjectionUpdates implements DeskChanges {

    private final Consumer<Runnable> fxThread;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** @param fxThread how to run on the FX thread ({@code Platform::runLater} in the app) */
    ProjectionUpdates(EventBus bus, Consumer<Runnable> fxThread) {
        this.fxThread = fxThread;
        bus.register(this);
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Subscribe
    public void onProjectionsUpdated(ProjectionsUpdated update) {
        if (scheduled.compareAndSet(false, true)) {
            fxThread.accept(() -> {
                scheduled.set(false);
                listeners.forEach(Runnable::run);
            });
        }
    }
}
