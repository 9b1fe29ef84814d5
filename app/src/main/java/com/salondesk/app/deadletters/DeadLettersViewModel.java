package com.salondesk.app.deadletters;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.port.DeadLetter;
import com.salondesk.app.port.DeadLetterFilter;
import com.salondesk.app.port.DeadLetterStatus;
import com.salondesk.app.port.DeadLetters;
import com.salondesk.app.language.Texts;
import com.salondesk.app.task.TaskExecutor;
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

    // Made per screen: constants would keep the language of the first screen ever opened.
    final FilterChoice<String> allHandlers = FilterChoice.all(Texts.get("deadLetters.filter.allHandlers"));
    final FilterChoice<String> allTypes = FilterChoice.all(Texts.get("deadLetters.filter.allTypes"));
    final FilterChoice<DeadLetterStatus> allStatuses = FilterChoice.all(Texts.get("deadLetters.filter.anyStatus"));

    private final DeadLetters desk;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable afterChange;
    private final ZoneId zone;

    // properties
    private final ObservableList<DeadLetter> letters = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<String>> handlerChoices = FXCollections.observableArrayList(allHandlers);
    private final ObservableList<FilterChoice<DeadLetterStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<String>> typeChoices = FXCollections.observableArrayList(allTypes);
    private final ObjectProperty<FilterChoice<String>> handlerFilter = new SimpleObjectProperty<>(allHandlers);
    private final ObjectProperty<FilterChoice<DeadLetterStatus>> statusFilter = new SimpleObjectProperty<>(allStatuses);
    private final ObjectProperty<FilterChoice<String>> typeFilter = new SimpleObjectProperty<>(allTypes);
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

    /** @param zone the zone the screen shows times in */
    public DeadLettersViewModel(DeadLetters desk, ZoneId zone, TaskExecutor tasks, DialogService dialogs,
                                Runnable afterChange) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.afterChange = afterChange;
        this.zone = zone;
        statusChoices.add(allStatuses);
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
        DeadLetterFilter filter = new DeadLetterFilter(value(handlerFilter), value(statusFilter),
                value(typeFilter), searchText.get() == null || searchText.get().isBlank() ? null : searchText.get());
        long load = ++loads;
        tasks.execute(() -> read(filter), read -> {
            if (load == loads) {
                shown(read);
            }
        }, failure -> {
            if (load == loads) {
                message.set(Texts.get("deadLetters.unreadable", Explanation.of(failure)));
            }
        });
    }

    /** Tries the selected dead letter again; the events waiting behind it follow when it goes through. */
    public void retrySelected() {
        DeadLetter letter = selected.get();
        if (!canRetry.get()) {
            return;
        }
        start(Texts.get("deadLetters.retrying", letter.handler(), letter.eventType()));
        tasks.execute(() -> {
            int waiting = waitingBehind(letter);
            boolean through = desk.retry(letter.id());
            return new DeadLetterOutcomes.Retry(through, waiting, desk.find(letter.id()).orElseThrow());
        }, outcome -> finish(DeadLetterOutcomes.retried(letter, outcome)), this::failed);
    }

    /** Tries every dead letter again, after the cause has been fixed. */
    public void retryAll() {
        if (!canRetryAll.get()) {
            return;
        }
        start(Texts.get("deadLetters.retryingAll"));
        tasks.execute(() -> {
            int before = desk.countDead();
            int through = desk.retryAll();
            return new DeadLetterOutcomes.RetryAll(before, through, desk.countDead());
        }, outcome -> finish(DeadLetterOutcomes.retriedAll(outcome)), this::failed);
    }

    /** Passes over the selected dead letter, once the person has said why; the reason goes into the log. */
    public void skipSelected() {
        DeadLetter letter = selected.get();
        if (!canSkip.get()) {
            return;
        }
        Optional<String> answer = dialogs.askForText(Texts.get("deadLetters.skip.title"),
                Texts.get("deadLetters.skip.question", letter.handler(), letter.eventType()));
        if (answer.isEmpty()) {
            return;
        }
        String reason = answer.get().strip();
        if (reason.isEmpty()) {
            message.set(Texts.get("deadLetters.skip.noReason"));
            dialogs.showError(Texts.get("deadLetters.skip.noReason.title"),
                    Texts.get("deadLetters.skip.noReason.explained", letter.handler()));
            return;
        }
        start(Texts.get("deadLetters.skipping", letter.handler(), letter.eventType()));
        tasks.execute(() -> {
            int waiting = waitingBehind(letter);
            desk.skip(letter.id(), reason);
            boolean streamStillBlocked = desk.list(new DeadLetterFilter(letter.handler(), null, null,
                    letter.streamId())).stream().anyMatch(l -> l.status().isOpen() && l.streamId().equals(letter.streamId()));
            return new DeadLetterOutcomes.Skip(waiting, streamStillBlocked);
        }, outcome -> finish(DeadLetterOutcomes.skipped(letter, outcome)), this::failed);
    }

    // reading

    private record Read(List<DeadLetter> letters, List<String> handlers, List<String> types, int dead, int waiting) {
    }

    private Read read(DeadLetterFilter filter) {
        List<DeadLetter> everything = desk.list(DeadLetterFilter.open());
        TreeSet<String> handlerNames = new TreeSet<>(desk.handlers());
        TreeSet<String> types = new TreeSet<>();
        int dead = 0;
        int waiting = 0;
        for (DeadLetter l : everything) {
            handlerNames.add(l.handler());
            types.add(l.eventType());
            dead += l.status() == DeadLetterStatus.DEAD ? 1 : 0;
            waiting += l.status() == DeadLetterStatus.PARKED ? 1 : 0;
        }
        return new Read(desk.list(filter), List.copyOf(handlerNames), List.copyOf(types), dead, waiting);
    }

    private void shown(Read read) {
        offer(handlerChoices, allHandlers, read.handlers(), handlerFilter);
        offer(typeChoices, allTypes, read.types(), typeFilter);
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
            return Texts.get("deadLetters.summary.clear", listed);
        }
        return Texts.get("deadLetters.summary", dead, waiting, listed);
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
        cause.set(letter.cause() == null ? Texts.get("deadLetters.noStackTrace")
                : letter.cause());
        if (Objects.equals(payloadOf, letter.id())) {
            return;
        }
        payloadOf = letter.id();
        eventSummary.set(Texts.get("deadLetters.eventSummary.short", letter.eventType(), letter.streamId()));
        payload.set(Texts.get("deadLetters.readingEvent"));
        tasks.execute(() -> desk.eventAt(letter.position()), event -> {
            if (Objects.equals(payloadOf, letter.id())) {
                eventSummary.set(Texts.get("deadLetters.eventSummary", event.type(), event.streamId(),
                        event.version(), DeadLetterWords.when(event.recordedAt(), zone), event.position()));
                payload.set(event.payload());
            }
        }, failure -> {
            if (Objects.equals(payloadOf, letter.id())) {
                payload.set(Texts.get("deadLetters.eventUnreadable", Explanation.of(failure)));
            }
        });
    }

    /** How many events of the letter's stream wait behind it for its handler. */
    private int waitingBehind(DeadLetter letter) {
        return (int) desk.list(new DeadLetterFilter(letter.handler(), DeadLetterStatus.PARKED, null,
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
        // The runtime's refusals (already settled, waits behind another, handler not here) are rejections with codes,
        // told in the desk's language like any other broken rule.
        finish(Texts.get("deadLetters.failed", Explanation.of(failure)));
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
