package org.tsunagu.people.internal.person;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.people.internal.consent.Consents;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.Htmx;
import org.tsunagu.platform.web.InputLimits;

/** Screens of the registry: list and search, register, open, edit, merge. */
@Controller
@WritePermission(PeoplePermissions.PERSON_WRITE)
class PersonPageController {

  private final PersonRegistry registry;
  private final PersonSearch search;
  private final Areas areas;
  private final Organizations organizations;
  private final Consents consents;

  PersonPageController(
      PersonRegistry registry,
      PersonSearch search,
      Areas areas,
      Organizations organizations,
      Consents consents) {
    this.registry = registry;
    this.search = search;
    this.areas = areas;
    this.organizations = organizations;
    this.consents = consents;
  }

  @GetMapping("/persons")
  String list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page, Model model) {
    PersonRegistry.require(CurrentUsers.require(), PeoplePermissions.PERSON_READ);
    model.addAttribute("result", search.list(CurrentUsers.require(), page));
    model.addAttribute("q", "");
    model.addAttribute("areas", areas);
    return "people/list";
  }

  /** Names travel in the body, never in the URL (which ends up in logs and history). */
  @WritePermission(PeoplePermissions.PERSON_READ)
  @PostMapping("/persons/search")
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") @Min(0) @Max(InputLimits.MAX_PAGE) int page,
      HttpServletRequest request,
      Model model) {
    PersonRegistry.require(CurrentUsers.require(), PeoplePermissions.PERSON_READ);
    String query = q.length() > 100 ? q.substring(0, 100) : q;
    model.addAttribute("result", search.search(CurrentUsers.require(), query, page));
    model.addAttribute("q", query);
    model.addAttribute("areas", areas);
    return Htmx.view(request, "people/list", "results");
  }

  @GetMapping("/persons/new")
  String newForm(@RequestParam(required = false) String returnTo, Model model) {
    PersonForm form = new PersonForm();
    form.setReturnTo(returnTo);
    model.addAttribute("form", form);
    return form(model, null);
  }

  @PostMapping("/persons")
  String create(@ModelAttribute("form") PersonForm form, Model model, RedirectAttributes redirect) {
    try {
      long id =
          registry.register(CurrentUsers.require(), form.toInput(), form.isConfirmNotDuplicate());
      redirect.addFlashAttribute("notice", "person.created");
      return form.hasSafeReturnTo()
          ? "redirect:" + form.getReturnTo() + "?candidate=" + id
          : "redirect:/persons/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", new FormErrors(e.problems()));
    } catch (PossibleDuplicateException e) {
      model.addAttribute("duplicates", e.matches());
    }
    return form(model, null);
  }

  @GetMapping("/persons/{id}")
  String show(@PathVariable long id, Model model) {
    CurrentUser user = CurrentUsers.require();
    PersonRecord p;
    try {
      p = registry.open(user, id);
    } catch (PersonRegistry.MergedException e) {
      return "redirect:/persons/" + e.survivorId();
    }
    model.addAttribute("person", p);
    model.addAttribute("age", p.age(LocalDate.now(DisplayFormats.TOKYO)));
    model.addAttribute("areaPath", p.areaId() == null ? List.of() : areas.path(p.areaId()));
    model.addAttribute("household", registry.household(user, p));
    model.addAttribute("consents", consents.forPerson(id));
    model.addAttribute("registeredBy", organizations.name(p.registeredBy()).orElse(""));
    model.addAttribute("today", LocalDate.now(DisplayFormats.TOKYO));
    return "people/show";
  }

  @GetMapping("/persons/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    PersonRecord p = registry.open(CurrentUsers.require(), id);
    model.addAttribute("form", PersonForm.of(p));
    return form(model, id);
  }

  @PostMapping("/persons/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") PersonForm form,
      Model model,
      RedirectAttributes redirect) {
    try {
      registry.update(CurrentUsers.require(), id, form.getVersion(), form.toInput());
      redirect.addFlashAttribute("notice", "person.updated");
      return "redirect:/persons/" + id;
    } catch (FieldErrorsException e) {
      model.addAttribute("errors", new FormErrors(e.problems()));
    } catch (org.springframework.dao.OptimisticLockingFailureException e) {
      model.addAttribute("conflict", true);
    }
    return form(model, id);
  }

  @GetMapping("/persons/merge")
  String mergeForm(
      @RequestParam(required = false) Long survivor,
      @RequestParam(required = false) Long merged,
      Model model) {
    CurrentUser user = CurrentUsers.require();
    PersonRegistry.require(user, PeoplePermissions.PERSON_MERGE);
    if (survivor != null && merged != null) {
      model.addAttribute("a", registry.open(user, survivor));
      model.addAttribute("b", registry.open(user, merged));
    }
    model.addAttribute("survivor", survivor);
    model.addAttribute("merged", merged);
    return "people/merge";
  }

  @WritePermission(PeoplePermissions.PERSON_MERGE)
  @PostMapping("/persons/merge")
  String merge(
      @RequestParam long survivor, @RequestParam long merged, RedirectAttributes redirect) {
    registry.merge(CurrentUsers.require(), survivor, merged);
    redirect.addFlashAttribute("notice", "person.merged");
    return "redirect:/persons/" + survivor;
  }

  @WritePermission(PeoplePermissions.PERSON_MERGE)
  @PostMapping("/duplicates/{id}/dismiss")
  String dismiss(@PathVariable long id, RedirectAttributes redirect) {
    registry.dismissDuplicate(CurrentUsers.require(), id);
    redirect.addFlashAttribute("notice", "duplicate.dismissed");
    return "redirect:/";
  }

  private String form(Model model, Long id) {
    model.addAttribute("personId", id);
    model.addAttribute("eras", List.of("AD", "R", "H", "S", "T", "M"));
    PersonForm f = (PersonForm) model.getAttribute("form");
    model.addAttribute(
        "towns",
        f != null && f.getAreaId() != null
            ? areas.find(f.getAreaId()).map(List::of).orElse(List.of())
            : List.of());
    FormErrors.addUnlessPresent(model);
    return "people/form";
  }
}
