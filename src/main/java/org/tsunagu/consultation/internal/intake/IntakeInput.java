package org.tsunagu.consultation.internal.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.EnumSet;
import java.util.Set;
import org.tsunagu.consultation.Urgency;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.SupportDomain;

/**
 * An intake as entered, on the phone card, the office form, a typed-in paper card or the API. The
 * person may be unidentified: a name and contact given, or only a description.
 */
public record IntakeInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long windowId,
    @Schema(
            implementation = IntakeChoices.Channel.class,
            requiredMode = Schema.RequiredMode.REQUIRED)
        String channel,
    String receivedOn,
    @Schema(
            implementation = IntakeChoices.ReporterKind.class,
            requiredMode = Schema.RequiredMode.REQUIRED)
        String reporterKind,
    String reporterName,
    Long personId,
    String subjectDescription,
    String contactName,
    String contactPhone,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String ownWords,
    Set<SupportDomain> domains,
    @Schema(implementation = Urgency.class, requiredMode = Schema.RequiredMode.REQUIRED)
        String urgency,
    Boolean mayContact,
    Boolean shareAgreed,
    @Schema(implementation = OrganizationType.class) String shareScopeType,
    String idempotencyKey) {

  public IntakeInput withIdempotencyKey(String key) {
    return new IntakeInput(
        windowId,
        channel,
        receivedOn,
        reporterKind,
        reporterName,
        personId,
        subjectDescription,
        contactName,
        contactPhone,
        ownWords,
        domains,
        urgency,
        mayContact,
        shareAgreed,
        shareScopeType,
        key);
  }

  /** The intake as its idempotency key's hash sees it: without the key, domains in one order. */
  IntakeInput canonical() {
    return new IntakeInput(
        windowId,
        channel,
        receivedOn,
        reporterKind,
        reporterName,
        personId,
        subjectDescription,
        contactName,
        contactPhone,
        ownWords,
        domains == null || domains.isEmpty() ? domains : EnumSet.copyOf(domains),
        urgency,
        mayContact,
        shareAgreed,
        shareScopeType,
        null);
  }

  public IntakeInput withShareScopeType(String scope) {
    return new IntakeInput(
        windowId,
        channel,
        receivedOn,
        reporterKind,
        reporterName,
        personId,
        subjectDescription,
        contactName,
        contactPhone,
        ownWords,
        domains,
        urgency,
        mayContact,
        shareAgreed,
        scope,
        idempotencyKey);
  }
}
