package com.salondesk.app.customer;

import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.dialog.FxDialogService;
import com.salondesk.app.language.Texts;
import com.salondesk.app.newbooking.NewBookingView;
import com.salondesk.app.task.TaskExecutor;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The customer tools of the main window: the search field and the Customers menu of the top strip, and the windows
 * they open — one profile window per customer, and the import window.
 */
public final class CustomerWindows {

    private final Stage owner;
    private final CustomerScreens screens;
    private final TaskExecutor tasks;
    private final FileChoice files;
    private final Map<String, Stage> profiles = new HashMap<>();
    private Stage importWindow;

    private CustomerWindows(Stage owner, CustomerScreens screens, TaskExecutor tasks) {
        this.owner = owner;
        this.screens = screens;
        this.tasks = tasks;
        this.files = screens.files();
    }

    /**
     * Wires the search field ({@code #customerSearchField}) and the Customers menu ({@code #customersMenu}) found
     * in {@code bar}; does nothing where the bar has none.
     */
    public static CustomerWindows attach(Parent bar, Stage owner, CustomerScreens screens, TaskExecutor tasks) {
        CustomerWindows windows = new CustomerWindows(owner, screens, tasks);
        if (bar.lookup("#customerSearchField") instanceof TextField field) {
            CustomerSearchField.attach(field, screens.search(tasks), screens.zone(), windows::openProfile);
        }
        if (bar.lookup("#customersMenu") instanceof MenuButton menu) {
            for (MenuItem item : menu.getItems()) {
                if ("importCustomersMenuItem".equals(item.getId())) {
                    item.setOnAction(e -> windows.openImport());
                }
            }
        }
        return windows;
    }

    /** Shows a customer's profile (the survivor's, for a merged-away record), reading it afresh. */
    public void openProfile(String customerId) {
        Stage window = profiles.get(customerId);
        if (window == null) {
            window = window(Texts.get("customers.profile.title"));
            Stage shown = window;
            CustomerProfileViewModel profile = screens.profile(tasks, customerId);
            DialogService dialogs = new FxDialogService(window);
            Parent root = CustomerProfileView.load(profile, new CustomerProfileView.Actions(
                    () -> screens.newBooking().apply(profile.customerProperty().get())
                            .ifPresent(form -> dialogs.showAndWait(new NewBookingView(form, dialogs))),
                    () -> {
                        var merge = screens.merge(tasks, profile.customerProperty().get());
                        dialogs.showAndWait(new MergeCustomersView(merge)).filter(Boolean::booleanValue)
                                .ifPresent(done -> profile.refresh());
                    }));
            profile.customerProperty().subscribe(c -> {
                if (c != null) {
                    shown.setTitle(Texts.get("customers.profile.titleOf", c.name()));
                }
            });
            window.setScene(scene(root, 900, 720));
            window.getProperties().put(CustomerProfileViewModel.class, profile);
            window.setOnHidden(e -> profiles.values().remove(shown));
            profiles.put(customerId, window);
        }
        ((CustomerProfileViewModel) window.getProperties().get(CustomerProfileViewModel.class)).refresh();
        show(window);
    }

    /** Shows the Import customers window. */
    public void openImport() {
        if (importWindow == null) {
            importWindow = window(Texts.get("customers.import.title"));
            importWindow.setScene(scene(CustomerImportView.load(screens.importer(tasks), files), 760, 620));
        }
        show(importWindow);
    }

    /** Closes every window these tools opened (the desk closing). */
    public void close() {
        new java.util.ArrayList<>(profiles.values()).forEach(Stage::hide);
        if (importWindow != null) {
            importWindow.hide();
        }
    }

    private Stage window(String title) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(title);
        return window;
    }

    private static Scene scene(Parent root, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
    }

    private static void show(Stage window) {
        if (window.isShowing()) {
            window.toFront();
        } else {
            window.show();
        }
    }
}
