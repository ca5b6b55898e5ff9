package org.tsunagu.consultation.internal.card;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.ConsultationPermissions;
import org.tsunagu.platform.security.CurrentUser;

/**
 * The blank card for a user, rendered once per language and then served from memory: it holds no
 * personal data and never changes while the application runs.
 */
@Component
class BlankCards {

  private final MessageSource messages;
  private final BlankCardPdf pdf;

  /** Keyed by the texts, not the locale, so odd locales cannot grow it past one card a bundle. */
  private final Map<CardLabels, byte[]> rendered = new ConcurrentHashMap<>();

  BlankCards(MessageSource messages, BlankCardPdf pdf) {
    this.messages = messages;
    this.pdf = pdf;
  }

  BlankCard forUser(CurrentUser user, Locale locale) {
    if (!user.may(ConsultationPermissions.INTAKE_RECORD)) {
      throw new org.springframework.security.access.AccessDeniedException("card");
    }
    CardLabels labels = CardLabels.from(messages, locale);
    return new BlankCard(labels.fileName(), rendered.computeIfAbsent(labels, this::render));
  }

  private byte[] render(CardLabels labels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    try {
      pdf.write(labels, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
