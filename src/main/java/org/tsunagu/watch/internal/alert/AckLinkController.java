package org.tsunagu.watch.internal.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.PublicPaths;

/**
 * The page a key holder or family member reaches from their message, without an account: the secret
 * in the link names their message; opening it marks it read (既読), and confirming with their name
 * acknowledges the alert (確認). A wrong link is 404. The page names nobody: the person is named in
 * the message the contact already holds.
 */
@Controller
@WritePermission(linkHolder = true)
class AckLinkController {

  static final String PATH = "/watch/ack/";

  record Link(
      long alertId,
      String receiverName,
      String status,
      String acknowledgedName,
      Instant openedAt) {}

  private final JdbcClient jdbc;
  private final AlertActions actions;
  private final Clock clock;

  AckLinkController(JdbcClient jdbc, AlertActions actions, Clock clock) {
    this.jdbc = jdbc;
    this.actions = actions;
    this.clock = clock;
  }

  @Bean
  static PublicPaths watchAckLinks() {
    return () -> List.of(PATH + "*");
  }

  @GetMapping(PATH + "{token}")
  String page(@PathVariable String token, Model model) {
    Link link = link(token);
    if (link.openedAt() == null) {
      jdbc.sql("UPDATE watch.message SET opened_at = ? WHERE ack_token = ? AND opened_at IS NULL")
          .params(java.sql.Timestamp.from(clock.instant()), token)
          .update();
    }
    model.addAttribute("link", link);
    model.addAttribute("token", token);
    FormErrors.addUnlessPresent(model);
    return "watch/ack";
  }

  @PostMapping(PATH + "{token}")
  String acknowledge(
      @PathVariable String token, @RequestParam(required = false) String name, Model model) {
    link(token);
    try {
      actions.acknowledgeByLink(token, name);
      return "redirect:" + PATH + token;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return page(token, model);
    }
  }

  private Link link(String token) {
    if (token == null || !token.matches("[0-9a-f]{40}")) {
      throw new NotFoundException();
    }
    return jdbc.sql(
            "SELECT m.alert_id, m.receiver_name, a.status, a.acknowledged_name, m.opened_at FROM"
                + " watch.message m JOIN watch.alert a ON a.id = m.alert_id WHERE m.ack_token = ?")
        .param(token)
        .query(Link.class)
        .optional()
        .orElseThrow(NotFoundException::new);
  }
}
