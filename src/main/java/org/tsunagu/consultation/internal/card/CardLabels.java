package org.tsunagu.consultation.internal.card;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.tsunagu.people.SupportDomain;

/**
 * Every text printed on the blank card, in one language. Two locales whose bundles give the same
 * texts give equal labels, so the rendered card can be cached by its labels.
 */
record CardLabels(
    String title,
    String subtitle,
    String lead,
    String confidential,
    String date,
    String year,
    String month,
    String day,
    String recorder,
    String window,
    String personHeading,
    String kana,
    String name,
    String address,
    String postcode,
    String phone,
    String description,
    String descriptionExample,
    String worriesHeading,
    List<String> domains,
    String details,
    String urgencyHeading,
    List<String> urgencies,
    String urgencyNote,
    String consentHeading,
    String mayContact,
    String mayShare,
    String yes,
    String no,
    String handTo,
    String privacy,
    String office,
    String officeReceived,
    String officeEnteredBy,
    String officeNumber,
    String fileName,
    String language) {

  /** The domains a card offers as tick boxes, in the order they are printed (three columns). */
  static final List<SupportDomain> DOMAINS =
      org.tsunagu.consultation.internal.casework.Domains.CARD;

  /** The urgencies a card offers, most urgent first; keys end with the intake's urgency value. */
  static final List<String> URGENCIES = List.of("EMERGENCY", "HIGH", "NORMAL");

  static CardLabels from(MessageSource messages, Locale locale) {
    Texts t = new Texts(messages, locale);
    return new CardLabels(
        t.get("card.title"),
        t.get("card.subtitle"),
        t.get("card.lead"),
        t.get("card.confidential"),
        t.get("card.date"),
        t.get("card.date.year"),
        t.get("card.date.month"),
        t.get("card.date.day"),
        t.get("card.recorder"),
        t.get("card.window"),
        t.get("card.person.heading"),
        t.get("card.person.kana"),
        t.get("card.person.name"),
        t.get("card.person.address"),
        t.get("card.person.postcode"),
        t.get("card.person.phone"),
        t.get("card.person.description"),
        t.get("card.person.description.example"),
        t.get("card.worries.heading"),
        DOMAINS.stream().map(d -> t.get("domain." + d.name())).toList(),
        t.get("card.worries.details"),
        t.get("card.urgency.heading"),
        URGENCIES.stream().map(u -> t.get("card.urgency." + u)).toList(),
        t.get("card.urgency.note"),
        t.get("card.consent.heading"),
        t.get("card.consent.contact"),
        t.get("card.consent.share"),
        t.get("card.yes"),
        t.get("card.no"),
        t.get("card.handTo"),
        t.get("card.privacy"),
        t.get("card.office"),
        t.get("card.office.received"),
        t.get("card.office.enteredBy"),
        t.get("card.office.number"),
        t.get("card.fileName"),
        t.get("card.language"));
  }

  private record Texts(MessageSource messages, Locale locale) {
    String get(String key) {
      return messages.getMessage(key, null, locale);
    }
  }
}
