package org.tsunagu.aid.internal.member;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.aid.MemberType;
import org.tsunagu.aid.internal.AidChecks;
import org.tsunagu.aid.internal.programme.Programmes;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;
import org.tsunagu.platform.web.Problems;

/** Members of a programme: supporters and recipients, joining, leaving, supporter profiles. */
@ApiController
@WritePermission(AidPermissions.AID_MANAGE)
class MemberApiController {

  /**
   * LEFT or DIED; {@code heirMemberId}: who receives the banked minutes where the rule says FAMILY.
   */
  record LeaveInput(String reason, String leftOn, Long heirMemberId) {}

  /** PREFERRED, EXCLUDED ("not this person") or NONE. */
  record PreferenceInput(Long supporterId, String kind, String note) {}

  private final Members members;
  private final Preferences preferences;
  private final Leaving leaving;
  private final Programmes programmes;

  MemberApiController(
      Members members, Preferences preferences, Leaving leaving, Programmes programmes) {
    this.members = members;
    this.preferences = preferences;
    this.leaving = leaving;
    this.programmes = programmes;
  }

  @Operation(summary = "The programme's members of one type (SUPPORTER, RECIPIENT, SPONSOR)")
  @GetMapping("/api/v1/aid/programmes/{programmeId}/members")
  List<Member> list(@PathVariable long programmeId, @RequestParam String type) {
    programmes.managed(CurrentUsers.require(), programmeId);
    Problems p = new Problems();
    MemberType t = AidChecks.choice(p, "type", type, MemberType.class);
    p.throwIfAny();
    return members.list(programmeId, t);
  }

  @Operation(summary = "A person joins the programme; a supporter brings skills, areas, hours")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/members")
  @ResponseStatus(HttpStatus.CREATED)
  CreatedResponse join(@PathVariable long programmeId, @RequestBody MemberInput in) {
    return new CreatedResponse(members.join(CurrentUsers.require(), programmeId, in));
  }

  @Operation(summary = "Replace a supporter's skills, areas, hours, driving and insurance")
  @PutMapping("/api/v1/aid/programmes/{programmeId}/members/{memberId}/supporter")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void supporter(
      @PathVariable long programmeId, @PathVariable long memberId, @RequestBody MemberInput in) {
    members.updateSupporter(CurrentUsers.require(), programmeId, memberId, in);
  }

  @Operation(
      summary =
          "A recipient's wish about a supporter: PREFERRED, EXCLUDED (never sent), or NONE to take"
              + " the wish off")
  @PutMapping("/api/v1/aid/programmes/{programmeId}/members/{memberId}/preference")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void prefer(
      @PathVariable long programmeId,
      @PathVariable long memberId,
      @RequestBody PreferenceInput in) {
    preferences.prefer(
        CurrentUsers.require(), programmeId, memberId, in.supporterId(), in.kind(), in.note());
  }

  @Operation(
      summary =
          "End a membership: LEFT (退会) or DIED; banked minutes go as the programme's rule says")
  @PostMapping("/api/v1/aid/programmes/{programmeId}/members/{memberId}/leaving")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void leave(
      @PathVariable long programmeId, @PathVariable long memberId, @RequestBody LeaveInput in) {
    CurrentUser user = CurrentUsers.require();
    leaving.leave(user, programmeId, memberId, in.reason(), in.leftOn(), in.heirMemberId());
  }
}
