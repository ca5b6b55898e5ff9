package org.tsunagu.watch.internal.target;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.watch.WatchPermissions;

/** Who watches a target, when contact is expected and whom to tell, changed after registration. */
@ApiController
@WritePermission(WatchPermissions.WATCH_MANAGE)
class TargetChangeApiController {

  private final TargetChanges changes;
  private final TargetContacts contacts;

  TargetChangeApiController(TargetChanges changes, TargetContacts contacts) {
    this.changes = changes;
    this.contacts = contacts;
  }

  @Operation(summary = "Add a watcher to the target")
  @PostMapping("/api/v1/watch/targets/{id}/watchers")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void addWatcher(@PathVariable long id, @RequestBody TargetInput.WatcherInput in) {
    changes.addWatcher(CurrentUsers.require(), id, in);
  }

  @Operation(summary = "Take a watcher off the target")
  @DeleteMapping("/api/v1/watch/targets/{id}/watchers/{userId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeWatcher(@PathVariable long id, @PathVariable long userId) {
    changes.removeWatcher(CurrentUsers.require(), id, userId);
  }

  @Operation(summary = "Add a regular contact (a delivery, a visit, a call) to the target")
  @PostMapping("/api/v1/watch/targets/{id}/expected-contacts")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void addExpected(@PathVariable long id, @RequestBody TargetInput.ExpectedContactInput in) {
    changes.addExpected(CurrentUsers.require(), id, in);
  }

  @Operation(summary = "Stop a regular contact of the target")
  @DeleteMapping("/api/v1/watch/targets/{id}/expected-contacts/{contactId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void stopExpected(@PathVariable long id, @PathVariable long contactId) {
    changes.stopExpected(CurrentUsers.require(), id, contactId);
  }

  @Operation(
      summary =
          "Add a family member, key holder or other contact (with dailyUpdates, a short message"
              + " after each regular contact)")
  @PostMapping("/api/v1/watch/targets/{id}/contacts")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> addContact(@PathVariable long id, @RequestBody TargetInput.ContactInput in) {
    return Map.of("id", contacts.add(CurrentUsers.require(), id, in));
  }

  @Operation(
      summary = "Take a contact off the target and forget it (refused while the chain names it)")
  @DeleteMapping("/api/v1/watch/targets/{id}/contacts/{contactId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeContact(@PathVariable long id, @PathVariable long contactId) {
    contacts.remove(CurrentUsers.require(), id, contactId);
  }
}
