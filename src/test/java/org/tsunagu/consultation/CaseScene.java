package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.Set;
import org.tsunagu.consultation.internal.casework.CaseAccess;
import org.tsunagu.consultation.internal.casework.CaseBases;
import org.tsunagu.consultation.internal.casework.PlanReviews;
import org.tsunagu.consultation.internal.casework.Plans;
import org.tsunagu.people.ConsentRequest;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.people.internal.person.PersonInput;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.ConsultationData;
import org.tsunagu.support.TestData;

/**
 * A case with something in every section: a person living with a household member, the person's
 * consent, a referral on it to a 包括 (with a phone) and one without a basis to an NPO, a goal, an
 * action and a review.
 */
public final class CaseScene {

  public static final String PHONE = "0280-22-0001";

  public final long shakyo;
  public final long centre;
  public final long npo;
  public final CurrentUser coordinator;
  public final CurrentUser centreWorker;
  public final CurrentUser npoWorker;
  public final String family;
  public final long personId;
  public final long caseId;
  public final long consentBasis;
  public final long toCentre;
  public final long toNpo;

  public CaseScene(
      TestData data,
      ConsultationData consultation,
      Organizations organizations,
      CaseBases bases,
      Plans plans,
      PlanReviews planReviews) {
    shakyo =
        organizations.create(
            TestData.unique("社協"), OrganizationType.SHAKYO, PHONE, 3, Set.of(), Set.of());
    centre =
        organizations.create(
            TestData.unique("包括"),
            OrganizationType.COMMUNITY_CARE_CENTER,
            null,
            3,
            Set.of(SupportDomain.POVERTY_DEBT),
            Set.of());
    npo = data.organization(OrganizationType.NPO);
    coordinator = data.user(shakyo, Role.COORDINATOR);
    centreWorker = data.user(centre, Role.AGENCY_WORKER);
    npoWorker = data.user(npo, Role.AGENCY_WORKER);
    family = "野口" + TestData.unique("").replaceAll("\\D", "");
    String household = TestData.unique("世帯");
    personId = data.register(coordinator, person(family, "ハル", "はる", "1941-04-01", household));
    data.register(coordinator, person(family, "一郎", "いちろう", "1968-09-15", household));
    caseId = consultation.openCase(coordinator, personId, Set.of(SupportDomain.POVERTY_DEBT));
    consentBasis =
        TestData.asUser(
            coordinator,
            () ->
                bases.recordConsent(
                    coordinator,
                    caseId,
                    new ConsentRequest(
                        CaseAccess.PURPOSE,
                        null,
                        OrganizationType.COMMUNITY_CARE_CENTER.name(),
                        "PERSON",
                        null,
                        null,
                        "ORAL",
                        TestData.today().toString(),
                        null),
                    null));
    toCentre = consultation.refer(coordinator, caseId, consentBasis, centre).get(0);
    toNpo = consultation.refer(coordinator, caseId, null, npo).get(0);
    TestData.asUser(
        coordinator,
        () -> {
          long goal = plans.addGoal(coordinator, caseId, "家賃の滞納を解消する");
          plans.addAction(
              coordinator,
              caseId,
              new Plans.ActionInput(
                  goal, "家計の状況を一緒に整理する", shakyo, null, LocalDate.now().plusDays(14), null));
          return planReviews.review(
              coordinator, caseId, TestData.today(), "滞納額を確認した", TestData.today().plusDays(30));
        });
  }

  private static PersonInput person(
      String family, String given, String givenKana, String birth, String household) {
    return new PersonInput(
        family,
        given,
        "のぐち",
        givenKana,
        birth,
        "FEMALE",
        "3060023",
        "茨城県",
        "古河市",
        "本町1-2-3",
        null,
        null,
        "090-0000-1234",
        household,
        false,
        false,
        null);
  }
}
