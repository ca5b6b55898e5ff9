package org.tsunagu.watch.internal.target;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.watch.WatchPermissions;

/** A target's contacts, watchers and regular contacts changed on the target's page. */
@Controller
@WritePermission(WatchPermissions.WATCH_MANAGE)
class TargetChangePageController {

  private final TargetContacts contacts;
  private final TargetChanges changes;
  private final TargetPage page;

  TargetChangePageController(TargetContacts contacts, TargetChanges changes, TargetPage page) {
    this.contacts = contacts;
    this.changes = changes;
    this.page = page;
  }

  @PostMapping("/watch/targets/{id}/contacts")
  String addContact(
      @PathVariable long id,
      TargetInput.ContactInput contact,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("contact", contact);
    return page.change(
        id,
        "contact",
        () -> contacts.add(CurrentUsers.require(), id, contact),
        "watch.target.contactAdded",
        model,
        redirect);
  }

  @PostMapping("/watch/targets/{id}/contacts/{contactId}/remove")
  String removeContact(
      @PathVariable long id,
      @PathVariable long contactId,
      Model model,
      RedirectAttributes redirect) {
    return page.change(
        id,
        "removeContact",
        () -> contacts.remove(CurrentUsers.require(), id, contactId),
        "watch.target.contactRemoved",
        model,
        redirect);
  }

  @PostMapping("/watch/targets/{id}/watchers")
  String addWatcher(
      @PathVariable long id,
      TargetInput.WatcherInput watcher,
      Model model,
      RedirectAttributes redirect) {
    return page.change(
        id,
        "watcher",
        () -> changes.addWatcher(CurrentUsers.require(), id, watcher),
        "watch.target.watcherAdded",
        model,
        redirect);
  }

  @PostMapping("/watch/targets/{id}/watchers/{userId}/remove")
  String removeWatcher(
      @PathVariable long id, @PathVariable long userId, Model model, RedirectAttributes redirect) {
    return page.change(
        id,
        "removeWatcher",
        () -> changes.removeWatcher(CurrentUsers.require(), id, userId),
        "watch.target.watcherRemoved",
        model,
        redirect);
  }

  @PostMapping("/watch/targets/{id}/expected-contacts")
  String addExpected(
      @PathVariable long id,
      TargetInput.ExpectedContactInput expected,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("expectedInput", expected);
    return page.change(
        id,
        "expected",
        () -> changes.addExpected(CurrentUsers.require(), id, expected),
        "watch.target.expectedAdded",
        model,
        redirect);
  }

  @PostMapping("/watch/targets/{id}/expected-contacts/{expectedId}/stop")
  String stopExpected(
      @PathVariable long id,
      @PathVariable long expectedId,
      Model model,
      RedirectAttributes redirect) {
    return page.change(
        id,
        "removeExpected",
        () -> changes.stopExpected(CurrentUsers.require(), id, expectedId),
        "watch.target.expectedStopped",
        model,
        redirect);
  }
}
