package org.tsunagu.platform.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log's codes in the reader's words: 閲覧・検索・作成… for actions, 住民・ケース… for what they
 * concern. A code without a label (a module's new object type) is shown as it is stored.
 */
@Component("auditLabels")
public class AuditLabels {

  private final MessageSource messages;

  AuditLabels(MessageSource messages) {
    this.messages = messages;
  }

  public String action(String code) {
    return label("audit.action." + code, code);
  }

  public String object(String type) {
    return label("audit.object." + type, type);
  }

  private String label(String key, String fallback) {
    return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
  }
}
