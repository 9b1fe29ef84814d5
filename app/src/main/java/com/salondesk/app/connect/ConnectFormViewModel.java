package com.salondesk.app.connect;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.ChainConnecting;
import com.salondesk.app.port.ConnectRefusal;
import com.salondesk.app.port.ConnectionView;
import com.salondesk.app.task.TaskExecutor;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sync server's address and the enrolment token headquarters printed, and connecting with them. What is
 * wrong is said beside the field it concerns, in plain words; a refused connection changes nothing.
 */
public final class ConnectFormViewModel {

    private final ChainConnecting chain;
    private final TaskExecutor tasks;

    // properties
    private final StringProperty serverText = new SimpleStringProperty("");
    private final StringProperty tokenText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper serverError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connectError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ConnectionView> connected = new ReadOnlyObjectWrapper<>();

    public ConnectFormViewModel(ChainConnecting chain, TaskExecutor tasks) {
        this.chain = chain;
        this.tasks = tasks;
        // A refusal speaks of what was typed: once that changes, it no longer applies.
        for (Observable input : List.of(serverText, tokenText)) {
            input.addListener(o -> connectError.set(""));
        }
        serverText.addListener(o -> serverError.set(""));
        tokenText.addListener(o -> tokenError.set(""));
    }

    // commands

    /** Checks the fields and, when they read, asks the server; false when a field is wrong. */
    public boolean connect() {
        if (connecting.get()) {
            return false;
        }
        connectError.set("");
        Optional<URI> server = server(serverText.get());
        String token = tokenText.get() == null ? "" : tokenText.get().strip();
        serverError.set(server.isPresent() ? "" : Texts.get(serverText.get() == null
                || serverText.get().isBlank() ? "connect.check.serverMissing" : "connect.check.serverFormat"));
        tokenError.set(token.isEmpty() ? Texts.get("connect.check.tokenMissing") : "");
        if (server.isEmpty() || token.isEmpty()) {
            return false;
        }
        connecting.set(true);
        tasks.execute(() -> chain.connect(server.get(), token), view -> {
            connecting.set(false);
            connected.set(view);
        }, failure -> {
            connecting.set(false);
            refused(failure);
        });
        return true;
    }

    private void refused(Exception failure) {
        if (!(failure instanceof ConnectRefusal refusal)) {
            connectError.set(Texts.get("connect.failed", Explanation.of(failure)));
            return;
        }
        String words = RefusalWords.say(refusal);
        switch (RefusalWords.fieldOf(refusal.code())) {
            case SERVER -> serverError.set(words);
            case TOKEN -> tokenError.set(words);
            case NONE -> connectError.set(words);
        }
    }

    /** The address as typed, made whole: "sync.example.com" reads as https; only http and https will do. */
    static Optional<URI> server(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null && !uri.getHost().isBlank() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    // property accessors

    public StringProperty serverTextProperty() {
        return serverText;
    }

    public StringProperty tokenTextProperty() {
        return tokenText;
    }

    public ReadOnlyStringProperty serverErrorProperty() {
        return serverError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenErrorProperty() {
        return tokenError.getReadOnlyProperty();
    }

    /** A refusal that belongs to neither field (a chain with history and a desk with data, say). */
    public ReadOnlyStringProperty connectErrorProperty() {
        return connectError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    /** Set once the server said yes and the connection is stored. */
    public ReadOnlyObjectProperty<ConnectionView> connectedProperty() {
        return connected.getReadOnlyProperty();
    }
}
