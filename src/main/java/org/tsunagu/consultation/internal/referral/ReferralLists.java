package org.tsunagu.consultation.internal.referral;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.platform.security.CurrentUser;

/** The pages of referrals an organisation received or sent. */
@Component
class ReferralLists {

  private final JdbcClient jdbc;

  ReferralLists(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Referrals to the user's organisation: waiting for an answer first, oldest deadline first. */
  List<ReferralQueries.ListRow> received(CurrentUser user, boolean activeOnly, int page) {
    return list(user, "r.to_org_id", "r.from_org_id", activeOnly, page);
  }

  /** Referrals the user's organisation sent, in the same order. */
  List<ReferralQueries.ListRow> sent(CurrentUser user, boolean activeOnly, int page) {
    return list(user, "r.from_org_id", "r.to_org_id", activeOnly, page);
  }

  private List<ReferralQueries.ListRow> list(
      CurrentUser user, String mine, String other, boolean activeOnly, int page) {
    if (!user.may(ConsultationPermissions.CASE_WORK)) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT r.id, c.reference AS case_reference, o.name AS other_org_name, r.status,"
                + " r.urgency, r.summary, r.sent_at, r.respond_by, r.first_opened_at FROM"
                + " consultation.referral r JOIN consultation.support_case c ON c.id = r.case_id"
                + " JOIN people.organization_directory o ON o.id = "
                + other
                + " WHERE "
                + mine
                + " = :org AND (NOT :active OR r.status IN ('PENDING','ACCEPTED','IN_PROGRESS'))"
                + " ORDER BY r.status = 'PENDING' DESC, r.respond_by, r.id LIMIT 51 OFFSET"
                + " :offset")
        .param("org", user.organizationId())
        .param("active", activeOnly)
        .param("offset", Math.max(0, page) * 50)
        .query(ReferralQueries.ListRow.class)
        .list();
  }
}
