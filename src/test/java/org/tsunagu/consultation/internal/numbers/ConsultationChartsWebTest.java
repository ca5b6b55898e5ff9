package org.tsunagu.consultation.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;

/**
 * The numbers page's charts: intakes month by month over the 年度 (April first), by area and by
 * window, this 年度 against the last, named in the era; each with its table and text alternative.
 */
@IntegrationTest
class ConsultationChartsWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired JdbcClient jdbc;

  CurrentUser coordinator;
  String windowName;

  /** 平成17年度 (FY2005): two intakes in May, one in March 2006; 平成16年度: one in June 2004. */
  @BeforeEach
  void setUp() {
    long org = data.organization(OrganizationType.SHAKYO);
    coordinator = data.user(org, Role.COORDINATOR);
    ConsultationRows rows = new ConsultationRows(jdbc, coordinator.id());
    windowName = TestData.unique("グラフ窓口");
    long window = rows.window(windowName, org, null);
    rows.intake(window, "PHONE", "2005-05-01T10:00", "NEW", null);
    rows.intake(window, "PHONE", "2005-05-20T10:00", "NEW", null);
    rows.intake(window, "CARD", "2006-03-31T23:00", "NEW", null);
    rows.intake(window, "CARD", "2004-06-10T10:00", "NEW", null);
    rows.intake(window, "CARD", "2004-03-31T10:00", "NEW", null); // 平成15年度: in neither
  }

  private String page(CurrentUser as, String lang) throws Exception {
    return mvc.perform(
            get("/consultation/numbers")
                .param("from", "2005-10-01")
                .param("to", "2006-02-01")
                .param("lang", lang)
                .with(user(as)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The table of one chart, from its figure to its end. */
  private static String chart(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id).isPositive();
    return html.substring(start, html.indexOf("</figure>", start));
  }

  private static String row(String chart, String heading) {
    Matcher m =
        Pattern.compile(
                "<th scope=\"row\">" + Pattern.quote(heading) + "</th>(.*?)</tr>", Pattern.DOTALL)
            .matcher(chart);
    assertThat(m.find()).as(heading).isTrue();
    return m.group(1).replaceAll("\\s+", " ").strip();
  }

  @Test
  void shouldChartTheFiscalYearOfThePeriodsEndAgainstTheYearBefore() throws Exception {
    String html = page(coordinator, "ja");
    assertThat(html).contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/js/charts.js");

    String byMonth = chart(html, "chart-intakes-by-month");
    assertThat(byMonth)
        .contains("月別の相談受付件数（平成17年度と平成16年度）")
        .contains("data-kind=\"line\"")
        .contains("<th scope=\"col\" class=\"num\">平成17年度</th>")
        .contains("<th scope=\"col\" class=\"num\">平成16年度</th>")
        .contains("平成17年度は合計3件、平成16年度は合計1件");
    assertThat(byMonth.indexOf(">4月<")).isLessThan(byMonth.indexOf(">12月<"));
    assertThat(byMonth.indexOf(">12月<")).isLessThan(byMonth.indexOf(">3月<"));
    assertThat(row(byMonth, "5月"))
        .isEqualTo(
            "<td class=\"num\" data-value=\"2\">2</td> <td class=\"num\" data-value=\"0\">0</td>");
    assertThat(row(byMonth, "6月")).contains("data-value=\"0\">0<", "data-value=\"1\">1<");
    assertThat(row(byMonth, "3月")).startsWith("<td class=\"num\" data-value=\"1\">1</td>");

    String byWindow = chart(html, "chart-intakes-by-window");
    assertThat(row(byWindow, windowName)).contains("data-value=\"3\"", "data-value=\"1\"");
    assertThat(byWindow).contains("data-kind=\"horizontal-bar\"", "画像として保存");
    String byArea = chart(html, "chart-intakes-by-area");
    assertThat(row(byArea, "地区の登録なし")).contains("data-value=\"3\"", "data-value=\"1\"");
  }

  @Test
  void shouldLabelTheYearsInEnglishForEnglishReaders() throws Exception {
    String byMonth = chart(page(coordinator, "en"), "chart-intakes-by-month");
    assertThat(byMonth).contains("Intakes by month (FY2005 and FY2004)", ">May<");
  }

  @Test
  void shouldCountOnlyTheReadersOwnOrganisationsWindows() throws Exception {
    CurrentUser other = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    String html = page(other, "ja");
    assertThat(html).doesNotContain(windowName);
    assertThat(row(chart(html, "chart-intakes-by-month"), "5月"))
        .isEqualTo(
            "<td class=\"num\" data-value=\"0\">0</td> <td class=\"num\" data-value=\"0\">0</td>");
  }
}
