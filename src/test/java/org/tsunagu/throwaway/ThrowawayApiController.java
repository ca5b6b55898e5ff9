package org.tsunagu.throwaway;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;

/** A write that only the holders of the module's permission may make. */
@ApiController
@Profile("throwaway")
@WritePermission(ThrowawayPermissions.THROWAWAY_USE)
class ThrowawayApiController {

  @PostMapping("/api/v1/throwaway/pings")
  ResponseEntity<Void> ping() {
    return ResponseEntity.noContent().build();
  }
}
