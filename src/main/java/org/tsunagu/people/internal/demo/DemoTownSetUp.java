package org.tsunagu.people.internal.demo;

import static org.tsunagu.people.internal.demo.DemoTownPlan.SHAKYO;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.admin.AreaAdmin;
import org.tsunagu.people.internal.admin.OrganizationAdmin;
import org.tsunagu.platform.demo.DemoActor;
import org.tsunagu.platform.demo.DemoTownContext;
import org.tsunagu.platform.demo.UserBulkWriter;

/**
 * Sets the demo town up as a fresh install is set up. Its first organisation, the 社協, and its
 * administrator are bootstrapped, since no one is signed in yet to create them: the 社協 as a bare
 * row of the organisation store, {@code admin} as the README's SQL insert. Then {@code admin}
 * creates the area tree, completes the 社協, creates the other organisations and every other login on
 * the admin services the /admin screens and the API use, so each is validated and audited.
 */
final class DemoTownSetUp {

  private final RegistryDemoServices services;
  private final DemoActor actor;
  private final DemoTownPlan plan;

  DemoTownSetUp(RegistryDemoServices services, DemoActor actor, DemoTownPlan plan) {
    this.services = services;
    this.actor = actor;
    this.plan = plan;
  }

  /** Sets the town up as {@code admin} at {@code at}; adds its organisations and logins. */
  void run(DemoTownContext context, Instant at) throws SQLException {
    long shakyo =
        services
            .organizationStore()
            .create(
                SHAKYO,
                OrganizationType.SHAKYO,
                null,
                OrganizationPlan.USUAL_RESPONSE_DAYS,
                Set.of(),
                Set.of());
    context.addLogin(
        DemoTownLogins.ADMIN,
        DemoTownLogins.bootstrapAdmin(
            new UserBulkWriter(context.connection()), context.passwordHash(), shakyo));
    actor.act(
        at,
        DemoTownLogins.ADMIN,
        admin -> {
          plan.areas.create(this::createArea);
          plan.orgs.create(
              plan.areas,
              (name, type, phone, days, domains, areaIds) ->
                  saveOrganization(
                      name.equals(SHAKYO) ? shakyo : null,
                      name,
                      type,
                      phone,
                      days,
                      domains,
                      areaIds));
          DemoTownLogins.create(services.accounts(), plan::orgId).forEach(context::addLogin);
        });
    plan.organizationIds().forEach(context::addOrganization);
  }

  private long createArea(Long parentId, String level, String name, String code) {
    return services
        .areas()
        .create(new AreaAdmin.AreaInput(parentId, AreaLevel.valueOf(level), name, code));
  }

  private long saveOrganization(
      Long id,
      String name,
      String type,
      String phone,
      int responseDays,
      List<String> domains,
      List<Long> areaIds) {
    return services
        .organizations()
        .save(
            id,
            new OrganizationAdmin.OrganizationInput(
                name,
                OrganizationType.valueOf(type),
                phone,
                responseDays,
                true,
                domains.stream().map(SupportDomain::valueOf).toList(),
                areaIds));
  }
}
