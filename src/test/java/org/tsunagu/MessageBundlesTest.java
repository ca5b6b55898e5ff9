package org.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tsunagu.platform.web.ModuleMessageBundles;

/** Every screen speaks Japanese and English from the bundles: no text written into templates. */
class MessageBundlesTest {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

  /** The platform's bundle and every module's, found as the application finds them. */
  static final List<String> BASENAMES =
      Stream.concat(Stream.of("messages"), ModuleMessageBundles.basenames().stream()).toList();

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    for (String base : BASENAMES) {
      try (var in = MessageBundlesTest.class.getResourceAsStream("/" + base + suffix)) {
        Properties one = new Properties();
        one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String key : one.stringPropertyNames()) {
          assertThat(p).as("key %s defined twice", key).doesNotContainKey(key);
          p.setProperty(key, one.getProperty(key));
        }
      }
    }
    return p;
  }

  @Test
  void shouldFindEveryModulesBundleByConvention() {
    assertThat(BASENAMES).contains("messages", "messages-people", "messages-consultation");
  }

  @Test
  void shouldHaveTheSameKeysInJapaneseAndEnglish() throws IOException {
    Set<Object> ja = new TreeSet<>(bundle(".properties").keySet());
    Set<Object> en = new TreeSet<>(bundle("_en.properties").keySet());
    assertThat(en).containsExactlyElementsOf(ja);
  }

  @Test
  void shouldDefineEveryKeyTheTemplatesUse() throws IOException {
    Properties ja = bundle(".properties");
    List<String> missing = new ArrayList<>();
    for (Path t : templates()) {
      Matcher m = KEY.matcher(Files.readString(t));
      while (m.find()) {
        if (!ja.containsKey(m.group(1))) {
          missing.add(t.getFileName() + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldHaveNoHardCodedTextInTemplates() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path t : templates()) {
      String html =
          Files.readString(t)
              .replaceAll("(?s)<!--.*?-->", "")
              .replaceAll("(?s)<script.*?</script>", "");
      String text = html.replaceAll("(?s)<(?:[^\"'>]|\"[^\"]*\"|'[^']*')*>", "\n");
      for (String line : text.split("\n")) {
        String s = line.strip();
        if (s.matches(".*[\\p{L}].*") && !s.startsWith("&")) {
          found.add(t.getFileName() + ": " + s);
        }
      }
      Matcher attrs =
          Pattern.compile("\\s(placeholder|title|aria-label|alt)=\"([^\"]*)\"").matcher(html);
      while (attrs.find()) {
        found.add(t.getFileName() + ": " + attrs.group(1) + "=" + attrs.group(2));
      }
    }
    assertThat(found).isEmpty();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> s = Files.walk(TEMPLATES)) {
      return s.filter(p -> p.toString().endsWith(".html")).toList();
    }
  }
}
