package org.tsunagu.platform.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 of a request's canonical JSON: properties and map keys sorted. The caller passes the
 * request without its key and with sets in a fixed order (an {@code EnumSet}, a sorted list).
 */
final class RequestHash {

  private static final JsonMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private RequestHash() {}

  static String of(Object request) {
    byte[] json = CANONICAL.writeValueAsBytes(request);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
