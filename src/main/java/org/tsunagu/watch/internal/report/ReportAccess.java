package org.tsunagu.watch.internal.report;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.UserFacingException;
import org.tsunagu.watch.internal.WatchPersons;

/**
 * Who may report on a target: one of its watchers, staff of the organisation that registered it, or
 * staff of the organisation whose 見守り協定 it is under — the last only for a person living in the
 * agreement's area. Always only for a person the reporter's organisation may see for the watch-over
 * programme; anyone else gets 404.
 */
@Component
class ReportAccess {

  record Target(
      long id,
      long personId,
      long organizationId,
      Long agreementOrg,
      Long agreementArea,
      boolean watcher) {}

  private final JdbcClient jdbc;
  private final PeopleApi people;
  private final WatchPersons persons;

  ReportAccess(JdbcClient jdbc, PeopleApi people, WatchPersons persons) {
    this.jdbc = jdbc;
    this.people = people;
    this.persons = persons;
  }

  Target require(CurrentUser user, long targetId) {
    Target t =
        jdbc.sql(
                "SELECT t.id, t.person_id, t.organization_id, a.organization_id AS agreement_org,"
                    + " a.area_id AS agreement_area, EXISTS (SELECT 1 FROM watch.watcher w WHERE"
                    + " w.target_id = t.id AND w.user_id = ?) AS watcher FROM watch.target t LEFT"
                    + " JOIN watch.agreement a ON a.id = t.agreement_id AND a.ended_on IS NULL"
                    + " WHERE t.id = ? AND t.active")
            .params(user.id(), targetId)
            .query(Target.class)
            .optional()
            .orElseThrow(NotFoundException::new);
    boolean own = t.organizationId() == user.organizationId();
    boolean underAgreement = t.agreementOrg() != null && t.agreementOrg() == user.organizationId();
    if (!(t.watcher() || own || underAgreement)
        || !persons.visible(t.personId(), user.organizationId())) {
      throw new NotFoundException();
    }
    if (!t.watcher() && !own && t.agreementArea() != null) {
      Long area =
          persons
              .line(t.personId(), user.organizationId())
              .map(WatchPersons.PersonLine::areaId)
              .orElse(null);
      List<Long> covered = people.areaWithDescendants(t.agreementArea());
      if (area == null || !covered.contains(area)) {
        throw new UserFacingException("watch.report.outsideArea", 422);
      }
    }
    return t;
  }
}
