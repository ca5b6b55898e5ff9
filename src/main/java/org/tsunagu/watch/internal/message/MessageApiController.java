package org.tsunagu.watch.internal.message;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.platform.web.ApiController;

/** The demo mailbox in the JSON API. */
@ApiController
class MessageApiController {

  record MessageResponse(
      long id,
      Long alertId,
      String purpose,
      String channel,
      String address,
      String receiver,
      String subject,
      String body,
      String status,
      int attempts,
      Instant createdAt,
      Instant sentAt,
      Instant openedAt,
      Instant acknowledgedAt) {}

  private final MessageController page;

  MessageApiController(MessageController page) {
    this.page = page;
  }

  @Operation(
      summary =
          "Messages sent (or kept in the demo mailbox) about the organisation's watch targets")
  @GetMapping("/api/v1/watch/messages")
  List<MessageResponse> api() {
    return page.read().stream()
        .map(
            m ->
                new MessageResponse(
                    m.id(),
                    m.alertId(),
                    m.purpose(),
                    m.channel(),
                    m.address(),
                    m.receiverName(),
                    m.subject(),
                    m.body(),
                    m.status(),
                    m.attempts(),
                    m.createdAt(),
                    m.sentAt(),
                    m.openedAt(),
                    m.acknowledgedAt()))
        .toList();
  }
}
