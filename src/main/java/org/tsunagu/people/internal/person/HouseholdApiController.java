package org.tsunagu.people.internal.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.ApiController;

/** A person's household (世帯): its reference and the members the caller may see. */
@ApiController
@Tag(name = "Persons")
class HouseholdApiController {

  record HouseholdResponse(String reference, List<PersonResponse> members) {}

  private final PersonRegistry registry;
  private final AuditLog audit;

  HouseholdApiController(PersonRegistry registry, AuditLog audit) {
    this.registry = registry;
    this.audit = audit;
  }

  @GetMapping("/api/v1/persons/{id}/household")
  @Operation(summary = "The person's household and its members the caller may see (audited)")
  HouseholdResponse household(@PathVariable long id) {
    CurrentUser user = CurrentUsers.require();
    PersonRecord p = registry.open(user, id);
    List<PersonRecord> members = registry.household(user, p);
    audit.recordSearch("person", "household", members.stream().map(PersonRecord::id).toList());
    return new HouseholdResponse(
        p.householdReference(), members.stream().map(PersonResponse::of).toList());
  }
}
