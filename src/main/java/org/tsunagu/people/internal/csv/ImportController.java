package org.tsunagu.people.internal.csv;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.platform.jobs.BackgroundJobs;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.platform.web.UserFacingException;

/** CSV import screens: upload, then a progress bar that survives a reload, then the result. */
@Controller
@WritePermission(PeoplePermissions.IMPORT)
class ImportController {

  private final PersonImport imports;
  private final BackgroundJobs jobs;

  ImportController(PersonImport imports, BackgroundJobs jobs) {
    this.imports = imports;
    this.jobs = jobs;
  }

  @GetMapping("/imports")
  String list(Model model) {
    CurrentUser user = requireImport();
    model.addAttribute("jobs", jobs.recentFor(user.id(), PersonImport.KIND));
    model.addAttribute("columns", PersonCsvColumns.IMPORT);
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
      long id = imports.submit(user, file.getOriginalFilename(), file.getBytes());
      return "redirect:/imports/" + id;
    } catch (UserFacingException e) {
      redirect.addFlashAttribute("importError", e.messageKey());
      if (e.args().length > 0) {
        redirect.addFlashAttribute("importErrorArg", e.args()[0]);
      }
      return "redirect:/imports";
    }
  }

  @GetMapping("/imports/{id}")
  String show(@PathVariable long id, Model model) {
    BackgroundJobs.Job job = own(id);
    model.addAttribute("job", job);
    model.addAttribute("problems", PersonImport.decode(job.errors()));
    model.addAttribute("warnings", PersonImport.decode(job.warnings()));
    return "people/import";
  }

  /** The progress fragment htmx polls while the job runs. */
  @GetMapping("/imports/{id}/progress")
  String progress(@PathVariable long id, Model model) {
    BackgroundJobs.Job job = own(id);
    model.addAttribute("job", job);
    model.addAttribute("problems", PersonImport.decode(job.errors()));
    model.addAttribute("warnings", PersonImport.decode(job.warnings()));
    return "people/import :: status";
  }

  private BackgroundJobs.Job own(long id) {
    CurrentUser user = requireImport();
    return jobs.find(id)
        .filter(j -> j.ownerUserId() == user.id() && PersonImport.KIND.equals(j.kind()))
        .orElseThrow(NotFoundException::new);
  }

  private static CurrentUser requireImport() {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(PeoplePermissions.IMPORT)) {
      throw new org.springframework.security.access.AccessDeniedException("import");
    }
    return user;
  }

  @ApiController
  @WritePermission(PeoplePermissions.IMPORT)
  static class Api {
    private final PersonImport imports;
    private final BackgroundJobs jobs;
    private final MessageSource messages;

    Api(PersonImport imports, BackgroundJobs jobs, MessageSource messages) {
      this.imports = imports;
      this.jobs = jobs;
      this.messages = messages;
    }

    @Operation(summary = "Upload a CSV of persons to import (queued; see /api/v1/imports/{id})")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(path = "/api/v1/imports/persons", consumes = "multipart/form-data")
    ResponseEntity<ImportStatusResponse> upload(
        @RequestParam("file") MultipartFile file, Locale locale) throws IOException {
      long id = imports.submit(requireImport(), file.getOriginalFilename(), file.getBytes());
      return ResponseEntity.accepted()
          .location(URI.create("/api/v1/imports/" + id))
          .body(status(id, locale));
    }

    @Operation(summary = "An import's progress and result")
    @GetMapping("/api/v1/imports/{id}")
    ImportStatusResponse get(@PathVariable long id, Locale locale) {
      return status(id, locale);
    }

    private ImportStatusResponse status(long id, Locale locale) {
      CurrentUser user = requireImport();
      BackgroundJobs.Job j =
          jobs.find(id)
              .filter(x -> x.ownerUserId() == user.id() && PersonImport.KIND.equals(x.kind()))
              .orElseThrow(NotFoundException::new);
      return ImportStatusResponse.of(j, messages, locale);
    }
  }
}
