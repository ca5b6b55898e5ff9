package org.tsunagu.consultation.internal.demo.city;

import java.time.OffsetDateTime;
import java.util.List;
import org.tsunagu.people.bulk.CityPersons;

/**
 * What later steps (conferences, the benchmark logins) need to know of a generated case.
 *
 * @param person the person's index in {@link CityPersons}
 * @param ward the ward's index
 * @param leadOrg the lead organisation's index in the plan
 * @param closedAt null while the case is open
 * @param partners the organisations (indices) working a referral of the case they took on
 * @param seeing the organisations the case made able to see the person: the lead, receivers with a
 *     REFERRAL relationship or a consent scoped to them
 * @param intakeConsent whether the person agreed at intake to share with every 包括
 */
record CaseFacts(
    long id,
    int person,
    long personId,
    int ward,
    int leadOrg,
    long leadWorkerId,
    OffsetDateTime openedAt,
    OffsetDateTime closedAt,
    List<Integer> partners,
    List<Integer> seeing,
    boolean intakeConsent) {

  boolean open() {
    return closedAt == null;
  }
}
