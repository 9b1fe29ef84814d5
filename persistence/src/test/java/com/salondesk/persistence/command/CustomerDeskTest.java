package com.salondesk.persistence.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.customer.CustomerCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.customer.CustomerImport;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.read.CustomerMatch;
import com.salondesk.persistence.read.CustomerProfile;
import com.salondesk.persistence.read.CustomerVisit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerDeskTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path folder;
    private DeskBackEnd desk;
    private TestChain chain;

    @BeforeEach
    void open() {
        desk = DeskBackEnd.open(folder, TestChain.clockFrom("2026-12-01T12:00:00Z"));
        chain = TestChain.setUp(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String register(String name, String phone, String email) {
        return desk.setup().registerCustomer(TestChain.ctx(), new CustomerDetails(name, phone, email, "", false), NOW);
    }

    private String book(String customerId, String start, String end) {
        return desk.bookings().book(TestChain.ctx(), new NewBooking(customerId, TestChain.BRANCH, TestChain.STYLIST,
                TestChain.CUT, LocalDateTime.parse(start), LocalDateTime.parse(end), false));
    }

    private List<String> found(String typed) {
        return desk.customerQueries().search(typed, 20, NOW).stream().map(m -> m.customer().name()).toList();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_customer_is_found_by_name_phone_or_email_as_typed() {
        register("Priya Patel", "07700 900123", "priya@example.com");
        register("Ruby Chen", "+44 7700 900456", "");
        TestChain.settle(desk);

        assertThat(found("pri")).containsExactly("Priya Patel");
        assertThat(found("patel pri")).containsExactly("Priya Patel");
        assertThat(found("+44 7700 900123")).containsExactly("Priya Patel");
        assertThat(found("07700 900 456")).containsExactly("Ruby Chen");
        assertThat(found("PRIYA@EX")).containsExactly("Priya Patel");
        assertThat(found("7700")).containsExactly("Priya Patel", "Ruby Chen");
        assertThat(found("nobody")).isEmpty();
    }

    @Test
    void a_search_result_names_the_next_booking() {
        String ruby = register("Ruby Chen", "07700 900456", "");
        book(ruby, "2026-12-03T10:00", "2026-12-03T10:45");
        TestChain.settle(desk);

        CustomerMatch match = desk.customerQueries().search("ruby", 5, NOW).getFirst();
        assertThat(match.nextBooking()).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void the_profile_tells_history_with_outcomes_upcoming_and_no_shows() {
        String past = book(chain.customerId, "2026-11-20T10:00", "2026-11-20T10:45");
        String missed = book(chain.customerId, "2026-11-21T10:00", "2026-11-21T10:45");
        String cancelled = book(chain.customerId, "2026-11-22T10:00", "2026-11-22T10:45");
        String coming = book(chain.customerId, "2026-12-05T10:00", "2026-12-05T10:45");
        desk.bookings().confirm(TestChain.ctx(), past);
        desk.bookings().checkIn(TestChain.ctx(), past);
        desk.bookings().complete(TestChain.ctx(), past);
        desk.bookings().markNoShow(TestChain.ctx(), missed);
        desk.bookings().cancel(TestChain.ctx(), cancelled, "Ill");
        TestChain.settle(desk);

        CustomerProfile profile = desk.customerQueries().profile(chain.customerId, NOW).orElseThrow();
        assertThat(profile.history()).extracting(CustomerVisit::bookingId).containsExactly(cancelled, missed, past);
        assertThat(profile.history()).extracting(CustomerVisit::status)
                .containsExactly(BookingStatus.CANCELLED, BookingStatus.NO_SHOW, BookingStatus.COMPLETED);
        assertThat(profile.history().getFirst().cancelReason()).isEqualTo("Ill");
        assertThat(profile.history().getFirst().staffName()).isEqualTo("Anna Berg");
        assertThat(profile.history().getFirst().branchName()).isEqualTo("Soho");
        assertThat(profile.history().getFirst().serviceName()).isEqualTo("Cut & finish");
        assertThat(profile.upcoming()).extracting(CustomerVisit::bookingId).containsExactly(coming);
        assertThat(profile.noShows()).isEqualTo(1);
        assertThat(profile.cancellations()).isEqualTo(1);
    }

    @Test
    void after_a_merge_the_survivor_shows_both_records_bookings_and_the_duplicate_takes_no_more() {
        String duplicate = register("Jane D.", "07700 900999", "jane.d@example.com");
        String hers = book(chain.customerId, "2026-12-02T10:00", "2026-12-02T10:45");
        String theDuplicates = book(duplicate, "2026-12-03T10:00", "2026-12-03T10:45");

        desk.customers().merge(TestChain.ctx(), chain.customerId, duplicate,
                new CustomerDetails("Jane Doe", "07700 900999", "jane@example.com", "", true));
        TestChain.settle(desk);

        CustomerProfile profile = desk.customerQueries().profile(chain.customerId, NOW).orElseThrow();
        assertThat(profile.customer().phone()).isEqualTo("07700 900999");
        assertThat(profile.mergedIds()).containsExactly(duplicate);
        assertThat(profile.upcoming()).extracting(CustomerVisit::bookingId).containsExactly(hers, theDuplicates);
        // The duplicate's profile is the survivor's, and a search by its e-mail finds the survivor.
        assertThat(desk.customerQueries().profile(duplicate, NOW).orElseThrow().customer().customerId())
                .isEqualTo(chain.customerId);
        assertThat(found("jane.d@")).containsExactly("Jane Doe");
        assertThat(desk.customerQueries().search("jane", 10, NOW)).hasSize(1);

        long before = desk.log().count();
        assertThatThrownBy(() -> book(duplicate, "2026-12-04T10:00", "2026-12-04T10:45"))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("booking.customer-merged-away");
                    assertThat(r.arguments()).containsExactly("Jane D.", "Jane Doe");
                });
        assertThat(desk.log().count()).isEqualTo(before);
        assertThat(desk.log().readStream("customer-" + duplicate)).extracting(e -> e.event().getClass().getSimpleName())
                .containsExactly("Registered", "MergedInto");
    }

    @Test
    void merging_the_same_duplicate_twice_records_nothing_more() {
        String duplicate = register("Jane D.", "07700 900999", "");
        CustomerDetails keep = new CustomerDetails("Jane Doe", "07700 900999", "jane@example.com", "", true);
        desk.customers().merge(TestChain.ctx(), chain.customerId, duplicate, keep);
        long after = desk.log().count();

        desk.customers().merge(TestChain.ctx(), chain.customerId, duplicate, keep);

        assertThat(desk.log().count()).isEqualTo(after);
    }

    @Test
    void an_import_records_the_good_rows_and_reports_each_refused_row_with_its_line_and_reason() {
        TestChain.settle(desk);
        byte[] file = csv("\uFEFFName;Mobile;E-Mail;Notes;Newsletter\n"
                          + "Ann Smith;07700 900001;ann@example.com;\"Likes tea; no sugar\";yes\n"
                          + ";07700 900002;;;no\n"
                          + "\"Ben \"\"Benny\"\" Jones\";;ben@example.com;;\n"
                          + "Ann Again;+44 7700 900001;;;\n"
                          + "Jane Twin;;JANE@example.com;;\n");

        CustomerImport.Outcome outcome = desk.customers().importFile(TestChain.ctx(), file);
        TestChain.settle(desk);

        assertThat(outcome.accepted()).extracting(r -> r.details().name())
                .containsExactly("Ann Smith", "Ben \"Benny\" Jones");
        assertThat(outcome.accepted().getFirst().details().notes()).isEqualTo("Likes tea; no sugar");
        assertThat(outcome.accepted().getFirst().details().marketingConsent()).isTrue();
        assertThat(outcome.refused()).extracting(r -> r.line() + " " + r.reason().code()).containsExactly(
                "3 customer.name-required", "5 customer.import-duplicate-in-file",
                "6 customer.import-already-on-file");
        assertThat(outcome.refused().get(2).reason().arguments()).containsExactly("Jane Doe");
        assertThat(found("ann")).containsExactly("Ann Smith");
        assertThat(found("ben")).containsExactly("Ben \"Benny\" Jones");
        assertThat(desk.queries().customerCount()).isEqualTo(3);
    }

    @Test
    void a_file_without_a_name_column_is_refused_whole() {
        assertThatThrownBy(() -> desk.customers().preview(csv("phone,email\n07700 900001,a@example.com\n")))
                .isInstanceOfSatisfying(DomainRejection.class,
                        r -> assertThat(r.code()).isEqualTo("customer.import-no-name-column"));
    }

    @Test
    void a_failure_in_the_middle_of_an_import_leaves_nothing_stored() {
        long before = desk.log().count();
        // The third registration meets a record already under its id with other details: the log's transaction
        // has taken the first two when it fails, and must give them back.
        var now = NOW;
        List<CustomerCommand.Register> rows = List.of(
                new CustomerCommand.Register("import-1", new CustomerDetails("Ann", "07700 900001", "", "", false), now),
                new CustomerCommand.Register("import-2", new CustomerDetails("Ben", "07700 900002", "", "", false), now),
                new CustomerCommand.Register(chain.customerId,
                        new CustomerDetails("Not Jane", "07700 900003", "", "", false), now));

        assertThatThrownBy(() -> desk.customers().importRows(TestChain.ctx(), rows))
                .isInstanceOf(DomainRejection.class);

        TestChain.settle(desk);
        assertThat(desk.log().count()).isEqualTo(before);
        assertThat(desk.log().readStream("customer-import-1")).isEmpty();
        assertThat(desk.queries().customerCount()).isEqualTo(1);
    }
}
