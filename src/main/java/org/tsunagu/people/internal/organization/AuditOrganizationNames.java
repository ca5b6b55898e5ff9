package org.tsunagu.people.internal.organization;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.audit.AuditOrganizations;

/** The registry's organisations, named for the audit screen and its exports. */
@Component
class AuditOrganizationNames implements AuditOrganizations {

  private final Organizations organizations;

  AuditOrganizationNames(Organizations organizations) {
    this.organizations = organizations;
  }

  @Override
  public Map<Long, String> names() {
    Map<Long, String> names = new LinkedHashMap<>();
    organizations.all().forEach(o -> names.put(o.id(), o.name()));
    return names;
  }
}
