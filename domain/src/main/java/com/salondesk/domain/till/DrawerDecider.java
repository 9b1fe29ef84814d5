package com.salondesk.domain.till;

import com.salondesk.domain.shared.Decider;
import com.salondesk.domain.shared.DomainRejection;
import java.util.List;

/**
 * One open till per desk at a time ({@code drawer-<deviceId>}): a till is taken into use only while the desk has
 * none open, and given back when it closes. Opening and closing a till run this in the same command as the till's
 * own step, so two openings on one desk collide on this stream's version.
 */
public final class DrawerDecider implements Decider<DrawerCommand, Drawer, DrawerEvent> {

    public static String streamId(String deviceId) {
        return "drawer-" + deviceId;
    }

    @Override
    public Drawer initialState() {
        return new Drawer.Free();
    }

    @Override
    public List<DrawerEvent> decide(DrawerCommand command, Drawer state) {
        return switch (command) {
            case DrawerCommand.Take take -> switch (state) {
                case Drawer.Free f -> List.of(new DrawerEvent.TillTaken(take.deviceId(), take.tillId(),
                        take.businessDay()));
                case Drawer.InUse use when use.tillId().equals(take.tillId()) -> List.of();
                case Drawer.InUse use -> throw new DomainRejection("till.desk-has-open-till", use.businessDay());
            };
            case DrawerCommand.GiveBack back -> switch (state) {
                case Drawer.InUse use when use.tillId().equals(back.tillId()) ->
                        List.of(new DrawerEvent.TillGivenBack(back.deviceId(), back.tillId()));
                case Drawer.InUse use -> List.of();
                case Drawer.Free f -> List.of();
            };
        };
    }

    @Override
    public Drawer evolve(Drawer state, DrawerEvent event) {
        return switch (event) {
            case DrawerEvent.TillTaken t -> new Drawer.InUse(t.tillId(), t.businessDay());
            case DrawerEvent.TillGivenBack b -> state instanceof Drawer.InUse use && use.tillId().equals(b.tillId())
                    ? new Drawer.Free() : state;
        };
    }
}
