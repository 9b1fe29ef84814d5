package com.salondesk.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.eventbus.EventBus;
import com.salondesk.persistence.runtime.ProjectionsUpdated;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProjectionUpdatesTest {

    private final EventBus bus = new EventBus();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();

    @Test
    void aBurstOfUpdatesReachesTheScreensOnce() {
        new ProjectionUpdates(bus, fxQueue::add).onChange(refreshes::incrementAndGet);

        for (int i = 1; i <= 50; i++) {
            bus.post(new ProjectionsUpdated(i));
        }

        assertThat(fxQueue).hasSize(1);
        fxQueue.removeFirst().run();
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void anUpdateAfterTheScreensCaughtUpIsPassedOnAgain() {
        new ProjectionUpdates(bus, fxQueue::add).onChange(refreshes::incrementAndGet);

        bus.post(new ProjectionsUpdated(1));
        fxQueue.removeFirst().run();
        bus.post(new ProjectionsUpdated(2));
        fxQueue.removeFirst().run();

        assertThat(refreshes).hasValue(2);
    }
}
