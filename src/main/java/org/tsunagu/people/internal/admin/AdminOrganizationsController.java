package org.tsunagu.people.internal.admin;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FieldErrorsException.FieldProblem;

/** Organisations with the domains and areas they serve; the area tree. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_ORGANIZATIONS')")
@WritePermission(PeoplePermissions.MANAGE_ORGANIZATIONS)
class AdminOrganizationsController {

  private final Organizations organizations;
  private final Areas areas;
  private final OrganizationAdmin admin;
  private final AreaAdmin areaAdmin;

  AdminOrganizationsController(
      Organizations organizations, Areas areas, OrganizationAdmin admin, AreaAdmin areaAdmin) {
    this.organizations = organizations;
    this.areas = areas;
    this.admin = admin;
    this.areaAdmin = areaAdmin;
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
    List<SupportDomain> ds = new ArrayList<>();
    for (String d : domains == null ? List.<String>of() : domains) {
      ds.add(FormChoices.parse(SupportDomain.class, d));
    }
    try {
      admin.save(
          id,
          new OrganizationAdmin.OrganizationInput(
              name,
              FormChoices.parse(OrganizationType.class, type),
              phone,
              responseDays,
              active,
              ds,
              areaIds));
    } catch (FieldErrorsException e) {
      redirect.addFlashAttribute(
          "orgErrors", e.problems().stream().map(FieldProblem::messageKey).distinct().toList());
      return "redirect:/admin/organizations";
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
    try {
      areaAdmin.create(
          new AreaAdmin.AreaInput(parent, FormChoices.parse(AreaLevel.class, level), name, null));
      redirect.addFlashAttribute("notice", "admin.areas.created");
    } catch (FieldErrorsException e) {
      redirect.addFlashAttribute(
          "areaErrors", e.problems().stream().map(FieldProblem::messageKey).distinct().toList());
    }
    return "redirect:/admin/areas" + (parent == null ? "" : "?parent=" + parent);
  }
}
