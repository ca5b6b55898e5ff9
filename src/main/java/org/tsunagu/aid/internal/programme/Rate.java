package org.tsunagu.aid.internal.programme;

/** What an hour in a band costs the recipient and pays the supporter, in yen. */
public record Rate(Band band, int recipientYenPerHour, int supporterYenPerHour) {}
