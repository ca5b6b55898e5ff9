package org.tsunagu.consultation.internal.casework;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;

/**
 * The registry access a case basis granted to other organisations: the access bases and
 * relationships of referrals shared on it, and the access a 支援会議 gave its participants.
 */
@Component
class BasisGrants {

  private final JdbcClient jdbc;
  private final PeopleApi people;

  BasisGrants(JdbcClient jdbc, PeopleApi people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  /** Ends everything the basis granted; the caller holds the case's lock. */
  void endAll(CurrentUser user, long caseId, long basisId, Long conferenceId) {
    List<Grant> referrals =
        jdbc.sql(
                "SELECT access_basis_id, relationship_id FROM consultation.referral WHERE"
                    + " case_id = ? AND basis_id = ?")
            .params(caseId, basisId)
            .query(Grant.class)
            .list();
    for (Grant g : referrals) {
      if (g.accessBasisId() != null) {
        people.endBasis(g.accessBasisId(), user.id());
      }
      if (g.relationshipId() != null) {
        people.endRelationship(g.relationshipId(), "basis ended");
      }
    }
    if (conferenceId != null) {
      for (Long accessBasisId :
          jdbc.sql(
                  "SELECT access_basis_id FROM consultation.conference_access WHERE"
                      + " conference_id = ? AND case_id = ?")
              .params(conferenceId, caseId)
              .query(Long.class)
              .list()) {
        people.endBasis(accessBasisId, user.id());
      }
    }
  }

  private record Grant(Long accessBasisId, Long relationshipId) {}
}
