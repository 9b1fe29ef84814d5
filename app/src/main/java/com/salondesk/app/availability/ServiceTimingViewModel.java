package com.salondesk.app.availability;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.AvailabilityRules;
import com.salondesk.app.port.AvailabilityRules.ServiceTiming;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.shared.DomainRejection;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Salon ▸ Service timing and resources: a service's phases in minutes (the stylist's work, processing while the
 * colour develops and the stylist is free, finishing, cleanup after the client) and the resources it needs (ids as
 * the branch names them, separated by commas). Wrong numbers are refused beside their field and nothing is written.
 */
public final class ServiceTimingViewModel {

    private final AvailabilityRules rules;
    private final TaskExecutor tasks;

    // properties
    private final ObservableList<ServiceTiming> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceTiming> service = new SimpleObjectProperty<>();
    private final StringProperty active = new SimpleStringProperty("");
    private final StringProperty processing = new SimpleStringProperty("");
    private final StringProperty finishing = new SimpleStringProperty("");
    private final StringProperty cleanup = new SimpleStringProperty("");
    private final StringProperty resourceIds = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper activeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper processingError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finishingError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cleanupError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resourcesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ServiceTimingViewModel(AvailabilityRules rules, TaskExecutor tasks) {
        this.rules = rules;
        this.tasks = tasks;
        service.subscribe(this::fill);
    }

    // commands

    public void refresh() {
        tasks.execute(rules::services, this::show, failure -> message.set(Explanation.of(failure)));
    }

    private void show(List<ServiceTiming> read) {
        String chosen = service.get() == null ? null : service.get().serviceId();
        services.setAll(read);
        service.set(read.stream().filter(s -> s.serviceId().equals(chosen)).findFirst()
                .orElse(read.isEmpty() ? null : read.getFirst()));
    }

    private void fill(ServiceTiming shown) {
        if (shown != null) {
            active.set(Integer.toString(shown.activeMinutes()));
            processing.set(Integer.toString(shown.processingMinutes()));
            finishing.set(Integer.toString(shown.finishingMinutes()));
            cleanup.set(Integer.toString(shown.cleanupMinutes()));
            resourceIds.set(String.join(", ", shown.resourceIds()));
        }
    }

    /** Saves the phases and the resources of the chosen service. */
    public void save() {
        clearErrors();
        ServiceTiming chosen = service.get();
        if (chosen == null) {
            message.set(Texts.get("salon.error.service"));
            return;
        }
        Optional<Integer> a = FieldReading.number(active.get(), 5, 720, activeError::set);
        Optional<Integer> p = FieldReading.number(processing.get(), 0, 720, processingError::set);
        Optional<Integer> f = FieldReading.number(finishing.get(), 0, 720, finishingError::set);
        Optional<Integer> c = FieldReading.number(cleanup.get(), 0, 120, cleanupError::set);
        if (a.isEmpty() || p.isEmpty() || f.isEmpty() || c.isEmpty()) {
            return;
        }
        List<String> ids = Arrays.stream(resourceIds.get().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        tasks.execute(() -> {
            rules.changeTiming(chosen.serviceId(), a.get(), p.get(), f.get(), c.get());
            rules.changeResources(chosen.serviceId(), ids);
            return rules.services();
        }, read -> {
            show(read);
            message.set(Texts.get("salon.service.saved", chosen.name()));
        }, failure -> {
            if (failure instanceof DomainRejection refused) {
                besideItsField(refused);
            } else {
                message.set(Explanation.of(failure));
            }
        });
    }

    private void besideItsField(DomainRejection refused) {
        String words = Explanation.of(refused);
        switch (refused.code()) {
            case "service.active-time-required", "service.invalid-duration" -> activeError.set(words);
            case "service.cleanup-too-long" -> cleanupError.set(words);
            case "service.resource-id-required" -> resourcesError.set(words);
            case "service.phase-not-in-steps" -> {
                // The first phase off the five-minute steps says so.
                int minutes = Integer.parseInt(String.valueOf(refused.arguments().getFirst()));
                (minutes == parse(active) ? activeError : minutes == parse(processing) ? processingError
                        : minutes == parse(finishing) ? finishingError : cleanupError).set(words);
            }
            default -> message.set(words);
        }
    }

    private static int parse(StringProperty field) {
        try {
            return Integer.parseInt(field.get().strip());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private void clearErrors() {
        for (ReadOnlyStringWrapper error : new ReadOnlyStringWrapper[] {activeError, processingError, finishingError,
                cleanupError, resourcesError}) {
            error.set("");
        }
        message.set("");
    }

    // properties

    public ObservableList<ServiceTiming> services() {
        return services;
    }

    public ObjectProperty<ServiceTiming> serviceProperty() {
        return service;
    }

    public StringProperty activeProperty() {
        return active;
    }

    public StringProperty processingProperty() {
        return processing;
    }

    public StringProperty finishingProperty() {
        return finishing;
    }

    public StringProperty cleanupProperty() {
        return cleanup;
    }

    public StringProperty resourceIdsProperty() {
        return resourceIds;
    }

    public ReadOnlyStringProperty activeErrorProperty() {
        return activeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty processingErrorProperty() {
        return processingError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty finishingErrorProperty() {
        return finishingError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cleanupErrorProperty() {
        return cleanupError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resourcesErrorProperty() {
        return resourcesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
