package org.tsunagu.people.internal.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.Permission;
import org.tsunagu.platform.security.WritePermission;

/** Organisations with the domains and areas they serve; the area tree. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_ORGANIZATIONS')")
@WritePermission(Permission.MANAGE_ORGANIZATIONS)
class AdminOrganizationsController {

  private final Organizations organizations;
  private final Areas areas;
  private final AuditLog audit;

  AdminOrganizationsController(Organizations organizations, Areas areas, AuditLog audit) {
    this.organizations = organizations;
    this.areas = areas;
    this.audit = audit;
  }

  @GetMapping("/admin/organizations")
  String list(Model model) {
    model.addAttribute("organizations", organizations.all());
    model.addAttribute("types", OrganizationType.values());
    model.addAttribute("domains", SupportDomain.values());
    model.addAttribute("areas", areas);
    model.addAttribute(
        "districts", areas.all().stream().filter(a -> a.level() != AreaLevel.TOWN).toList());
    return "admin/organizations";
  }

  @PostMapping("/admin/organizations")
  String save(
      @RequestParam(required = false) Long id,
      @RequestParam String name,
      @RequestParam String type,
      @RequestParam(required = false) String phone,
      @RequestParam(defaultValue = "3") int responseDays,
      @RequestParam(defaultValue = "true") boolean active,
      @RequestParam(required = false) List<String> domains,
      @RequestParam(required = false) List<Long> areaIds,
      RedirectAttributes redirect) {
    List<String> errors = new ArrayList<>();
    String n = name.strip();
    if (n.isEmpty() || n.length() > 100 || n.matches(".*[<>\"].*")) {
      errors.add("admin.organizations.error.name");
    } else if (organizations.nameTaken(n, id)) {
      errors.add("admin.organizations.error.nameTaken");
    }
    OrganizationType t = null;
    try {
      t = OrganizationType.valueOf(type);
    } catch (IllegalArgumentException e) {
      errors.add("admin.organizations.error.type");
    }
    if (responseDays < 1 || responseDays > 30) {
      errors.add("admin.organizations.error.responseDays");
    }
    Set<SupportDomain> ds = EnumSet.noneOf(SupportDomain.class);
    for (String d : domains == null ? List.<String>of() : domains) {
      try {
        ds.add(SupportDomain.valueOf(d));
      } catch (IllegalArgumentException e) {
        errors.add("admin.organizations.error.domain");
      }
    }
    Set<Long> as = new HashSet<>(areaIds == null ? List.of() : areaIds);
    if (as.stream().anyMatch(a -> !areas.exists(a))) {
      errors.add("validation.area.unknown");
    }
    if (!errors.isEmpty()) {
      redirect.addFlashAttribute("orgErrors", errors);
      return "redirect:/admin/organizations";
    }
    if (id == null) {
      long newId = organizations.create(n, t, blankToNull(phone), responseDays, ds, as);
      audit.record(AuditAction.CREATE, "organization", newId, null);
    } else {
      organizations.update(id, n, t, blankToNull(phone), responseDays, active, ds, as);
      audit.record(AuditAction.UPDATE, "organization", id, null);
    }
    redirect.addFlashAttribute("notice", "admin.organizations.saved");
    return "redirect:/admin/organizations";
  }

  @GetMapping("/admin/areas")
  String areas(@RequestParam(required = false) Long parent, Model model) {
    model.addAttribute("parent", parent == null ? null : areas.find(parent).orElse(null));
    model.addAttribute("path", parent == null ? List.of() : areas.path(parent));
    model.addAttribute("children", areas.children(parent));
    model.addAttribute("levels", AreaLevel.values());
    return "admin/areas";
  }

  @PostMapping("/admin/areas")
  String createArea(
      @RequestParam(required = false) Long parent,
      @RequestParam String name,
      @RequestParam String level,
      RedirectAttributes redirect) {
    String n = name.strip();
    AreaLevel l;
    try {
      l = AreaLevel.valueOf(level);
    } catch (IllegalArgumentException e) {
      l = null;
    }
    if (n.isEmpty() || n.length() > 60 || l == null || (parent != null && !areas.exists(parent))) {
      redirect.addFlashAttribute("areaErrors", List.of("admin.areas.error"));
    } else {
      try {
        long id = areas.create(parent, l, n, null, null, null);
        audit.record(AuditAction.CREATE, "area", id, null);
        redirect.addFlashAttribute("notice", "admin.areas.created");
      } catch (org.springframework.dao.DuplicateKeyException e) {
        redirect.addFlashAttribute("areaErrors", List.of("admin.areas.duplicate"));
      }
    }
    return "redirect:/admin/areas" + (parent == null ? "" : "?parent=" + parent);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
