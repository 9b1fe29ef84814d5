package com.salondesk.app.attention;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.AttentionEntry;
import com.salondesk.app.port.BranchView;
import com.salondesk.app.port.DayReading;
import com.salondesk.app.port.NeedsAttention;
import com.salondesk.app.port.ServiceView;
import com.salondesk.app.port.StaffView;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.booking.CancelReason;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Needs-attention list: this desk's bookings that lost their time to another desk's, one row each. The
 * selected entry shows both bookings side by side and the ways to settle it — move it, keep it as a deliberate
 * overbook (a manager's choice, asked to be sure), or cancel it with a reason and the customer's phone and e-mail
 * at hand. A settled entry leaves the list; the counter on the main window is told.
 */
public final class NeedsAttentionViewModel {

    private final NeedsAttention attention;
    private final DayReading days;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable afterChange;
    private final ZoneId fallbackZone;

    // properties
    private final ObservableList<AttentionEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AttentionEntry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SideWords> lost = new ReadOnlyObjectWrapper<>(SideWords.NONE);
    private final ReadOnlyObjectWrapper<SideWords> rival = new ReadOnlyObjectWrapper<>(SideWords.NONE);
    private final ReadOnlyStringWrapper contact = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lostHeader = new ReadOnlyStringWrapper(Texts.get("attention.side.lost"));
    private final ReadOnlyStringWrapper rivalHeader = new ReadOnlyStringWrapper(Texts.get("attention.side.rival"));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper head = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canRebook = Bindings.createBooleanBinding(() -> selected.get() != null
            && selected.get().kind() == AttentionEntry.Kind.BOOKING_TIME_LOST && selected.get().lost() != null,
            selected).and(busy.not());
    private final BooleanBinding canDismiss = Bindings.createBooleanBinding(() -> selected.get() != null
            && selected.get().kind() == AttentionEntry.Kind.CHANGE_REFUSED, selected).and(busy.not());

    /** What a read brought: the entries and, for their branches, what the move form needs. */
    private record Reading(List<AttentionEntry> entries, Map<String, BranchView> branches,
                           Map<String, List<StaffView>> teams, List<ServiceView> services) {
    }

    private Reading last = new Reading(List.of(), Map.of(), Map.of(), List.of());
    /** A read is running; another request meanwhile reads once more afterwards instead of piling up. */
    private boolean reading;
    private boolean readAgain;

    /**
     * @param afterChange told after an entry was settled (the main window's counter)
     * @param fallbackZone the zone times are shown in when an entry's branch is not known
     */
    public NeedsAttentionViewModel(NeedsAttention attention, DayReading days, TaskExecutor tasks,
                                   DialogService dialogs, Runnable afterChange, ZoneId fallbackZone) {
        this.attention = attention;
        this.days = days;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.afterChange = afterChange;
        this.fallbackZone = fallbackZone;
    }

    // commands

    /** Reads the open entries again; the selected one stays selected while it is open. */
    public void refresh() {
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        tasks.execute(this::read, this::shown, failure -> {
            message.set(Texts.get("attention.unreadable", Explanation.of(failure)));
            doneReading();
        });
    }

    /** Called by the view when the person picks a row. */
    public void select(AttentionEntry entry) {
        selected.set(entry);
        if (entry == null) {
            lost.set(SideWords.NONE);
            rival.set(SideWords.NONE);
            contact.set("");
            reason.set("");
            return;
        }
        ZoneId zone = zoneOf(entry);
        lost.set(SideWords.of(entry.lost(), zone));
        rival.set(SideWords.of(entry.rival(), zone));
        contact.set(entry.lost() == null ? "" : SideWords.contact(entry.lost()));
        boolean refusedChange = entry.kind() == AttentionEntry.Kind.CHANGE_REFUSED;
        lostHeader.set(Texts.get(refusedChange ? "attention.side.booking" : "attention.side.lost"));
        rivalHeader.set(refusedChange ? "" : Texts.get("attention.side.rival"));
        if (refusedChange) {
            // A refused change has no booking that took its place.
            rival.set(SideWords.NONE);
        }
        String refusal = entry.refusal() == null ? "" : Explanation.of(entry.refusal());
        reason.set(entry.kind() == AttentionEntry.Kind.CHANGE_REFUSED
                ? Texts.get("attention.reason.changeRefused", entry.change(), refusal)
                : Texts.get("attention.reason.timeLost", refusal));
    }

    /** The form to move the selected entry's booking; empty when nothing is selected or its branch is unknown. */
    public Optional<MoveBookingViewModel> moveSelected() {
        AttentionEntry entry = selected.get();
        if (!canRebook.get()) {
            return Optional.empty();
        }
        BranchView branch = last.branches().get(entry.lost().branchId());
        if (branch == null) {
            message.set(Texts.get("attention.move.noBranch"));
            return Optional.empty();
        }
        ServiceView service = last.services().stream()
                .filter(s -> s.serviceId().equals(entry.lost().serviceId())).findFirst().orElse(null);
        message.set("");
        return Optional.of(new MoveBookingViewModel(attention, tasks, entry, branch,
                last.teams().getOrDefault(branch.branchId(), List.of()), service));
    }

    /** After the move dialog closed: says what happened when the booking was moved, and reads the list again. */
    public void afterMove(MoveBookingViewModel form) {
        if (form.movedProperty().get()) {
            message.set(Texts.get("attention.moved", form.staffProperty().get().name(),
                    Formats.fullDate(form.dateProperty().get()), form.startTextProperty().get()));
            settled();
        }
    }

    /** Keeps the selected booking at its time beside the rival's, once the person confirms it. */
    public void keepSelectedAsOverbook() {
        AttentionEntry entry = selected.get();
        if (!canRebook.get()) {
            return;
        }
        SideWords words = lost.get();
        if (!dialogs.confirm(Texts.get("attention.overbook.title"), Texts.get("attention.overbook.question",
                words.customer(), words.service(), words.time(), words.staff()))) {
            return;
        }
        run(() -> attention.keepAsOverbook(entry.entryId()),
                Texts.get("attention.overbooked", words.customer(), words.staff()),
                Texts.get("attention.overbook.failed"));
    }

    /** Cancels the selected booking for a reason the person chooses, with the customer's contact at hand. */
    public void cancelSelected() {
        AttentionEntry entry = selected.get();
        if (!canRebook.get()) {
            return;
        }
        SideWords words = lost.get();
        String contactWords = SideWords.contact(entry.lost());
        Optional<CancelReason> reason = dialogs.askForCancelReason(Texts.get("attention.cancel.title"),
                Texts.get("attention.cancel.question", words.customer(), words.service(), words.time(),
                        contactWords));
        if (reason.isEmpty()) {
            return;
        }
        run(() -> attention.cancel(entry.entryId(), reason.get()),
                Texts.get("attention.cancelled", words.customer(), contactWords),
                Texts.get("attention.cancel.failed"));
    }

    /** Takes the selected refused change off the list: the person has seen it. */
    public void dismissSelected() {
        AttentionEntry entry = selected.get();
        if (!canDismiss.get()) {
            return;
        }
        run(() -> attention.dismiss(entry.entryId()), Texts.get("attention.dismissed"),
                Texts.get("attention.dismiss.failed"));
    }

    private void run(Runnable change, String done, String failedTitle) {
        busy.set(true);
        message.set("");
        tasks.execute(() -> {
            change.run();
            return done;
        }, words -> {
            busy.set(false);
            message.set(words);
            settled();
        }, failure -> {
            busy.set(false);
            dialogs.showError(failedTitle, Explanation.of(failure));
            refresh();
        });
    }

    private void settled() {
        afterChange.run();
        refresh();
    }

    // reading

    private Reading read() {
        List<AttentionEntry> open = attention.open();
        Map<String, BranchView> branches = new HashMap<>();
        Map<String, List<StaffView>> teams = new HashMap<>();
        List<ServiceView> services = open.isEmpty() ? List.of() : days.services();
        if (!open.isEmpty()) {
            for (BranchView branch : days.branches()) {
                if (open.stream().anyMatch(e -> e.lost() != null && e.lost().branchId().equals(branch.branchId()))) {
                    branches.put(branch.branchId(), branch);
                    teams.put(branch.branchId(), days.staffOf(branch.branchId()));
                }
            }
        }
        return new Reading(open, branches, teams, services);
    }

    private void shown(Reading reading) {
        last = reading;
        AttentionEntry before = selected.get();
        head.set(Texts.get("attention.head", reading.entries().size()));
        if (!reading.entries().equals(entries)) {
            entries.setAll(reading.entries());
        }
        AttentionEntry after = before == null ? null : reading.entries().stream()
                .filter(e -> e.entryId().equals(before.entryId())).findFirst().orElse(null);
        select(after);
        doneReading();
    }

    private void doneReading() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            refresh();
        }
    }

    private ZoneId zoneOf(AttentionEntry entry) {
        BranchView branch = entry.lost() == null ? null : last.branches().get(entry.lost().branchId());
        return branch == null ? fallbackZone : branch.zone();
    }

    /** The customer of the list's row, or what was refused when the entry is about no booking. */
    public String customerOf(AttentionEntry entry) {
        return entry.lost() == null ? entry.change() : entry.lost().customerName();
    }

    public String serviceOf(AttentionEntry entry) {
        return entry.lost() == null ? "" : entry.lost().serviceName();
    }

    /** The lost booking's time in its branch's zone, for the list's rows. */
    public String timeOf(AttentionEntry entry) {
        return entry.lost() == null ? "" : SideWords.time(entry.lost(), zoneOf(entry));
    }

    // property accessors

    public ObservableList<AttentionEntry> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<AttentionEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** This desk's booking that lost its time. */
    public ReadOnlyObjectProperty<SideWords> lostProperty() {
        return lost.getReadOnlyProperty();
    }

    /** The booking that holds the time now. */
    public ReadOnlyObjectProperty<SideWords> rivalProperty() {
        return rival.getReadOnlyProperty();
    }

    /** The lost booking's customer's phone and e-mail. */
    public ReadOnlyStringProperty contactProperty() {
        return contact.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "2 bookings need attention": above the list. */
    public ReadOnlyStringProperty headProperty() {
        return head.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Above this desk's booking: "Lost its time (this desk)", or "The booking" for a refused change. */
    public ReadOnlyStringProperty lostHeaderProperty() {
        return lostHeader.getReadOnlyProperty();
    }

    /** Above the booking that holds the time; empty for a refused change. */
    public ReadOnlyStringProperty rivalHeaderProperty() {
        return rivalHeader.getReadOnlyProperty();
    }

    /** Why the entry is on the list: the rule that refused it, in words. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** A booking that lost its time is selected and nothing is being settled: move, keep or cancel. */
    public BooleanBinding canRebook() {
        return canRebook;
    }

    /** A refused change is selected and nothing is being settled: it can be dismissed. */
    public BooleanBinding canDismiss() {
        return canDismiss;
    }
}
