package org.tsunagu.consultation.internal.conference;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.export.HtmlPdf;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;

/**
 * A conference on A4 paper: its participants with their acknowledgements, the cases it took up, the
 * minutes and decisions (those only for whom the page shows them). A print view and a PDF of the
 * same template; read like the conference page, with the same rule and audit entry.
 */
@Controller
class ConferencePrintController {

  private final Conferences conferences;
  private final PeopleApi people;
  private final HtmlPdf pdf;
  private final MessageSource messages;
  private final Clock clock;

  ConferencePrintController(
      Conferences conferences, PeopleApi people, HtmlPdf pdf, MessageSource messages, Clock clock) {
    this.conferences = conferences;
    this.people = people;
    this.pdf = pdf;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/conferences/{id}/print")
  String print(@PathVariable long id, Model model) {
    model.addAllAttributes(model(id));
    return "print/conference";
  }

  @GetMapping("/conferences/{id}/print.pdf")
  ResponseEntity<byte[]> printPdf(@PathVariable long id, Locale locale) {
    String title = messages.getMessage("print.conference", null, locale);
    return HtmlPdf.response(
        pdf.render("print/conference", model(id), locale),
        title + "-" + id + ".pdf",
        "conference-" + id + ".pdf");
  }

  private Map<String, Object> model(long id) {
    CurrentUser user = CurrentUsers.require();
    user.require(ConsultationPermissions.CONFERENCE_MANAGE);
    Map<String, Object> model = new HashMap<>();
    model.put("view", conferences.view(user, id, "print"));
    model.put("reader", user);
    model.put("printedAt", clock.instant());
    model.put(
        "readerOrg",
        people.organization(user.organizationId()).map(OrganizationRef::name).orElse(""));
    return model;
  }
}
