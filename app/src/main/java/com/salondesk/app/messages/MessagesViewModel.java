package com.salondesk.app.messages;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.CustomerMessage;
import com.salondesk.app.port.CustomerMessages;
import com.salondesk.app.task.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Support ▸ Messages: the messages sent to customers and those that failed (to whom, what about, when, where they
 * stand, the error), and sending a failed or given-up one again.
 */
public final class MessagesViewModel {

    static final int SHOWN = 500;

    private final CustomerMessages messages;
    private final TaskExecutor tasks;

    // properties
    private final ObservableList<CustomerMessage> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerMessage> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canResend = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean reading;

    public MessagesViewModel(CustomerMessages messages, TaskExecutor tasks) {
        this.messages = messages;
        this.tasks = tasks;
        selected.subscribe(row -> canResend.set(row != null && row.canResend()));
    }

    // commands

    /** Reads the list again, keeping the selected message selected. */
    public void refresh() {
        if (reading) {
            return;
        }
        reading = true;
        tasks.execute(() -> messages.recent(SHOWN), list -> {
            reading = false;
            String keep = selected.get() == null ? null : selected.get().id();
            rows.setAll(list);
            selected.set(keep == null ? null : list.stream().filter(m -> m.id().equals(keep)).findFirst().orElse(null));
        }, failure -> {
            reading = false;
            message.set(Texts.get("messages.unreadable", Explanation.of(failure)));
        });
    }

    /** Sends the selected message again (it must have failed); the list shows it waiting once more. */
    public void resend() {
        CustomerMessage row = selected.get();
        if (row == null || !row.canResend()) {
            return;
        }
        canResend.set(false);
        tasks.execute(() -> {
            messages.resend(row.id());
            return row;
        }, done -> {
            message.set(Texts.get("messages.resent", done.recipient()));
            refresh();
        }, failure -> {
            message.set(Texts.get("messages.resendFailed", Explanation.of(failure)));
            refresh();
        });
    }

    // property accessors

    public ObservableList<CustomerMessage> rows() {
        return rows;
    }

    public ObjectProperty<CustomerMessage> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty canResendProperty() {
        return canResend.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The words for a message's kind ({@code NotificationKind} by name). */
    public static String kindWords(String kind) {
        return Texts.get("messages.kind." + kind);
    }

    /** The words for where a message stands, with its failed attempts while it still waits. */
    public static String statusWords(CustomerMessage m) {
        return m.status() == CustomerMessage.Status.WAITING && m.failedAttempts() > 0
                ? Texts.get("messages.status.RETRYING", m.failedAttempts())
                : Texts.get("messages.status." + m.status().name());
    }
}
