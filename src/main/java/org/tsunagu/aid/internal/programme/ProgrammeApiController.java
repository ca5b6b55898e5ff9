package org.tsunagu.aid.internal.programme;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;
import org.tsunagu.platform.web.NotFoundException;

/** Mutual-aid programmes and their rules in the JSON API. */
@ApiController
@WritePermission(AidPermissions.AID_MANAGE)
class ProgrammeApiController {

  private final Programmes programmes;

  ProgrammeApiController(Programmes programmes) {
    this.programmes = programmes;
  }

  @Operation(summary = "The caller's organisation's mutual-aid programmes with their rules")
  @GetMapping("/api/v1/aid/programmes")
  List<Programme> list() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(AidPermissions.AID_MANAGE)) {
      throw new NotFoundException();
    }
    return programmes.ofOrganization(user.organizationId());
  }

  @Operation(summary = "One programme with its fee rules, time-credit rules and menu")
  @GetMapping("/api/v1/aid/programmes/{id}")
  Programme one(@PathVariable long id) {
    return programmes.managed(CurrentUsers.require(), id);
  }

  @Operation(summary = "Start a programme with its rules, rates for every band and its menu")
  @PostMapping("/api/v1/aid/programmes")
  @ResponseStatus(HttpStatus.CREATED)
  CreatedResponse create(@RequestBody ProgrammeInput in) {
    return new CreatedResponse(programmes.create(CurrentUsers.require(), in));
  }

  @Operation(
      summary =
          "Replace a programme's rules; later settlements use them, settled months keep theirs")
  @PutMapping("/api/v1/aid/programmes/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void replace(@PathVariable long id, @RequestBody ProgrammeInput in) {
    programmes.replaceRules(CurrentUsers.require(), id, in);
  }
}
