package org.tsunagu.consultation.internal.window;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.Htmx;

/**
 * The consultation windows (相談窓口) screen: coordinators see and add the windows of their
 * organisation, administrators all of them; stopping and resuming a window works with htmx too.
 */
@Controller
@WritePermission({PeoplePermissions.MANAGE_ORGANIZATIONS, ConsultationPermissions.CASE_WORK})
class WindowPageController {

  /** A window as its row shows it: where it is, and whether this user may stop or resume it. */
  record Row(Windows.Window window, String areaPath, boolean mayChange) {}

  private final Windows windows;
  private final WindowOpening opening;
  private final PeopleApi people;

  WindowPageController(Windows windows, WindowOpening opening, PeopleApi people) {
    this.windows = windows;
    this.opening = opening;
    this.people = people;
  }

  @GetMapping("/windows")
  String list(HttpServletRequest request, Model model) {
    CurrentUser user = requireManager();
    model.addAttribute("form", WindowForm.receivingTo(user.organizationId()));
    model.addAttribute("errors", FormErrors.none());
    return Htmx.view(request, page(user, request, model), "windows");
  }

  @PostMapping("/windows")
  String create(
      @ModelAttribute("form") WindowForm form,
      BindingResult ignoredBinding,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = requireManager();
    try {
      opening.create(user, form.toInput());
      redirect.addFlashAttribute("notice", "window.created");
      return "redirect:/windows";
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", FormErrors.of(e));
      return page(user, request, model);
    }
  }

  /** Stops (active=false) or resumes (active=true) taking intakes at the window. */
  @PostMapping("/windows/{id}/active")
  String setActive(
      @PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
    windows.setActive(requireManager(), id, active);
    redirect.addFlashAttribute("notice", active ? "window.activated" : "window.deactivated");
    return "redirect:/windows";
  }

  private String page(CurrentUser user, HttpServletRequest request, Model model) {
    boolean admin = user.role() == Role.ADMIN;
    List<Windows.Window> shown = admin ? windows.all() : windows.ofOrganization(user);
    model.addAttribute(
        "rows",
        shown.stream()
            .map(
                w ->
                    new Row(
                        w,
                        w.areaId() == null ? "" : String.join(" › ", people.areaPath(w.areaId())),
                        Windows.mayChange(user, w)))
            .toList());
    List<OrganizationRef> organizations = people.organizations();
    model.addAttribute("organizations", organizations);
    model.addAttribute(
        "receivingChoices",
        admin
            ? organizations
            : organizations.stream().filter(o -> o.id() == user.organizationId()).toList());
    model.addAttribute("areas", people.areasDownTo(AreaLevel.ASSOCIATION));
    model.addAttribute("kinds", Windows.Kind.values());
    model.addAttribute("htmx", Htmx.isHtmx(request));
    return "windows/list";
  }

  private static CurrentUser requireManager() {
    CurrentUser user = CurrentUsers.require();
    if (!Windows.mayManage(user)) {
      throw new AccessDeniedException("windows");
    }
    return user;
  }
}
