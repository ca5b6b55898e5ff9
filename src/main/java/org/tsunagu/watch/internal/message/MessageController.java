package org.tsunagu.watch.internal.message;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/** The demo mailbox page (送信メッセージ): messages about the organisation's targets. */
@Controller
class MessageController {

  static final int LIMIT = 200;

  private final Mailbox mailbox;
  private final AuditLog audit;

  MessageController(Mailbox mailbox, AuditLog audit) {
    this.mailbox = mailbox;
    this.audit = audit;
  }

  @GetMapping("/watch/messages")
  String page(Model model) {
    model.addAttribute("rows", read());
    return "watch/messages";
  }

  List<Mailbox.Row> read() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(WatchPermissions.WATCH_MANAGE)) {
      throw new NotFoundException();
    }
    List<Mailbox.Row> rows = mailbox.latest(user, LIMIT);
    audit.recordSearch("watch_message", "mailbox", rows.stream().map(Mailbox.Row::id).toList());
    return rows;
  }
}
