package org.tsunagu.consultation.internal.casework;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.RelationshipKind;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.Problems;
import org.tsunagu.platform.web.UserFacingException;

/** Opens a case led by the user's organisation, and names its person once identified. */
@Service
public class CaseOpening {

  private final Cases cases;
  private final CaseAccess access;
  private final PeopleApi people;
  private final AuditLog audit;

  CaseOpening(Cases cases, CaseAccess access, PeopleApi people, AuditLog audit) {
    this.cases = cases;
    this.access = access;
    this.people = people;
    this.audit = audit;
  }

  /** Opens a case led by the user's organisation; the person, if known, becomes one it serves. */
  @Transactional
  public long open(CurrentUser user, Cases.NewCase in) {
    CaseWork.requireCaseWork(user);
    Problems p = new Problems();
    if (CaseWork.blank(in.title())) {
      p.add("title", "validation.required");
    } else if (in.title().length() > 200) {
      p.add("title", "validation.tooLong", 200);
    }
    if (in.needs() == null || in.needs().isEmpty()) {
      p.add("needs", "case.validation.needs");
    }
    if (in.urgency() == null) {
      p.add("urgency", "validation.required");
    }
    if (in.leadOrgId() != user.organizationId()) {
      p.add("leadOrgId", "case.validation.leadOrg");
    }
    if (in.personId() != null
        && !(people.lockForReference(in.personId()) && people.maySee(user, in.personId(), null))) {
      p.add("personId", "case.validation.person");
    }
    if (in.personId() == null
        && in.householdId() == null
        && CaseWork.blank(in.subjectDescription())) {
      p.add("subjectDescription", "case.validation.subject");
    }
    p.throwIfAny();
    long id = cases.insert(in, user.id());
    if (in.personId() != null) {
      people.recordRelationship(
          in.personId(), user.organizationId(), RelationshipKind.CASE, "case:" + id);
    }
    audit.record(AuditAction.CREATE, "support_case", id, null);
    return id;
  }

  /** Names the person of a case opened for someone not yet identified. */
  @Transactional
  public void identify(CurrentUser user, long caseId, long personId) {
    SupportCase c = access.lockAsLead(user, caseId);
    if (!people.lockForReference(personId) || !people.maySee(user, personId, null)) {
      throw new org.tsunagu.platform.web.NotFoundException();
    }
    if (c.personId() != null && c.personId() != personId) {
      throw new UserFacingException("case.error.alreadyIdentified", 409);
    }
    if (c.personId() == null) {
      CaseWork.checkVersion(cases.update(caseId, c.version(), "person_id = ?", personId));
      people.recordRelationship(personId, c.leadOrgId(), RelationshipKind.CASE, "case:" + caseId);
      audit.record(AuditAction.UPDATE, "support_case", caseId, "identified");
    }
  }
}
