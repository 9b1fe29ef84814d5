package com.salondesk.app.wiring;

import com.google.common.eventbus.Subscribe;
import com.salondesk.app.port.Diagnostics;
import com.salondesk.app.port.ProcessingStatus;
import com.salondesk.app.port.RebuildProgress;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.runtime.ReplayProgress;
import com.salondesk.persistence.runtime.HandlerStatus;
import java.util.List;
import java.util.function.Consumer;

/** The desk's projections and handlers as the diagnostics screen sees them, and rebuilding a read model. */
final class DeskDiagnostics implements Diagnostics {

    private final DeskBackEnd local;

    DeskDiagnostics(DeskBackEnd local) {
        this.local = local;
    }

    @Override
    public long headPosition() {
        return local.log().headPosition();
    }

    @Override
    public List<ProcessingStatus> readModels() {
        return local.runtime().projections().status().stream().map(DeskDiagnostics::of).toList();
    }

    @Override
    public List<ProcessingStatus> handlers() {
        return local.runtime().handlers().status().stream().map(DeskDiagnostics::of).toList();
    }

    @Override
    public long rebuild(String readModel, Consumer<RebuildProgress> progress) {
        Object listener = new Object() {
            @Subscribe
            public void on(ReplayProgress replayed) {
                if (replayed.projection().equals(readModel)) {
                    progress.accept(new RebuildProgress(readModel, replayed.position(), replayed.head()));
                }
            }
        };
        local.bus().register(listener);
        try {
            local.runtime().projections().rebuild(readModel);
            return local.log().headPosition();
        } finally {
            local.bus().unregister(listener);
        }
    }

    private static ProcessingStatus of(HandlerStatus s) {
        return new ProcessingStatus(s.handler(), s.position(), s.lag(), s.failures(), s.retrying(), s.deadLetters(),
                s.parked());
    }
}
