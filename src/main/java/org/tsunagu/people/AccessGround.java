package org.tsunagu.people;

/**
 * What a relationship rests on when it was granted on a basis rather than on the organisation's own
 * service: a consent or an access basis. Such a relationship counts for visibility only while its
 * ground is in force, so access never outlives the consent or basis that granted it.
 */
public record AccessGround(Long consentId, Long basisId) {

  public static final AccessGround NONE = new AccessGround(null, null);

  public AccessGround {
    if (consentId != null && basisId != null) {
      throw new IllegalArgumentException("one ground at most");
    }
  }

  public static AccessGround consent(long consentId) {
    return new AccessGround(consentId, null);
  }

  public static AccessGround basis(long basisId) {
    return new AccessGround(null, basisId);
  }
}
