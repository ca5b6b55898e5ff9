package org.tsunagu.watch.internal.message;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words of outgoing messages, in Japanese (the receivers' language is not known), from the
 * module's bundle. Staff get the alert's number and a link; contacts get the name, the signs and a
 * link to confirm with their name.
 */
@Component
class MessageTexts {

  record Text(String subject, String body) {}

  private static final Locale JA = Locale.JAPANESE;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("M月d日 H:mm").withZone(ZoneId.of("Asia/Tokyo"));

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final String baseUrl;

  MessageTexts(
      JdbcClient jdbc,
      MessageSource messages,
      @Value("${tsunagu.base-url:http://localhost:8080}") String baseUrl) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  Text forAlertStep(long alertId, int position) {
    record Row(
        String receiverKind,
        String cause,
        boolean danger,
        String personName,
        String signs,
        Instant openedAt) {}
    Row r =
        jdbc.sql(
                "SELECT s.receiver_kind, a.cause, a.danger, n.display_name AS person_name,"
                    + " array_to_string(o.signs, ',') AS signs,"
                    + " a.opened_at FROM watch.alert a JOIN watch.alert_step s ON s.alert_id = a.id"
                    + " JOIN watch.target t ON t.id = a.target_id JOIN people.person_display_name"
                    + " n ON n.id = t.person_id LEFT JOIN watch.observation o ON o.id ="
                    + " a.observation_id WHERE a.id = ? AND s.position = ?")
            .params(alertId, position)
            .query(Row.class)
            .single();
    String cause = msg("watch.alert.cause." + r.cause());
    String when = TIME.format(r.openedAt());
    String subject =
        msg(r.danger() ? "watch.mail.subject.danger" : "watch.mail.subject", alertId, cause);
    if ("CONTACT".equals(r.receiverKind())) {
      String signs =
          r.signs() == null
              ? cause
              : Arrays.stream(r.signs().split(","))
                  .map(s -> msg("watch.sign." + s))
                  .collect(Collectors.joining("、"));
      return new Text(
          subject,
          msg(
              "watch.mail.body.contact",
              r.personName(),
              when,
              signs,
              baseUrl + "/watch/ack/{token}"));
    }
    return new Text(
        subject,
        msg("watch.mail.body.staff", alertId, when, cause, baseUrl + "/watch/alerts/" + alertId));
  }

  Text forCheckIn(long checkInId) {
    record Row(String personName, String kind, Instant happenedAt) {}
    Row r =
        jdbc.sql(
                "SELECT n.display_name AS person_name, c.kind, c.happened_at FROM watch.check_in c"
                    + " JOIN watch.target t ON t.id = c.target_id JOIN people.person_display_name n"
                    + " ON n.id = t.person_id WHERE c.id = ?")
            .param(checkInId)
            .query(Row.class)
            .single();
    return new Text(
        msg("watch.mail.subject.update", r.personName()),
        msg(
            "watch.mail.body.update",
            r.personName(),
            TIME.format(r.happenedAt()),
            msg("watch.contactKind." + r.kind())));
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, JA);
  }
}
