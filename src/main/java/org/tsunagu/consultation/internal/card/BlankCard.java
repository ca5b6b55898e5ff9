package org.tsunagu.consultation.internal.card;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A rendered blank card and its file name; the bytes are shared, so never change them. */
record BlankCard(String fileName, byte[] pdf) {

  /** Shown in the browser (inline) under a name kept in UTF-8 (RFC 5987) when saved. */
  ResponseEntity<byte[]> response() {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.APPLICATION_PDF)
        .contentLength(pdf.length)
        .body(pdf);
  }
}
