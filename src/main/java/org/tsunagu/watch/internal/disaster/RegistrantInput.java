package org.tsunagu.watch.internal.disaster;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tsunagu.people.ConsentRequest;

/**
 * An entry of the disaster support registry as entered: the person (name, date of birth, sex,
 * address and phone are the registry's), why support is needed, 自治会, emergency contact, the
 * evacuation supporter and the individual evacuation plan. {@code consent}, when given, records the
 * person's consent to share the entry (purpose DISASTER_REGISTRY) with the organisation or type it
 * names, as in normal times the entry is shared only so.
 */
public record RegistrantInput(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long personId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Why support is needed")
        String reason,
    @Schema(description = "自治会") String association,
    String emergencyContact,
    String emergencyPhone,
    @Schema(description = "Evacuation supporter (避難支援等関係者)") String supporterName,
    String supporterPhone,
    @Schema(description = "個別避難計画: where to") String destination,
    @Schema(description = "個別避難計画: how") String route,
    @Schema(description = "個別避難計画: special needs, medicines to carry") String specialNeeds,
    ConsentRequest consent) {}
