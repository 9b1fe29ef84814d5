package com.salondesk.app.waitlist;

import com.salondesk.app.dialog.FxDialogService;
import com.salondesk.app.language.Texts;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.app.view.Repeating;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * The waitlist around the main window: the top strip's Waitlist menu ("Add to waitlist…", "Waitlist"), the waitlist
 * window, and a notice with "Book it" whenever this desk offers a freed time to a waiting customer. Stops with the
 * support tools of the main window.
 */
public final class WaitlistWindows {

    private static final Duration LIST_REFRESH = Duration.seconds(5);
    /** Long enough to ask the customer on the phone. */
    private static final Duration OFFER_SHOWN = Duration.seconds(30);

    private final Stage owner;
    private final WaitlistScreens screens;
    private final TaskExecutor tasks;
    private final WaitlistOffersViewModel offers;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Stage listWindow;
    private WaitlistViewModel list;

    private WaitlistWindows(Stage owner, WaitlistScreens screens, TaskExecutor tasks) {
        this.owner = owner;
        this.screens = screens;
        this.tasks = tasks;
        this.offers = screens.offers(tasks);
    }

    /**
     * Hooks the Waitlist menu of the strip in {@code shell} up and starts telling of offers over {@code owner};
     * the returned subscription stops it all.
     */
    public static Subscription around(Parent shell, Stage owner, WaitlistScreens screens, TaskExecutor tasks) {
        WaitlistWindows windows = new WaitlistWindows(owner, screens, tasks);
        if (shell.lookup("#waitlistMenu") instanceof MenuButton menu) {
            for (MenuItem item : menu.getItems()) {
                switch (item.getId() == null ? "" : item.getId()) {
                    case "waitlistAddMenuItem" -> item.setOnAction(e -> windows.addToWaitlist());
                    case "waitlistOpenMenuItem" -> item.setOnAction(e -> windows.openList());
                    default -> {
                    }
                }
            }
        }
        windows.offers.start(windows::tell);
        return windows::close;
    }

    /** Opens the "Add to waitlist" dialog; the list (if open) reads again once the customer is on it. */
    void addToWaitlist() {
        new FxDialogService(owner).showAndWait(new JoinWaitlistView(screens.joinWaitlist(tasks))).ifPresent(done -> {
            if (list != null) {
                list.refresh();
            }
        });
    }

    void openList() {
        if (listWindow == null) {
            listWindow = new Stage();
            listWindow.initOwner(owner);
            listWindow.setTitle(Texts.get("window.waitlist"));
            list = screens.waitlist(tasks);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            listWindow.setScene(new Scene(WaitlistView.load(list, this::addToWaitlist),
                    Math.min(760, screen.getWidth()), Math.min(560, screen.getHeight())));
            subscriptions.add(Repeating.whileShowing(listWindow, LIST_REFRESH, list::refresh));
        }
        list.refresh();
        if (listWindow.isShowing()) {
            listWindow.toFront();
        } else {
            listWindow.show();
        }
    }

    /** A notice of the offer, with "Book it". */
    private void tell(WaitlistOffersViewModel.OfferNotice notice) {
        if (!owner.isShowing()) {
            return;
        }
        Action bookIt = new Action(Texts.get("waitlist.bookIt"), e -> offers.bookIt(notice, outcome -> {
            Notifications told = Notifications.create().owner(owner).title(notice.title()).text(outcome.text())
                    .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(8));
            if (outcome.booked()) {
                told.showInformation();
            } else {
                told.showWarning();
            }
            if (list != null) {
                list.refresh();
            }
        }));
        Notifications.create().owner(owner).title(notice.title()).text(notice.text()).position(Pos.BOTTOM_RIGHT)
                .hideAfter(OFFER_SHOWN).action(bookIt).showInformation();
        if (list != null) {
            list.refresh();
        }
    }

    private void close() {
        offers.close();
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
        if (listWindow != null) {
            listWindow.hide();
        }
    }
}
