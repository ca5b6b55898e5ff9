package org.tsunagu.consultation.internal.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tsunagu.people.OrganizationRef;
import org.tsunagu.people.PeopleApi;
import org.tsunagu.platform.export.HtmlPdf;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;

/**
 * A case on A4 paper: the face sheet (フェイスシート) and the support plan, for a 支援会議 or a home visit.
 * Each is a print view (the browser prints it with the print stylesheet) and a PDF of the same
 * template. Reading one is reading the case: the same visibility rule and audit entry (its detail
 * names the print).
 */
@Controller
class CasePrintController {

  private static final String FACE_SHEET = "face-sheet";
  private static final String PLAN = "plan";

  private final CaseQueries queries;
  private final PeopleApi people;
  private final HtmlPdf pdf;
  private final MessageSource messages;
  private final Clock clock;

  CasePrintController(
      CaseQueries queries, PeopleApi people, HtmlPdf pdf, MessageSource messages, Clock clock) {
    this.queries = queries;
    this.people = people;
    this.pdf = pdf;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/cases/{id}/print/face-sheet")
  String faceSheet(@PathVariable long id, Model model) {
    model.addAllAttributes(faceSheetModel(id));
    return "print/face-sheet";
  }

  @GetMapping("/cases/{id}/print/face-sheet.pdf")
  ResponseEntity<byte[]> faceSheetPdf(@PathVariable long id, Locale locale) {
    return document(faceSheetModel(id), "print/face-sheet", "print.faceSheet", locale);
  }

  @GetMapping("/cases/{id}/print/plan")
  String plan(@PathVariable long id, Model model) {
    model.addAllAttributes(caseModel(id, PLAN));
    return "print/plan";
  }

  @GetMapping("/cases/{id}/print/plan.pdf")
  ResponseEntity<byte[]> planPdf(@PathVariable long id, Locale locale) {
    return document(caseModel(id, PLAN), "print/plan", "print.plan", locale);
  }

  private Map<String, Object> faceSheetModel(long id) {
    Map<String, Object> model = caseModel(id, FACE_SHEET);
    CaseView view = (CaseView) model.get("view");
    CurrentUser user = (CurrentUser) model.get("reader");
    // The case was opened, so its person is visible; the sheet's read is audited by the registry.
    model.put(
        "sheet",
        view.person() == null
            ? null
            : people.sheet(user, view.person().id(), CaseAccess.PURPOSE).orElse(null));
    return model;
  }

  private Map<String, Object> caseModel(long id, String print) {
    CurrentUser user = CurrentUsers.require();
    CaseView view = queries.open(user, id, "print:" + print);
    Map<String, Object> model = new HashMap<>();
    model.put("view", view);
    model.put("c", view.supportCase());
    model.put("reader", user);
    model.put("today", LocalDate.now(clock));
    model.put("printedAt", clock.instant());
    model.put(
        "readerOrg",
        people.organization(user.organizationId()).map(OrganizationRef::name).orElse(""));
    return model;
  }

  private ResponseEntity<byte[]> document(
      Map<String, Object> model, String template, String titleKey, Locale locale) {
    CaseView view = (CaseView) model.get("view");
    String reference = view.supportCase().reference();
    String title = messages.getMessage(titleKey, null, locale);
    return HtmlPdf.response(
        pdf.render(template, model, locale),
        title + "-" + reference + ".pdf",
        titleKey.substring("print.".length()) + "-" + reference + ".pdf");
  }
}
