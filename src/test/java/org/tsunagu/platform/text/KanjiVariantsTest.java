package org.tsunagu.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KanjiVariantsTest {

  private static int cp(String s) {
    return s.codePointAt(0);
  }

  @Test
  void shouldFoldTheVariantsStaffMeetInNames() {
    Map<Integer, Integer> table = KanjiVariants.table();
    assertThat(table)
        .containsEntry(cp("斉"), cp("斎"))
        .containsEntry(cp("齊"), cp("斎"))
        .containsEntry(cp("齋"), cp("斎"))
        .containsEntry(cp("邊"), cp("辺"))
        .containsEntry(cp("邉"), cp("辺"))
        .containsEntry(cp("髙"), cp("高"))
        .containsEntry(cp("﨑"), cp("崎"))
        .containsEntry(cp("𠮷"), cp("吉"))
        .containsEntry(cp("澤"), cp("沢"))
        .containsEntry(cp("濱"), cp("浜"))
        .containsEntry(cp("嶋"), cp("島"))
        .containsEntry(cp("櫻"), cp("桜"))
        .containsEntry(cp("廣"), cp("広"))
        .containsEntry(cp("國"), cp("国"))
        .containsEntry(cp("龍"), cp("竜"));
    assertThat(table).hasSizeGreaterThan(100);
  }

  @Test
  void shouldFoldInOneStep() {
    // No common form is itself folded further, so a key never depends on the order of folds.
    KanjiVariants.table().values().forEach(c -> assertThat(KanjiVariants.common(c)).isEqualTo(c));
  }
}
