package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.Role;
import org.tsunagu.support.IntegrationTest;
import org.tsunagu.support.TestData;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class ImportExportTest {

  static final String HEADER = "氏,名,氏カナ,名カナ,生年月日,性別,郵便番号,住所,電話,世帯番号,独居,地区\n";

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  CurrentUser coordinator;
  String family;

  @BeforeEach
  void setUp() {
    coordinator = data.user(data.organization(OrganizationType.SHAKYO), Role.COORDINATOR);
    data.town("取込町一丁目");
    family = TestData.unique("取込");
  }

  private Map<?, ?> importFile(byte[] content) throws Exception {
    MvcResult r =
        mvc.perform(
                multipart("/api/v1/imports/persons")
                    .file(new MockMultipartFile("file", "persons.csv", "text/csv", content))
                    .with(user(coordinator))
                    .with(csrf()))
            .andExpect(status().isAccepted())
            .andReturn();
    long id =
        ((Number) json.readValue(r.getResponse().getContentAsString(), Map.class).get("id"))
            .longValue();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      MvcResult s = mvc.perform(get("/api/v1/imports/" + id).with(user(coordinator))).andReturn();
      Map<?, ?> status = json.readValue(s.getResponse().getContentAsString(), Map.class);
      if (status.get("status").equals("SUCCEEDED") || status.get("status").equals("FAILED")) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import did not finish");
  }

  private long persons() {
    return data.count("people.person WHERE family_name = '" + family + "'");
  }

  @Test
  void shouldImportUtf8WithBomAndWarekiAndHouseholds() throws Exception {
    String csv =
        "\uFEFF"
            + HEADER
            + family
            + ",一郎,トリコミ,イチロウ,S15.4.1,男,306-0023,本町1-1,0280-00-0001,H-1,はい,取込町一丁目\n"
            + family
            + ",花子,とりこみ,はなこ,昭和18年2月3日,女,3060023,本町1-1,,H-1,いいえ,\n"
            + family
            + ",次郎,ﾄﾘｺﾐ,ｼﾞﾛｳ,2001-12-31,男,,本町1-1,,,0,\n";
    Map<?, ?> status = importFile(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(status.get("status")).isEqualTo("SUCCEEDED");
    assertThat(status.get("imported")).isEqualTo(3);
    assertThat(persons()).isEqualTo(3);
    assertThat(
            data.count(
                "people.person p JOIN people.household h ON h.id = p.household_id WHERE p.family_name = '"
                    + family
                    + "'"))
        .isEqualTo(2);
    assertThat(
            data.count(
                "people.person WHERE family_name = '"
                    + family
                    + "' AND birth_date = '1940-04-01' AND prefecture = '茨城県'"))
        .isEqualTo(1);
    assertThat(data.count("platform.audit_entry WHERE action = 'IMPORT'")).isPositive();
  }

  @Test
  void shouldImportWindows31jAsExcelWritesIt() throws Exception {
    String csv = HEADER + family + ",髙子,トリコミ,タカコ,H1.1.8,女,306-0023,①番地,,,いいえ,\n";
    Map<?, ?> status = importFile(csv.getBytes(Charset.forName("windows-31j")));
    assertThat(status.get("status")).isEqualTo("SUCCEEDED");
    assertThat(
            data.count(
                "people.person WHERE family_name = '"
                    + family
                    + "' AND given_name = '髙子' AND address_line = '①番地'"))
        .isEqualTo(1);
  }

  @Test
  void shouldRejectWholeFileListingEveryBadRow() throws Exception {
    String csv =
        HEADER
            + family
            + ",一郎,トリコミ,イチロウ,S15.4.1,男,306-0023,本町1-1,,,はい,\n"
            + family
            + ",<b>二郎</b>,トリコミ,ジロウ,1950-01-01,男,,,,,はい,\n"
            + family
            + ",三郎,トリコミ,サブロウ,平成31年5月1日,男,,,,,はい,\n"
            + family
            + ",四郎,トリコミ,シロウ,1950-01-01,男,,,,,たぶん,不明の町\n";
    Map<?, ?> status = importFile(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(status.get("status")).isEqualTo("FAILED");
    List<?> problems = (List<?>) status.get("problems");
    List<Object> lines = problems.stream().map(p -> (Object) ((Map<?, ?>) p).get("line")).toList();
    List<Object> keys =
        problems.stream().map(p -> (Object) ((Map<?, ?>) p).get("messageKey")).toList();
    assertThat(lines).contains(3, 4, 5).doesNotContain(2);
    assertThat(keys)
        .contains(
            "validation.noMarkup",
            "validation.date.OUTSIDE_ERA",
            "import.error.livingAlone",
            "validation.area.unknownName");
    assertThat(persons()).isZero();
  }

  @Test
  void shouldRejectMalformedCsvAndMissingColumns() throws Exception {
    Map<?, ?> malformed =
        importFile((HEADER + family + ",\"一郎,トリコミ\n").getBytes(StandardCharsets.UTF_8));
    assertThat(malformed.get("status")).isEqualTo("FAILED");
    assertThat(malformed.get("messageKey")).isEqualTo("import.error.malformed");
    Map<?, ?> columns = importFile("氏,名\n山田,太郎\n".getBytes(StandardCharsets.UTF_8));
    assertThat(columns.get("messageKey")).isEqualTo("import.error.rows");
    assertThat(persons()).isZero();
  }

  @Test
  void shouldRejectBytesThatAreNeitherUtf8NorWindows31j() throws Exception {
    byte[] bad = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE};
    Map<?, ?> status = importFile(bad);
    assertThat(status.get("messageKey")).isEqualTo("import.error.encoding");
  }

  @Test
  void shouldRefuseFileOverTheLimitWithClearMessage() throws Exception {
    byte[] big = new byte[50 * 1024 * 1024 + 10];
    java.util.Arrays.fill(big, (byte) 'a');
    mvc.perform(
            multipart("/api/v1/imports/persons")
                .file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isPayloadTooLarge());
  }

  @Test
  void shouldExportVisiblePersonsAsCsvAndXlsx() throws Exception {
    data.register(coordinator, TestData.person(family, "出力", "しゅつりょく", "てすと", "1944-04-04"));
    CurrentUser other = data.user(data.organization(OrganizationType.NPO), Role.COORDINATOR);
    data.register(other, TestData.person(family, "見えない", "みえない", "ひと", "1944-04-04"));

    MvcResult csv =
        mvc.perform(get("/api/v1/persons/export.csv").with(user(coordinator))).andReturn();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(csv))
        .andExpect(status().isOk());
    byte[] bytes = csv.getResponse().getContentAsByteArray();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFNo.,氏,名");
    assertThat(text).contains(family + ",出力").doesNotContain("見えない");

    MvcResult sjis =
        mvc.perform(
                get("/api/v1/persons/export.csv")
                    .param("encoding", "windows-31j")
                    .with(user(coordinator)))
            .andReturn();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(sjis))
        .andExpect(status().isOk());
    assertThat(
            new String(sjis.getResponse().getContentAsByteArray(), Charset.forName("windows-31j")))
        .contains(family + ",出力");

    MvcResult xlsx =
        mvc.perform(get("/api/v1/persons/export.xlsx").with(user(coordinator))).andReturn();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(xlsx))
        .andExpect(status().isOk());
    try (var wb =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("氏");
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
    }
    assertThat(
            data.count(
                "platform.audit_entry WHERE action = 'EXPORT' AND actor_user_id = "
                    + coordinator.id()))
        .isEqualTo(3);
  }

  @Test
  void shouldExportANameThatLooksLikeAFormulaAsText() throws Exception {
    data.register(
        coordinator, TestData.person(family, "=HYPERLINK(A1)", "しき", "はいぱー", "1944-04-04"));

    MvcResult csv =
        mvc.perform(get("/api/v1/persons/export.csv").with(user(coordinator))).andReturn();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(csv))
        .andExpect(status().isOk());
    String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

    assertThat(text).contains(family + ",'=HYPERLINK(A1),");
    assertThat(text).doesNotContain(",=HYPERLINK");
  }

  @Test
  void shouldForbidImportAndExportToRolesWithoutThem() throws Exception {
    CurrentUser officer = data.user(coordinator.organizationId(), Role.MUNICIPAL_OFFICER);
    mvc.perform(get("/api/v1/persons/export.csv").with(user(officer)))
        .andExpect(status().isForbidden());
    mvc.perform(
            multipart("/api/v1/imports/persons")
                .file(
                    new MockMultipartFile(
                        "file", "p.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                .with(user(officer))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }
}
