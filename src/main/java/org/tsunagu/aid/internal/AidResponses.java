package org.tsunagu.aid.internal;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.tsunagu.platform.idempotency.IdempotentResult;

/** What a write sent with an Idempotency-Key answers: 201 with the id, marked when replayed. */
public final class AidResponses {

  private AidResponses() {}

  public static ResponseEntity<Map<String, Long>> created(IdempotentResult result) {
    var response = ResponseEntity.status(HttpStatus.CREATED);
    if (result.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.body(Map.of("id", result.id()));
  }
}
