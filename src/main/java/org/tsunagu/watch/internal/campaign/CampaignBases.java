package org.tsunagu.watch.internal.campaign;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.BasisKind;
import org.tsunagu.people.PeopleApi;

/**
 * The DISASTER access bases of a declared-disaster campaign: for each person checked, the starting
 * organisation and the assigned watcher's organisation, where they could not see the person
 * already. Recorded in the registry (who decided, why), ended when the campaign closes.
 */
@Component
class CampaignBases {

  record Grant(long personId, long organizationId) {}

  private final JdbcClient jdbc;
  private final PeopleApi people;

  CampaignBases(JdbcClient jdbc, PeopleApi people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  void open(long campaignId, long decidedBy, String name) {
    List<Grant> grants =
        jdbc.sql(
                "SELECT DISTINCT g.person_id, g.organization_id FROM (SELECT s.person_id,"
                    + " c.organization_id FROM watch.safety_check s JOIN watch.campaign c ON c.id ="
                    + " s.campaign_id WHERE s.campaign_id = :c UNION SELECT s.person_id,"
                    + " u.organization_id FROM watch.safety_check s JOIN platform.user_directory u"
                    + " ON u.id = s.assigned_to WHERE s.campaign_id = :c) g WHERE NOT EXISTS (SELECT"
                    + " 1 FROM people.visibility v WHERE v.person_id = g.person_id AND"
                    + " v.organization_id = g.organization_id AND (v.purpose IS NULL OR v.purpose"
                    + " IN ('WATCH', 'DISASTER_REGISTRY')))")
            .param("c", campaignId)
            .query(Grant.class)
            .list();
    String reason = "安否確認「" + name + "」（災害対策基本法第49条の11第3項）";
    for (Grant g : grants) {
      long basis =
          people.recordBasis(
              g.personId(), g.organizationId(), BasisKind.DISASTER, reason, decidedBy, null);
      jdbc.sql(
              "INSERT INTO watch.campaign_basis (campaign_id, person_id, organization_id, basis_id)"
                  + " VALUES (?, ?, ?, ?)")
          .params(campaignId, g.personId(), g.organizationId(), basis)
          .update();
    }
  }

  void end(long campaignId, long endedBy) {
    jdbc.sql("SELECT basis_id FROM watch.campaign_basis WHERE campaign_id = ?")
        .param(campaignId)
        .query(Long.class)
        .list()
        .forEach(basis -> people.endBasis(basis, endedBy));
  }
}
