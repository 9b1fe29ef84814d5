package com.salondesk.persistence.notify;

import static com.salondesk.persistence.notify.MailTestSupport.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.salondesk.domain.booking.NewBooking;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchCommand;
import com.salondesk.domain.customer.CustomerDetails;
import com.salondesk.domain.notification.NotificationKind;
import com.salondesk.domain.service.ServiceCommand;
import com.salondesk.domain.payment.PaymentCommand;
import com.salondesk.domain.payment.PaymentDecider;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffCommand;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.persistence.TestChain;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.read.NotificationStatus;
import com.salondesk.persistence.read.NotificationView;
import com.salondesk.persistence.sync.SyncSettings;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer e-mail end to end on a real desk: a booking's message reaches a real SMTP server (GreenMail) with the
 * right recipient, language and words; it is sent once, across a restart too; a mail server that is down is retried,
 * given up visibly, and sent on request once it is back; where the desk syncs, nothing goes before the server
 * accepted the booking.
 */
class CustomerEmailTest {

    private static final Duration LIMIT = Duration.ofSeconds(15);
    /** Early on the day before the bookings, so that they are news. */
    private static final Clock CLOCK = TestChain.clockFrom("2026-12-01T07:00:00Z");

    @TempDir
    Path folder;
    private int port;
    private GreenMail smtp;
    private DeskBackEnd desk;
    private TestChain chain;

    @BeforeEach
    void open() {
        port = MailTestSupport.freePort();
        smtp = MailTestSupport.smtpServer(port);
        MailTestSupport.useServer(folder, port);
        desk = openDesk();
        chain = TestChain.setUp(desk);
    }

    private DeskBackEnd openDesk() {
        DeskBackEnd opened = DeskBackEnd.open(folder, CLOCK);
        opened.identity().initialise(TestChain.DESK);
        return opened;
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
        smtp.stop();
    }

    private String book(String customerId, String branch, String stylist, String service, String start, String end) {
        return desk.bookings().book(TestChain.ctx(), new NewBooking(customerId, branch, stylist, service,
                LocalDateTime.parse(start), LocalDateTime.parse(end), false));
    }

    private String bookJane() {
        return book(chain.customerId, TestChain.BRANCH, TestChain.STYLIST, TestChain.CUT, "2026-12-02T10:00",
                "2026-12-02T10:45");
    }

    private List<NotificationView> outbox() {
        return desk.notificationQueries().recent(100);
    }

    private NotificationView awaitMessage(String bookingId, NotificationKind kind, NotificationStatus status) {
        assertThat(within(LIMIT, () -> message(bookingId, kind) != null && message(bookingId, kind).status() == status))
                .as("the %s message of %s becomes %s; outbox: %s", kind, bookingId, status, outbox()).isTrue();
        return message(bookingId, kind);
    }

    private NotificationView message(String bookingId, NotificationKind kind) {
        return outbox().stream().filter(n -> n.bookingId().equals(bookingId) && n.kind() == kind).findFirst()
                .orElse(null);
    }

    private static String body(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    @Test
    void the_customer_gets_an_email_about_the_booking_in_english() throws Exception {
        String booking = bookJane();

        assertThat(smtp.waitForIncomingEmail(LIMIT.toMillis(), 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("jane@example.com");
        assertThat(mail.getFrom()[0].toString()).contains("salon@example.com").contains("Soho");
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(mail.getSubject()).isEqualTo("Your appointment at Soho on Wednesday, 2 December 2026");
        assertThat(body(mail)).contains("Hello Jane Doe").contains("Cut & finish with Anna Berg at Soho")
                .contains("at 10:00").contains("£55.00").contains("1 Dean St");
        NotificationView sent = awaitMessage(booking, NotificationKind.BOOKING_CREATED, NotificationStatus.SENT);
        assertThat(mail.getMessageID()).isEqualTo("<" + sent.notificationId() + ".salondesk@example.com>");
        assertThat(sent.recipient()).isEqualTo("jane@example.com");
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    void a_german_customer_of_a_branch_in_berlin_gets_german() throws Exception {
        Instant now = Instant.parse("2026-11-01T08:00:00Z");
        WeeklyHours daily = WeeklyHours.on(List.of(DayOfWeek.values()), TimeRange.of("09:00", "18:00"));
        desk.setup().openBranch(TestChain.ctx(), new BranchCommand.Open("mitte", "Mitte",
                new Address("Torstraße 1", "Berlin", "10119", "DE"), "Europe/Berlin", "EUR", daily, now));
        desk.setup().addService(TestChain.ctx(), new ServiceCommand.Add("schnitt", "Schnitt & Föhnen", "Haare", 45,
                Money.of("48.00", "EUR"), now));
        desk.setup().hire(TestChain.ctx(), new StaffCommand.Hire("lena", "mitte", "Lena Vogel", StaffRole.STYLIST,
                Set.of("schnitt"), daily, now));
        String klara = desk.setup().registerCustomer(TestChain.ctx(), new CustomerDetails("Klara Schmidt", "",
                "klara@example.de", "", false), now);

        book(klara, "mitte", "lena", "schnitt", "2026-12-02T11:00", "2026-12-02T11:45");

        assertThat(smtp.waitForIncomingEmail(LIMIT.toMillis(), 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("klara@example.de");
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("de");
        assertThat(mail.getSubject()).isEqualTo("Ihr Termin bei Mitte am Mittwoch, 2. Dezember 2026");
        assertThat(body(mail)).contains("Hallo Klara Schmidt").contains("Schnitt & Föhnen bei Lena Vogel in Mitte")
                .contains("um 11:00").containsPattern("48,00[\\s\u00a0]€").contains("Torstraße 1");
    }

    @Test
    void each_message_is_sent_once_across_a_restart_of_the_desk() throws Exception {
        String booking = bookJane();
        // The saga confirms the booking at once (no deposit asked): the request and the final confirmation go.
        awaitMessage(booking, NotificationKind.BOOKING_CREATED, NotificationStatus.SENT);
        awaitMessage(booking, NotificationKind.FINAL_CONFIRMATION, NotificationStatus.SENT);
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        desk.close();
        desk = openDesk();
        desk.bookings().cancel(TestChain.ctx(), booking, "the customer moved away");

        awaitMessage(booking, NotificationKind.BOOKING_CANCELLED, NotificationStatus.SENT);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).hasSize(3)
                .containsOnlyOnce("Your appointment at Soho on Wednesday, 2 December 2026",
                        "All set for Wednesday, 2 December 2026 at 10:00");
        assertThat(outbox()).hasSize(3);
    }

    @Test
    void a_mail_server_that_is_down_is_retried_then_given_up_and_the_message_goes_on_request_once_it_is_back()
            throws Exception {
        smtp.stop();
        String booking = bookJane();

        NotificationView givenUp = awaitMessage(booking, NotificationKind.BOOKING_CREATED, NotificationStatus.GIVEN_UP);
        assertThat(givenUp.failedAttempts()).isEqualTo(3);
        assertThat(givenUp.lastError()).contains("cannot be reached").contains("127.0.0.1:" + port);
        assertThat(givenUp.canResend()).isTrue();

        smtp = MailTestSupport.smtpServer(port);
        desk.notifications().resend(TestChain.ctx(), givenUp.notificationId());

        assertThat(smtp.waitForIncomingEmail(LIMIT.toMillis(), 1)).isTrue();
        NotificationView sent = awaitMessage(booking, NotificationKind.BOOKING_CREATED, NotificationStatus.SENT);
        assertThat(sent.canResend()).isFalse();
        // The saga's final confirmation may still be between attempts and go too; the request goes once.
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsOnlyOnce("Your appointment at Soho on Wednesday, 2 December 2026");
    }

    @Test
    void a_customer_without_an_email_address_gets_nothing_and_nothing_fails() throws Exception {
        Instant now = Instant.parse("2026-11-01T08:00:00Z");
        String phoneOnly = desk.setup().registerCustomer(TestChain.ctx(), new CustomerDetails("Sam Phone",
                "+44 20 7946 0001", "", "", true), now);
        String noMail = book(phoneOnly, TestChain.BRANCH, TestChain.STYLIST, TestChain.CUT, "2026-12-02T12:00",
                "2026-12-02T12:45");
        String jane = bookJane();

        // The notifier takes events in log order: once Jane's message is out, Sam's booking was dealt with.
        awaitMessage(jane, NotificationKind.BOOKING_CREATED, NotificationStatus.SENT);
        assertThat(message(noMail, NotificationKind.BOOKING_CREATED)).isNull();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(desk.runtime().handlers().deadLetters().countDead()).isZero();
    }

    @Test
    void where_the_desk_syncs_a_message_waits_until_the_server_accepted_its_booking() throws Exception {
        SyncSettings.of("http://127.0.0.1:9", "a".repeat(43)).save(folder);
        String booking = bookJane();
        NotificationView waiting = awaitMessage(booking, NotificationKind.BOOKING_CREATED, NotificationStatus.WAITING);

        // The sender looks every second and whenever the read models move; give it a few looks.
        assertThat(smtp.waitForIncomingEmail(2_500, 1)).isFalse();
        assertThat(message(booking, NotificationKind.BOOKING_CREATED).status()).isEqualTo(NotificationStatus.WAITING);

        var created = desk.log().readStream("booking-" + booking).getFirst();
        desk.log().markSynced(Map.of(created.id(), 1L));

        assertThat(smtp.waitForIncomingEmail(LIMIT.toMillis(), 1)).isTrue();
        assertThat(awaitMessage(booking, NotificationKind.BOOKING_CREATED, NotificationStatus.SENT).notificationId())
                .isEqualTo(waiting.notificationId());
    }

    @Test
    void a_message_whose_booking_the_server_refused_is_given_up_unsent() throws Exception {
        SyncSettings.of("http://127.0.0.1:9", "a".repeat(43)).save(folder);
        String booking = bookJane();
        awaitMessage(booking, NotificationKind.BOOKING_CREATED, NotificationStatus.WAITING);

        var created = desk.log().readStream("booking-" + booking).getFirst();
        desk.log().markRejected(Map.of(created.id(), "the slot was taken at another desk"));

        NotificationView givenUp = awaitMessage(booking, NotificationKind.BOOKING_CREATED, NotificationStatus.GIVEN_UP);
        assertThat(givenUp.failedAttempts()).isZero();
        assertThat(givenUp.lastError()).contains("did not accept");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_deposit_taken_gets_the_customer_a_receipt_for_what_was_paid() throws Exception {
        String booking = bookJane();
        awaitMessage(booking, NotificationKind.BOOKING_CREATED, NotificationStatus.SENT);
        String paymentId = UuidV7.next().toString();
        desk.store().executeOnNewStream(TestChain.ctx(), PaymentDecider.streamId(paymentId), new PaymentDecider(),
                PaymentEvent.class, new PaymentCommand.Take(paymentId, TestChain.BRANCH, "GBP", Purpose.DEPOSIT,
                        booking, null, chain.customerId, Tender.CARD, Money.of("20.00", "GBP"), null, "T-4711", null,
                        "maria", CLOCK.instant()));

        NotificationView receipt = awaitMessage(booking, NotificationKind.PAYMENT_RECEIPT, NotificationStatus.SENT);
        assertThat(receipt.subject()).isEqualTo("Your receipt from Soho");
        MimeMessage mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subjectOf(m).equals("Your receipt from Soho")).findFirst().orElseThrow();
        assertThat(body(mail)).contains("thank you for your payment of £20.00 at Soho");
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
