package com.salondesk.app.notices;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows the staff's news as passing ControlsFX notices in the corner of the main window. */
public final class StaffNoticesView {

    private static final Duration SHOWN = Duration.seconds(8);

    private StaffNoticesView() {
    }

    /** Starts the view model, showing each notice over {@code owner}. */
    public static void showOn(Window owner, StaffNoticesViewModel viewModel) {
        viewModel.start(notice -> {
            if (!owner.isShowing()) {
                return;
            }
            Notifications popup = Notifications.create().owner(owner).title(notice.title()).text(notice.text())
                    .position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN);
            switch (notice.kind()) {
                case CANCELLED_BOOKING, LOW_STOCK -> popup.showWarning();
                case NEW_BOOKING, MANY_BOOKINGS -> popup.showInformation();
            }
        });
    }
}
