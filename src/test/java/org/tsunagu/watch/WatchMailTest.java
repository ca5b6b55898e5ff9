package org.tsunagu.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.support.TestData.asUser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.watch.internal.message.OutboxSender;
import org.tsunagu.watch.internal.report.ObservationInput;
import org.tsunagu.watch.internal.report.Observations;

/**
 * Alert mail goes over real SMTP (GreenMail listening on a local port): the staff's message names
 * nobody and links the alert; a message whose sender died before marking it is sent again with the
 * same Message-ID, so the receiver can show it once; a server that refuses leaves it to retry.
 */
@IntegrationTest
@Import(WatchFixture.class)
class WatchMailTest {

  static GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  static final int PORT;

  static {
    SMTP.start();
    PORT = SMTP.getSmtp().getPort();
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
  }

  @AfterAll
  static void stop() {
    SMTP.stop();
  }

  @Autowired WatchFixture fixture;
  @Autowired Observations observations;
  @Autowired OutboxSender sender;

  WatchFixture.Network n;
  long target;

  @BeforeEach
  void setUp() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    n = fixture.network();
    target = fixture.target(n);
  }

  @Test
  void shouldSendTheFirstStepsMailOverSmtpAtLeastOnceWithOneMessageId() throws Exception {
    long alert = report();
    sender.sendDue(Instant.now());
    // Other tests' messages share the database; this alert's are told apart by their Message-ID.
    String id = "<alert-" + alert + "-step-1@tsunagu>";
    List<MimeMessage> received = received(id);
    assertThat(received).hasSize(1);
    MimeMessage mail = received.get(0);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("office@coop.example.jp");
    assertThat(mail.getSubject()).contains("No." + alert);

    String body = GreenMailUtil.getBody(mail);
    assertThat(body).doesNotContain("見守").doesNotContain("花子");
    assertThat(status(alert)).isEqualTo("SENT");

    // The node that sent it died before marking it: its lease runs out and it goes again.
    fixture
        .jdbc()
        .sql(
            "UPDATE watch.message SET status = 'SENDING', lease_until = now() - interval '1 second' WHERE alert_id = ?")
        .param(alert)
        .update();
    sender.sendDue(Instant.now());
    assertThat(received(id)).as("sent again, as the same message").hasSize(2);
    assertThat(status(alert)).isEqualTo("SENT");
  }

  @Test
  void shouldKeepAMessageTheServerDidNotTakeAndTryAgainLater() throws Exception {
    long alert = report();
    SMTP.stop();
    try {
      sender.sendDue(Instant.now());
    } finally {
      SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      SMTP.start();
    }
    assertThat(status(alert)).isEqualTo("PENDING");
    assertThat(fixture.count("SELECT attempts FROM watch.message WHERE alert_id = ?", alert))
        .isEqualTo(1);
    assertThat(
            fixture.count(
                "SELECT count(*) FROM watch.message WHERE alert_id = ? AND next_attempt_at > now()",
                alert))
        .isEqualTo(1);
  }

  private static List<MimeMessage> received(String messageId) throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      if (messageId.equals(m.getMessageID())) {
        found.add(m);
      }
    }
    return found;
  }

  private long report() {
    long observation =
        asUser(
                n.driver(),
                () ->
                    observations.report(
                        n.driver(),
                        new ObservationInput(target, List.of("NO_ANSWER"), false, null, null),
                        null))
            .id();
    return fixture.count("SELECT id FROM watch.alert WHERE observation_id = ?", observation);
  }

  private String status(long alert) {
    return fixture
        .jdbc()
        .sql("SELECT status FROM watch.message WHERE alert_id = ?")
        .param(alert)
        .query(String.class)
        .single();
  }
}
