package org.tsunagu.support;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;

/**
 * For the crawling browser tests: one user per role, each in an organisation of the kind that role
 * works in, and records for their pages to show (a person, a case, a referral).
 */
public final class CrawlUsers {

  private CrawlUsers() {}

  public static Map<Role, CurrentUser> withRecords(TestData data, ConsultationData consultation) {
    long shakyo = data.organization(OrganizationType.SHAKYO);
    long houkatsu = data.organization(OrganizationType.COMMUNITY_CARE_CENTER);
    Map<OrganizationType, Long> others = new EnumMap<>(OrganizationType.class);
    Map<Role, CurrentUser> users = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      OrganizationType type = organizationTypeOf(role);
      long org =
          switch (type) {
            case SHAKYO -> shakyo;
            case COMMUNITY_CARE_CENTER -> houkatsu;
            default -> others.computeIfAbsent(type, data::organization);
          };
      users.put(role, data.user(org, role));
    }
    CurrentUser coordinator = users.get(Role.COORDINATOR);
    long person =
        data.register(coordinator, TestData.person("見本", "花子", "ミホン", "ハナコ", "1940-04-01"));
    long caseId = consultation.openCase(coordinator, person, Set.of(SupportDomain.POVERTY_DEBT));
    long basis = consultation.supportMeetingBasis(coordinator, caseId);
    consultation.refer(coordinator, caseId, basis, houkatsu);
    return users;
  }

  private static OrganizationType organizationTypeOf(Role role) {
    return switch (role) {
      case AGENCY_WORKER -> OrganizationType.COMMUNITY_CARE_CENTER;
      case MUNICIPAL_OFFICER -> OrganizationType.MUNICIPALITY;
      case COOP_STAFF, DELIVERY_STAFF, SUPPORTER, MEMBER -> OrganizationType.COOP;
      case SALON_HOST -> OrganizationType.VOLUNTEER_GROUP;
      case FOOD_BANK_STAFF -> OrganizationType.FOOD_BANK;
      default -> OrganizationType.SHAKYO;
    };
  }
}
