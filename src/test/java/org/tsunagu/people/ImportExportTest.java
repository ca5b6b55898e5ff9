package org.tsunagu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
  void shouldRejectMalformedCsv() throws Exception {
    Map<?, ?> malformed =
        importFile((HEADER + family + ",\"一郎,トリコミ\n").getBytes(StandardCharsets.UTF_8));
    assertThat(malformed.get("status")).isEqualTo("FAILED");
    assertThat(malformed.get("messageKey")).isEqualTo("import.error.malformed");
    assertThat(persons()).isZero();
  }

  @Test
  void shouldRejectBytesThatAreNeitherUtf8NorWindows31j() throws Exception {
    byte[] bad = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE};
    Map<?, ?> status = importFile(bad);
    assertThat(status.get("messageKey")).isEqualTo("import.error.encoding");
  }

  private long jobs() {
    return data.count("platform.background_job WHERE owner_user_id = " + coordinator.id());
  }

  @Test
  void shouldRefuseAFileOverTheByteLimitUpFrontWritingNothing() throws Exception {
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    mvc.perform(
            multipart("/api/v1/imports/persons")
                .file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                .header("Accept-Language", "ja")
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.title").value(containsString("取り込めるのは5MBまで")));
    mvc.perform(
            multipart("/imports")
                .file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(flash().attribute("importError", "import.error.tooLarge"))
        .andExpect(flash().attribute("importErrorArg", "5"));
    assertThat(jobs()).isZero();
  }

  @Test
  void shouldRefuseMoreRowsThanTheLimitUpFrontWritingNothing() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 50_001; i++) {
      csv.append(family).append(",名,ア,イ,,,,,,,,\n");
    }
    mvc.perform(
            multipart("/api/v1/imports/persons")
                .file(
                    new MockMultipartFile(
                        "file",
                        "rows.csv",
                        "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8)))
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.title").value(containsString("取り込めるのは50,000行まで")));
    assertThat(jobs()).isZero();
    assertThat(persons()).isZero();
  }

  private List<Long> candidatesOf(long personId) {
    return jdbc.sql(
            "SELECT CASE WHEN person_a = :id THEN person_b ELSE person_a END FROM"
                + " people.duplicate_candidate WHERE :id IN (person_a, person_b) ORDER BY 1")
        .param("id", personId)
        .query(Long.class)
        .list();
  }

  private long idOf(String given) {
    return jdbc.sql("SELECT id FROM people.person WHERE family_name = ? AND given_name = ?")
        .params(family, given)
        .query(Long.class)
        .single();
  }

  @Test
  void shouldFindDuplicatesInTheFileAndInTheRegistryByTheBlockingKey() throws Exception {
    long registered =
        data.register(coordinator, TestData.person(family, "登録", "ちょうふく", "とうろく", "1950-05-05"));
    String csv =
        HEADER
            + family
            + ",登録済,チョウフク,トウロク,1950-05-05,女,,本町1-1,,,いいえ,\n"
            + family
            + ",双子,チョウフク,フタゴ,1960-06-06,女,,本町1-1,,,いいえ,\n"
            + family
            + ",双子,チョウフク,フタゴ,1960-06-06,女,,本町1-1,,,いいえ,\n"
            + family
            + ",別人,チョウフク,フタゴ,1960-06-07,女,,本町1-1,,,いいえ,\n";
    Map<?, ?> status = importFile(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(status.get("status")).isEqualTo("SUCCEEDED");

    // Same kana and birth date as the registered person (the name differs).
    assertThat(candidatesOf(idOf("登録済"))).containsExactly(registered);
    List<Long> twins =
        jdbc.sql(
                "SELECT id FROM people.person WHERE family_name = ? AND given_name = '双子' ORDER BY id")
            .param(family)
            .query(Long.class)
            .list();
    assertThat(candidatesOf(twins.get(0))).containsExactly(twins.get(1));
    // Same kana, another birth date: not the same blocking key.
    assertThat(candidatesOf(idOf("別人"))).isEmpty();
  }

  @Test
  void shouldCheckTwentyThousandIdenticalRowsInLinearWork() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    int rows = 20_000;
    for (int i = 0; i < rows; i++) {
      csv.append(family).append(",同一,ドウイツ,ジンブツ,1970-07-07,男,,本町1-1,,,いいえ,\n");
    }
    Map<?, ?> status = importFile(csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(status.get("status")).isEqualTo("SUCCEEDED");
    assertThat(persons()).isEqualTo(rows);
    // A star around the first row, not every pair of the 20,000 (about 200 million).
    assertThat(
            data.count(
                "people.duplicate_candidate c JOIN people.person p ON p.id = c.person_b WHERE"
                    + " p.family_name = '"
                    + family
                    + "'"))
        .isEqualTo(rows - 1);
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
