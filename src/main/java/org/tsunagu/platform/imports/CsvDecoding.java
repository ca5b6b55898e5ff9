package org.tsunagu.platform.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tsunagu.platform.export.CsvOutput;

/**
 * Japanese CSV arrives as UTF-8 (with or without BOM) or windows-31j (what Excel writes; not
 * Shift_JIS, which lacks 髙, ①, ㈱). Decodes strictly: a byte sequence neither can read is an error,
 * never a silent replacement character.
 */
public final class CsvDecoding {

  static final Charset WINDOWS_31J = CsvOutput.WINDOWS_31J;

  private CsvDecoding() {}

  /** The text of the file, or empty when it is neither valid UTF-8 nor windows-31j. */
  public static Optional<String> decode(byte[] bytes) {
    int offset = hasBom(bytes) ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    Optional<String> utf8 = strict(StandardCharsets.UTF_8, buffer.duplicate());
    return utf8.isPresent() ? utf8 : strict(WINDOWS_31J, buffer.duplicate());
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static Optional<String> strict(Charset charset, ByteBuffer bytes) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes);
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** True when every character survives a round trip through windows-31j (Excel's CSV). */
  public static boolean fitsWindows31j(String s) {
    CharsetEncoder encoder = WINDOWS_31J.newEncoder();
    return s == null || encoder.canEncode(s);
  }
}
