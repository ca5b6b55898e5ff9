package org.tsunagu.aid.internal.programme;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.aid.AidPermissions;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.web.NotFoundException;

/** The programmes an organisation runs, on screen, each with its fees, credits and menu. */
@Controller
class ProgrammePageController {

  private final Programmes programmes;

  ProgrammePageController(Programmes programmes) {
    this.programmes = programmes;
  }

  @GetMapping("/aid")
  String programmes(Model model) {
    CurrentUser user = CurrentUsers.require();
    if (!user.may(AidPermissions.AID_MANAGE)) {
      throw new NotFoundException();
    }
    model.addAttribute("programmes", programmes.ofOrganization(user.organizationId()));
    return "aid/programmes";
  }
}
