package com.salondesk.app.deadletters;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.desk.FrontDesk;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.persistence.desk.RecordedEvent;
import com.salondesk.persistence.runtime.DeadLetter;
import com.salondesk.persistence.runtime.DeadLetterStatus;
import com.salondesk.persistence.runtime.DeadLetterStore;
import com.salondesk.persistence.runtime.Handlers;
import com.salondesk.persistence.runtime.HandlerStatus;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dead letters of this desk's event handlers: which events a handler gave up on (and which wait behind
 * them), what went wrong, and the support person's way out — try again once the cause is fixed, or skip
 * the event with a reason that is kept in the log.
 */
public final class DeadLettersViewModel {

    static final FilterChoice<String> ALL_HANDLERS = FilterChoice.all("All handlers");
    static final FilterChoice<String> ALL_TYPES = FilterChoice.all("All event types");
    static final FilterChoice<DeadLetterStatus> ALL_STATUSES = FilterChoice.all("Any status");

    private final FrontDesk desk;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable afterChange;
    private final ZoneId zone;

    // properties
    private final ObservableList<DeadLetter> letters = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<String>> handlerChoices = FXCollections.observableArrayList(ALL_HANDLERS);
    private final ObservableList<FilterChoice<DeadLetterStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<String>> typeChoices = FXCollections.observableArrayList(ALL_TYPES);
    private final ObjectProperty<FilterChoice<String>> handlerFilter = new SimpleObjectProperty<>(ALL_HANDLERS);
    private final ObjectProperty<FilterChoice<DeadLetterStatus>> statusFilter = new SimpleObjectProperty<>(ALL_STATUSES);
    private final ObjectProperty<FilterChoice<String>> typeFilter = new SimpleObjectProperty<>(ALL_TYPES);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<DeadLetter> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper eventSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper payload = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cause = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper deadCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding selectedIsDead = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().status() == DeadLetterStatus.DEAD, selected);
    private final BooleanBinding canRetry = selectedIsDead.and(busy.not());
    private final BooleanBinding canSkip = selectedIsDead.and(busy.not());
    private final BooleanBinding canRetryAll = deadCount.greaterThan(0).and(busy.not());

    /** Counts list reads, so an older, slower read never overwrites a newer one. */
    private long loads;
    /** True while the list is replaced: the table drops its selection then, which is no choice of the person. */
    private boolean replacing;
    /** The dead letter whose event the payload pane shows, so a refresh does not read it again. */
    private Long payloadOf;

    public DeadLettersViewModel(FrontDesk desk, TaskExecutor tasks, DialogService dialogs, Runnable afterChange) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.afterChange = afterChange;
        this.zone = desk.clock().getZone();
        statusChoices.add(ALL_STATUSES);
        for (DeadLetterStatus status : DeadLetterStatus.values()) {
            statusChoices.add(new FilterChoice<>(DeadLetterWords.statusChoice(status), status));
        }
        handlerFilter.addListener((obs, old, now) -> refresh());
        statusFilter.addListener((obs, old, now) -> refresh());
        typeFilter.addListener((obs, old, now) -> refresh());
        searchText.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> {
            if (!replacing) {
                show(now);
            }
        });
    }

    // commands

    /** Reads the list again with the current filters, keeping the selected letter selected. */
    public void refresh() {
        DeadLetterStore.Filter filter = new DeadLetterStore.Filter(value(handlerFilter), value(statusFilter),
                value(typeFilter), searchText.get() == null || searchText.get().isBlank() ? null : searchText.get());
        long load = ++loads;
        tasks.execute(() -> read(filter), read -> {
            if (load == loads) {
                shown(read);
            }
        }, failure -> {
            if (load == loads) {
                message.set("The dead letters could not be read. " + Explanation.of(failure));
            }
        });
    }

    /** Tries the selected dead letter again; the events waiting behind it follow when it goes through. */
    public void retrySelected() {
        DeadLetter letter = selected.get();
        if (!canRetry.get()) {
            return;
        }
        start("Trying the " + letter.eventType() + " event again for " + letter.handler() + "…");
        tasks.execute(() -> {
            int waiting = waitingBehind(letter);
            boolean through = handlers().retry(letter.id());
            return new DeadLetterOutcomes.Retry(through, waiting, store().find(letter.id()).orElseThrow());
        }, outcome -> finish(DeadLetterOutcomes.retried(letter, outcome)), this::failed);
    }

    /** Tries every dead letter again, after the cause has been fixed. */
    public void retryAll() {
        if (!canRetryAll.get()) {
            return;
        }
        start("Trying every dead letter again…");
        tasks.execute(() -> {
            int before = store().countDead();
            int through = handlers().retryAll();
            return new DeadLetterOutcomes.RetryAll(before, through, store().countDead());
        }, outcome -> finish(DeadLetterOutcomes.retriedAll(outcome)), this::failed);
    }

    /** Passes over the selected dead letter, once the person has said why; the reason goes into the log. */
    public void skipSelected() {
        DeadLetter letter = selected.get();
        if (!canSkip.get()) {
            return;
        }
        Optional<String> answer = dialogs.askForText("Skip this event",
                "Why should " + letter.handler() + " pass over this " + letter.eventType()
                + " event? The reason is kept in the desk's log for everyone to see.");
        if (answer.isEmpty()) {
            return;
        }
        String reason = answer.get().strip();
        if (reason.isEmpty()) {
            message.set("Nothing was skipped: a reason is needed.");
            dialogs.showError("Nothing was skipped",
                    "Say why this event is skipped. The reason is kept so that anyone can see later why "
                    + letter.handler() + " never processed it.");
            return;
        }
        start("Skipping the " + letter.eventType() + " event for " + letter.handler() + "…");
        tasks.execute(() -> {
            int waiting = waitingBehind(letter);
            handlers().skip(letter.id(), reason, desk.command());
            boolean streamStillBlocked = store().list(new DeadLetterStore.Filter(letter.handler(), null, null,
                    letter.streamId())).stream().anyMatch(l -> l.status().isOpen() && l.streamId().equals(letter.streamId()));
            return new DeadLetterOutcomes.Skip(waiting, streamStillBlocked);
        }, outcome -> finish(DeadLetterOutcomes.skipped(letter, outcome)), this::failed);
    }

    // reading

    private record Read(List<DeadLetter> letters, List<String> handlers, List<String> types, int dead, int waiting) {
    }

    private Read read(DeadLetterStore.Filter filter) {
        List<DeadLetter> everything = store().list(DeadLetterStore.Filter.open());
        TreeSet<String> handlerNames = new TreeSet<>();
        handlers().status().stream().map(HandlerStatus::handler).forEach(handlerNames::add);
        TreeSet<String> types = new TreeSet<>();
        int dead = 0;
        int waiting = 0;
        for (DeadLetter l : everything) {
            handlerNames.add(l.handler());
            types.add(l.eventType());
            dead += l.status() == DeadLetterStatus.DEAD ? 1 : 0;
            waiting += l.status() == DeadLetterStatus.PARKED ? 1 : 0;
        }
        return new Read(store().list(filter), List.copyOf(handlerNames), List.copyOf(types), dead, waiting);
    }

    private void shown(Read read) {
        offer(handlerChoices, ALL_HANDLERS, read.handlers(), handlerFilter);
        offer(typeChoices, ALL_TYPES, read.types(), typeFilter);
        deadCount.set(read.dead());
        summary.set(describe(read.dead(), read.waiting(), read.letters().size()));
        if (read.letters().equals(letters)) {
            return;
        }
        DeadLetter before = selected.get();
        DeadLetter after = before == null ? null
                : read.letters().stream().filter(l -> l.id() == before.id()).findFirst().orElse(null);
        replacing = true;
        try {
            letters.setAll(read.letters());
            selected.set(null);
        } finally {
            replacing = false;
        }
        selected.set(after);
        if (after == null && before != null) {
            show(null);
        }
    }

    /** Keeps a filter list in step with what exists, keeping the chosen entry while it still exists. */
    private static void offer(ObservableList<FilterChoice<String>> choices, FilterChoice<String> all, List<String> values,
                              ObjectProperty<FilterChoice<String>> chosen) {
        List<FilterChoice<String>> now = new ArrayList<>();
        now.add(all);
        values.forEach(v -> now.add(new FilterChoice<>(v, v)));
        if (chosen.get() != null && chosen.get().value() != null && !values.contains(chosen.get().value())) {
            now.add(chosen.get());
        }
        if (!now.equals(choices)) {
            FilterChoice<String> keep = chosen.get();
            choices.setAll(now);
            chosen.set(keep);
        }
    }

    private static String describe(int dead, int waiting, int listed) {
        if (dead == 0 && waiting == 0) {
            return "No event is waiting for a person. " + listed + (listed == 1 ? " letter" : " letters") + " listed.";
        }
        return dead + (dead == 1 ? " dead letter needs" : " dead letters need") + " a person; " + waiting
               + (waiting == 1 ? " event waits" : " events wait") + (dead == 1 ? " behind it. " : " behind them. ")
               + listed + " listed.";
    }

    /** Shows a letter's event, error and cause; the event is read from the log off the FX thread. */
    private void show(DeadLetter letter) {
        if (letter == null) {
            payloadOf = null;
            eventSummary.set("");
            payload.set("");
            error.set("");
            cause.set("");
            return;
        }
        error.set(DeadLetterWords.error(letter, zone));
        cause.set(letter.cause() == null ? "No stack trace: this event never ran; it waits behind another."
                : letter.cause());
        if (Objects.equals(payloadOf, letter.id())) {
            return;
        }
        payloadOf = letter.id();
        eventSummary.set(letter.eventType() + " · " + letter.streamId());
        payload.set("Reading the event…");
        tasks.execute(() -> eventAt(letter.position()), event -> {
            if (Objects.equals(payloadOf, letter.id())) {
                eventSummary.set(event.envelope().type() + " · " + event.streamId() + " version " + event.version()
                                 + " · recorded " + DeadLetterWords.when(event.envelope().timestamp(), zone)
                                 + " · position " + event.position());
                payload.set(event.envelope().payload().toPrettyString());
            }
        }, failure -> {
            if (Objects.equals(payloadOf, letter.id())) {
                payload.set("The event could not be read from the log. " + Explanation.of(failure));
            }
        });
    }

    private RecordedEvent eventAt(long position) {
        List<RecordedEvent> found = desk.local().log().readAfter(position - 1, 1);
        if (found.isEmpty() || found.getFirst().position() != position) {
            throw new IllegalStateException("the log has no event at position " + position);
        }
        return found.getFirst();
    }

    /** How many events of the letter's stream wait behind it for its handler. */
    private int waitingBehind(DeadLetter letter) {
        return (int) store().list(new DeadLetterStore.Filter(letter.handler(), DeadLetterStatus.PARKED, null,
                letter.streamId())).stream().filter(l -> l.streamId().equals(letter.streamId())).count();
    }

    private void start(String doing) {
        busy.set(true);
        message.set(doing);
    }

    private void finish(String outcome) {
        busy.set(false);
        message.set(outcome);
        refresh();
        afterChange.run();
    }

    private void failed(Exception failure) {
        finish("That did not work. " + explain(failure));
    }

    /** The runtime's refusals (already resolved, handler not on this desk) are plain sentences; others are not. */
    private static String explain(Exception failure) {
        if ((failure instanceof IllegalStateException || failure instanceof IllegalArgumentException)
            && failure.getMessage() != null && failure.getCause() == null) {
            String text = failure.getMessage();
            return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
        }
        return Explanation.of(failure);
    }

    private Handlers handlers() {
        return desk.local().runtime().handlers();
    }

    private DeadLetterStore store() {
        return handlers().deadLetters();
    }

    private static <T> T value(ObjectProperty<FilterChoice<T>> choice) {
        return choice.get() == null ? null : choice.get().value();
    }

    // property accessors

    public ObservableList<DeadLetter> letters() {
        return letters;
    }

    public ObservableList<FilterChoice<String>> handlerChoices() {
        return handlerChoices;
    }

    public ObservableList<FilterChoice<DeadLetterStatus>> statusChoices() {
        return statusChoices;
    }

    public ObservableList<FilterChoice<String>> typeChoices() {
        return typeChoices;
    }

    public ObjectProperty<FilterChoice<String>> handlerFilterProperty() {
        return handlerFilter;
    }

    public ObjectProperty<FilterChoice<DeadLetterStatus>> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<FilterChoice<String>> typeFilterProperty() {
        return typeFilter;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<DeadLetter> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty eventSummaryProperty() {
        return eventSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty payloadProperty() {
        return payload.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty causeProperty() {
        return cause.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty deadCountProperty() {
        return deadCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canRetry() {
        return canRetry;
    }

    public BooleanBinding canSkip() {
        return canSkip;
    }

    public BooleanBinding canRetryAll() {
        return canRetryAll;
    }
}
