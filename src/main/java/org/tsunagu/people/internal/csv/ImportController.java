package org.tsunagu.people.internal.csv;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.imports.ColumnMapping;
import org.tsunagu.platform.imports.ImportLimits;
import org.tsunagu.platform.imports.ImportProblem;
import org.tsunagu.platform.imports.ImportTable;
import org.tsunagu.platform.jobs.BackgroundJobs;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.FieldErrorsException;
import org.tsunagu.platform.web.FormErrors;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.UserFacingException;

/**
 * Import screens: upload (with the template and the accepted formats), the mapping step for a file
 * whose headings differ from the template, then a progress bar that survives a reload (with the
 * queue position while waiting), then the result with every bad value beside its line and column.
 */
@Controller
@WritePermission(PeoplePermissions.IMPORT)
class ImportController {

  private static final String SOURCE = "source.";

  private final PersonImportSubmission submission;
  private final BackgroundJobs jobs;
  private final ImportLimits limits;

  ImportController(PersonImportSubmission submission, BackgroundJobs jobs, ImportLimits limits) {
    this.submission = submission;
    this.jobs = jobs;
    this.limits = limits;
  }

  @GetMapping("/imports")
  String list(Model model) {
    CurrentUser user = requireImport();
    model.addAttribute("jobs", jobs.recentFor(user.id(), PersonImport.KIND));
    model.addAttribute("columns", PersonImportFormat.FORMAT.headings());
    model.addAttribute("maxMegabytes", limits.megabytes());
    model.addAttribute("maxRows", limits.maxRows());
    return "people/imports";
  }

  @PostMapping("/imports")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    CurrentUser user = requireImport();
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("importError", "import.error.empty");
      return "redirect:/imports";
    }
    try {
      var submitted = submission.submit(user, file.getOriginalFilename(), file.getBytes());
      return "redirect:/imports/"
          + submitted.jobId()
          + (submitted.needsMapping() ? "/mapping" : "");
    } catch (UserFacingException e) {
      redirect.addFlashAttribute("importError", e.messageKey());
      if (e.args().length > 0) {
        redirect.addFlashAttribute("importErrorArg", e.args()[0]);
      }
      return "redirect:/imports";
    }
  }

  @GetMapping("/imports/{id}/mapping")
  String mapping(@PathVariable long id, Model model) {
    ImportTable preview = submission.preview(requireImport(), id);
    return mappingForm(
        model,
        own(id),
        preview,
        ColumnMapping.suggest(PersonImportFormat.FORMAT, preview.headings()),
        FormErrors.none());
  }

  @PostMapping("/imports/{id}/mapping")
  String map(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
    CurrentUser user = requireImport();
    Map<String, ColumnMapping.Source> sources = new LinkedHashMap<>();
    form.forEach(
        (name, value) -> {
          if (name.startsWith(SOURCE)
              && PersonImportFormat.FORMAT.column(name.substring(SOURCE.length())).isPresent()) {
            ColumnMapping.Source.parse(value)
                .ifPresent(s -> sources.put(name.substring(SOURCE.length()), s));
          }
        });
    ColumnMapping mapping = new ColumnMapping(sources);
    try {
      submission.map(user, id, mapping);
      return "redirect:/imports/" + id;
    } catch (FieldErrorsException e) {
      return mappingForm(model, own(id), submission.preview(user, id), mapping, FormErrors.of(e));
    }
  }

  private String mappingForm(
      Model model,
      BackgroundJobs.Job job,
      ImportTable preview,
      ColumnMapping mapping,
      FormErrors errors) {
    model.addAttribute("job", job);
    model.addAttribute("preview", preview);
    model.addAttribute("format", PersonImportFormat.FORMAT);
    model.addAttribute("selected", mapping.sources());
    model.addAttribute("errors", errors);
    return "people/import-mapping";
  }

  @GetMapping("/imports/{id}")
  String show(@PathVariable long id, Model model) {
    status(own(id), model);
    return "people/import";
  }

  /** The progress fragment htmx polls while the job runs. */
  @GetMapping("/imports/{id}/progress")
  String progress(@PathVariable long id, Model model) {
    status(own(id), model);
    return "people/import :: status";
  }

  private void status(BackgroundJobs.Job job, Model model) {
    model.addAttribute("job", job);
    model.addAttribute("queuePosition", jobs.queuePosition(job.id()));
    model.addAttribute("problems", ImportProblem.decode(job.errors()));
    model.addAttribute("warnings", ImportProblem.decode(job.warnings()));
  }

  private BackgroundJobs.Job own(long id) {
    CurrentUser user = requireImport();
    return jobs.find(id)
        .filter(j -> j.ownerUserId() == user.id() && PersonImport.KIND.equals(j.kind()))
        .orElseThrow(NotFoundException::new);
  }

  private static CurrentUser requireImport() {
    CurrentUser user = CurrentUsers.require();
    PersonImportSubmission.requireImport(user);
    return user;
  }
}
