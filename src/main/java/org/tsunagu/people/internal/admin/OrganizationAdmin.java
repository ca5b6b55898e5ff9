package org.tsunagu.people.internal.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.Problems;

/** Creates and changes organisations with the domains, areas and answer time they declare. */
@Service
public class OrganizationAdmin {

  /** An organisation as entered on the screen or sent to the API. */
  public record OrganizationInput(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrganizationType type,
      String phone,
      Integer responseDays,
      Boolean active,
      List<SupportDomain> domains,
      List<Long> areaIds) {}

  private final Organizations organizations;
  private final Areas areas;
  private final AuditLog audit;

  OrganizationAdmin(Organizations organizations, Areas areas, AuditLog audit) {
    this.organizations = organizations;
    this.areas = areas;
    this.audit = audit;
  }

  /** Creates the organisation (id null) or changes it; refuses bad input field by field. */
  @Transactional
  public long save(Long id, OrganizationInput in) {
    if (id != null && organizations.find(id).isEmpty()) {
      throw new NotFoundException();
    }
    Problems p = new Problems();
    String name = in.name() == null ? "" : in.name().strip();
    if (name.isEmpty() || name.length() > 100 || name.matches(".*[<>\"].*")) {
      p.add("name", "admin.organizations.error.name");
    } else if (organizations.nameTaken(name, id)) {
      p.add("name", "admin.organizations.error.nameTaken");
    }
    if (in.type() == null) {
      p.add("type", "admin.organizations.error.type");
    }
    int days = in.responseDays() == null ? 3 : in.responseDays();
    if (days < 1 || days > 30) {
      p.add("responseDays", "admin.organizations.error.responseDays");
    }
    String phone = in.phone() == null || in.phone().isBlank() ? null : in.phone().strip();
    if (phone != null && !phone.matches("[0-9０-９()（）+\\- ]{10,20}")) {
      p.add("phone", "validation.phone");
    }
    Set<SupportDomain> domains = EnumSet.noneOf(SupportDomain.class);
    if (in.domains() != null) {
      if (in.domains().contains(null)) {
        p.add("domains", "admin.organizations.error.domain");
      }
      in.domains().stream().filter(d -> d != null).forEach(domains::add);
    }
    Set<Long> areaIds = new HashSet<>(in.areaIds() == null ? List.of() : in.areaIds());
    if (areaIds.stream().anyMatch(a -> a == null || !areas.exists(a))) {
      p.add("areaIds", "validation.area.unknown");
    }
    p.throwIfAny();
    if (id == null) {
      long created = organizations.create(name, in.type(), phone, days, domains, areaIds);
      audit.record(AuditAction.CREATE, "organization", created, null);
      return created;
    }
    boolean active = in.active() == null || in.active();
    organizations.update(id, name, in.type(), phone, days, active, domains, areaIds);
    audit.record(AuditAction.UPDATE, "organization", id, null);
    return id;
  }
}
