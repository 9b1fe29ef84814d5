package com.salondesk.app.availability;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.AvailabilityRules;
import com.salondesk.app.port.AvailabilityRules.ClosureLine;
import com.salondesk.app.port.AvailabilityRules.ResourceLine;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.shared.DomainRejection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Salon ▸ Branch closures, hours and resources: the branch's closures (a whole day, or from–to, with a reason), how
 * soon and how far ahead it takes bookings, and its resources with their capacity. Each form checks its fields first
 * and writes nothing when one is wrong; a rule the branch refuses is told beside the field it is about.
 */
public final class BranchRulesViewModel {

    private final AvailabilityRules rules;
    private final TaskExecutor tasks;

    // properties
    private final ReadOnlyStringWrapper branchName = new ReadOnlyStringWrapper("");
    private final ObservableList<ClosureLine> closures = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> closureDate = new SimpleObjectProperty<>();
    private final StringProperty closureFrom = new SimpleStringProperty("");
    private final StringProperty closureTo = new SimpleStringProperty("");
    private final StringProperty closureReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper closureDateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper closureHoursError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper closureReasonError = new ReadOnlyStringWrapper("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty furthestAhead = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper noticeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper furthestAheadError = new ReadOnlyStringWrapper("");
    private final ObservableList<ResourceLine> resources = FXCollections.observableArrayList();
    private final StringProperty resourceId = new SimpleStringProperty("");
    private final StringProperty resourceName = new SimpleStringProperty("");
    private final StringProperty resourceCapacity = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper resourceIdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resourceNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resourceCapacityError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public BranchRulesViewModel(AvailabilityRules rules, TaskExecutor tasks) {
        this.rules = rules;
        this.tasks = tasks;
    }

    // commands

    public void refresh() {
        tasks.execute(rules::branchRules, this::show, failure -> message.set(Explanation.of(failure)));
    }

    private void show(AvailabilityRules.BranchRules read) {
        branchName.set(read.branchName());
        closures.setAll(read.closures());
        resources.setAll(read.resources());
        notice.set(Integer.toString(read.minimumNoticeMinutes()));
        furthestAhead.set(Integer.toString(read.furthestAheadDays()));
    }

    /** Closes the branch on the chosen date: all day when both times are empty, else from–to. */
    public void addClosure() {
        clearErrors();
        LocalDate date = closureDate.get();
        if (date == null) {
            closureDateError.set(Texts.get("salon.error.date"));
        }
        boolean allDay = !FieldReading.filled(closureFrom.get()) && !FieldReading.filled(closureTo.get());
        Optional<LocalTime> from = allDay ? Optional.empty() : FieldReading.time(closureFrom.get(), closureHoursError::set);
        Optional<LocalTime> to = allDay || from.isEmpty() ? Optional.empty()
                : FieldReading.time(closureTo.get(), closureHoursError::set);
        if (!FieldReading.filled(closureReason.get())) {
            closureReasonError.set(Texts.get("salon.error.reason"));
        }
        if (date == null || (!allDay && to.isEmpty()) || !closureReasonError.get().isEmpty()) {
            return;
        }
        write(() -> {
            rules.addClosure(date, from.orElse(null), to.orElse(null), closureReason.get());
            return null;
        }, () -> {
            closureFrom.set("");
            closureTo.set("");
            closureReason.set("");
            message.set(Texts.get("salon.closure.added"));
        });
    }

    public void removeClosure(ClosureLine closure) {
        if (closure != null) {
            clearErrors();
            write(() -> {
                rules.removeClosure(closure.closureId());
                return null;
            }, () -> message.set(Texts.get("salon.closure.removed")));
        }
    }

    public void saveBookingWindow() {
        clearErrors();
        Optional<Integer> minutes = FieldReading.number(notice.get(), 0, 14 * 24 * 60, noticeError::set);
        Optional<Integer> days = FieldReading.number(furthestAhead.get(), 1, 732, furthestAheadError::set);
        if (minutes.isEmpty() || days.isEmpty()) {
            return;
        }
        write(() -> {
            rules.changeBookingWindow(minutes.get(), days.get());
            return null;
        }, () -> message.set(Texts.get("salon.window.saved")));
    }

    /** Adds the resource, or changes the one with the id typed (pick one from the list to fill the form). */
    public void saveResource() {
        clearErrors();
        if (!FieldReading.filled(resourceId.get())) {
            resourceIdError.set(Texts.get("salon.error.resourceId"));
        }
        if (!FieldReading.filled(resourceName.get())) {
            resourceNameError.set(Texts.get("salon.error.resourceName"));
        }
        Optional<Integer> capacity = FieldReading.number(resourceCapacity.get(), 1, 99, resourceCapacityError::set);
        if (!resourceIdError.get().isEmpty() || !resourceNameError.get().isEmpty() || capacity.isEmpty()) {
            return;
        }
        String id = resourceId.get().strip();
        write(() -> {
            rules.putResource(id, resourceName.get(), capacity.get());
            return null;
        }, () -> message.set(Texts.get("salon.resource.saved", resourceName.get().strip())));
    }

    /** Fills the resource form with one of the list, to change it. */
    public void pickResource(ResourceLine resource) {
        if (resource != null) {
            resourceId.set(resource.resourceId());
            resourceName.set(resource.name());
            resourceCapacity.set(Integer.toString(resource.capacity()));
        }
    }

    private void write(Callable<Void> change, Runnable done) {
        message.set("");
        tasks.execute(() -> {
            change.call();
            return rules.branchRules();
        }, read -> {
            show(read);
            done.run();
        }, failure -> {
            if (failure instanceof DomainRejection refused) {
                besideItsField(refused);
            } else {
                message.set(Explanation.of(failure));
            }
        });
    }

    /** A refusal beside the field it is about; one about none of them below the forms. */
    private void besideItsField(DomainRejection refused) {
        String words = Explanation.of(refused);
        String code = refused.code();
        if (code.startsWith("branch.closure-hours")) {
            closureHoursError.set(words);
        } else if (code.startsWith("branch.closure-reason")) {
            closureReasonError.set(words);
        } else if (code.startsWith("branch.closure")) {
            closureDateError.set(words);
        } else if (code.equals("branch.invalid-furthest-ahead")) {
            furthestAheadError.set(words);
        } else if (code.contains("notice")) {
            noticeError.set(words);
        } else if (code.equals("branch.resource-name-required")) {
            resourceNameError.set(words);
        } else if (code.equals("branch.invalid-resource-capacity")) {
            resourceCapacityError.set(words);
        } else if (code.startsWith("branch.resource")) {
            resourceIdError.set(words);
        } else {
            message.set(words);
        }
    }

    private void clearErrors() {
        for (ReadOnlyStringWrapper error : new ReadOnlyStringWrapper[] {closureDateError, closureHoursError,
                closureReasonError, noticeError, furthestAheadError, resourceIdError, resourceNameError,
                resourceCapacityError}) {
            error.set("");
        }
    }

    // properties

    public ReadOnlyStringProperty branchNameProperty() {
        return branchName.getReadOnlyProperty();
    }

    public ObservableList<ClosureLine> closures() {
        return closures;
    }

    public ObjectProperty<LocalDate> closureDateProperty() {
        return closureDate;
    }

    public StringProperty closureFromProperty() {
        return closureFrom;
    }

    public StringProperty closureToProperty() {
        return closureTo;
    }

    public StringProperty closureReasonProperty() {
        return closureReason;
    }

    public ReadOnlyStringProperty closureDateErrorProperty() {
        return closureDateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closureHoursErrorProperty() {
        return closureHoursError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closureReasonErrorProperty() {
        return closureReasonError.getReadOnlyProperty();
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty furthestAheadProperty() {
        return furthestAhead;
    }

    public ReadOnlyStringProperty noticeErrorProperty() {
        return noticeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty furthestAheadErrorProperty() {
        return furthestAheadError.getReadOnlyProperty();
    }

    public ObservableList<ResourceLine> resources() {
        return resources;
    }

    public StringProperty resourceIdProperty() {
        return resourceId;
    }

    public StringProperty resourceNameProperty() {
        return resourceName;
    }

    public StringProperty resourceCapacityProperty() {
        return resourceCapacity;
    }

    public ReadOnlyStringProperty resourceIdErrorProperty() {
        return resourceIdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resourceNameErrorProperty() {
        return resourceNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resourceCapacityErrorProperty() {
        return resourceCapacityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
