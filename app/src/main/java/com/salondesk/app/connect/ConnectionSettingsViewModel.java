package com.salondesk.app.connect;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ChainConnecting;
import com.salondesk.app.port.ConnectionView;
import com.salondesk.app.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The desk's connection to the chain: which server, tenant, branch and device it is, and connecting a standalone
 * desk later or changing the server or token. A new connection takes effect when the desk reopens, which it then
 * does at once (after saying so).
 */
public final class ConnectionSettingsViewModel {

    private final ChainConnecting chain;
    private final TaskExecutor tasks;
    private final Runnable reopen;
    private final ConnectFormViewModel form;

    // properties
    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tenant = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper branch = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reopening = new ReadOnlyBooleanWrapper(false);

    /** @param reopen closes the desk and opens it again with the new connection; runs on the FX thread */
    public ConnectionSettingsViewModel(ChainConnecting chain, TaskExecutor tasks, Runnable reopen) {
        this.chain = chain;
        this.tasks = tasks;
        this.reopen = reopen;
        this.form = new ConnectFormViewModel(chain, tasks);
        form.connectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
                message.set(Texts.get("settings.reopening", now.server()));
                reopening.set(true);
                reopen.run();
            }
        });
    }

    // commands

    /** Reads what the desk is connected to. */
    public void refresh() {
        tasks.execute(chain::connection, this::show,
                failure -> message.set(Texts.get("settings.unreadable", Explanation.of(failure))));
    }

    private void show(ConnectionView now) {
        connected.set(now.connected());
        server.set(now.connected() ? now.server().toString() : Texts.get("settings.standalone"));
        tenant.set(now.tenantId());
        branch.set(now.branchId());
        device.set(now.deviceId());
        if (now.connected() && form.serverTextProperty().get().isBlank()) {
            form.serverTextProperty().set(now.server().toString());
        }
    }

    // property accessors

    public ConnectFormViewModel form() {
        return form;
    }

    public ReadOnlyStringProperty serverProperty() {
        return server.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tenantProperty() {
        return tenant.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty branchProperty() {
        return branch.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deviceProperty() {
        return device.getReadOnlyProperty();
    }

    /** False for a standalone desk: the button then says "Connect" rather than "Change connection". */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once a new connection is stored and the desk is reopening. */
    public ReadOnlyBooleanProperty reopeningProperty() {
        return reopening.getReadOnlyProperty();
    }
}
