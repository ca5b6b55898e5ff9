package org.tsunagu.platform.audit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log's codes in the reader's words: 閲覧・検索・作成… for actions, 住民・ケース… for what they
 * concern, and a search's detail (kind=name;ids=1,2) as a sentence. A code without a label (a
 * module's new object type) is shown as it is stored.
 */
@Component("auditLabels")
public class AuditLabels {

  private static final Pattern SEARCH_DETAIL = Pattern.compile("kind=([a-z-]+);ids=([0-9,]*)");

  private final MessageSource messages;

  AuditLabels(MessageSource messages) {
    this.messages = messages;
  }

  public String action(String code) {
    return action(code, LocaleContextHolder.getLocale());
  }

  public String object(String type) {
    return object(type, LocaleContextHolder.getLocale());
  }

  public String detail(String action, String detail) {
    return detail(action, detail, LocaleContextHolder.getLocale());
  }

  String action(String code, Locale locale) {
    return label("audit.action." + code, code, locale);
  }

  String object(String type, Locale locale) {
    return type == null ? "" : label("audit.object." + type, type, locale);
  }

  /** A search's kind and the ids it showed in words; any other detail as stored. */
  String detail(String action, String detail, Locale locale) {
    if (detail == null) {
      return "";
    }
    Matcher m = SEARCH_DETAIL.matcher(detail);
    if (!"SEARCH".equals(action) || !m.matches()) {
      return detail;
    }
    String kind = label("audit.searchKind." + m.group(1), m.group(1), locale);
    String ids = m.group(2).isEmpty() ? label("audit.detail.noneShown", "", locale) : m.group(2);
    return messages.getMessage("audit.detail.search", new Object[] {kind, ids}, locale);
  }

  private String label(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }
}
