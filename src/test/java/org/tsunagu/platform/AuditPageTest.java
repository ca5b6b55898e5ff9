package org.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/** The audit page speaks the reader's language: actions, what they concern, who did them. */
@IntegrationTest
class AuditPageTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired MessageSource messages;

  @Test
  void showsARefusedReadInWordsWithTheNameOfWhoTried() throws Exception {
    long org = data.organization(OrganizationType.NPO);
    CurrentUser outsider = data.user(org, Role.AGENCY_WORKER);
    CurrentUser admin = data.user(org, Role.ADMIN);
    CurrentUser registrar = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    long person = data.register(registrar, TestData.person("監査", "見子", "かんさ", "みこ", "1961-06-06"));
    mvc.perform(get("/persons/" + person).with(user(outsider))).andExpect(status().isNotFound());

    mvc.perform(
            get("/admin/audit")
                .param("user", outsider.getUsername())
                .param("action", "READ_REFUSED")
                .with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("閲覧の拒否（根拠なし）")))
        .andExpect(content().string(containsString("住民")))
        .andExpect(content().string(containsString("テスト 利用者（" + outsider.getUsername() + "）")))
        .andExpect(content().string(containsString("ハッシュで封印")))
        .andExpect(content().string(not(containsString(">READ_REFUSED<"))));
  }

  @Test
  void everyActionHasALabelInBothLanguages() {
    for (AuditAction a : AuditAction.values()) {
      for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
        assertThat(messages.getMessage("audit.action." + a.name(), null, null, locale))
            .as(a + " " + locale)
            .isNotBlank();
      }
    }
  }
}
